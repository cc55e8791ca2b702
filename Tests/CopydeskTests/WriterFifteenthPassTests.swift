@testable import Copydesk
import Testing

/// The fifteenth pass: the writers take no reference counts of their own for the discarded texts
/// (`DiscardedLines.withBytes` lends a contiguous string's UTF-8 without copying the string) and
/// for the xml writer's own strings (the kept-session body uses the writer in place, not a copy).
/// Each is held to the plain rule it replaces.
@Suite("Writers lend strings without copying them (fifteenth pass)")
struct WriterFifteenthPassTests {
    /// The plain rule `withBytes` replaced: `withUTF8` on a copy of the string.
    static func plainBytes(_ string: String) -> [UInt8] {
        var copy = string
        return copy.withUTF8 { Array($0) }
    }

    @Test("withBytes lends every kind of string's UTF-8 as withUTF8 on a copy does")
    func lentBytes() {
        for (index, sample) in WriterFourteenthPassTests.samples.enumerated() {
            let lent = DiscardedLines.withBytes(of: sample) { Array($0) }
            #expect(lent == Self.plainBytes(sample), "sample \(index)")
            #expect(lent == Array(sample.utf8), "sample \(index)")
        }
    }

    @Test("withEntries lends each line's text where it is kept (base or own)")
    func entriesTexts() {
        var lines = DiscardedLines(base: "Advertisement\nShare this\n“Curly” menu\n")
        lines.append(line: 1, start: 0, end: 13, reason: .advertisement)
        lines.append(line: 2, text: "Share this"[...], start: 14, end: 24, reason: .share)
        lines.append(line: 3, text: "Not in the base"[...], start: 14, end: 24, reason: .footer)
        lines.append(line: 4, start: 25, end: 25 + "“Curly” menu".utf8.count, reason: .navigation)
        let lent = lines.withEntries { entries, base, own in
            entries.map { Array((($0.inOwn ? own : base))[$0.start..<$0.end]) }
        }
        #expect(lent == lines.lines.map { Array($0.text.utf8) })
        #expect(lent.count == 4)
    }

    @Test("a kept session writes a writer's own provider as write(_:) and the libxml2 oracle do")
    func sessionProvider() throws {
        let writer = NewsMLWriter(provider: "Desk <&> \"Ünïcode\"\tname")
        var oracle = writer
        oracle.leavesByLibXML2 = true
        var workspace = WriterWorkspace()
        for seed in 0..<20 as Range<UInt64> {
            let article = WriterFourteenthPassTests.article(seed: seed)
            let plain = try oracle.write(article)
            #expect(try writer.write(article) == plain, "seed \(seed)")
            #expect(try writer.write(article, reusing: &workspace) == plain, "seed \(seed)")
        }
    }

    @Test("the xhtml title is the headline, or the id without one, as headline ?? id gives (plain, session, oracle)")
    func titleFallback() throws {
        var oracle = NewsMLWriter()
        oracle.leavesByLibXML2 = true
        var workspace = WriterWorkspace()
        for seed in 0..<12 as Range<UInt64> {
            var article = WriterFourteenthPassTests.article(seed: seed)
            if seed % 2 == 0 { article.headline = nil }
            let expected = article.headline ?? article.id
            let plain = try oracle.write(article)
            #expect(try NewsMLWriter().write(article) == plain, "seed \(seed)")
            #expect(try NewsMLWriter().write(article, reusing: &workspace) == plain, "seed \(seed)")
            #expect(String(decoding: plain, as: UTF8.self).contains("<title>\(expected)</title>"), "seed \(seed)")
        }
    }
}
