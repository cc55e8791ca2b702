/// An integer spelled in decimal as `String(value)` spells it, without building a `String`:
/// the writers append it straight into their byte buffers.
enum DecimalDigits {
    /// Calls `body` with the decimal bytes of `value` ("-" first when negative).
    @inline(__always)
    static func withBytes<Result>(of value: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for any Int and its sign
        return withUnsafeMutableBytes(of: &digits) { buffer in
            var at = buffer.count
            var magnitude = value.magnitude
            repeat {
                at -= 1
                buffer[at] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 { at -= 1; buffer[at] = UInt8(ascii: "-") }
            return body(UnsafeBufferPointer(start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self) + at, count: buffer.count - at))
        }
    }
}
