/// Body text lines by their shape, and the items of a list printed without markers under a line ending with ":".
extension ArticleBuilder {
    /// A body text line: an author biography, a paragraph, a subheading, an item of a list under a line ending with ":",
    /// or a related link.
    /// `next` is the page's next line, if any; `previous` the one before, if any, and `previousLink` true when that one
    /// is a related link of its own ("Read more: Title") or a widget's button (`mayLeadHeading`).
    mutating func takeBodyText(_ line: UnsafePointer<TextLine>, text: UnsafeBufferPointer<UInt8>, next: UnsafePointer<TextLine>?,
                               previous: UnsafePointer<TextLine>?, previousLink: @autoclosure () -> Bool) {
        if isAuthorBio(line) { discard(at: line, text: text, .attribution); authorBoxLine = line.pointee.number; return }
        if let reason = authorBoxReason(line, text: text, next: next, previous: previous) {
            discard(at: line, text: text, reason); authorBoxLine = line.pointee.number; return
        }
        let words = line.pointee.words, number = line.pointee.number
        // (a line opening with "-" or "*" is for the marked-list rule alone)
        // under a subheading ("How it works") only lines that are no sentence are items, and two of them at least
        if number == colonListLine + 1, (2...25).contains(words), !line.pointee.hasQuoteMark,
           !(line.pointee.isParagraphLike && words > 15), line.pointee.firstLowerByte != UInt8(ascii: "-"),
           line.pointee.firstLowerByte != UInt8(ascii: "*"),
           subheadingList == 0 || !line.pointee.endsLikeSentence && words >= 3 && (subheadingList == 2 || Self.isItem(next, after: line)) {
            colonListLine = number  // "Key features include:", then an item on each next line
            if subheadingList == 1 { subheadingList = 2 }
            addBody(.listItem, TextLine.string(at: line, in: text))
            return
        }
        if line.pointee.isParagraphLike || line.pointee.endsLikeSentence && words >= 2 || words >= 25
            || line.pointee.lastByte &- UInt8(ascii: "A") < 26 && words >= 8 && !line.pointee.endsLikeSentence
            && TextLine.endsWithSignOff(UnsafeBufferPointer(rebasing: text[line.pointee.start..<line.pointee.end])) {
            if line.pointee.lastByte == UInt8(ascii: ":") { colonListLine = number; subheadingList = 0 }
            addBody(.paragraph, TextLine.string(at: line, in: text))
        } else if words <= 4 {
            let heading = TextLine.string(at: line, in: text)
            if !BylineRule.looksLikeName(heading[...]) { colonListLine = number; subheadingList = 1 }  // no name over its bio
            addBody(.subheading, heading)
        } else if Self.isLoneHeading(line, text: text, words: words, next: next, previous: previous, previousLink: previousLink())
                    || Self.isHeadingAfterBreak(line, text: text, words: words, next: next, previous: previous, previousLink: previousLink()) {
            addBody(.subheading, TextLine.string(at: line, in: text))
        } else if continuesLabelledHeadings(UnsafeBufferPointer(rebasing: text[line.pointee.start..<line.pointee.end]), words: words) {
            addBody(.subheading, TextLine.string(at: line, in: text))  // (round 13) "Verdict: A Road Warrior's Friend"
        } else if Self.isQuestionWordHeading(line, text: text, words: words, next: next, previous: previous) {
            addBody(.subheading, TextLine.string(at: line, in: text))  // (round 13b) "Where The Heaviest Snow Could Fall"
        } else {
            addRelated(TextLine.string(at: line, in: text))
        }
    }

    /// True for a title of five to eight words in sentence case (no quote mark and no capital, or one in six words or more, opens a word after its first,
    /// no double quote mark) set alone between two paragraphs (the page's lines before and after it): a subheading, as no list header
    /// stands over it and no other title runs on from it. Story titles between paragraphs are in title case or capitals.
    private static func isLoneHeading(_ line: UnsafePointer<TextLine>, text: UnsafeBufferPointer<UInt8>, words: Int,
                                      next: UnsafePointer<TextLine>?, previous: UnsafePointer<TextLine>?, previousLink: Bool) -> Bool {
        guard words <= 8, !line.pointee.hasQuoteMark, let next, let previous, next.pointee.isParagraphLike,
              previous.pointee.isParagraphLike || previousLink else { return false }
        let bytes = UnsafeBufferPointer(rebasing: text[line.pointee.start..<line.pointee.end])
        var index = 1, capitals = 0, run = bytes.first.map { $0 &- UInt8(ascii: "A") < 26 ? 1 : 0 } ?? 0
        let labelEnd = Self.shortLabelEnd(bytes, words: words)
        while index < bytes.count {
            if bytes[index - 1] == 0x20 {
                // (twenty-second pass) one proper noun in a line of six words or more ("Pedestrian crashes Downtown have risen …");
                // (round 13) of two words at most ("in Benin City"), and none counted right after a one-word label
                // ("Design: Light as a feather")
                if bytes[index] &- UInt8(ascii: "A") >= 26 { run = 0 } else if index == labelEnd { run = 1 } else {
                    if run == 0 || run >= 2 { capitals &+= 1; if capitals > 1 || words < 6 { return false } }
                    run &+= 1
                }
                if bytes[index] == UInt8(ascii: "'")
                    || bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x98 { return false }
            }
            index &+= 1
        }
        return true
    }

    /// True when line `index` may stand over a subheading in a paragraph's place: a related link of its own ("Read more:
    /// Title"), or (twenty-third pass) a player's button of one to three words read as navigation, no label ending with ":"
    /// ("Add to playlist", "Download"), closing the box between two paragraphs.
    static func mayLeadHeading(_ roles: RoleTable, _ lines: UnsafeBufferPointer<TextLine>, _ index: Int) -> Bool {
        let kind = roles.kind(index)
        // (round 11) a link block printed line by line ends at a blank line: "RECOMMENDED", two titles, a blank line
        if kind == .related || kind == .listItem, index + 1 < lines.count, lines[index + 1].number > lines[index].number + 1 { return true }
        if kind == .related { return lines[index].hasColon }
        return kind == .navigation && lines[index].words <= 3 && lines[index].lastByte != UInt8(ascii: ":")
    }

    /// True when `next` is on the line after `line`, three to twenty-five words long and no sentence: an item of a list
    /// under a subheading continues.
    private static func isItem(_ next: UnsafePointer<TextLine>?, after line: UnsafePointer<TextLine>) -> Bool {
        guard let next else { return false }
        return next.pointee.number == line.pointee.number + 1 && (3...25).contains(next.pointee.words) && !next.pointee.endsLikeSentence
    }
}
