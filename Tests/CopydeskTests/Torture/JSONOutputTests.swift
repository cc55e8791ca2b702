@testable import Copydesk
import Foundation
import Testing

@Suite("JSONOutput escaping")
struct JSONOutputTests {
    /// Writes `value` as the only string of an object and reads it back with JSONSerialization.
    func roundTrip(_ value: String, indent: Int) throws -> (String, [UInt8]) {
        var out = JSONOutput(indent: indent)
        out.beginObject(); out.field("v", value); out.endObject()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.bytes)) as? [String: Any])
        return (try #require(object["v"] as? String), out.bytes)
    }

    @Test("every C0 control, DEL, quotes and backslashes round-trip, escaped", arguments: [0, 2])
    func controls(indent: Int) throws {
        let all = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init) + ["\u{7F}", "\"", "\\", "/"]))
        let (back, bytes) = try roundTrip(all, indent: indent)
        #expect(back == all)
        #expect(!bytes.contains { $0 < 0x20 && $0 != 0x0A && $0 != 0x20 } && !bytes.contains(0x7F))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#"\u0000\u0001"#) && text.contains(#"\n"#) && text.contains(#"\t"#) && text.contains(#"\u007f"#))
        #expect(text.contains(#"\"\\/"#), "quote and backslash escaped, slash left alone")
    }

    @Test("the word- and lane-at-a-time escaper matches a byte-by-byte one at every length and position")
    func escapingMatchesReference() {
        func reference(_ value: String) -> [UInt8] {
            var out: [UInt8] = [UInt8(ascii: "\"")]
            for byte in value.utf8 {
                switch byte {
                case UInt8(ascii: "\""): out += Array(#"\""#.utf8)
                case UInt8(ascii: "\\"): out += Array(#"\\"#.utf8)
                case 0x0A: out += Array(#"\n"#.utf8)
                case 0x0D: out += Array(#"\r"#.utf8)
                case 0x09: out += Array(#"\t"#.utf8)
                case 0..<0x20, 0x7F: out += Array(("\\u00" + String(byte >> 4, radix: 16) + String(byte & 0xF, radix: 16)).utf8)
                default: out.append(byte)
                }
            }
            return out + [UInt8(ascii: "\"")]
        }
        let specials: [String] = ["\"", "\\", "\n", "\u{1}", "\u{7F}", "é", "😀"]
        for length in 0..<40 {
            let plain = String(repeating: "a", count: length)
            var cases = [plain]
            for position in 0...length {
                for special in specials {
                    cases.append(String(plain.prefix(position)) + special + String(plain.dropFirst(position)))
                }
            }
            for value in cases {
                var out = JSONOutput(indent: 0)
                out.string(value)
                #expect(out.bytes == reference(value), "\(value.debugDescription)")
            }
        }
    }

    @Test("numbers: the 0–999 path and the digit loop spell every value as String(value) does")
    func decimals() {
        let values = Array(-1_100...1_100) + [9_999, 10_000, 123_456_789, Int.max, Int.min, Int.min + 1]
        for value in values {
            var fast = JSONOutput(indent: 0), loop = JSONOutput(indent: 0)
            fast.appendDecimal(value)
            loop.appendDecimalDigits(value)
            #expect(fast.bytes == Array(String(value).utf8), "\(value)")
            #expect(loop.bytes == fast.bytes, "\(value)")
        }
    }

    @Test("a document that outgrows its estimated size moves to memory of its own, bytes unchanged")
    func documentSpills() throws {
        func body(_ out: inout JSONOutput) {
            out.beginObject()
            for k in 0..<50 { out.field("text", "line \(k) with \"quotes\" and é"); out.field("n", k) }
            out.endObject()
        }
        var reference = JSONOutput(indent: 2)
        body(&reference)
        let expected = reference.bytes + [0x0A]
        #expect(JSONOutput.document(indent: 2, capacity: 64, body) == expected, "spilled")
        #expect(JSONOutput.document(indent: 2, capacity: 1 << 16, body) == expected, "written in place")
    }

    @Test("deep nesting with wide indentation (past the one-copy indentation path) is laid out the same")
    func deepIndentation() {
        let levels = 40, indent = 4
        var out = JSONOutput(indent: indent)
        for _ in 0..<levels { out.beginArray() }
        out.beginObject(); out.field("v", 1); out.field("s", "x"); out.endObject()
        for _ in 0..<levels { out.endArray() }
        var expected = ""
        func pad(_ depth: Int) -> String { String(repeating: " ", count: depth * indent) }
        for depth in 0..<levels { expected += (depth == 0 ? "" : "\n" + pad(depth)) + "[" }
        expected += "\n" + pad(levels) + "{\n" + pad(levels + 1) + "\"v\": 1,\n" + pad(levels + 1) + "\"s\": \"x\"\n" + pad(levels) + "}"
        for depth in stride(from: levels - 1, through: 0, by: -1) { expected += "\n" + pad(depth) + "]" }
        #expect(String(decoding: out.bytes, as: UTF8.self) == expected)
    }

    @Test("non-ASCII stays raw UTF-8: line separators, emoji, RTL, CJK, combining marks, non-characters")
    func unicode() throws {
        let value = "\u{2028}\u{2029} 👩‍👩‍👧‍👦 🇺🇸 \u{202E}עברית 北京 e\u{301}\u{FFFE}\u{10FFFF}\u{E000}"
        let (back, bytes) = try roundTrip(value, indent: 2)
        #expect(back == value)
        #expect(String(validating: bytes, as: UTF8.self) != nil)
    }

    @Test("markup-like text is plain JSON text")
    func markup() throws {
        let value = "</script><!-- ]]> & <b> {\"a\":1} [1,2] \\u0000"
        #expect(try roundTrip(value, indent: 0).0 == value)
    }

    @Test("structure: nulls, empty containers, commas and compact output")
    func structure() throws {
        var out = JSONOutput(indent: 0)
        out.beginObject()
        out.field("a", nil as String?)
        out.field("b", [String]())
        out.key("c"); out.beginArray(); out.beginObject(); out.endObject(); out.beginArray(); out.endArray(); out.null(); out.endArray()
        out.field("d", -12)
        out.field("e", false)
        out.endObject()
        #expect(String(decoding: out.bytes, as: UTF8.self) == #"{"a":null,"b":[],"c":[{},[],null],"d":-12,"e":false}"#)
    }

    @Test("a whole article from every torture input serialises to JSON that round-trips")
    func articles() throws {
        for input in TortureCatalogue.all where input.outcome == .converts && input.bytes.count < 20_000 {
            let article = try ArticleParser().parse(bytes: input.bytes, id: input.name, path: input.path)
            for indent in [0, 2] {
                let bytes = try JSONArticleWriter(indent: indent).write(article)
                #expect(OutputChecks.json(bytes, article: article) == [], "\(input.name), indent \(indent)")
            }
        }
    }
}
