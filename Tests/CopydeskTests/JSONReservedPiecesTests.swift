@testable import Copydesk
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
        out.appendReservedLiteral(DiscardReason.advertisement.compactPiece)
        #expect(out.bytes == Array(DiscardReason.advertisement.compactPiece.description.utf8))
    }
}
