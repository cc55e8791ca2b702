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

    /// Writes `value` (0–999) at `p` in decimal with no digit loop; returns the bytes written (1–3).
    @inline(__always)
    static func writeBelowThousand(_ value: Int, to p: UnsafeMutablePointer<UInt8>) -> Int {
        let v = UInt32(truncatingIfNeeded: value), zero = UInt32(UInt8(ascii: "0"))
        if v < 10 {
            p[0] = UInt8(truncatingIfNeeded: zero &+ v)
            return 1
        }
        if v < 100 {
            let tens = (v &* 205) &>> 11  // v / 10 for v < 1029
            p[0] = UInt8(truncatingIfNeeded: zero &+ tens)
            p[1] = UInt8(truncatingIfNeeded: zero &+ v &- tens &* 10)
            return 2
        }
        let hundreds = (v &* 41) &>> 12  // v / 100 for v < 1000
        let rest = v &- hundreds &* 100
        let tens = (rest &* 205) &>> 11
        p[0] = UInt8(truncatingIfNeeded: zero &+ hundreds)
        p[1] = UInt8(truncatingIfNeeded: zero &+ tens)
        p[2] = UInt8(truncatingIfNeeded: zero &+ rest &- tens &* 10)
        return 3
    }
}
