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

    /// True for the collapsed copy of a caption ("… military relations ... more").
    static func isCollapsedCopy(_ line: TextLine) -> Bool {
        line.text.hasFoldedSuffix("... more") || line.text.hasFoldedSuffix("… more") || line.text.hasFoldedSuffix("...more")
    }

    /// "1of4Grass Valley's …" → "Grass Valley's …".
    static func droppingGalleryCounter(_ text: Substring) -> Substring {
        // an ASCII first byte other than a digit is a Character that is no number
        if let first = text.utf8.first, first < 0x80, first &- UInt8(ascii: "0") >= 10 { return text }
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
}
