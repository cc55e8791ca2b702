/// Cheap character classes on Unicode scalars, with an ASCII fast path (the quotes stage works on
/// scalar arrays so that offsets are Unicode-scalar offsets, as the model requires).
enum ScalarClass {
    /// Letters and digits.
    static func isWordChar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// Upper-case letters (ASCII fast path).
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    /// Lower-case letters (ASCII fast path).
    static func isLower(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return s.properties.isLowercase
    }

    /// Spaces, tabs, no-break spaces and other white space.
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D }
        return s.properties.isWhitespace
    }

    /// Dashes that may open a sentence or sit before a quote.
    static func isDash(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "\u{2013}" || s == "\u{2014}"
    }

    /// Marks of the double family that may open a quote.
    static func opensDouble(_ s: Unicode.Scalar) -> Bool {
        s == "\u{201C}" || s == "\u{201E}" || s == "\u{00AB}" || s == "\"" || s == "\u{201F}"
    }

    /// True when `s` closes a double-family quote opened by `opener`.
    static func closesDouble(_ s: Unicode.Scalar, opener: Unicode.Scalar) -> Bool {
        switch s {
        case "\u{201D}", "\"", "\u{201F}": return opener != "\u{00AB}"
        case "\u{00BB}": return opener == "\u{00AB}"
        case "\u{201C}": return opener == "\u{201E}"
        default: return false
        }
    }

    /// Any quotation mark (used to skip marks around words).
    static func isQuoteMark(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "'", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}":
            return true
        default: return false
        }
    }
}
