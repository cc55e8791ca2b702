/// String values for `JSONOutput`: plain text is checked sixteen bytes at a time and copied in
/// one go; the rest is escaped byte by byte.
extension JSONOutput {
    mutating func appendString(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ appendQuoted($0) }) == nil {
            var copy = text
            copy.withUTF8 { appendQuoted($0) }
        }
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

    /// True when none of the `n` bytes at `p` needs escaping (short texts: one or two word tests;
    /// longer ones: sixteen bytes per step, the last step overlapping the one before).
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
        let raw = UnsafeRawPointer(p)
        if n >= 8 {
            return !mayNeedEscape(raw.loadUnaligned(as: UInt64.self)) && !mayNeedEscape(raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self))
        }
        return n == 0 || !mayNeedEscape(ByteLanes.shortWord(p, n))
    }

    /// True when one of sixteen bytes is a control, `"`, `\\` or DEL.
    @inline(__always) static func mayNeedEscape16(_ v: SIMD16<UInt8>) -> Bool { ByteLanes.any(escapeLanes(v)) }

    /// The lanes of `v` holding a control, `"`, `\\` or DEL.
    @inline(__always) static func escapeLanes(_ v: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
        (v .< ByteLanes.splat(0x20)) .| (v .== ByteLanes.splat(0x22)) .| (v .== ByteLanes.splat(0x5C)) .| (v .== ByteLanes.splat(0x7F))
    }

    /// Copies runs of bytes that need no escaping in one go (sixteen bytes checked per step); escapes the rest.
    mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress else { return }
        let n = utf8.count
        var runStart = 0, i = 0
        while i < n {
            let remaining = n - i
            if remaining >= 16 {
                if !Self.mayNeedEscape16(ByteLanes.load(base + i)) { i += 16; continue }
                if !Self.mayNeedEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { i += 8 }
            } else if remaining >= 8 {
                if !Self.mayNeedEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { i += 8; continue }
            } else if !Self.mayNeedEscape(ByteLanes.shortWord(base + i, remaining)) {
                break
            }
            // Look at the next (up to) eight bytes one by one.
            let end = min(i + 8, n)
            while i < end {
                let byte = base[i]
                i += 1
                if byte >= 0x20, byte != 0x22, byte != 0x5C, byte != 0x7F { continue }
                if runStart < i - 1 { put(UnsafeBufferPointer(rebasing: utf8[runStart..<i - 1])) }
                appendEscaped(byte)
                runStart = i
            }
        }
        if runStart < n { put(UnsafeBufferPointer(rebasing: utf8[runStart...])) }
    }

    /// True when one of eight bytes is a control (< 0x20), `"`, `\\` or DEL (exact: no byte is missed).
    @inline(__always) static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let below20 = (word &- ones &* 0x20) & ~word & highs
        return below20 | hasZero(word ^ (ones &* 0x22)) | hasZero(word ^ (ones &* 0x5C)) | hasZero(word ^ (ones &* 0x7F)) != 0
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
