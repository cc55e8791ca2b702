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

    /// The captions and related titles of `article` in the order the plain rule places them: before the body, after
    /// each block that has some (media first, then related links, each in list order), after the body.
    static func plainPlacement(_ article: Article) -> [String] {
        let count = article.body.count
        func at(_ position: Int?) -> [String] {
            func belongs(_ after: Int?) -> Bool {
                guard let position, position < 0 else { return after == position }
                guard let after else { return false }
                return after < 0 || after >= count
            }
            return article.media.filter { belongs($0.after) }.map { $0.caption ?? "" } + article.related.filter { belongs($0.after) }.map(\.title)
        }
        return at(nil) + (0..<count).flatMap { at($0) } + at(-1)
    }

    @Test("figures and related links follow their blocks as the plain placement rule puts them, in any list order",
          arguments: [(4, false), (4, true), (12, false), (400, false), (400, true)])
    func extrasFollowPlainPlacement(count: Int, shuffled: Bool) throws {
        var mix = SeededMix(state: UInt64(count) &* 31 &+ (shuffled ? 7 : 0))
        var article = Article(id: "extras", source: Source(path: nil, sha256: "0", bytes: 0, encoding: "utf-8"))
        article.body = (0..<count).map { BodyBlock(text: "Block \($0).") }
        func position(_ k: Int) -> Int? {  // before, after a block (in order, or anywhere), past the end, negative
            switch mix.next(10) {
            case 0: return nil
            case 1: return count + mix.next(3)
            case 2: return -1 - mix.next(2)
            default: return shuffled ? mix.next(count) : k * count / (2 * count)
            }
        }
        article.media = (0..<(2 * count)).map { MediaItem(kind: .image, caption: "Figure \($0)", after: position($0)) }
        article.related = (0..<count).map { RelatedLink(title: "Link \($0)", after: position($0)) }
        let xml = String(decoding: try NewsMLWriter().write(article), as: UTF8.self)
        // the captions and titles in document order
        let pattern = try NSRegularExpression(pattern: ">((?:Figure|Link) [0-9]+)<")
        let inDocument = pattern.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)).map { (xml as NSString).substring(with: $0.range(at: 1)) }
        let order = Self.plainPlacement(article)
        #expect(inDocument.count == order.count)
        #expect(inDocument == order)
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
