/// A menu item repeated right above the headline ("Local" again under the menu's "Jesse Jones", "Contests"): where the
/// menu ends and the header starts.
extension HeaderReader {
    /// True when line `index` is a repeated label (a duplicate of one to three words, no sentence, no digit) with a text
    /// line of three words or more below it up to `last`: the header block starts under it, and the text lines above it
    /// are the menu's tail, not a headline.
    func isMenuRepeat(_ index: Int, over last: Int) -> Bool {
        guard kinds[index] == .duplicate, index < last, (1...3).contains(lines[index].words), !lines[index].endsLikeSentence,
              !lines[index].hasDigit else { return false }
        for below in (index + 1)...last where kinds[below] == .text && lines[below].words >= 3 { return true }
        return false
    }
}
