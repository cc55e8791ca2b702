extension NewsMLWriter {
    /// Media lists up to this long are searched for an earlier equal credit; longer ones keep a set of the credits.
    static let creditScanLimit = 16

    /// True when the credit of `media[index]` (present) equals an earlier item's: a scan of the earlier items for a
    /// short list (`seen` is nil: no set made), a set of the credits so far for a long one, so that a page of
    /// thousands of captions is written in linear time. Both compare as `String ==` does.
    static func repeatsCredit(_ media: UnsafeMutableBufferPointer<MediaItem>, _ index: Int, _ seen: inout Set<String>?) -> Bool {
        guard seen != nil, let credit = media[index].credit else {
            return (0..<index).contains(where: { media[$0].credit == media[index].credit })
        }
        return !seen!.insert(credit).inserted
    }
}
