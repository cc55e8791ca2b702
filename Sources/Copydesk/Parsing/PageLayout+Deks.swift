/// A dek printed right under the headline with no byline between, over a lead paragraph much longer than it: the date
/// stands above the headline, so nothing else sets the dek apart from the body.
extension PageLayout {
    /// The first body line `from` when it stands right under the headline (blank lines aside), the header's date above
    /// the headline: one sentence of eight to twenty-five words with no dateline, over a text paragraph of thirty-five
    /// words or more and half as long again as it; `nil` otherwise.
    static func dekOverLongerLead(lines: UnsafeBufferPointer<TextLine>, _ page: LinePage, roles: UnsafeBufferPointer<LineRole>,
                                  plan: HeaderReader.Plan, from: Int, to: Int) -> Int? {
        guard plan.standfirst.isEmpty, let headline = plan.headline, let published = plan.published, published < headline,
              from > headline, from < to else { return nil }
        var first = headline &+ 1
        while first < to, lines[first].words == 0 { first &+= 1 }
        // nothing but blank lines between the headline and the dek, the dek the body's first line
        guard first >= from, first < to else { return nil }
        let dek = lines[first]
        guard roles[first].isText, (8...25).contains(dek.words), dek.endsLikeSentence else { return nil }
        var next = first &+ 1
        while next <= to, lines[next].words == 0 { next &+= 1 }
        guard next <= to, roles[next].isText, lines[next].words >= 35, lines[next].words * 2 >= dek.words * 3,
              DatelineRule.dateline(in: dek.string(in: page)) == nil else { return nil }
        return first
    }
}
