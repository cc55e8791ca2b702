/// A summary box at the top of the body: a label such as "Highlights" or "Key points:" over a few short lines
/// printed one under another (Indian dailies, broadcasters, wire sites). The lines are the article's standfirst.
extension PageLayout {
    /// Labels (lowercased) of a summary box.
    static let summaryLabels: Set<String> = ["highlights", "key points", "story highlights", "key highlights", "in brief",
                                             "at a glance", "key takeaways", "quick read", "the big picture", "in summary", "summary",
                                             "what you need to know", "what to know", "need to know", "key facts"]

    /// `summaryLabels` looked up by a line's bytes with capitals folded.
    static let summaryTable = FoldedKeyTable(summaryLabels.sorted().map { ($0, true) })

    /// The lines of a summary box whose label stands within the first lines of the body or up to eight lines above: one to five
    /// text lines of four to forty words (thirty after the first) right under the label, each on the line after the one before and ending as the
    /// first does (with or without a full stop), with body text after them; an empty range when there is none.
    static func summary(_ lines: UnsafeBufferPointer<TextLine>, _ page: LinePage, roles: UnsafeBufferPointer<LineRole>,
                        headerEnd: Int, bodyEnd: Int) -> Range<Int> {
        guard bodyEnd >= headerEnd else { return 0..<0 }
        for label in max(0, headerEnd - 8)...min(bodyEnd, headerEnd + 2) where lines[label].words <= 5 {
            guard summaryTable.value(foldingBytes: withoutColon(page.bytes(lines[label]))) != nil else { continue }
            var end = label + 1
            // the box's lines all end alike: a sentence under points with no full stop is the body's first paragraph
            // (and a line of over thirty words under shorter ones is the body's first paragraph, printed with no blank line)
            while end <= bodyEnd, end - label <= 5, roles[end].isText, (4...(end == label + 1 ? 40 : 30)).contains(lines[end].words),
                  lines[end].number == lines[end - 1].number + 1,
                  end == label + 1 || lines[end].endsLikeSentence == lines[label + 1].endsLikeSentence { end += 1 }
            guard end > label + 1 && end <= bodyEnd else { return 0..<0 }
            // sentences running on into the body with nothing to end the box (no blank, no other line, the same ending):
            // the box ends before a line half as long again as its first, the body's first paragraph
            if end > label + 2, runsOnIntoBody(end, lines, roles: roles, first: label + 1) {
                var cut = label + 2
                while cut < end, lines[cut].words * 2 <= lines[label + 1].words * 3 { cut += 1 }
                return (label + 1)..<cut
            }
            return (label + 1)..<end
        }
        return 0..<0
    }

    /// `bytes` without one closing colon ("Key points:").
    static func withoutColon(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        bytes.last == UInt8(ascii: ":") ? UnsafeBufferPointer(rebasing: bytes.dropLast()) : bytes
    }

    /// True when line `end`, right under a summary box's last line, is a text line on the next line ending as the box's
    /// `first` line does, and every box line ends with a full stop: the box's run of sentences goes on into the body
    /// with nothing to tell where the box ends.
    static func runsOnIntoBody(_ end: Int, _ lines: UnsafeBufferPointer<TextLine>, roles: UnsafeBufferPointer<LineRole>, first: Int) -> Bool {
        end < lines.count && roles[end].isText && lines[end].number == lines[end - 1].number + 1
            && lines[first].endsLikeSentence && lines[end].endsLikeSentence
    }
}
