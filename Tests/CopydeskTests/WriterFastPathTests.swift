@testable import Copydesk
import Foundation
import Testing

/// The writers' fast paths held to their plain definitions: JSON's literal pieces against one
/// `JSONOutput` call per key and value, CSV and text against the straightforward byte-appending
/// versions they replaced.
@Suite("Writer fast paths match their plain definitions")
struct WriterFastPathTests {
    /// Dev corpus, the example with quotes and hostile articles with discarded lines and speakers.
    static func articles() throws -> [Article] {
        var articles = try WriterFixtures.devCorpus()
        articles.append(try WriterFixtures.exampleWithQuotes())
        for language in ["en-GB", nil] as [String?] {
            var hostile = WriterFixtures.hostileArticle(language: language)
            hostile.discarded = DiscardReason.allCases.enumerated().map { index, reason in
                DiscardedLine(line: index * 37 - 3, text: index % 2 == 0 ? WriterFixtures.hostile : "", reason: reason)
            }
            hostile.quotes.append(Quote(text: "=1+1, \"x\"", speaker: Speaker(name: "-Org", role: nil, kind: .organization),
                                        cue: "@said", paragraph: 1_000_000, start: -12, end: 123_456, kind: .partial))
            articles.append(hostile)
        }
        // Items longer than the room reserved so far (a growth inside the item loops), a number of five digits.
        var long = articles[articles.count - 1]
        long.body.append(BodyBlock(text: String(repeating: "long plain text ", count: 600) + "\"end\""))
        long.discarded.append(DiscardedLine(line: 12_345, text: String(repeating: "é", count: 2_000), reason: .footer))
        long.quotes.append(Quote(text: String(repeating: "quoted ", count: 900), speaker: nil, cue: nil, paragraph: 0,
                                 start: 0, end: 6_300, kind: .direct))
        articles.append(long)
        var empty = articles[articles.count - 1]
        empty.body = []; empty.quotes = []; empty.discarded = []
        articles.append(empty)
        return articles
    }

    @Test("JSON: literal pieces give the bytes of the generic calls, pretty and compact")
    func jsonPieces() throws {
        for article in try Self.articles() {
            for indent in [2, 0] {
                let fast = JSONOutput.document(indent: indent, capacity: 64) { JSONArticleWriter.emit(article, into: &$0) }
                let plain = JSONOutput.document(indent: indent, capacity: 64) {
                    JSONArticleWriter.emit(article, into: &$0, generic: true)
                }
                #expect(fast == plain, "\(article.id) indent \(indent)")
            }
            #expect(try JSONArticleWriter().write(article) == JSONOutput.document(indent: 2, capacity: 64) {
                JSONArticleWriter.emit(article, into: &$0, generic: true)
            })
        }
    }

    @Test("JSON: literal raw values are the enums' raw values")
    func literals() {
        for kind in BodyBlock.Kind.allCases {
            #expect(kind.literal.description == kind.rawValue)
            for (head, pretty) in [(kind.prettyHead, true), (kind.compactHead, false)] {
                let close = pretty ? "\n    }," : "},"
                let start = (pretty ? "\n    {\n      \"kind\": \"" : "{\"kind\":\"") + kind.rawValue
                    + (pretty ? "\",\n      \"text\": " : "\",\"text\":")
                let bytes = Array(head.description.utf8)
                #expect(bytes.count == 72, "\(kind) pretty \(pretty)")
                #expect(BodyBlock.Kind.headSkip(pretty: pretty) == close.utf8.count)
                #expect(kind.headLength(pretty: pretty) == close.utf8.count + start.utf8.count, "\(kind) pretty \(pretty)")
                #expect(bytes.prefix(kind.headLength(pretty: pretty)).elementsEqual((close + start).utf8), "\(kind)")
                #expect(bytes.dropFirst(kind.headLength(pretty: pretty)).allSatisfy { $0 == 0x20 }, "\(kind)")
            }
        }
        for reason in DiscardReason.allCases {
            #expect(reason.literal.description == reason.rawValue)
            for (tail, pretty) in [(reason.prettyTail, true), (reason.compactTail, false)] {
                let piece = pretty ? ",\n      \"reason\": \"" + reason.rawValue : ",\"reason\":\"" + reason.rawValue
                let next = pretty ? "\"\n    },\n    {\n      \"line\": " : "\"},{\"line\":"
                let bytes = Array(tail.description.utf8)
                #expect(bytes.count == 64, "\(reason) pretty \(pretty)")
                #expect(reason.pieceLength(pretty: pretty) == piece.utf8.count, "\(reason) pretty \(pretty)")
                #expect(reason.tailLength(pretty: pretty) == piece.utf8.count + next.utf8.count, "\(reason) pretty \(pretty)")
                #expect(bytes.prefix(reason.tailLength(pretty: pretty)).elementsEqual((piece + next).utf8), "\(reason)")
                #expect(bytes.dropFirst(reason.tailLength(pretty: pretty)).allSatisfy { $0 == 0x20 }, "\(reason)")
            }
        }
    }

    @Test("csv-quotes: rows written in place equal the byte-appending definition")
    func csvRows() throws {
        let writer = CSVQuotesWriter()
        for article in try Self.articles() {
            #expect(try writer.write(article) == Self.referenceCSV(article, header: true), "\(article.id)")
            #expect(try writer.mergedEntry(article, index: 3) == Self.referenceCSV(article, header: false), "\(article.id)")
        }
        #expect(try writer.mergedHeader() == Array((CSVQuotesWriter.columns.joined(separator: ",") + "\r\n").utf8))
    }

    @Test("text: the counted, written-in-place text equals the byte-appending definition")
    func textLayout() throws {
        let writer = TextArticleWriter()
        for article in try Self.articles() {
            #expect(try writer.write(article) == Self.referenceText(article), "\(article.id)")
            #expect(try writer.mergedEntry(article, index: 0) == Self.referenceText(article), "\(article.id)")
            #expect(try writer.mergedEntry(article, index: 1) == Array("\u{0C}\n".utf8) + Self.referenceText(article))
        }
    }

    // MARK: - The plain definitions

    static func referenceCSV(_ article: Article, header: Bool) -> [UInt8] {
        func field(_ value: String, guarded: Bool = false) -> [UInt8] {
            let bytes = Array(value.utf8)
            let quoted = bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            var out: [UInt8] = quoted ? [0x22] : []
            if guarded { out.append(UInt8(ascii: "'")) }
            for byte in bytes {
                if quoted && byte == 0x22 { out.append(byte) }
                out.append(byte)
            }
            if quoted { out.append(0x22) }
            return out
        }
        func text(_ value: String?) -> [UInt8] {
            guard let value, let first = value.utf8.first else { return [] }
            return field(value, guarded: [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 9, 13].contains(first))
        }
        var out: [UInt8] = header ? Array((CSVQuotesWriter.columns.joined(separator: ",") + "\r\n").utf8) : []
        for (index, quote) in article.quotes.enumerated() {
            let cells = [text(article.id), Array(String(index).utf8), text(quote.speaker?.name), text(quote.speaker?.role),
                         Array((quote.speaker?.kind.rawValue ?? "").utf8), text(quote.cue), Array(quote.kind.rawValue.utf8),
                         Array(String(quote.paragraph).utf8), Array(String(quote.start).utf8), Array(String(quote.end).utf8),
                         text(quote.text)]
            out += Array(cells.joined(separator: [UInt8(ascii: ",")])) + [13, 10]
        }
        return out
    }

    static func referenceText(_ a: Article) -> [UInt8] {
        var blocks: [String] = []
        if let headline = a.headline { blocks.append(headline) }
        if !a.standfirst.isEmpty { blocks.append(a.standfirst.joined(separator: "\n")) }
        if !a.byline.isEmpty || a.published != nil {
            var lines: [String] = []
            if !a.byline.isEmpty {
                let names = a.byline.map(\.name)
                lines.append("By " + (names.count > 1 ? names.dropLast().joined(separator: ", ") + " and " + names.last! : names[0]))
            }
            if let date = a.published { lines.append(date.text) }
            blocks.append(lines.joined(separator: "\n"))
        }
        for (index, block) in a.body.enumerated() {
            if index == 0, let dateline = a.dateline {
                blocks.append(dateline + " — " + block.text)
            } else {
                blocks.append((block.kind == .listItem ? "• " : "") + block.text)
            }
        }
        return Array((blocks.joined(separator: "\n\n") + "\n").utf8)
    }
}
