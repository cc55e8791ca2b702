@testable import Copydesk
import CLibXML2
import Testing

/// The twelfth pass's xml writer fast paths against the plain rules they replace.
@Suite("Xml writer fast paths of the twelfth pass match their plain rules")
struct WriterTwelfthPassTests {
    /// Structural elements opened right after their parent's start tag (with and without the
    /// parent's attributes and namespace declarations, several deep, empty and with content), and,
    /// for contrast, after content.
    private static func nestedBody(_ w: inout XMLStreamWriter) throws {
        try w.open("root", namespace: "urn:a")
        try w.open("plain")  // no attributes: the parent's `<root xmlns=…` then the child's tag
        try w.open("withAttributes")
        try w.attribute("k", literal: "v")
        try w.attribute("esc", "a<b & \"c\"")
        try w.open("chain1")
        try w.open("chain2")
        try w.open("chain3", namespace: "urn:c", prefix: "x")
        try w.attribute("p", "7")
        try w.open("emptyChild")
        try w.close()
        try w.leaf("t", "text")
        try w.close()  // chain3
        try w.close()  // chain2
        try w.close()  // chain1
        try w.close()  // withAttributes
        try w.leaf("after", "content first")
        try w.open("afterContent")
        try w.open("inner")
        try w.begin("p")
        try w.text("x")
        try w.close()
        try w.close()  // inner
        try w.close()  // afterContent
        try w.close()  // plain
        try w.open("ext", namespace: "urn:b", prefix: "cd")
        try w.open("quotes")
        try w.leaf("q", "said")
    }

    @Test("a structural child right after its parent's start tag: the bytes of a fresh writer and of the oracle")
    func nestedStartMatchesOracle() throws {
        let oracle = try XMLRenderPaths.expectSameBytes(capacities: { [0, 64, $0, 1 << 16] }) { try Self.nestedBody(&$0) }
        let text = String(decoding: oracle, as: UTF8.self)
        #expect(text.contains("<root xmlns=\"urn:a\">\n  <plain>\n    <withAttributes k=\"v\" esc=\"a&lt;b &amp; &quot;c&quot;\">\n"))
        #expect(text.contains("<x:chain3 p=\"7\" xmlns:x=\"urn:c\">\n"))
    }

    @Test("dates held as bytes: the bytes and the string of the String-built reading, short and long")
    func dateTimeTextMatchesReference() throws {
        let fraction = String(repeating: "7", count: 40)
        let isos = ["2019-11-20", "2019-11-20T05:27:00-06:00", "2019-11-20T05:27", "2024-02-29T10:00:00.25+0530",
                    "2024-02-29 10:00:00Z", "2024-02-29T10:00:00.123456+05:30", "2024-02-29T10:00:00.\(fraction)Z",
                    "2024-02-29T10:00:00.\(fraction)+0530", "2019-02-30", "yesterday", ""]
        for iso in isos {
            let reference = DateTimeOracleTests.reference(iso)
            let text = NewsItemFacts.dateTimeText(iso)
            #expect(text?.string == reference, "\(iso)")
            #expect(text?.withBytes { Array($0) } == reference.map { Array($0.utf8) }, "\(iso)")
            guard let text, let reference else { continue }
            let byBytes = try XMLStreamWriter.render(declaration: true) { try $0.open("r"); try $0.leaf("d", text) }
            let byString = try XMLStreamWriter.render(declaration: true, leavesByLibXML2: true) { try $0.open("r"); try $0.leaf("d", reference) }
            #expect(byBytes == byString, "\(iso)")
        }
    }

    /// A structural element's attributes of every kind, the first one and later ones (the later
    /// ones are collected without `attributeGoesToRun`'s checks).
    private static func attributesBody(_ w: inout XMLStreamWriter) throws {
        try w.open("item", namespace: "urn:a")
        try w.attribute("guid", prefix: "urn:x:", "abc")
        try w.attribute("version", 1)
        try w.attribute("standard", literal: "NewsML-G2")
        try w.attribute("plain", "value")
        try w.attribute("escaped", "a<b & \"c\"\tz")
        try w.attribute("normalized", "line\nbreak\ttab", normalized: true)
        try w.attribute("number", prefix: "q", 12)
        try w.attribute("cafe", "caf\u{E9}")
        try w.open("figure")
        try w.attribute("class", literal: "image")
        try w.attribute("data-duration", "3:10")
        try w.close()
        try w.open("figure")
        try w.attribute("class", "video")
        try w.attribute("k", literal: "v")
        try w.leaf("p", "x")
    }

    @Test("a structural start tag's later attributes: the bytes of the oracle")
    func structuralAttributesMatchOracle() throws {
        let oracle = try XMLRenderPaths.expectSameBytes(capacities: { _ in [256] }) { try Self.attributesBody(&$0) }
        #expect(String(decoding: oracle, as: UTF8.self).contains("version=\"1\" standard=\"NewsML-G2\" plain=\"value\""))
    }

    @Test("the size estimate: documents within it and past it come out the same through a kept session")
    func capacityEstimate() throws {
        let plain = NewsMLWriter()
        var kept: XMLWriterSession? = try XMLWriterSession()
        for article in [WriterFixtures.hostileArticle(), try WriterFixtures.exampleWithQuotes(), try WriterFixtures.example()] {
            let document = try plain.write(article, session: &kept)
            #expect(document == (try plain.write(article)))
            #expect(NewsMLWriter.capacity(article) >= 3072 + article.source.bytes + 384 * article.quotes.count)
        }
    }

    @Test("short copies: the bytes of ByteCopy.copy for every length, nothing written past the count")
    func copyBytesMatchesByteCopy() {
        let source: [UInt8] = (0..<80).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        for count in 0...70 {
            var plain = [UInt8](repeating: 0xAA, count: 80), short = plain
            source.withUnsafeBytes { from in
                plain.withUnsafeMutableBytes { ByteCopy.copy(from.baseAddress! + 3, to: $0.baseAddress! + 5, count: count) }
                short.withUnsafeMutableBytes { XMLByteRun.copyBytes(from.baseAddress! + 3, to: $0.baseAddress! + 5, count: count) }
            }
            #expect(short == plain, "count \(count)")
            #expect(short[(5 + count)...].allSatisfy { $0 == 0xAA } && short[..<5].allSatisfy { $0 == 0xAA }, "count \(count)")
        }
    }

    @Test("the namespace literals the stream writer declares spell the public namespaces")
    func namespaceLiterals() {
        #expect(NewsMLWriter.namespaceLiteral.description == NewsMLWriter.namespace)
        #expect(NewsMLWriter.extensionNamespaceLiteral.description == NewsMLWriter.extensionNamespace)
        #expect(XHTMLBody.namespace.description == "http://www.w3.org/1999/xhtml")
    }

    @Test("a placed quote's speaker name copied from its title: the oracle's bytes, escaped and with character references")
    func speakerNameCopiedMatchesOracle() throws {
        var oracle = NewsMLWriter()
        oracle.leavesByLibXML2 = true
        let plain = NewsMLWriter()
        var article = WriterFixtures.hostileArticle()
        article.quotes[0].speaker = Speaker(name: "Zo\u{EB} \"Q\" & <Co> \u{1}", role: "Caf\u{E9} & bar", kind: .person)
        var session: XMLWriterSession? = try XMLWriterSession()
        let fast = try plain.write(article, session: &session)
        #expect(fast == (try oracle.write(article)))
        #expect(try plain.mergedEntry(article, index: 0) == oracle.mergedEntry(article, index: 0))
        let xml = String(decoding: fast, as: UTF8.self)
        #expect(xml.contains("title=\"Zo\u{EB} &quot;Q&quot; &amp; &lt;Co&gt; \u{FFFD}\" data-speaker=\"Zo\u{EB} &quot;Q&quot; &amp; &lt;Co&gt; \u{FFFD}\""))
    }
}
