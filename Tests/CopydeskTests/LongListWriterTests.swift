@testable import Copydesk
import Foundation
import Testing

/// Long media and speaker lists (a page of thousands of captions or quoted names): the writers' set-based
/// de-duplication gives what the plain first-occurrence rule gives, with `String ==` (canonical equivalence).
@Suite("Writers: long credit and speaker lists")
struct LongListWriterTests {
    /// Credits with repeats, a nil, and two canonically equal spellings of one word ("É" and "E" + U+0301).
    static let credits: [String?] = ["AP", "Reuters", nil, "AP", "\u{C9}cole", "E\u{301}cole", "Getty Images", "Reuters", "AFP"]

    /// The distinct credits of `media`, in order, by the plain rule.
    static func distinctCredits(_ media: [MediaItem]) -> [String] {
        var result: [String] = []
        for item in media { if let credit = item.credit, !result.contains(credit) { result.append(credit) } }
        return result
    }

    /// The texts of the `creditline` elements of `xml`, in order.
    static func creditLines(_ xml: String) -> [String] {
        xml.components(separatedBy: "<creditline>").dropFirst().map { String($0.prefix { $0 != "<" }) }
    }

    @Test("creditlines are the distinct credits in media order, below and above the scan limit", arguments: [3, 16, 17, 60, 400])
    func creditLinesMatchPlainRule(count: Int) throws {
        var article = Article(id: "credits", source: Source(path: nil, sha256: "0", bytes: 0, encoding: "utf-8"))
        article.body = [BodyBlock(text: "Body.")]
        article.media = (0..<count).map { MediaItem(kind: .image, caption: "Caption \($0)", credit: Self.credits[$0 % Self.credits.count], after: 0) }
        let xml = String(decoding: try NewsMLWriter().write(article), as: UTF8.self)
        let written = Self.creditLines(xml)
        let expected = Self.distinctCredits(article.media)
        #expect(written.count == expected.count)
        #expect(zip(written, expected).allSatisfy { $0 == $1 }, "\(written) against \(expected)")
    }

    @Test("ninjs lists each quoted person and organisation once, in quote order, after the authors")
    func ninjsPartiesMatchPlainRule() throws {
        var article = Article(id: "speakers", source: Source(path: nil, sha256: "0", bytes: 0, encoding: "utf-8"))
        article.body = [BodyBlock(text: "Body.")]
        article.byline = [BylineEntry(name: "Ann Lee"), BylineEntry(name: "Wang Li")]
        let names = ["Wang Li", "Acme Corp", "Ann Lee", "\u{C9}mile Zola", "E\u{301}mile Zola", "Acme Corp", "Bo Chen"]
        article.quotes = (0..<300).map { k in
            let name = names[k % names.count] + (k % 3 == 0 ? "" : " \(k % 11)")
            return Quote(text: "q\(k)", speaker: Speaker(name: name, role: nil, kind: name.hasPrefix("Acme") ? .organization : .person),
                         cue: "said", paragraph: 0, start: 0, end: 1)
        }
        var people = article.byline.map { ["name": $0.name, "rel": "author"] }, organisations: [[String: String]] = []
        for speaker in article.quotes.compactMap(\.speaker) {
            let entry = ["name": speaker.name, "rel": "quoted"]
            if speaker.kind == .organization {
                if !organisations.contains(entry) { organisations.append(entry) }
            } else if !people.contains(entry) {
                people.append(entry)
            }
        }
        let json = try JSONSerialization.jsonObject(with: Data(try NinjsWriter().write(article))) as? [String: Any]
        #expect((json?["people"] as? [[String: String]]) == people)
        #expect((json?["organisations"] as? [[String: String]]) == organisations)
    }
}
