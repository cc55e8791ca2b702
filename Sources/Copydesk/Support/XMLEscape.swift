/// Cleaning and escaping for the markup `XMLStreamWriter` serializes itself, in one pass over the
/// UTF-8 bytes, byte for byte what cleaning with `XMLText.clean` and then writing through
/// libxml2's `xmlTextWriter` gives:
///
/// - character data as `xmlEncodeSpecialChars` escapes it: `&lt;` `&gt;` `&amp;` `&quot;` `&#13;`;
/// - attribute values as `xmlBufAttrSerializeTxtContent` does: also `&#10;` and `&#9;`, and, in a
///   document without a declared encoding (a fragment), every non-ASCII scalar as `&#xHEX;`.
///
/// Scalars XML 1.0 cannot carry become U+FFFD as in `XMLText`; `normalized` turns tab, LF and CR
/// into a space first. Runs of bytes with nothing to do are copied eight bytes at a time.
/// The tests compare both against libxml2 itself.
enum XMLEscape {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Nonzero when one of the eight bytes of `word` equals `byte`.
    @inline(__always) private static func has(_ word: UInt64, _ byte: UInt64) -> UInt64 {
        let x = word ^ (ones &* byte)
        return (x &- ones) & ~x & highs
    }

    /// Nonzero when one of the eight bytes needs a look in character data: a control, 0xEF (lead
    /// byte of U+FFFE/U+FFFF), `<`, `>`, `&` or `"`. `<`/`>` and `"`/`&` differ in one bit each, so
    /// setting that bit finds both with one comparison.
    @inline(__always) private static func textSpecial(_ word: UInt64) -> UInt64 {
        ((word &- ones &* 0x20) & ~word & highs) | has(word, 0xEF) | has(word | (ones &* 0x02), 0x3E)
            | has(word | (ones &* 0x04), 0x26)
    }

    /// The 1–7 bytes at `p` in one word for a `textSpecial` test (bytes may repeat; padding is `A`).
    @inline(__always) private static func shortWord(_ p: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        let raw = UnsafeRawPointer(p)
        if length >= 4 {
            return UInt64(raw.loadUnaligned(as: UInt32.self))
                | UInt64(raw.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)) << 32
        }
        return 0x4141_4141_4100_0000 | UInt64(p[0]) | UInt64(p[length / 2]) << 8 | UInt64(p[length - 1]) << 16
    }

    /// The offset where the next stretch that may need work starts: `i` moved past whole clean
    /// words (`extra` marks more bytes as needing work, such as non-ASCII in attributes).
    @inline(__always) private static func skipClean(_ base: UnsafePointer<UInt8>, _ i: Int, _ count: Int,
                                                   extra: UInt64) -> Int {
        var i = i
        while true {
            let remaining = count - i
            if remaining >= 16 {
                let v = ByteLanes.load(base + i)
                var special = (v .< ByteLanes.splat(0x20)) .| (v .== ByteLanes.splat(0xEF)) .| (v .== ByteLanes.splat(0x3C))
                    .| (v .== ByteLanes.splat(0x3E)) .| (v .== ByteLanes.splat(0x26)) .| (v .== ByteLanes.splat(0x22))
                if extra != 0 { special = special .| (v .>= ByteLanes.splat(0x80)) }
                if !ByteLanes.any(special) { i += 16; continue }
                let first = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                return textSpecial(first) | (first & extra) == 0 ? i + 8 : i
            }
            if remaining >= 8 {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if textSpecial(word) | (word & extra) == 0 { i += 8; continue }
                return i
            }
            if remaining == 0 { return count }
            let word = shortWord(base + i, remaining)
            return textSpecial(word) | (word & extra) == 0 ? count : i
        }
    }

    /// True when `bytes` can be written as an attribute value as they are: nothing to clean, to
    /// escape or (with `charRefs`) to write as a character reference.
    static func isPlainAttribute(_ bytes: UnsafeBufferPointer<UInt8>, charRefs: Bool) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        return skipClean(base, 0, bytes.count, extra: charRefs ? highs : 0) == bytes.count
    }

    /// Appends `bytes` as character data.
    static func appendText(_ bytes: UnsafeBufferPointer<UInt8>, normalized: Bool, to run: inout XMLByteRun) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var i = 0, start = 0
        while i < count {
            i = skipClean(base, i, count, extra: 0)
            // Look at the next (up to) eight bytes one by one.
            let end = min(i + 8, count)
            while i < end {
                switch base[i] {
                case UInt8(ascii: "<"): run.append(bytes, from: start, to: i); run.append("&lt;")
                case UInt8(ascii: ">"): run.append(bytes, from: start, to: i); run.append("&gt;")
                case UInt8(ascii: "&"): run.append(bytes, from: start, to: i); run.append("&amp;")
                case UInt8(ascii: "\""): run.append(bytes, from: start, to: i); run.append("&quot;")
                case 0x0D: run.append(bytes, from: start, to: i); if normalized { run.append(0x20) } else { run.append("&#13;") }
                case 0x09, 0x0A:
                    guard normalized else { i += 1; continue }
                    run.append(bytes, from: start, to: i); run.append(0x20)
                case 0x00..<0x20: run.append(bytes, from: start, to: i); run.append("\u{FFFD}")
                case 0xEF:
                    guard isNonCharacter(bytes, at: i) else { i += 1; continue }
                    run.append(bytes, from: start, to: i); run.append("\u{FFFD}")
                    i += 3; start = i
                    continue
                default: i += 1; continue
                }
                i += 1
                start = i
            }
        }
        run.append(bytes, from: start, to: count)
    }

    /// Appends `bytes` as an attribute value (without the surrounding quotes). `charRefs`: the
    /// document declares no encoding, so non-ASCII scalars are written as `&#xHEX;`.
    static func appendAttribute(_ bytes: UnsafeBufferPointer<UInt8>, normalized: Bool, charRefs: Bool,
                                to run: inout XMLByteRun) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        let nonASCII: UInt64 = charRefs ? highs : 0
        var i = 0, start = 0
        while i < count {
            i = skipClean(base, i, count, extra: nonASCII)
            let end = min(i + 8, count)
            while i < end {
                let byte = base[i]
                switch byte {
                case UInt8(ascii: "<"): run.append(bytes, from: start, to: i); run.append("&lt;")
                case UInt8(ascii: ">"): run.append(bytes, from: start, to: i); run.append("&gt;")
                case UInt8(ascii: "&"): run.append(bytes, from: start, to: i); run.append("&amp;")
                case UInt8(ascii: "\""): run.append(bytes, from: start, to: i); run.append("&quot;")
                case 0x0A: run.append(bytes, from: start, to: i); if normalized { run.append(0x20) } else { run.append("&#10;") }
                case 0x0D: run.append(bytes, from: start, to: i); if normalized { run.append(0x20) } else { run.append("&#13;") }
                case 0x09: run.append(bytes, from: start, to: i); if normalized { run.append(0x20) } else { run.append("&#9;") }
                case 0x00..<0x20: run.append(bytes, from: start, to: i); appendReplacement(charRefs: charRefs, to: &run)
                case 0x80...:
                    let isBad = byte == 0xEF && isNonCharacter(bytes, at: i)
                    guard charRefs || isBad else { i += 1; continue }
                    run.append(bytes, from: start, to: i)
                    let (scalar, length) = decode(bytes, at: i)
                    if isBad { appendReplacement(charRefs: charRefs, to: &run) } else { appendHexReference(scalar, to: &run) }
                    i += length; start = i
                    continue
                default: i += 1; continue
                }
                i += 1
                start = i
            }
        }
        run.append(bytes, from: start, to: count)
    }

    /// U+FFFE or U+FFFF (EF BF BE / EF BF BF) starts at `i`.
    @inline(__always) private static func isNonCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i + 2 < bytes.count && bytes[i + 1] == 0xBF && bytes[i + 2] >= 0xBE
    }

    private static func appendReplacement(charRefs: Bool, to run: inout XMLByteRun) {
        if charRefs { run.append("&#xFFFD;") } else { run.append("\u{FFFD}") }
    }

    /// The scalar whose (valid) UTF-8 starts at `i`, and its length in bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[i])
        func trail(_ k: Int) -> UInt32 { i + k < bytes.count ? UInt32(bytes[i + k] & 0x3F) : 0 }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | trail(1), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | trail(1) << 6 | trail(2), 3) }
        return ((lead & 0x07) << 18 | trail(1) << 12 | trail(2) << 6 | trail(3), 4)
    }

    /// `&#x` + upper-case hex digits without leading zeros + `;` (libxml2's xmlSerializeHexCharRef).
    private static func appendHexReference(_ scalar: UInt32, to run: inout XMLByteRun) {
        run.append("&#x")
        var shift = 28
        while shift > 0, scalar >> UInt32(shift) == 0 { shift -= 4 }
        while shift >= 0 {
            let digit = UInt8((scalar >> UInt32(shift)) & 0xF)
            run.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "A") + digit - 10)
            shift -= 4
        }
        run.append(UInt8(ascii: ";"))
    }
}
