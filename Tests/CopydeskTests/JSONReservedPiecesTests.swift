@testable import Copydesk
import Foundation
import Testing

/// `JSONOutput`'s unchecked pieces (room reserved by the caller, as `JSONArticleWriter`'s item loops
/// do) held to the checked calls they replace.
@Suite("JSON reserved pieces match the checked calls")
struct JSONReservedPiecesTests {
    @Test("JSON: a plain string copied into reserved room equals appendString; one needing escapes is declined")
    func reservedPlainQuoted() {
        let texts = ["", "a", "short text", String(repeating: "plain words ", count: 40), "tab\there", "quote \"x\"",
                     "é ünïcode – ok", String(repeating: "x", count: 31) + "\\", "\u{7F}del"]
        for text in texts {
            var fast = JSONOutput(indent: 2, capacity: 64), plain = JSONOutput(indent: 2, capacity: 64)
            fast.reserve(text.utf8.count + 2)
            var copy = text
            let written = copy.withUTF8 { fast.appendReservedPlainQuoted($0) }
            plain.appendString(text)
            let escaped = plain.bytes.dropFirst().dropLast().contains(UInt8(ascii: "\\"))
            #expect(written == !escaped, "\(text)")
            #expect(fast.bytes == (written ? plain.bytes : []), "\(text)")
        }
        var out = JSONOutput(indent: 0, capacity: 64)
        out.reserve(40)
        out.appendReservedLiteral(DiscardReason.advertisement.literal)
        #expect(out.bytes == Array("advertisement".utf8))
        for reason in DiscardReason.allCases {  // the 64-byte tails: all copied, only the asked-for bytes kept
            for count in [reason.pieceLength(pretty: false), reason.tailLength(pretty: false)] {
                var tail = JSONOutput(indent: 0, capacity: 64)
                tail.reserve(128)
                tail.appendReserved(reason.compactTail.utf8Start, blocks: 4, keeping: count)
                #expect(tail.bytes == Array(reason.compactTail.description.utf8.prefix(count)), "\(reason) \(count)")
            }
        }
    }

    @Test("JSON strings: the vector scans escape byte for byte what a plain one-byte-at-a-time escaper does")
    func escapingMatchesPlainRule() {
        func plain(_ text: String) -> [UInt8] {
            var out: [UInt8] = [0x22]
            for byte in text.utf8 {
                switch byte {
                case 0x22: out += Array("\\\"".utf8)
                case 0x5C: out += Array("\\\\".utf8)
                case 0x0A: out += Array("\\n".utf8)
                case 0x0D: out += Array("\\r".utf8)
                case 0x09: out += Array("\\t".utf8)
                case 0x00..<0x20, 0x7F: out += Array(String(format: "\\u%04x", Int(byte)).utf8)
                default: out.append(byte)
                }
            }
            return out + [0x22]
        }
        var texts = ["", "a", "\"", "\\", "\u{1}", "\u{7F}", "é", "“quoted” — said"]
        for length in 0..<48 {  // each special byte at every position of short and longer texts
            for special in ["\"", "\\", "\n", "\r", "\t", "\u{1F}", "\u{7F}", "é"] {
                for at in stride(from: 0, through: length, by: length > 20 ? 3 : 1) {
                    texts.append(String(repeating: "a", count: at) + special + String(repeating: "b", count: length - at))
                    texts.append(String(repeating: "\"", count: at % 4) + String(repeating: "c", count: at) + special + special)
                }
            }
        }
        for text in texts {
            var out = JSONOutput(indent: 2, capacity: 16)
            out.appendString(text)
            let expected = plain(text)
            #expect(out.bytes == expected, "\(text.debugDescription)")
            var copy = text
            copy.withUTF8 { bytes in
                #expect((bytes.isEmpty || JSONOutput.isPlain(bytes.baseAddress!, bytes.count)) == (expected.count == bytes.count + 2),
                        "\(text.debugDescription)")
            }
        }
    }

    @Test("JSON: a number written into reserved room is String(value)")
    func reservedDecimal() {
        for value in [0, 1, 9, 10, 99, 100, 178, 179, 999, 1_000, 12_345, -1, -999, Int.max, Int.min] + Array(0..<1_100) {
            var out = JSONOutput(indent: 0, capacity: 64)
            out.reserve(20)
            out.appendReservedDecimal(value)
            #expect(out.bytes == Array(String(value).utf8), "\(value)")
        }
    }

    @Test("JSON: body, discarded, media, byline and related arrays of one, two and three items match the generic calls")
    func peeledItems() {
        let texts = ["", "plain", "needs \"escape\"", "é", String(repeating: "long plain ", count: 9)]
        for count in 1...3 {
            for shift in texts.indices {
                var article = Article(id: "p", source: Source(path: "p.txt", sha256: "00", bytes: 1, encoding: "utf-8"))
                for k in 0..<count {
                    let text = texts[(shift + k) % texts.count]
                    article.body.append(BodyBlock(kind: BodyBlock.Kind.allCases[k % 4], text: text))
                    article.discarded.append(DiscardedLine(line: k * 700, text: text, reason: DiscardReason.allCases[k]))
                    let other: String? = k == 1 ? nil : texts[(shift + k + 1) % texts.count]
                    article.media.append(MediaItem(kind: MediaItem.Kind.allCases[(shift + k) % 2], caption: k == 2 ? nil : text,
                                                   credit: other, duration: k == 0 ? nil : "03:1\(k)", after: k == 1 ? nil : k * 500 - 1))
                    article.byline.append(BylineEntry(name: text, role: other))
                    article.related.append(RelatedLink(title: text, after: k == 2 ? nil : 1_000 * k - 3))
                    article.quotes.append(Quote(text: text, speaker: nil, cue: other, paragraph: k, start: 0, end: 1, kind: .direct))
                }
                for indent in [2, 0] {
                    let fast = JSONOutput.document(indent: indent, capacity: 64) { JSONArticleWriter.emit(article, into: &$0) }
                    let plain = JSONOutput.document(indent: indent, capacity: 64) { JSONArticleWriter.emit(article, into: &$0, generic: true) }
                    #expect(fast == plain, "count \(count) shift \(shift) indent \(indent)")
                }
            }
        }
    }
}
