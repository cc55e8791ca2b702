/// A place label in capitals right above the headline ("ISTANBUL") that the dateline under the headline repeats
/// ("ISTANBUL Jun 03, 2025 - 11:24 am"): a city desk's label, the article's section, even at the end of a menu in capitals.
extension HeaderReader {
    /// The line right above the headline when `plan` has no section and that line is one or two words in capitals with
    /// no digit, a menu or text line (`isLabelKind`), whose bytes open a date or byline line (`isMarker`) up to four lines
    /// under the headline, followed by a space; `nil` otherwise.
    static func datelinePlaceSection(above plan: Plan, upTo end: Int, lines: UnsafeBufferPointer<TextLine>,
                                     isLabelKind: (Int) -> Bool, isMarker: (Int) -> Bool, _ page: LinePage) -> Int? {
        guard plan.section == nil, let headline = plan.headline, headline >= 1, case let k = headline &- 1,
              (1...2).contains(lines[k].words), !lines[k].hasDigit, isLabelKind(k), case let label = page.bytes(lines[k]),
              isCapitals(label) else { return nil }
        var m = headline &+ 1
        while m < end, m &- headline <= 4 {
            if isMarker(m), case let bytes = page.bytes(lines[m]), bytes.count > label.count &+ 1, bytes[label.count] == 0x20,
               equalFolded(UnsafeBufferPointer(rebasing: bytes[..<label.count]), label) { return k }
            m &+= 1
        }
        return nil
    }
}
