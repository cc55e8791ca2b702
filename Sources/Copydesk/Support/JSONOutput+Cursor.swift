/// Room reserved and filled through a pointer: for writers that lay out fixed-shape items
/// themselves (`JSONArticleWriter`'s arrays) — a cursor to write at and move on, fixed-size copies
/// of padded literals, and string values from UTF-8 bytes.
extension JSONOutput {
    /// Where the next byte goes: writers fill room `reserve` made through it, then `advance`.
    @inline(__always) var cursor: UnsafeMutablePointer<UInt8> { storage + count }

    /// Moves past the bytes written at `cursor`, up to `end` (inside the room reserved).
    @inline(__always) mutating func advance(to end: UnsafeMutablePointer<UInt8>) { count = end - storage }

    /// Copies the `blocks` × 16 bytes at `source` (room reserved by the caller) in that many vector stores
    /// and keeps the first `count` of them; `blocks` is a constant at each call (4 for the 64-byte
    /// literals, 5 for the 80-byte ones), so the loop unrolls.
    @inline(__always) mutating func appendReserved(_ source: UnsafePointer<UInt8>, blocks: Int, keeping count: Int) {
        let from = UnsafeRawPointer(source), target = UnsafeMutableRawPointer(storage + self.count)
        for offset in stride(from: 0, to: blocks &* 16, by: 16) {
            target.storeBytes(of: from.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self), toByteOffset: offset,
                              as: SIMD16<UInt8>.self)
        }
        self.count &+= count
    }

    /// `"utf8"`, escaped, for text already found to need escaping (a failed `appendReservedPlainQuoted`).
    @inline(__always) mutating func appendEscapedQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        put(UInt8(ascii: "\""))
        appendEscaped(utf8)
        put(UInt8(ascii: "\""))
    }

    /// `string(_:)` on UTF-8 bytes (a value in an array or after a key).
    @inline(__always) mutating func string(bytes utf8: UnsafeBufferPointer<UInt8>) {
        beginValue()
        appendQuoted(utf8)
    }
}
