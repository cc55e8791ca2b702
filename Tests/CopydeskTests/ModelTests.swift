@testable import Copydesk
import Foundation
import Testing

@Suite("Article model")
struct ModelTests {
    static let allKeys = ["id", "source", "language", "section", "headline", "standfirst", "byline", "published", "updated",
                          "dateline", "body", "media", "related", "printEdition", "quotes", "discarded"]

    @Test("an empty article encodes every key, absent values as null or []")
    func emptyArticleHasEveryKey() throws {
        let article = Article(id: "x", source: Source(path: nil, sha256: String(repeating: "0", count: 64), bytes: 0, encoding: "utf-8"))
        for data in [try JSONEncoder().encode(article), Data(try JSONArticleWriter().write(article))] {
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(Set(object.keys) == Set(Self.allKeys))
            #expect(object["headline"] is NSNull)
            #expect((object["body"] as? [Any])?.isEmpty == true)
            #expect((object["source"] as? [String: Any])?["path"] is NSNull)
        }
    }

    @Test("the json writer's output decodes back to the same article")
    func writerRoundTrip() throws {
        var article = Article(id: "r", source: Source(path: "a/b.txt", sha256: String(repeating: "a", count: 64), bytes: 3, encoding: "utf-8"))
        article.headline = "Head \"quoted\" \\ back/slash\tand\u{1}control"
        article.byline = [BylineEntry(name: "Ann Lee", role: "Staff Writer")]
        article.published = DateStamp(text: "20 Nov 2019", iso: "2019-11-20")
        article.body = [BodyBlock(text: "Para “one”."), BodyBlock(kind: .subheading, text: "Sub")]
        article.media = [MediaItem(kind: .video, caption: "Clip", duration: "03:15", after: 0)]
        article.related = [RelatedLink(title: "Other story", after: 1)]
        article.printEdition = PrintEdition(publication: "The Post", headline: nil)
        article.quotes = [Quote(text: "Hi", speaker: Speaker(name: "Ann Lee", role: nil, kind: .person), cue: "said",
                                paragraph: 0, start: 6, end: 9, kind: .partial, continued: false)]
        article.discarded = [DiscardedLine(line: 1, text: "Advertisement", reason: .advertisement)]
        let bytes = try JSONArticleWriter().write(article)
        let decoded = try JSONDecoder().decode(Article.self, from: Data(bytes))
        #expect(decoded == article)
        #expect(!String(decoding: bytes, as: UTF8.self).contains("\\/"))
    }

    @Test("SHA-256 (swift-crypto and the portable fallback) matches the FIPS test vectors",
          arguments: [false, true])
    func sha256Vectors(portable: Bool) {
        let digester = Digester(portable: portable)
        #expect(digester.hexDigest(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(digester.hexDigest(of: [UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(digester.hexDigest(of: long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // Many whole blocks read in place, and a non-contiguous collection (copied first).
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(digester.hexDigest(of: million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        #expect(digester.hexDigest(of: "abc".utf8.lazy.map { $0 }) == digester.hexDigest(of: Array("abc".utf8)))
        // Tails of 55, 56 and 64 bytes: one or two padding blocks.
        #expect(digester.hexDigest(of: [UInt8](repeating: 0x61, count: 55)) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(digester.hexDigest(of: [UInt8](repeating: 0x61, count: 64)) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }

    /// The digest under test: the one the library uses, or the portable fallback.
    struct Digester {
        let portable: Bool
        func hexDigest<C: Collection>(of bytes: C) -> String where C.Element == UInt8 {
            portable ? PortableSHA256.hexDigest(of: bytes) : SHA256.hexDigest(of: bytes)
        }
    }

    @Test("the portable SHA-256 agrees with swift-crypto's on every length from 0 to 300 bytes")
    func portableAgrees() {
        var bytes: [UInt8] = []
        for length in 0...300 {
            #expect(PortableSHA256.hexDigest(of: bytes) == SHA256.hexDigest(of: bytes), "length \(length)")
            bytes.append(UInt8(truncatingIfNeeded: length &* 151 &+ 7))
        }
    }
}
