/// A breadcrumb trail printed one level a line right above the header ("Home", "Reviews", "Laptops", then the title):
/// the trail names the section, so the first header line under it is the headline, not a label.
extension HeaderReader {
    /// True when the lines right above line `first` are menu lines or repeats of one to three words each, up to four of
    /// them, the top one "Home": a trail of one level a line ends right above `first`.
    func trailEndsAbove(_ first: Int, _ page: LinePage) -> Bool {
        var k = first - 1
        while k >= 0, first - k <= 4, kinds[k] == .navigation || kinds[k] == .duplicate, (1...3).contains(lines[k].words) {
            if lines[k].end &- lines[k].start == 4, FoldedBytes.equal(page.bytes(lines[k]), at: 0, "home") { return k < first - 1 }
            k -= 1
        }
        return false
    }

    /// "Science & Technology", "Arts & Culture": a line of three words whose middle one is "&" joins two topics into one
    /// trail level (a label), so the trail's title is still to come.
    static func joinsTwoTopics(_ line: TextLine, _ page: LinePage) -> Bool {
        guard line.words == 3 else { return false }
        let bytes = page.bytes(line)
        guard let amp = bytes.firstIndex(of: UInt8(ascii: "&")), amp > 0, amp + 1 < bytes.count else { return false }
        return bytes[amp - 1] == 0x20 && bytes[amp + 1] == 0x20
    }
}
