/// Attribute values for `XMLEscape`: what libxml2's `xmlBufAttrSerializeTxtContent` writes.
extension XMLEscape {
    /// True when `bytes` can be written as an attribute value as they are: nothing to clean, to
    /// escape or (with `charRefs`) to write as a character reference.
    @inline(__always)
    static func isPlainAttribute(_ bytes: UnsafeBufferPointer<UInt8>, charRefs: Bool) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count, extra = charRefs ? highs : 0
        guard n > 16 else {
            // Most values are short: one or two (overlapping) word tests cover every byte.
            guard n > 0 else { return true }
            let raw = UnsafeRawPointer(base)
            let first = n >= 8 ? raw.loadUnaligned(as: UInt64.self) : ByteLanes.shortWord(base, n)
            let last = n >= 8 ? raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) : first
            return textSpecial(first) | textSpecial(last) | ((first | last) & extra) == 0
        }
        return isPlainLongAttribute(base, n, extra: extra)
    }

    /// `isPlainAttribute` for values longer than sixteen bytes (kept out of line: it is inlined
    /// wherever an attribute is written): thirty-two bytes per step, the last 1–32 in two
    /// (overlapping) sixteen-byte loads.
    @inline(never) static func isPlainLongAttribute(_ base: UnsafePointer<UInt8>, _ n: Int, extra: UInt64) -> Bool {
        var i = 0
        while n - i > 32 {
            if ByteLanes.any(laneSpecial(ByteLanes.load(base + i), extra: extra) .| laneSpecial(ByteLanes.load(base + i + 16), extra: extra)) {
                return false
            }
            i += 32
        }
        let head = ByteLanes.load(base + min(i, n - 16)), tail = ByteLanes.load(base + n - 16)
        return !ByteLanes.any(laneSpecial(head, extra: extra) .| laneSpecial(tail, extra: extra))
    }

    /// `appendAttribute` (not normalized) with a value that needs nothing (nearly every one) found
    /// by the word and lane tests and copied whole.
    @inline(__always) static func appendAttributeValue(_ bytes: UnsafeBufferPointer<UInt8>, charRefs: Bool, to run: inout XMLByteRun) {
        if isPlainAttribute(bytes, charRefs: charRefs) { return run.append(bytes, from: 0, to: bytes.count) }
        appendAttribute(bytes, normalized: false, charRefs: charRefs, to: &run)
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

    static func appendReplacement(charRefs: Bool, to run: inout XMLByteRun) {
        if charRefs { run.append("&#xFFFD;") } else { run.append("\u{FFFD}") }
    }

    /// The scalar whose (valid) UTF-8 starts at `i`, and its length in bytes.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[i])
        func trail(_ k: Int) -> UInt32 { i + k < bytes.count ? UInt32(bytes[i + k] & 0x3F) : 0 }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | trail(1), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | trail(1) << 6 | trail(2), 3) }
        return ((lead & 0x07) << 18 | trail(1) << 12 | trail(2) << 6 | trail(3), 4)
    }

    /// `&#x` + upper-case hex digits without leading zeros + `;` (libxml2's xmlSerializeHexCharRef).
    static func appendHexReference(_ scalar: UInt32, to run: inout XMLByteRun) {
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
