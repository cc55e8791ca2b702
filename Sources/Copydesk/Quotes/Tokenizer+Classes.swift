/// The byte classes that drive the fused tokenizer loop: one load tells a word's first byte, a
/// space, a byte that may open a quote, or a punctuation token from the rest, and whether a byte
/// ends a word plainly (`endsPlainly`).
extension Tokenizer {
    /// The class of each byte in the low bits of `byteClasses` (bit 7 is `plainEnd`).
    enum Lead {
        /// ASCII letters and digits: a word starts (every class below `space`).
        static let lower: UInt8 = 0, upper: UInt8 = 1, digit: UInt8 = 2
        /// 0x20: skipped.
        static let space: UInt8 = 3
        /// 0x22, 0xC2, 0xE2: the lead byte of a mark that may open a quote.
        static let mark: UInt8 = 4
        /// Any other byte of 0x80 or more: read as a scalar by `step`.
        static let wide: UInt8 = 5
        /// 0x09…0x0D and 0x27: no token.
        static let silent: UInt8 = 6
        /// A one-byte punctuation token: `punctuation + Token.Kind.rawValue`.
        static let punctuation: UInt8 = 8
    }

    /// The tables the fused loop reads (byte classes, word-list probe), in storage made once and
    /// never freed: a worker fetches them once (`ParagraphText`) instead of once per block.
    struct Tables: @unchecked Sendable {
        /// `byteClasses`, 256 bytes.
        let classes: UnsafePointer<UInt8>
        /// `WordLists.shared.probe`.
        let lists: WordLists.Probe

        /// The process's tables.
        static let shared: Tables = {
            let classes = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
            classes.initialize(from: byteClasses, count: 256)
            return Tables(classes: classes, lists: WordLists.shared.probe)
        }()
    }

    /// Bit 7 of a byte's class: `endsPlainly` of the byte.
    static let plainEnd: UInt8 = 0x80

    /// The class of every byte, by the rules of `step` (ASCII) and `endsPlainlyByRule`.
    static let byteClasses: [UInt8] = (0..<256).map { (c: Int) -> UInt8 in
        let byte = UInt8(c)
        let kind: UInt8
        switch byte {
        case 0x61...0x7A: kind = Lead.lower
        case 0x41...0x5A: kind = Lead.upper
        case 0x30...0x39: kind = Lead.digit
        case 0x20: kind = Lead.space
        case 0x22, 0xC2, 0xE2: kind = Lead.mark
        case 0x80...0xFF: kind = Lead.wide
        case 0x09...0x0D, 0x27: kind = Lead.silent
        case 0x2C: kind = Lead.punctuation + Token.Kind.comma.rawValue
        case 0x3A: kind = Lead.punctuation + Token.Kind.colon.rawValue
        case 0x2E, 0x21, 0x3F, 0x3B: kind = Lead.punctuation + Token.Kind.stop.rawValue
        case 0x28, 0x5B: kind = Lead.punctuation + Token.Kind.openParen.rawValue
        case 0x29, 0x5D: kind = Lead.punctuation + Token.Kind.closeParen.rawValue
        default: kind = Lead.punctuation + Token.Kind.other.rawValue
        }
        return kind | (endsPlainlyByRule(byte) ? plainEnd : 0)
    }
}
