/// One pass over input bytes: counts what a text file should not contain and, when asked,
/// produces the cleaned UTF-8 text.
///
/// Cleaning rules (documented in docs/ROBUSTNESS.md):
/// - NUL (0x00) and the C0 controls 0x01–0x08, 0x0E–0x1F are removed: XML 1.0 cannot carry
///   them and they carry no meaning in article text.
/// - VT (0x0B) and FF (0x0C) become LF: Unicode treats them as mandatory line breaks.
/// - U+FFFE and U+FFFF (EF BF BE / EF BF BF) become U+FFFD: they are not XML characters either.
/// - TAB, LF, CR and everything else pass unchanged.
struct ByteScan {
    /// NUL bytes seen.
    private(set) var nuls = 0
    /// C0 controls other than TAB, LF, VT, FF, CR (and other than NUL) seen.
    private(set) var controls = 0
    /// VT and FF bytes seen.
    private(set) var pageBreaks = 0
    /// U+FFFE / U+FFFF sequences seen (only meaningful for UTF-8 input).
    private(set) var nonCharacters = 0
    /// Bytes that Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D), when counted.
    private(set) var holes = 0
    /// Bytes above 0x7F and spaces, when counted (only on the Windows-1252 path).
    private(set) var highBytes = 0, spaces = 0
    /// Number of bytes scanned.
    let total: Int

    init(_ bytes: ArraySlice<UInt8>) {
        total = bytes.count
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            let raw = UnsafeRawBufferPointer(buffer)
            let base = buffer.baseAddress
            while index < count {
                // Thirty-two, then sixteen bytes at a time while none needs a look (tab, LF and CR
                // pass: text has a line break every few dozen bytes).
                if let base, count - index >= 16 {
                    if count - index >= 32,
                       !ByteLanes.any(Self.laneSpecial(ByteLanes.load(base + index)) .| Self.laneSpecial(ByteLanes.load(base + index + 16))) {
                        index += 32
                        continue
                    }
                    if !ByteLanes.any(Self.laneSpecial(ByteLanes.load(base + index))) {
                        index += 16
                        continue
                    }
                }
                // Eight bytes at a time while none is a C0 control or 0xEF (a possible U+FFFE/U+FFFF lead).
                if index + 8 <= count, Self.isPlainWord(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = buffer[index]
                if byte < 0x20 {
                    switch byte {
                    case 0x00: nuls += 1
                    case 0x09, 0x0A, 0x0D: break
                    case 0x0B, 0x0C: pageBreaks += 1
                    default: controls += 1
                    }
                } else if byte == 0xEF, index + 2 < count, buffer[index + 1] == 0xBF, buffer[index + 2] & 0xFE == 0xBE {
                    nonCharacters += 1
                    index += 2
                }
                index += 1
            }
        }
    }

    /// True when none of the eight bytes in `word` is below 0x20 or equal to 0xEF (exact: the
    /// borrow-free "has a byte less than n" and "has a zero byte" tests).
    @inline(__always)
    static func isPlainWord(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let below20 = (word &- ones &* 0x20) & ~word & highs
        let flipped = word ^ (ones &* 0xEF)
        let isEF = (flipped &- ones) & ~flipped & highs
        return below20 | isEF == 0
    }

    /// The lanes of `v` the scan must look at: a C0 control other than tab, LF and CR, or 0xEF.
    @inline(__always)
    static func laneSpecial(_ v: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
        let allowed = (v .== ByteLanes.splat(0x0A)) .| (v .== ByteLanes.splat(0x0D)) .| (v .== ByteLanes.splat(0x09))
        return ((v .< ByteLanes.splat(0x20)) .& .!allowed) .| (v .== ByteLanes.splat(0xEF))
    }

    /// True when the bytes hold something the cleaner changes.
    var needsCleaning: Bool { nuls + controls + pageBreaks + nonCharacters > 0 }

    /// Bytes that a text file should hardly ever contain.
    var suspicious: Int { nuls + controls + holes }

    /// Mostly bytes above 0x7F and almost no spaces: byte soup, not text in a single-byte code page.
    var looksLikeByteSoup: Bool { highBytes * 3 > total && spaces * 50 < total }

    /// Counts undefined Windows-1252 bytes, high bytes and spaces (a second pass, only on the fallback path).
    mutating func countForWindows1252(_ bytes: ArraySlice<UInt8>) {
        var found = 0, high = 0, space = 0
        for byte in bytes {
            if byte == 0x20 { space += 1 } else if byte >= 0x80 {
                high += 1
                if byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D { found += 1 }
            }
        }
        holes = found
        highBytes = high
        spaces = space
        nonCharacters = 0  // EF BF BE is "ï¿¾" in Windows-1252, not a non-character
    }

    /// The cleaned text when `bytes` are valid UTF-8, else `nil`.
    func cleanedUTF8(_ bytes: ArraySlice<UInt8>) -> String? {
        guard needsCleaning else { return String(validating: bytes, as: UTF8.self) }
        return String(validating: Self.clean(bytes), as: UTF8.self)
    }

    /// Applies the cleaning rules to bytes that may be UTF-8 or a single-byte code page.
    static func clean(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                if byte < 0x20 {
                    switch byte {
                    case 0x09, 0x0A, 0x0D: out.append(byte)
                    case 0x0B, 0x0C: out.append(0x0A)
                    default: break
                    }
                } else if byte == 0xEF, index + 2 < count, buffer[index + 1] == 0xBF, buffer[index + 2] & 0xFE == 0xBE {
                    out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    index += 2
                } else {
                    out.append(byte)
                }
                index += 1
            }
        }
        return out
    }

    /// One warning per kind of repair made.
    var warnings: [String] {
        var result: [String] = []
        if nuls > 0 { result.append("removed \(nuls) NUL byte(s)") }
        if controls > 0 { result.append("removed \(controls) control character(s)") }
        if pageBreaks > 0 { result.append("read \(pageBreaks) vertical tab/form feed(s) as line breaks") }
        if nonCharacters > 0 { result.append("replaced \(nonCharacters) U+FFFE/U+FFFF with U+FFFD") }
        return result
    }
}
