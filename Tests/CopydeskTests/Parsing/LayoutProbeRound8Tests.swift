@testable import Copydesk
import Testing

/// Header, credit and furniture shapes found by the eighth round of probing other publishers' layouts (twenty-first pass).
@Suite("Rules for more publishers' layouts, round 8")
struct LayoutProbeRound8Tests {
    /// The article parsed from `lines` joined by newlines.
    private func parse(_ lines: [String]) -> Article {
        ArticleParser().parse(text: lines.joined(separator: "\n"), id: "probe")
    }

    /// Two body paragraphs under every header these tests build.
    private let body = ["Tenants rallied outside the building on Tuesday to demand repairs that the landlord promised two years ago.",
                        "The city's housing agency said it had opened an inquiry into the complaints, officials said on Wednesday."]

    @Test("a 'Buy Photo' button pasted after a caption's bracketed credit is cut off the line, by both line splitters")
    func pastedBuyPhotoButton() {
        let caption = "Milwaukee County Executive Chris Abele speaks to reporters after the vote Thursday at the Courthouse."
        let line = caption + " (Photo: Mike De Sisti / Milwaukee Journal Sentinel)Buy Photo"
        let article = parse(["County board approves budget that restores three bus routes", "By Jane Doe", "Nov. 19, 2019", body[0], line, body[1]])
        #expect(article.media.map(\.caption) == [caption])
        #expect(article.media.map(\.credit) == ["Mike De Sisti / Milwaukee Journal Sentinel"])
        #expect(article.body.map(\.text) == body)
        let page = "Before\n" + line + "  \n(Photo: X) Buy Photo\nWhy Buy Photo\nA line ending in Buy Photo\n"
        let plain = LineSplitter.lines(of: page).map { String($0.text) }
        #expect(plain == ["Before", caption + " (Photo: Mike De Sisti / Milwaukee Journal Sentinel)", "(Photo: X)", "Why Buy Photo",
                          "A line ending in Buy Photo"])
        var fast: [String] = []
        var text = page
        text.withUTF8 { bytes in
            for found in TextLine.lines(in: bytes) { fast.append(String(decoding: bytes[found.start..<found.end], as: UTF8.self)) }
        }
        #expect(fast == plain)
    }
}
