/// Breadcrumb trails over a headline ("News", "UK News", then the title), and the media kinds a header stops at.
extension HeaderReader {
    /// The first candidate at or after `position` that is no further level of a breadcrumb trail under the section
    /// label: a label of three words at most, not a sentence, over a line at least three words longer is one.
    static func pastBreadcrumbs(_ candidates: UnsafeBufferPointer<Int32>, from position: Int, _ lines: UnsafeBufferPointer<TextLine>) -> Int {
        var position = position
        while position + 1 < candidates.count, case let label = lines[Int(candidates[position])], label.words <= 3,
              !label.endsLikeSentence, lines[Int(candidates[position + 1])].words >= label.words + 3 {
            position += 1
        }
        return position
    }

    /// `LineRole.isMedia` on a kind: captions, credits and video lines.
    static func isMedia(_ kind: LineRole.Kind) -> Bool {
        switch kind {
        case .caption, .credit, .captionText, .video, .videoTitle, .videoText: true
        default: false
        }
    }

    /// True for a byline role that names one wire agency and nobody else.
    static func namesAgencyOnly(_ role: LineRole) -> Bool {
        guard case .byline(let match) = role, match.names.count == 1 else { return false }
        return BylineRule.isAgency(match.names[0].name[...])
    }

    /// True for a date line labelled as the first publication ("First published on …", "Originally published …").
    static func labelsFirstPublication(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        FoldedBytes.equal(bytes, at: 0, "first published") || FoldedBytes.equal(bytes, at: 0, "originally published")
    }

    /// Lines a header block does not reach across: menus, lists, footers, embeds, related links, print notes.
    func stops(_ index: Int) -> Bool {
        switch kinds[index] {
        case .navigation, .list, .footer, .copyright, .newsletter, .embedPost: true  // as furniture
        case .listItem, .embed, .related, .printEdition: true
        default: false
        }
    }

    /// True for a date role whose only date is labelled as an update ("Updated 20 November 2019").
    static func isUpdate(_ role: LineRole) -> Bool {
        if case .date(let match) = role { return match.labelledUpdate && match.updated == nil }
        return false
    }

    /// True when the first two candidates are labels of three words at most, neither a sentence, over a third line at
    /// least three words longer than the second: a two-level trail whose deeper level is the shorter word.
    static func isDeeperLabel(_ candidates: UnsafeBufferPointer<Int32>, _ lines: UnsafeBufferPointer<TextLine>) -> Bool {
        guard candidates.count >= 3 else { return false }
        let first = lines[Int(candidates[0])], second = lines[Int(candidates[1])], third = lines[Int(candidates[2])]
        return first.words <= 3 && second.words <= 3 && !first.endsLikeSentence && !second.endsLikeSentence
            && third.words >= second.words + 3
    }

    /// False for a label under the headline that opens in lower case or ends with "by" ("from research organizations",
    /// "News provided by"): a tagline, not a section.
    static func mayNameSection(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, first &- UInt8(ascii: "a") >= 26 else { return false }
        return !(bytes.count >= 3 && FoldedBytes.equal(bytes, at: bytes.count - 3, " by"))
    }
}
