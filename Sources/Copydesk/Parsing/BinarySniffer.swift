import Foundation

/// Tells text from binary data: known file signatures first, then the share of bytes that text
/// hardly ever contains.
enum BinarySniffer {
    /// Share of suspicious bytes (NUL, C0 controls, Windows-1252 holes) above which input is not
    /// text: 1 in 20. Random bytes have about 1 in 8; real text with a few stray bytes far fewer.
    static let suspiciousPerMille = 50
    /// Inputs with fewer suspicious bytes than this are always read as text.
    static let minimumSuspicious = 4

    /// File signatures of common binary formats, with a name for the error message.
    static let signatures: [(name: String, offset: Int, magic: [UInt8])] = [
        ("PNG image", 0, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("JPEG image", 0, [0xFF, 0xD8, 0xFF]),
        ("GIF image", 0, Array("GIF87a".utf8)),
        ("GIF image", 0, Array("GIF89a".utf8)),
        ("PDF document", 0, Array("%PDF-".utf8)),
        ("ZIP archive", 0, [0x50, 0x4B, 0x03, 0x04]),
        ("ZIP archive", 0, [0x50, 0x4B, 0x05, 0x06]),
        ("gzip data", 0, [0x1F, 0x8B]),
        ("bzip2 data", 0, Array("BZh".utf8) ),
        ("xz data", 0, [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]),
        ("7-Zip archive", 0, [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]),
        ("zstd data", 0, [0x28, 0xB5, 0x2F, 0xFD]),
        ("ELF executable", 0, [0x7F, 0x45, 0x4C, 0x46]),
        ("WebP/RIFF media", 0, Array("RIFF".utf8)),
        ("TIFF image", 0, [0x49, 0x49, 0x2A, 0x00]),
        ("TIFF image", 0, [0x4D, 0x4D, 0x00, 0x2A]),
        ("Ogg media", 0, Array("OggS".utf8)),
        ("MP3 audio", 0, Array("ID3".utf8)),
        ("MP4/QuickTime media", 4, Array("ftyp".utf8)),
        ("SQLite database", 0, Array("SQLite format 3\u{0}".utf8)),
        ("WebAssembly module", 0, [0x00, 0x61, 0x73, 0x6D]),
    ]

    /// The name of the binary format `bytes` start with, if any. "BZh" and "RIFF" need a
    /// following byte that text would not have, so a line starting "BZh…" or "RIFF" stays text.
    static func knownFormat(_ bytes: [UInt8]) -> String? {
        guard let first = bytes.first, mayStartSignature(first) || bytes.prefix(4).contains(where: { $0 < 0x20 }) else { return nil }
        for (name, offset, magic) in signatures where bytes.count >= offset + magic.count {
            guard bytes[offset..<(offset + magic.count)].elementsEqual(magic) else { continue }
            switch name {
            case "bzip2 data":
                guard bytes.count > 3, (0x31...0x39).contains(bytes[3]), bytes.count > 4, bytes[4] == 0x31 else { continue }
            case "WebP/RIFF media":
                guard bytes.count >= 8, bytes[4..<8].contains(where: { $0 < 0x20 || $0 > 0x7E }) else { continue }
            case "MP4/QuickTime media":
                guard bytes[0..<4].contains(where: { $0 < 0x20 }) else { continue }
            default: break
            }
            return name
        }
        return nil
    }

    /// True when `byte` is the first byte of a signature at offset 0 (a text's first letter usually is not;
    /// the one signature further in, MP4's, needs a control byte among the first four).
    @inline(__always)
    static func mayStartSignature(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00, 0x1F, 0x25, 0x28, 0x37, 0x42, 0x47, 0x49, 0x4D, 0x4F, 0x50, 0x52, 0x53, 0x7F, 0x89, 0xFD, 0xFF: true
        default: false
        }
    }

    /// UTF-16 without a BOM, recognised when nearly every other byte is zero (ASCII-range text);
    /// returns `true` for big-endian, `false` for little-endian, `nil` when it does not look so.
    static func bomlessUTF16(_ bytes: [UInt8]) -> Bool? {
        let sample = min(bytes.count, 4096) & ~1
        guard sample >= 8 else { return nil }
        // Without a zero byte neither half can be mostly zeros (the usual case: skip the count).
        guard bytes.withUnsafeBufferPointer({ memchr($0.baseAddress!, 0, sample) != nil }) else { return nil }
        var evenZeros = 0, oddZeros = 0
        for index in stride(from: 0, to: sample, by: 2) {
            if bytes[index] == 0 { evenZeros += 1 }
            if bytes[index + 1] == 0 { oddZeros += 1 }
        }
        let pairs = sample / 2
        if oddZeros * 10 >= pairs * 9 && evenZeros * 20 <= pairs { return false }
        if evenZeros * 10 >= pairs * 9 && oddZeros * 20 <= pairs { return true }
        return nil
    }

    /// Throws `.notText` when the scan found too many bytes that text does not contain.
    static func rejectIfBinary(_ scan: ByteScan, input: String?) throws {
        if scan.looksLikeByteSoup {
            throw CopydeskError(.notText, input: input,
                                reason: "not text (\(scan.highBytes) of \(scan.total) bytes above 0x7F, \(scan.spaces) spaces; binary data?)")
        }
        let suspicious = scan.suspicious
        guard suspicious >= minimumSuspicious, suspicious * 1000 > scan.total * suspiciousPerMille else { return }
        throw CopydeskError(.notText, input: input,
                            reason: "not text (\(suspicious) control or undefined bytes in \(scan.total) bytes; binary data?)")
    }
}
