/// Turns raw input bytes into text, recording which encoding was used.
///
/// UTF-8 (a BOM is dropped) and UTF-16 with a BOM are read as such; bytes that are not valid
/// UTF-8 fall back to Windows-1252 for the whole file. Data that is not text is an error.
public struct InputDecoder: Sendable {
    /// The decoded text and the name of the encoding that produced it.
    public struct Decoded: Sendable, Equatable {
        /// The text.
        public var text: String
        /// "utf-8", "utf-8-bom", "utf-16le", "utf-16be" or "windows-1252".
        public var encoding: String
    }

    /// Creates a decoder.
    public init() {}

    /// Decodes `bytes`; `input` names the source in errors.
    public func decode(_ bytes: [UInt8], input: String? = nil) throws -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try utf8(bytes[3...], encoding: "utf-8-bom", input: input)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return Decoded(text: utf16(bytes.dropFirst(2), bigEndian: false), encoding: "utf-16le") }
        if bytes.starts(with: [0xFE, 0xFF]) { return Decoded(text: utf16(bytes.dropFirst(2), bigEndian: true), encoding: "utf-16be") }
        return try utf8(bytes[...], encoding: "utf-8", input: input)
    }

    private func utf8(_ bytes: ArraySlice<UInt8>, encoding: String, input: String?) throws -> Decoded {
        if let text = String(validating: bytes, as: UTF8.self) {
            try rejectBinary(text.unicodeScalars.lazy.map(\.value), count: text.utf8.count, input: input)
            return Decoded(text: text, encoding: encoding)
        }
        let text = Windows1252.decode(bytes)
        try rejectBinary(text.unicodeScalars.lazy.map(\.value), count: bytes.count, input: input)
        return Decoded(text: text, encoding: "windows-1252")
    }

    private func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Text has few control characters; binary data (images, archives, random bytes) has many.
    private func rejectBinary<S: Sequence>(_ scalars: S, count: Int, input: String?) throws where S.Element == UInt32 {
        var controls = 0
        var total = 0
        for value in scalars {
            total += 1
            if value < 0x20 && value != 0x0A && value != 0x0D && value != 0x09 && value != 0x0C { controls += 1 }
        }
        if total > 0 && controls * 10 > total {
            throw CopydeskError(.notText, input: input, reason: "not text (\(controls) control characters in \(count) bytes)")
        }
    }
}

/// The Windows-1252 code page (a superset of Latin-1's printable range).
enum Windows1252 {
    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
