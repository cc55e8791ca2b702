/// Turns raw input bytes into clean text, recording which encoding was used.
///
/// UTF-8 (a BOM is dropped) and UTF-16 LE/BE (with a BOM, or ASCII-heavy text without one) are
/// read as such; bytes that are not valid UTF-8 fall back to Windows-1252 for the whole file.
/// Known binary formats and byte soup are refused with `CopydeskError.Code.notText`.
/// The text is cleaned so that every output format can carry it (see `TextCleaner`): NUL and
/// other C0 controls are removed, VT/FF become line breaks, U+FFFE/U+FFFF become U+FFFD.
public struct InputDecoder: Sendable {
    /// The decoded text, the encoding that produced it and what had to be repaired.
    public struct Decoded: Sendable, Equatable {
        /// The text, free of NUL, C0 controls other than TAB/LF/CR, and U+FFFE/U+FFFF.
        public var text: String
        /// "utf-8", "utf-8-bom", "utf-16le", "utf-16be" or "windows-1252".
        public var encoding: String
        /// True when the bytes were not valid UTF-8 and were read as Windows-1252 instead.
        public var fallback: Bool
        /// One line per repair ("not valid UTF-8: read as Windows-1252", "removed 3 NUL bytes"); empty when clean.
        public var warnings: [String]

        /// Creates a decoded value.
        public init(text: String, encoding: String, fallback: Bool = false, warnings: [String] = []) {
            self.text = text
            self.encoding = encoding
            self.fallback = fallback
            self.warnings = warnings
        }
    }

    /// Creates a decoder.
    public init() {}

    /// Decodes `bytes`; `input` names the source in errors.
    public func decode(_ bytes: [UInt8], input: String? = nil) throws -> Decoded {
        if let kind = BinarySniffer.knownFormat(bytes) {
            throw CopydeskError(.notText, input: input, reason: "not text (\(kind), \(bytes.count) bytes)")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try utf8(bytes[3...], encoding: "utf-8-bom", input: input)
        }
        // Clean UTF-8 has no NUL (so it is not BOM-less UTF-16) and cannot start with FF or FE.
        if let text = UTF8Text.cleanString(bytes[...]) { return Decoded(text: text, encoding: "utf-8") }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return try utf16(bytes.dropFirst(2), bigEndian: false, encoding: "utf-16le", input: input)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return try utf16(bytes.dropFirst(2), bigEndian: true, encoding: "utf-16be", input: input)
        }
        if let bigEndian = BinarySniffer.bomlessUTF16(bytes) {
            return try utf16(bytes[...], bigEndian: bigEndian, encoding: bigEndian ? "utf-16be" : "utf-16le", input: input)
        }
        return try utf8(bytes[...], encoding: "utf-8", input: input)
    }

    private func utf8(_ bytes: ArraySlice<UInt8>, encoding: String, input: String?) throws -> Decoded {
        if let text = UTF8Text.cleanString(bytes) { return Decoded(text: text, encoding: encoding) }
        var scan = ByteScan(bytes)
        if let text = scan.cleanedUTF8(bytes) {
            try BinarySniffer.rejectIfBinary(scan, input: input)
            return Decoded(text: text, encoding: encoding, warnings: scan.warnings)
        }
        scan.countForWindows1252(bytes)
        try BinarySniffer.rejectIfBinary(scan, input: input)
        let text = Windows1252.decode(bytes)
        let warnings = ["not valid UTF-8: read as Windows-1252"] + scan.warnings
        return Decoded(text: text, encoding: "windows-1252", fallback: true, warnings: warnings)
    }

    private func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, encoding: String, input: String?) throws -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var loneSurrogates = 0
        var pendingHigh = false
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            let unit = bigEndian ? a << 8 | b : b << 8 | a
            switch unit {
            case 0xD800...0xDBFF:
                if pendingHigh { loneSurrogates += 1 }
                pendingHigh = true
            case 0xDC00...0xDFFF:
                if pendingHigh { pendingHigh = false } else { loneSurrogates += 1 }
            default:
                if pendingHigh { loneSurrogates += 1; pendingHigh = false }
            }
            units.append(unit)
            index += 2
        }
        if pendingHigh { loneSurrogates += 1 }
        // Lone surrogates become U+FFFD here; the text is then valid UTF-8 and cleaned like any other.
        let decoded = String(decoding: units, as: UTF16.self)
        let utf8 = Array(decoded.utf8)
        let scan = ByteScan(utf8[...])
        let text = scan.cleanedUTF8(utf8[...]) ?? decoded
        try BinarySniffer.rejectIfBinary(scan, input: input)
        var warnings = scan.warnings
        if loneSurrogates > 0 { warnings.append("replaced \(loneSurrogates) lone UTF-16 surrogate(s) with U+FFFD") }
        if bytes.count % 2 == 1 { warnings.append("dropped a trailing odd byte of UTF-16") }
        return Decoded(text: text, encoding: encoding, warnings: warnings)
    }

    /// `text` cleaned the way decoded bytes are (NUL and C0 controls removed, VT/FF made line
    /// breaks, U+FFFE/U+FFFF replaced); the same string when nothing needs cleaning.
    public static func clean(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { buffer in
            let bytes = ArraySlice(buffer)
            let scan = ByteScan(bytes)
            return scan.needsCleaning ? (scan.cleanedUTF8(bytes) ?? text) : text
        }
    }
}
