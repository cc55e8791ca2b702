/// Cleaning and escaping for the markup `XMLStreamWriter` serializes itself, in one pass over the
/// UTF-8 bytes, byte for byte what cleaning with `XMLText.clean` and then writing through
/// libxml2's `xmlTextWriter` gives:
///
/// - character data as `xmlEncodeSpecialChars` escapes it: `&lt;` `&gt;` `&amp;` `&quot;` `&#13;`;
/// - attribute values as `xmlBufAttrSerializeTxtContent` does: also `&#10;` and `&#9;`, and, in a
///   document without a declared encoding (a fragment), every non-ASCII scalar as `&#xHEX;`.
///
/// Scalars XML 1.0 cannot carry become U+FFFD as in `XMLText`; `normalized` turns tab, LF and CR
/// into a space first. Runs of bytes with nothing to do are checked sixteen bytes at a time and
/// copied in one go.
/// The tests compare both against libxml2 itself.
enum XMLEscape {
    /// 0x01 in every byte.
    static let ones: UInt64 = 0x0101_0101_0101_0101
    /// 0x80 in every byte.
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Nonzero when one of the eight bytes of `word` equals `byte`.
    @inline(__always) static func has(_ word: UInt64, _ byte: UInt64) -> UInt64 {
        let x = word ^ (ones &* byte)
        return (x &- ones) & ~x & highs
    }

    /// Nonzero when one of the eight bytes needs a look in character data: a control, 0xEF (lead
    /// byte of U+FFFE/U+FFFF), `<`, `>`, `&` or `"`. `<`/`>` and `"`/`&` differ in one bit each, so
    /// setting that bit finds both with one comparison.
    @inline(__always) static func textSpecial(_ word: UInt64) -> UInt64 {
        ((word &- ones &* 0x20) & ~word & highs) | has(word, 0xEF) | has(word | (ones &* 0x02), 0x3E)
            | has(word | (ones &* 0x04), 0x26)
    }

    /// The lanes of `v` that may need work: controls, 0xEF, `<`, `>`, `&`, `"` (and, when `extra`
    /// is set, non-ASCII bytes).
    @inline(__always) static func laneSpecial(_ v: SIMD16<UInt8>, extra: UInt64) -> SIMDMask<SIMD16<Int8>> {
        let special = (v .< ByteLanes.splat(0x20)) .| (v .== ByteLanes.splat(0xEF)) .| (v .== ByteLanes.splat(0x3C))
            .| (v .== ByteLanes.splat(0x3E)) .| (v .== ByteLanes.splat(0x26)) .| (v .== ByteLanes.splat(0x22))
        return extra != 0 ? special .| (v .>= ByteLanes.splat(0x80)) : special
    }

    /// The offset where the next stretch that may need work starts: `i` moved past whole clean
    /// words (`extra` marks more bytes as needing work, such as non-ASCII in attributes).
    @inline(__always) static func skipClean(_ base: UnsafePointer<UInt8>, _ i: Int, _ count: Int,
                                                   extra: UInt64) -> Int {
        var i = i
        // Thirty-two bytes per step while they are clean: the two halves' masks are tested together.
        while count - i >= 32 {
            let special = laneSpecial(ByteLanes.load(base + i), extra: extra) .| laneSpecial(ByteLanes.load(base + i + 16), extra: extra)
            if ByteLanes.any(special) { break }
            i += 32
        }
        while true {
            let remaining = count - i
            if remaining >= 16 {
                if !ByteLanes.any(laneSpecial(ByteLanes.load(base + i), extra: extra)) { i += 16; continue }
                let first = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                return textSpecial(first) | (first & extra) == 0 ? i + 8 : i
            }
            if remaining >= 8 {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if textSpecial(word) | (word & extra) == 0 { i += 8; continue }
                return i
            }
            if remaining == 0 { return count }
            let word = ByteLanes.shortWord(base + i, remaining)
            return textSpecial(word) | (word & extra) == 0 ? count : i
        }
    }

    /// True when none of the `n` bytes at `base` needs a look in character data (nearly all text).
    @inline(__always) static func isCleanText(_ base: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        cleanTextPrefix(base, n) == n
    }

    /// `n` when none of the `n` bytes at `base` needs a look in character data; else an offset
    /// before which none does (where the step holding the first such byte starts): thirty-two bytes
    /// per step, a short or last piece in one overlapping load.
    @inline(__always) static func cleanTextPrefix(_ base: UnsafePointer<UInt8>, _ n: Int) -> Int {
        guard n >= 16 else {
            guard n > 0 else { return 0 }
            let raw = UnsafeRawPointer(base)
            let first = n >= 8 ? raw.loadUnaligned(as: UInt64.self) : ByteLanes.shortWord(base, n)
            let last = n >= 8 ? raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) : first
            return textSpecial(first) | textSpecial(last) == 0 ? n : 0
        }
        var i = 0
        // Sixty-four bytes per step while they are clean (one test for the four masks); a step
        // holding a byte that needs a look is taken again below, thirty-two bytes at a time.
        while n - i >= 64 {
            let low = laneSpecial(ByteLanes.load(base + i), extra: 0) .| laneSpecial(ByteLanes.load(base + i + 16), extra: 0)
            let high = laneSpecial(ByteLanes.load(base + i + 32), extra: 0) .| laneSpecial(ByteLanes.load(base + i + 48), extra: 0)
            if ByteLanes.any(low .| high) { break }
            i += 64
        }
        while n - i >= 32 {
            if ByteLanes.any(laneSpecial(ByteLanes.load(base + i), extra: 0) .| laneSpecial(ByteLanes.load(base + i + 16), extra: 0)) {
                return i
            }
            i += 32
        }
        if n - i >= 16 {
            if ByteLanes.any(laneSpecial(ByteLanes.load(base + i), extra: 0)) { return i }
            i += 16
        }
        return i == n || !ByteLanes.any(laneSpecial(ByteLanes.load(base + n - 16), extra: 0)) ? n : i
    }

    /// U+FFFE or U+FFFF (EF BF BE / EF BF BF) starts at `i`.
    @inline(__always) static func isNonCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i + 2 < bytes.count && bytes[i + 1] == 0xBF && bytes[i + 2] >= 0xBE
    }
}
