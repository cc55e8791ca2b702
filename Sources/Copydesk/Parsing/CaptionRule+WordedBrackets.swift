/// Worded credits in brackets after a whole caption sentence: "(Staff photo by Jo Doe)", "(Express photo by Praveen
/// Khanna)", "(Courtesy of Clark County)", "(Courtesy photo)", "(File photo)", "(Provided)", "(Special to the AJC)".
extension CaptionRule {
    /// Single words that make a whole bracketed credit (lowercased).
    static let wordedCreditWords: Set<String> = ["provided", "submitted", "contributed", "handout", "supplied"]

    /// The caption and credit when `caption` is a caption sentence (`isCaptionSentence`) and `inside`, of one to eight
    /// words opening with a capital, is a worded credit: it opens with "Courtesy" or "Special to ", is one or two
    /// capitalised words and "photo", holds "photo by" with one to four capitalised words after it, or is one of
    /// `wordedCreditWords`; `nil` otherwise.
    static func wordedBracketCredit(caption: Substring, inside: Substring) -> Match? {
        guard inside.utf8.count <= 60, inside.first?.isUppercase == true, isCaptionSentence(caption) else { return nil }
        let words = inside.spaceWords
        guard (1...8).contains(words.count) else { return nil }
        let lower = words.map { $0.lowercased() }
        let worded: Bool
        if lower[0] == "courtesy" || lower[0] == "special" && lower.count >= 3 && lower[1] == "to" {
            worded = words.count >= 2
        } else if words.count == 1 {
            worded = wordedCreditWords.contains(lower[0])
        } else if let photo = lower.firstIndex(where: { $0 == "photo" || $0 == "photos" }), photo <= 2,
                  words[..<photo].allSatisfy({ $0.first?.isUppercase == true }) {
            let after = words[(photo + 1)...]
            worded = after.isEmpty ? photo >= 1 : after.first == "by" && (2...5).contains(after.count)
                && after.dropFirst().allSatisfy { $0.first?.isUppercase == true }
        } else {
            worded = false
        }
        return worded ? .captioned(text: String(caption), credit: String(inside)) : nil
    }

    /// The line less a photographer's handle after its bracketed credit ("… (Jo Doe/Las Vegas Review-Journal) @jodoe"):
    /// the byte count of " @handle" when `bytes` end with ") @" and one to thirty letters, digits or "_"; `nil` otherwise.
    static func trailingHandleLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = bytes.count &- 1
        while index >= 0, bytes.count &- index <= 31, case let byte = bytes[index],
              (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "_") { index &-= 1 }
        guard index >= 2, index < bytes.count &- 1, bytes[index] == UInt8(ascii: "@"), bytes[index &- 1] == 0x20,
              bytes[index &- 2] == UInt8(ascii: ")") else { return nil }
        return bytes.count &- index &+ 1
    }

    /// `shortBracketCredit` on `text` (the line, whose bytes are `bytes`) less a photographer's handle after its bracket.
    static func bracketCreditBeforeHandle(_ text: Substring, _ bytes: UnsafeBufferPointer<UInt8>) -> Match? {
        guard let cut = trailingHandleLength(bytes), cut < text.utf8.count else { return nil }
        return shortBracketCredit(Substring(text.utf8.dropLast(cut)))
    }

    /// True when `byte` is an ASCII letter, digit or "_" (a handle's last byte).
    @inline(__always)
    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "_")
    }
}

extension CaptionRule {
    /// "(Francisco Kjolseth | The Salt Lake Tribune) Sen. Lyle Hillyard … on Nov. 18, 2019.": a bracketed "Name | Outlet"
    /// or "Name / Outlet" credit opening the line, then a caption sentence of five words or more; `nil` otherwise.
    static func leadingBracketCredit(_ line: Substring) -> Match? {
        guard line.first == "(", let close = line.firstIndex(of: ")") else { return nil }
        let inside = line[line.index(after: line.startIndex)..<close].trimmedSpace
        let caption = line[line.index(after: close)...].trimmedSpace
        guard caption.wordCount >= 5, caption.startsUppercase, caption.endsLikeSentence,
              let bar = inside.fastRange(of: " | ") ?? inside.fastRange(of: " / ") else { return nil }
        let name = inside[..<bar.lowerBound].trimmedSpace, outlet = inside[bar.upperBound...].trimmedSpace
        guard (2...4).contains(name.wordCount), BylineRule.looksLikeName(name), !BylineRule.isRole(name),
              (1...6).contains(outlet.wordCount), outlet.startsUppercase else { return nil }
        return .captioned(text: String(caption), credit: String(inside))
    }
}
