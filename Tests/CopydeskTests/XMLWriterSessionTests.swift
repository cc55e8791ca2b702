@testable import Copydesk
import CLibXML2
import Foundation
import Testing

/// One libxml2 writer kept for many documents (`WriterWorkspace`) gives the bytes of a new writer
/// per document, and a document that fails never poisons the next one.
@Suite("A kept libxml2 writer gives the same bytes")
struct XMLWriterSessionTests {
    @Test("every registered format writes the same bytes through a workspace, article after article")
    func workspaceMatchesPlainWrites() throws {
        let articles = try WriterFastPathTests.articles()
        for format in WriterRegistry.formats {
            var workspace = WriterWorkspace()
            for _ in 0..<2 {
                for article in articles {
                    #expect(try format.writer.write(article, reusing: &workspace) == format.writer.write(article),
                            "\(format.name) \(article.id)")
                }
            }
        }
    }

    @Test("the kept writer also matches when every element goes through libxml2 (the oracle)")
    func sessionMatchesOracle() throws {
        var oracle = NewsMLWriter()
        oracle.leavesByLibXML2 = true
        var session: XMLWriterSession?
        for article in try WriterFastPathTests.articles() {
            #expect(try oracle.write(article, session: &session) == NewsMLWriter().write(article), "\(article.id)")
        }
        #expect(session != nil)
    }

    @Test("the kept stream writer: a huge document between small ones, interleaved with the oracle, same bytes")
    func keptStreamWriterAcrossSizes() throws {
        let small = try WriterFixtures.exampleWithQuotes()
        var huge = small
        huge.body = Array(repeating: small.body, count: 400).flatMap { $0 }  // several MB of output
        var oracle = NewsMLWriter()
        oracle.leavesByLibXML2 = true
        var kept: XMLWriterSession?
        for article in [small, huge, small, huge, small] {
            let plain = try NewsMLWriter().write(article)
            #expect(try NewsMLWriter().write(article, session: &kept) == plain)
            #expect(try oracle.write(article, session: &kept) == plain)  // the same session, every element by libxml2
        }
    }

    @Test("only the xml writer keeps state in a workspace; the others write as write(_:) does")
    func onlyXMLKeepsState() throws {
        let article = try WriterFixtures.exampleWithQuotes()
        for format in WriterRegistry.formats {
            var workspace = WriterWorkspace()
            let bytes = try format.writer.write(article, reusing: &workspace)
            #expect(bytes == (try format.writer.write(article)), "\(format.name)")
            #expect((workspace.xml != nil) == (format.writer is NewsMLWriter), "\(format.name)")
        }
    }

    @Test("a failed document spends the session; the writer then starts a new one and the bytes are right")
    func failureSpendsSession() throws {
        let session = try XMLWriterSession()
        #expect(throws: CopydeskError.self) {
            _ = try XMLStreamWriter.render(session: session, capacity: 0) { w in
                try w.begin("p")
                try w.open("div")  // a block element inside a text-level one
            }
        }
        #expect(!session.usable)
        let article = try WriterFixtures.exampleWithQuotes()
        var kept: XMLWriterSession? = try XMLWriterSession()
        let first = try NewsMLWriter().write(article, session: &kept)
        #expect(first == (try NewsMLWriter().write(article)))
        #expect(try NewsMLWriter().write(article, session: &kept) == first)
    }

    @Test("the kept buffer (no callback) is emptied after each document; a huge one spends the session")
    func keptBufferEmptiedAndHugeSpends() throws {
        let small = try WriterFixtures.exampleWithQuotes()
        var huge = small
        huge.body = Array(repeating: small.body, count: 400).flatMap { $0 }
        let session = try XMLWriterSession()
        #expect(session.output.pointee.writecallback == nil)
        var kept: XMLWriterSession? = session
        let plain = try NewsMLWriter().write(small)
        #expect(try NewsMLWriter().write(small, session: &kept) == plain)
        #expect(xmlOutputBufferGetSize(session.output) == 0)  // nothing left for the next document
        #expect(session.output.pointee.encoder == nil)  // the UTF-8 identity encoder was taken off
        #expect(try NewsMLWriter().write(huge, session: &kept) == NewsMLWriter().write(huge))
        #expect(!session.usable && kept === session)  // spent: its large buffer is not kept
        #expect(try NewsMLWriter().write(small, session: &kept) == plain)
        #expect(kept !== session && kept?.usable == true)
    }

    @Test("the kept output array is reused only once let go: a document the caller still holds never changes")
    func keptOutputArrayIsCopyOnWrite() throws {
        let small = try WriterFixtures.exampleWithQuotes(), other = WriterFixtures.hostileArticle()
        var kept: XMLWriterSession?
        let first = try NewsMLWriter().write(small, session: &kept)  // held across the next documents
        let second = try NewsMLWriter().write(other, session: &kept)
        _ = try NewsMLWriter().write(other, session: &kept).count  // let go at once: its memory is reused
        let third = try NewsMLWriter().write(small, session: &kept)
        #expect(first == (try NewsMLWriter().write(small)) && third == first)
        #expect(second == (try NewsMLWriter().write(other)))
    }

    @Test("a fresh writer drops the identity encoder only on the fast path; the oracle keeps it and the bytes agree")
    func identityEncoderDroppedOnFastPathOnly() throws {
        for oracle in [false, true] {
            var encoderLeft = true
            let bytes = try XMLStreamWriter.render(declaration: true, leavesByLibXML2: oracle) { w in
                encoderLeft = w.output?.pointee.encoder != nil
                try w.leaf("p", "caf\u{E9} <b> & \u{1F600}")
            }
            #expect(encoderLeft == oracle)
            #expect(String(decoding: bytes, as: UTF8.self)
                    == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<p>caf\u{E9} &lt;b&gt; &amp; \u{1F600}</p>\n")
        }
    }
}
