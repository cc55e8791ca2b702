/// Runs of numbers ("1 / 8", "4553") for the classifier, read on bytes where they decide.
extension LineClassifier {
    /// Only numbers, spaces (no-break included), "/", "," and "." ("1 / 8", "4553"). Read on the bytes while they
    /// decide: a byte of the set goes on; an ASCII byte outside it that starts its own Character (first, or after an
    /// ASCII byte or a lone no-break space: only a non-ASCII scalar joins the one before it) is a Character that is no
    /// number, on either path. At such a Character start a lone no-break space (C2 A0, then an ASCII byte or the end)
    /// goes on, and a "°" (C2 B0) or a Cyrillic letter (lead byte D0 or D1: U+0400–U+047F, no number or mark among
    /// them) is no number. Any other byte sends the text to the Character reading.
    static func isNumberRun(_ text: Substring) -> Bool { text.withUTF8Bytes(numberRun) ?? plainIsNumberRun(text) }

    /// `isNumberRun` for a line of `page`: its bytes read there, its text made only when they do not decide.
    static func isNumberRun(_ line: TextLine, _ page: LinePage) -> Bool { numberRun(page.bytes(line)) ?? plainIsNumberRun(page.text(line)) }

    /// `isNumberRun` on the text's UTF-8 `bytes`, or `nil` where its Characters decide.
    static func numberRun(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        // an opening scalar of U+2010–U+2027 (E2 80 90–A7: dashes, quotes, bullets) is no number: the plain
        // reading's first test, answered here
        if bytes.count >= 3, bytes[0] == 0xE2, bytes[1] == 0x80, bytes[2] &- 0x90 < 0x18 { return false }
        var index = 0, afterSpace = -1  // `afterSpace`: the byte right after the last lone no-break space
        while index < bytes.count {
            let byte = bytes[index]
            if byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "/") || byte == 0x20 || byte == UInt8(ascii: ",")
                || byte == UInt8(ascii: ".") { index &+= 1; continue }
            guard index == 0 || bytes[index &- 1] < 0x80 || index == afterSpace else { return nil }  // a Character starts here
            if byte < 0x80 { return byte == 0x0D ? nil : false }
            if byte == 0xD0 || byte == 0xD1 { return false }
            guard byte == 0xC2 else { return nil }
            let second = bytes[index &+ 1]  // valid UTF-8: a lead byte has its continuation
            if second == 0xB0 { return false }
            guard second == 0xA0, index &+ 2 == bytes.count || bytes[index &+ 2] < 0x80 else { return nil }
            index &+= 2
            afterSpace = index
        }
        return true
    }

    /// `isNumberRun` read as the ASCII bytes or as Characters.
    static func plainIsNumberRun(_ text: Substring) -> Bool {
        let ascii: Bool? = text.withUTF8Bytes { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            return bytes.allSatisfy { $0 &- UInt8(ascii: "0") < 10 || $0 == UInt8(ascii: "/") || $0 == 0x20 || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") }
        }
        if let ascii { return ascii }
        // the first Character decides first: a number by its first scalar, or exactly one of the listed scalars
        guard let first = text.unicodeScalars.first, !(0x2010...0x2027).contains(first.value),  // dashes, quotes, bullets
              first.properties.numericType != nil || "/ \u{A0},.".unicodeScalars.contains(first) else { return false }
        return text.allSatisfy { $0.isNumber || $0 == "/" || $0 == " " || $0 == "\u{A0}" || $0 == "," || $0 == "." }
    }
}
