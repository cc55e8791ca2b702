@testable import Copydesk
import Testing

/// The fourteenth pass's fast path: the writers read the article's strings where it stores them
/// (`StoredText`: `withUTF8` on the stored property through a pointer into the model's arrays)
/// instead of copying quotes, blocks and items or passing their strings on. The bytes lent must be
/// the string's UTF-8, nothing may be written or copied, and every writer's output must stay the
/// plain rule's (libxml2's calls for xml, one `JSONOutput` call per value for json, the
/// byte-appending definition for csv-quotes).
@Suite("Writers read the article's strings in place")
struct WriterFourteenthPassTests {
    /// Strings of every storage the model holds: empty, small (inline), large, non-ASCII, sliced.
    static let samples: [String] = [
        "", "a", "fifteen bytes!!", "sixteen bytes!!!", "é", "“curly” quotes", "中文 text", "😀 emoji", "Ann <Lee> & \"co\"",
        "tab\tand\nnew line\r", String(repeating: "long plain text ", count: 40),
        String(String(repeating: "slice of a longer string ", count: 8).dropFirst(3).dropLast(5)),
    ]

    @Test("bytes lends each stored string's UTF-8 without changing or copying the string or its array")
    func bytesInPlace() {
        let strings = Self.samples
        let optionals: [String?] = Self.samples.map { $0 } + [nil]
        let base = strings.withUnsafeBufferPointer { $0.baseAddress }
        StoredText.elements(strings) { stored in
            for index in stored.indices {
                let lent = StoredText.bytes(&stored[index]) { Array($0) }
                #expect(lent == Array(Self.samples[index].utf8), "sample \(index)")
            }
        }
        StoredText.elements(optionals) { stored in
            for index in stored.indices {
                let lent = StoredText.bytes(&stored[index]) { Array($0) }
                #expect(lent == optionals[index].map { Array($0.utf8) }, "optional \(index)")
                #expect(StoredText.isPresent(&stored[index]) == (optionals[index] != nil), "optional \(index)")
            }
        }
        #expect(strings == Self.samples)
        #expect(strings.withUnsafeBufferPointer { $0.baseAddress } == base)  // still the same buffer: nothing copied
    }

    @Test("isPresent tests optional structs in place as != nil does")
    func presence() {
        var quotes = [Quote(text: "t", speaker: Speaker(name: "Ann", role: "chief"), cue: nil, paragraph: 0, start: 0, end: 1),
                      Quote(text: "u", speaker: nil, cue: "said", paragraph: 0, start: 0, end: 1)]
        for index in quotes.indices {
            #expect(StoredText.isPresent(&quotes[index].speaker) == (quotes[index].speaker != nil))
            #expect(StoredText.isPresent(&quotes[index].cue) == (quotes[index].cue != nil))
        }
    }

    /// An article whose media, related links, byline and standfirst take every combination of
    /// present and missing strings, with markup, controls and non-ASCII in them.
    static func article(seed: UInt64) -> Article {
        var mix = SeededMix(state: seed)
        func piece() -> String { samples[mix.next(samples.count)] }
        func maybe() -> String? { mix.next(3) == 0 ? nil : piece() }
        let body = (0..<4).map { _ in BodyBlock(kind: mix.next(2) == 0 ? .paragraph : .listItem, text: "Block " + piece()) }
        let media = (0..<(1 + mix.next(6))).map { _ in
            MediaItem(kind: mix.next(2) == 0 ? .image : .video, caption: maybe(), credit: maybe(), duration: maybe(),
                      after: mix.next(4) == 0 ? nil : mix.next(7) - 1)
        }
        let related = (0..<mix.next(4)).map { _ in RelatedLink(title: "Link " + piece(), after: mix.next(6) - 1) }
        let byline = (0..<mix.next(4)).map { _ in BylineEntry(name: "Name " + piece(), role: maybe()) }
        let quotes = (0..<mix.next(5)).map { _ in
            Quote(text: piece(), speaker: mix.next(3) == 0 ? nil : Speaker(name: "S " + piece(), role: maybe()),
                  cue: maybe(), paragraph: mix.next(4), start: 0, end: 3, kind: mix.next(2) == 0 ? .direct : .partial,
                  continued: mix.next(2) == 0)
        }
        return Article(id: "p\(seed)", source: Source(path: "p.txt", sha256: String(repeating: "cd", count: 32), bytes: 9,
                                                      encoding: "utf-8"),
                       language: "en", headline: "Head " + piece(), standfirst: (0..<mix.next(3)).map { _ in piece() },
                       byline: byline, body: body, media: media, related: related, quotes: quotes)
    }

    @Test("xml, json and csv-quotes read in place give the plain rules' bytes")
    func writersMatchPlainRules() throws {
        var oracle = NewsMLWriter()
        oracle.leavesByLibXML2 = true
        for seed in 0..<80 as Range<UInt64> {
            let article = Self.article(seed: seed)
            let ours = try NewsMLWriter().write(article), theirs = try oracle.write(article)
            #expect(XMLSerializationOracleTests.firstDifference(ours, theirs) == nil, "seed \(seed)")
            var workspace = WriterWorkspace()
            #expect(try NewsMLWriter().write(article, reusing: &workspace) == theirs, "seed \(seed)")
            for indent in [2, 0] {
                let fast = JSONOutput.document(indent: indent, capacity: 64) { JSONArticleWriter.emit(article, into: &$0) }
                let plain = JSONOutput.document(indent: indent, capacity: 64) {
                    JSONArticleWriter.emit(article, into: &$0, generic: true)
                }
                #expect(fast == plain, "seed \(seed) indent \(indent)")
            }
            #expect(try CSVQuotesWriter().write(article) == WriterFastPathTests.referenceCSV(article, header: true), "seed \(seed)")
        }
    }

    @Test("json quote tails: the padded literals hold the generic calls' bytes, cut where the item ends")
    func quoteTails() {
        for kind in Quote.Kind.allCases {
            for continued in [false, true] {
                for pretty in [true, false] {
                    let tail = pretty ? JSONArticleWriter.prettyTail(kind, continued: continued)
                        : JSONArticleWriter.compactTail(kind, continued: continued)
                    let end = (pretty ? ",\n      \"kind\": \"" : ",\"kind\":\"") + kind.rawValue
                        + (pretty ? "\",\n      \"continued\": " : "\",\"continued\":") + (continued ? "true" : "false")
                    let next = pretty ? "\n    },\n    {\n      \"text\": " : "},{\"text\":"
                    let bytes = Array(tail.description.utf8)
                    #expect(bytes.count == 80)
                    #expect(JSONArticleWriter.tailLength(kind, continued: continued, pretty: pretty, last: true) == end.utf8.count)
                    let length = JSONArticleWriter.tailLength(kind, continued: continued, pretty: pretty, last: false)
                    #expect(length == end.utf8.count + next.utf8.count)
                    #expect(bytes.prefix(length).elementsEqual((end + next).utf8), "\(kind) \(continued) \(pretty)")
                    #expect(bytes.dropFirst(length).allSatisfy { $0 == 0x20 })
                }
            }
        }
    }

    @Test("JSONOutput cursor: bytes written at the cursor and advanced over are the builder's, growth included")
    func cursorAdvance() {
        var out = JSONOutput(indent: 0, capacity: 64)
        var expected: [UInt8] = []
        for round in 0..<40 {  // past the first capacity: the builder moves to larger memory in between
            out.appendLiteral("ab")
            out.reserve(16)
            var p = out.cursor
            for byte in Array("cd\(round % 10)".utf8) { p.pointee = byte; p += 1 }
            out.advance(to: p)
            expected += Array("abcd\(round % 10)".utf8)
        }
        #expect(out.bytes == expected)
    }
}
