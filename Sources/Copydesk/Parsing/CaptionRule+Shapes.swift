/// Small shapes the caption rule reads: initials, the "less"/"more" toggles of collapsible captions, gallery counters.
extension CaptionRule {
    /// True when the full stop at `dot` closes an initial ("J." in "J. Scott").
    static func isInitial(before dot: Substring.Index, in line: Substring) -> Bool {
        guard dot > line.startIndex else { return false }
        let letter = line.index(before: dot)
        guard line[letter].isUppercase else { return false }
        guard letter > line.startIndex else { return true }
        let previous = line[line.index(before: letter)]
        return previous == " " || previous == "."
    }

    /// "… the Southeast Asian nation. less" → without the "less" toggle of a collapsible caption.
    static func droppingToggle(_ text: Substring) -> Substring {
        for toggle in [" less", " Less", " LESS"] where text.fastHasSuffix(toggle) { return text.dropLast(toggle.count).trimmedSpace }
        return text
    }

    /// Leads that place the picture on the page ("Above: A diagram of …"), dropped from a caption.
    static let placementLeads: [String] = ["Above: ", "Top: ", "Pictured: ", "Below: ", "Left: ", "Right: ", "Main image: ", "Banner image: ", "Caption: "]

    /// `caption` less a lead of `placementLeads` when a capital follows it; the caption itself otherwise (and for `nil`).
    static func droppingPlacementLead(_ caption: String?) -> String? {
        guard let caption, let first = caption.utf8.first, first == UInt8(ascii: "A") || first == UInt8(ascii: "T")
                || first == UInt8(ascii: "P") || first == UInt8(ascii: "B") || first == UInt8(ascii: "L") || first == UInt8(ascii: "R")
                || first == UInt8(ascii: "M") || first == UInt8(ascii: "C") else { return caption }
        // every lead closes with ": " within its first fourteen bytes
        guard caption.utf8.prefix(14).contains(UInt8(ascii: ":")) else { return caption }
        for lead in placementLeads where caption.fastHasPrefix(lead) {
            let rest = caption.utf8.dropFirst(lead.utf8.count)
            guard let next = rest.first, next &- UInt8(ascii: "A") < 26 else { return caption }
            return String(Substring(rest))
        }
        return caption
    }

    /// True for the collapsed copy of a caption ("… military relations ... more"); the line read from `page`.
    static func isCollapsedCopy(_ line: TextLine, _ page: LinePage) -> Bool {
        let bytes = page.bytes(line)
        @inline(__always) func ends(_ pattern: StaticString) -> Bool {
            bytes.count >= pattern.utf8CodeUnitCount && FoldedBytes.equal(bytes, at: bytes.count - pattern.utf8CodeUnitCount, pattern)
        }
        return ends("... more") || ends("… more") || ends("...more")
    }

    /// "1of4Grass Valley's …" → "Grass Valley's …".
    static func droppingGalleryCounter(_ text: Substring) -> Substring {
        // an ASCII first byte other than a digit is a Character that is no number
        if let first = text.utf8.first, first < 0x80, first &- UInt8(ascii: "0") >= 10 { return text }
        if text.withUTF8Bytes(opensWithNoCounter) { return text }
        // nor is an opening scalar of U+2000–U+203F (E2 80 xx: dashes, quotes, bullets) or of U+0080–U+00BF (C2 xx)
        // other than the superscripts and fractions: no property lookup (`CaptionByteGateTests` checks both ranges)
        if text.withUTF8Bytes(opensWithNonNumberMark) { return text }
        // a Character is a number by its first scalar's numeric type: a line opening otherwise has no counter
        if let first = text.unicodeScalars.first, first.properties.numericType == nil { return text }
        let digits = leadingNumberCount(text)
        guard digits > 0, digits <= 3 else { return text }
        let rest = text.dropFirst(digits)
        guard rest.fastHasPrefix("of") else { return text }
        let afterOf = rest.dropFirst(2)
        let total = leadingNumberCount(afterOf)
        guard total > 0 else { return text }
        return afterOf.dropFirst(total).trimmedSpace
    }

    /// True when `bytes` open with an ASCII run of digits that `droppingGalleryCounter` reads as no counter: the run
    /// is followed by an ASCII byte other than a line feed (so each digit is one number Character and the byte after
    /// starts a Character of its own) and is longer than three digits or not followed by "of"; or it is the whole text.
    /// False leaves the text to the Character reading (`CaptionByteGateTests` checks both against it).
    static func opensWithNoCounter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var digits = 0
        while digits < bytes.count, bytes[digits] &- UInt8(ascii: "0") < 10 { digits += 1 }
        guard digits > 0 else { return false }
        guard digits < bytes.count else { return true }
        let next = bytes[digits]
        guard next < 0x80, next != 0x0A else { return false }
        return digits > 3 || next != UInt8(ascii: "o") || digits + 1 == bytes.count || bytes[digits + 1] != UInt8(ascii: "f")
    }

    /// True when `bytes` open with a scalar of U+2000–U+203F or of U+0080–U+00BF other than ², ³, ¹, ¼, ½ and ¾:
    /// scalars with no numeric type.
    static func opensWithNonNumberMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 2 else { return false }
        if bytes[0] == 0xE2 { return bytes[1] == 0x80 && bytes.count >= 3 }
        guard bytes[0] == 0xC2 else { return false }
        let second = bytes[1]
        return second &- 0x80 < 0x40 && second != 0xB2 && second != 0xB3 && second != 0xB9 && second &- 0xBC >= 3
    }
}

extension Substring {
    /// `StringProtocol.trimmingTrailingPeriod` on the bytes when they decide it: a last byte other than "." ends
    /// with a last Character that is not "."; a "." after an ASCII byte (or alone) is a Character of its own.
    var trimmingTrailingPeriod: Substring {
        let decided: Bool? = withUTF8Bytes { bytes in
            guard let last = bytes.last, last == UInt8(ascii: ".") else { return false }
            return bytes.count == 1 || bytes[bytes.count - 2] < 0x80 ? true : nil
        }
        switch decided {
        case false?: return self
        case true?: return self[startIndex..<utf8.index(before: endIndex)]
        case nil: return self[...].plainTrimmingTrailingPeriod
        }
    }
}

extension StringProtocol {
    /// The text without one trailing full stop.
    var trimmingTrailingPeriod: SubSequence { plainTrimmingTrailingPeriod }

    /// `trimmingTrailingPeriod` on Characters.
    var plainTrimmingTrailingPeriod: SubSequence {
        hasSuffix(".") ? self[startIndex..<index(before: endIndex)] : self[...]
    }
}
