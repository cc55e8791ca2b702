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

    /// False for a label under the headline that opens in lower case or a bracket, ends with "by" or "|", or is "By", a
    /// button or a summary box's label ("from research organizations", "News provided by", "Baltimore Sun |", "Listen",
    /// "In Summary"): a tagline, not a section.
    static func mayNameSection(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, first &- UInt8(ascii: "a") >= 26, first != UInt8(ascii: "("), first != UInt8(ascii: "[") else {
            return false  // nor a bracketed ticker ("(CHWY)")
        }
        // nor a label closed by a bar ("Baltimore Sun |", an outlet under the names) nor a lone "By"
        guard bytes.last != UInt8(ascii: "|"), !(bytes.count == 2 && FoldedBytes.equal(bytes, at: 0, "by")) else { return false }
        // nor a button ("Listen", "Share")
        guard BylineRule.buttonTable.value(foldingBytes: bytes) == nil else { return false }
        // nor a summary box's label ("In Summary", "Key points:")
        guard PageLayout.summaryTable.value(foldingBytes: PageLayout.withoutColon(bytes)) == nil else { return false }
        return !(bytes.count >= 3 && FoldedBytes.equal(bytes, at: bytes.count - 3, " by"))
    }

    /// The trail level among `candidates[..<end]` that names the section: the deepest ("News", "Northern Ireland"), but
    /// not a bare "News" under a topic nor a series name in sentence case under its section ("Environment", "Climate crisis").
    static func deepestLevel(_ candidates: UnsafeBufferPointer<Int32>, upTo end: Int, _ lines: UnsafeBufferPointer<TextLine>,
                             _ page: LinePage) -> Int {
        var level = end - 1
        while level > 0, case let bytes = page.bytes(lines[Int(candidates[level])]),
              bytes.count == 4 && FoldedBytes.equal(bytes, at: 0, "news") || isSentenceCaseLabel(bytes) {
            level -= 1
        }
        return level
    }

    /// True for a label of two or more words whose later word opens in lower case and is no joining word ("Climate
    /// crisis"; not "Economy & Business", "Arts and Culture").
    static func isSentenceCaseLabel(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: " "), index + 1 < bytes.count, bytes[index + 1] &- UInt8(ascii: "a") < 26 else {
                index += 1; continue
            }
            var end = index + 1
            while end < bytes.count, bytes[end] != UInt8(ascii: " ") { end += 1 }
            let word = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end])
            if !joiningWords.contains(where: { word.count == $0.utf8CodeUnitCount && FoldedBytes.equal(word, at: 0, $0) }) { return true }
            index = end
        }
        return false
    }

    /// Small words a Title Case label keeps in lower case.
    private static let joiningWords: [StaticString] = ["and", "of", "the", "for", "in", "on", "to", "a", "at", "de"]

    /// A one-sentence dek right under the last byline or date, with a picture or share buttons right under it ("Swedish
    /// teachers will be given …", then the photo's caption): the standfirst; `nil` when there is none above `end`. A dek
    /// with no stop needs eight words and a caption of six words or more under it (no bare credit closing its caption).
    func dekUnder(_ clusterEnd: Int, upTo end: Int) -> Int? {
        var dek = clusterEnd + 1
        while dek < end, lines[dek].words == 0 { dek += 1 }
        guard dek < end, kinds[dek] == .text, lines[dek].words >= 6 else { return nil }
        let stopped = lines[dek].endsLikeSentence
        guard stopped || lines[dek].words >= 8 else { return nil }
        var next = dek + 1
        while next < end, lines[next].words == 0 { next += 1 }
        guard next < end else { return nil }
        if !stopped { return kinds[next] == .caption && lines[next].words >= 6 ? dek : nil }
        return kinds[next] == .share || Self.isMedia(kinds[next]) ? dek : nil
    }
}
