@testable import Copydesk

/// (twenty-fifth pass) The plain reader's menu repeats and stacked trails over the headline.
extension PlainHeaderReader {
    /// (twenty-fifth pass) A repeated label of one to three words with a text line of three words or more under it, up to
    /// `last`: the menu ends there.
    func isMenuRepeat(_ index: Int, over last: Int) -> Bool {
        guard roles[index] == .duplicate, index < last, (1...3).contains(lines[index].words), !lines[index].endsLikeSentence,
              !lines[index].hasDigit else { return false }
        return ((index + 1)...last).contains { roles[$0].isText && lines[$0].words >= 3 }
    }

    /// (twenty-fifth pass) True when up to four menu lines or repeats of one to three words right above `first` open with "Home".
    func trailEndsAbove(_ first: Int) -> Bool {
        var k = first - 1
        while k >= 0, first - k <= 4, roles[k].isFurniture(.navigation) || roles[k] == .duplicate, (1...3).contains(lines[k].words) {
            if page.text(lines[k]).lowercased() == "home" { return k < first - 1 }
            k -= 1
        }
        return false
    }
}
