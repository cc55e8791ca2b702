/// String values for `JSONOutput`: plain text is checked sixteen bytes at a time and copied in
/// one go; the rest is escaped byte by byte.
extension JSONOutput {
    mutating func appendString(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ appendQuoted($0) }) == nil {
            var copy = text
            copy.withUTF8 { appendQuoted($0) }
        }
    }

    /// `appendString` for text already found to need escaping (a failed `appendReservedPlainQuoted`):
    /// escaped at once, without testing it again.
    mutating func appendEscapedString(_ text: String) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { utf8 in
            put(UInt8(ascii: "\""))
            appendEscaped(utf8)
            put(UInt8(ascii: "\""))
        }
        if done == nil { appendString(text) }
    }

    /// `"utf8"`: text with nothing to escape (nearly all of it) is checked and copied in one go.
    @inline(__always) mutating func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        let n = utf8.count
        reserve(n + 2)
        storage[count] = UInt8(ascii: "\"")
        if let base = utf8.baseAddress, Self.isPlain(base, n) {
            ByteCopy.copy(base, to: storage + count + 1, count: n)
            storage[count + 1 + n] = UInt8(ascii: "\"")
            count += n + 2
            return
        }
        count += 1
        appendEscaped(utf8)
        put(UInt8(ascii: "\""))
    }

    /// True when none of the `n` bytes at `p` needs escaping (short texts: one vector test of their
    /// first and last eight bytes; longer ones: sixteen bytes per step, the last step overlapping
    /// the one before).
    @inline(__always) static func isPlain(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        if n >= 16 {
            var i = 0
            // Thirty-two bytes per step: the two halves' masks are tested together.
            while i + 32 <= n {
                let a = ByteLanes.load(p + i), b = ByteLanes.load(p + i + 16)
                if ByteLanes.any(escapeLanes(a) .| escapeLanes(b)) { return false }
                i += 32
            }
            while i + 16 <= n {
                if mayNeedEscape16(ByteLanes.load(p + i)) { return false }
                i += 16
            }
            return i == n || !mayNeedEscape16(ByteLanes.load(p + n - 16))
        }
        // Short texts: the (overlapping) first and last eight bytes, or the padded few, as one vector.
        guard n > 0 else { return true }
        let raw = UnsafeRawPointer(p)
        let first = n >= 8 ? raw.loadUnaligned(as: UInt64.self) : ByteLanes.shortWord(p, n)
        let last = n >= 8 ? raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) : first
        return !mayNeedEscape16(unsafeBitCast((first, last), to: SIMD16<UInt8>.self))
    }

    /// True when one of sixteen bytes is a control, `"`, `\\` or DEL.
    @inline(__always) static func mayNeedEscape16(_ v: SIMD16<UInt8>) -> Bool { ByteLanes.any(escapeLanes(v)) }

    /// The lanes of `v` holding a control, `"`, `\\` or DEL.
    @inline(__always) static func escapeLanes(_ v: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
        (v .< ByteLanes.splat(0x20)) .| (v .== ByteLanes.splat(0x22)) .| (v .== ByteLanes.splat(0x5C)) .| (v .== ByteLanes.splat(0x7F))
    }

    /// Copies runs of bytes that need no escaping in one go and escapes the rest: sixteen bytes are
    /// checked per step, and a step holding bytes to escape goes straight to the first of them (its
    /// lane in the comparison mask); the last few bytes go one by one.
    mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress else { return }
        let n = utf8.count
        var runStart = 0, i = 0
        while n - i >= 16 {
            let lanes = unsafeBitCast(Self.escapeLanes(ByteLanes.load(base + i)), to: (UInt64, UInt64).self)
            if lanes.0 | lanes.1 == 0 { i += 16; continue }
            let at = i + (lanes.0 != 0 ? lanes.0.trailingZeroBitCount >> 3 : 8 + lanes.1.trailingZeroBitCount >> 3)
            if runStart < at { put(UnsafeBufferPointer(rebasing: utf8[runStart..<at])) }
            appendEscaped(base[at])
            i = at + 1
            runStart = i
        }
        while i < n {
            let byte = base[i]
            i += 1
            if byte >= 0x20, byte != 0x22, byte != 0x5C, byte != 0x7F { continue }
            if runStart < i - 1 { put(UnsafeBufferPointer(rebasing: utf8[runStart..<i - 1])) }
            appendEscaped(byte)
            runStart = i
        }
        if runStart < n { put(UnsafeBufferPointer(rebasing: utf8[runStart...])) }
    }

    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): put(UInt8(ascii: "\\")); put(byte)
        case 0x0A: put(UInt8(ascii: "\\")); put(UInt8(ascii: "n"))
        case 0x0D: put(UInt8(ascii: "\\")); put(UInt8(ascii: "r"))
        case 0x09: put(UInt8(ascii: "\\")); put(UInt8(ascii: "t"))
        default:
            put(UInt8(ascii: "\\")); put(UInt8(ascii: "u")); put(UInt8(ascii: "0")); put(UInt8(ascii: "0"))
            put(Self.hexDigits[Int(byte >> 4)]); put(Self.hexDigits[Int(byte & 0xF)])
        }
    }
}
