/// A short series label stacked over the headline, and a job title under a bare name.
extension HeaderReader {
    /// True when candidate `position` (a line of `candidates`, line indices in order) is a kicker: at most three words,
    /// no sentence, and right above two title-like lines of five words or more (the headline and its standfirst, neither
    /// ending with a full stop). A short headline over a standfirst has one such line under it, not two.
    func isKicker(_ candidates: UnsafeBufferPointer<Int32>, at position: Int) -> Bool {
        guard position + 2 < candidates.count else { return false }
        let base = lines.baseAddress!
        let kicker = base + Int(candidates[position])
        guard kicker.pointee.words <= 3, !kicker.pointee.endsLikeSentence else { return false }
        for next in (position + 1)...(position + 2) {
            let line = base + Int(candidates[next])
            guard line.pointee.words >= 5, line.pointee.lastByte != UInt8(ascii: ".") else { return false }
        }
        return true
    }

    /// The line under the name line `name` when it is a job title of two to six words ("Cost of living correspondent")
    /// and still above `end`, or `nil`.
    func roleLine(under name: Int, upTo end: Int, _ page: LinePage) -> Int? {
        let below = name + 1
        guard below < end, kinds[below] == .text, (2...6).contains(lines[below].words), !lines[below].endsLikeSentence,
              BylineRule.isRole(page.text(lines[below])) else { return nil }
        return below
    }
}
