// Plain copies of the caption rules added by the eighth round of probes (twenty-first pass), for the oracle.
@testable import Copydesk
import Foundation

extension RefCaptionRule {
    /// "(Top photo: Jo Roe / NHLI via Getty Images)": a placement word, a picture label and a credit, in brackets: the
    /// lead picture's credit, with no caption next to it.
    static func leadPictureCredit(_ line: Substring) -> Match? {
        guard line.utf8.count >= 16, let open = line.first, let close = line.last,
              open == "(" && close == ")" || open == "[" && close == "]" else { return nil }
        let inside = line.dropFirst().dropLast()
        guard let space = inside.firstIndex(of: " "), inside.distance(from: inside.startIndex, to: space) <= 8,
              ["top", "main", "lead", "header", "cover", "featured", "feature", "hero", "banner"].contains(inside[..<space].lowercased())
        else { return nil }
        let rest = inside[inside.index(after: space)...]
        guard let label = ["photo:", "image:", "picture:"].first(where: { rest.lowercased().hasPrefix($0) }) else { return nil }
        let credit = rest.dropFirst(label.count).trimmingCharacters(in: .whitespaces)
        let words = credit.split(separator: " ").filter { $0 != "/" }.count
        guard (1...8).contains(words), credit.first?.isUppercase == true, looksLikeCredit(credit) else { return nil }
        return .credit(credit, captionAbove: false)
    }

    /// True when a word of `text` split at spaces and "/" is a link's or button's word ("Do Not Sell/Share My …").
    static func holdsButtonWord(_ text: Substring) -> Bool {
        let buttons: Set<String> = ["my", "your", "not", "share", "sell", "sign", "log", "subscribe", "click", "follow", "print", "email",
                                    "menu", "more", "read", "privacy", "cookies", "terms"]
        return text.split(whereSeparator: { $0 == " " || $0 == "/" }).contains { buttons.contains($0.lowercased()) }
    }

    /// "Contributed", "Supplied", "Handout" alone on a line: a credit for the caption next to it.
    static func loneCreditWord(_ line: TestLine) -> Match? {
        guard line.words == 1, ["contributed", "supplied", "handout"].contains(line.text.lowercased()),
              line.text.first?.isASCII == true, line.text.first?.isUppercase == true else { return nil }
        return .credit(String(line.text), captionAbove: true)
    }

    /// A labelled credit after its caption holding lower-case words ("Photo: courtesy of the family").
    static func isLooseCredit(_ credit: String, label: String) -> Bool {
        let words = credit.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard label != "video:", label != "file:", (1...6).contains(words.count) else { return false }
        let prompts = CaptionRule.promptWords, small: Set<String> = ["via", "and", "for", "of", "the", "file", "de", "van", "von", "da",
                                                                      "del", "le", "la", "/", "-", "&", "|"]
        for (index, word) in words.enumerated() {
            // each scalar an ASCII letter, "/", "-", ".", "'" or a letter from U+00C0 to U+1FFF
            guard word.unicodeScalars.allSatisfy({ $0.isASCII ? $0.properties.isAlphabetic || "/-.'".unicodeScalars.contains($0)
                                                              : (0xC0..<0x2000).contains($0.value) })
            else { return false }
            let lower = word.lowercased()
            if index == 0 {
                let first = word.unicodeScalars.first!.value
                guard (65...90).contains(first) || (0xC0..<0x2000).contains(first)
                    || ["courtesy", "screenshot", "handout", "supplied", "submitted", "provided", "file"].contains(lower) else { return false }
            } else if prompts.contains(lower) && !small.contains(lower) {
                return false
            }
        }
        return true
    }
}
