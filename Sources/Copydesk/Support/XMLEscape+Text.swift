/// Character data: escaped and cleaned in one pass, sixteen bytes a step.
extension XMLEscape {
    /// Appends `bytes` as character data. Sixteen bytes are checked per step, and a step holding a
    /// byte that may need work goes straight to it (its lane in the comparison mask); the last few
    /// bytes are checked eight at a time.
    static func appendText(_ bytes: UnsafeBufferPointer<UInt8>, normalized: Bool, to run: inout XMLByteRun) {
        guard let base = bytes.baseAddress else { return }
        let clean = cleanTextPrefix(base, bytes.count)
        if clean == bytes.count {  // nothing to escape or clean: one copy
            run.append(base, count: clean)
            return
        }
        appendText(bytes, cleanPrefix: clean, normalized: normalized, to: &run)
    }

    /// `appendText` for bytes found to need work (`cleanTextPrefix` gave `clean`, below their
    /// count): the clean prefix is not looked at again.
    static func appendText(_ bytes: UnsafeBufferPointer<UInt8>, cleanPrefix clean: Int, normalized: Bool,
                           to run: inout XMLByteRun) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var i = clean, start = 0
        while count - i >= 16 {
            let lanes = unsafeBitCast(laneSpecial(ByteLanes.load(base + i), extra: 0), to: (UInt64, UInt64).self)
            if lanes.0 | lanes.1 == 0 { i += 16; continue }
            i += lanes.0 != 0 ? lanes.0.trailingZeroBitCount >> 3 : 8 + lanes.1.trailingZeroBitCount >> 3
            i = escapeTextByte(bytes, at: i, start: &start, normalized: normalized, to: &run)
        }
        while i < count {
            i = skipClean(base, i, count, extra: 0)
            // Look at the next (up to) eight bytes one by one.
            let end = min(i + 8, count)
            while i < end { i = escapeTextByte(bytes, at: i, start: &start, normalized: normalized, to: &run) }
        }
        run.append(bytes, from: start, to: count)
    }

    /// Handles the byte at `i` of character data: one to escape or clean is written (after the
    /// clean bytes from `start`, which then moves past it); any other is left in the run of clean
    /// bytes. Returns where to look next.
    @inline(__always) private static func escapeTextByte(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, start: inout Int,
                                                         normalized: Bool, to run: inout XMLByteRun) -> Int {
        switch bytes[i] {
        case UInt8(ascii: "<"): run.append(bytes, from: start, to: i); run.append("&lt;")
        case UInt8(ascii: ">"): run.append(bytes, from: start, to: i); run.append("&gt;")
        case UInt8(ascii: "&"): run.append(bytes, from: start, to: i); run.append("&amp;")
        case UInt8(ascii: "\""): run.append(bytes, from: start, to: i); run.append("&quot;")
        case 0x0D: run.append(bytes, from: start, to: i); if normalized { run.append(0x20) } else { run.append("&#13;") }
        case 0x09, 0x0A:
            guard normalized else { return i + 1 }
            run.append(bytes, from: start, to: i); run.append(0x20)
        case 0x00..<0x20: run.append(bytes, from: start, to: i); run.append("\u{FFFD}")
        case 0xEF:
            guard isNonCharacter(bytes, at: i) else { return i + 1 }
            run.append(bytes, from: start, to: i); run.append("\u{FFFD}")
            start = i + 3
            return start
        default: return i + 1
        }
        start = i + 1
        return start
    }
}
