/// Refines line roles by looking at neighbours: repeated lines, captions above a credit line,
/// video widgets, lists under a list header, newsletter boxes, navigation runs, embedded posts
/// and unlabelled bylines next to a date. Every pass is a single walk over the lines.
enum ContextRules {
    /// The lines, read in place (a `TextLine` read through the buffer is borrowed, never copied).
    typealias Lines = UnsafeBufferPointer<TextLine>
    /// The roles, read and rewritten in place, with their kinds.
    typealias Roles = RoleTable

    static func apply(_ roles: inout [LineRole], lines: [TextLine]) {
        lines.withUnsafeBufferPointer { lines in
            roles.withUnsafeMutableBufferPointer { roles in apply(roles, lines) }
        }
    }

    /// Every pass, in order, over `roles` (one per line of `lines`).
    static func apply(_ roles: UnsafeMutableBufferPointer<LineRole>, _ lines: Lines) {
        RoleTable.with(roles) { apply($0, lines) }
    }

    /// Every pass, in order, over the roles of `roles` (one per line of `lines`), kinds read beside them.
    static func apply(_ roles: Roles, _ lines: Lines) { apply(roles, lines, in: nil) }

    /// `apply(_:_:)` for lines split from the string whose UTF-8 is `text` (`TextLine.lines(of:)`, as the parser
    /// splits them): repeated lines are compared in `text` at their offsets.
    static func apply(_ roles: Roles, _ lines: Lines, text: UnsafeBufferPointer<UInt8>) { apply(roles, lines, in: text) }

    /// The passes, with the lines' text when it is known.
    @inline(__always)
    private static func apply(_ roles: Roles, _ lines: Lines, in text: UnsafeBufferPointer<UInt8>?) {
        // a pass that acts only at or next to a kind the page never had is skipped (`RoleTable.mayHold`)
        markDuplicates(roles, lines, in: text)
        if roles.mayHold(.credit) { markCaptionsAboveCredits(roles, lines) }
        markVideoWidgets(roles, lines)
        if roles.mayHold(.list) { markLists(roles, lines) }
        markNavigationRuns(roles, lines)
        if roles.mayHold(.newsletter) { markNewsletterTitles(roles, lines) }
        if roles.mayHold(.embed) { markEmbeds(roles) }
        if roles.mayHold(.date) { markNamesNextToDates(roles, lines) }
    }

    /// Text lines repeated verbatim (gallery captions, doubled headlines, video titles); with `text`, the UTF-8 the
    /// lines were split from, their bytes are compared there (no view of each line's base string opened).
    static func markDuplicates(_ roles: Roles, _ lines: Lines, in text: UnsafeBufferPointer<UInt8>? = nil) {
        guard lines.count <= SeenLineTable.maxCapacity else {  // a page too long for the scratch table's slots
            var seen = SeenLines(capacity: lines.count)
            markDuplicates(roles, lines) { seen.insert($0, of: lines) }
            return
        }
        SeenLineTable.with(capacity: lines.count) { seen in
            if let text {
                markDuplicates(roles, lines) { seen.insert($0, of: lines, in: text) }
            } else {
                markDuplicates(roles, lines) { seen.insert($0, of: lines) }
            }
        }
    }

    /// `markDuplicates` with the seen-line table's insert: `false` for a line seen before.
    @inline(__always)
    private static func markDuplicates(_ roles: Roles, _ lines: Lines, insert: (Int) -> Bool) {
        for index in lines.indices {
            switch roles.kind(index) {
            case .text, .caption, .related, .byline, .embed:
                // a repeat right after a one-symbol path separator stays (tested only for repeats)
                if !insert(index), !(index > 0 && SymbolLine.isPathSeparator(lines.baseAddress! + index - 1, bar: false)) {
                    roles.set(index, .duplicate)
                }
            default: break
            }
        }
    }

    /// A duration or "Video" label, then the title, then (for labels) a description that restates the title;
    /// and the "(Published …)" note that closes a description.
    static func markVideoWidgets(_ roles: Roles, _ lines: Lines) {
        for index in lines.indices {
            let kind = roles.kind(index)
            if kind == .video {
                markVideoFollowers(from: index, roles, lines, describe: false)
            } else if kind.rawValue >= LineRole.Kind.advertisement.rawValue, VideoRule.mayBeVideoLabel(lines.baseAddress! + index),
                      VideoRule.isVideoLabel(lines[index]), index + 1 < lines.count,
                      roles.kind(index + 1) == .text, lines[index + 1].isTitleLike {
                roles.set(index, .video(nil))
                markVideoFollowers(from: index, roles, lines, describe: true)
            } else if lines[index].lastByte == UInt8(ascii: ")"),  // every "(Published …)" note closes the line
                      VideoRule.isPublishedNote(lines[index]) || (kind == .text && VideoRule.endsWithPublishedNote(lines[index])) {
                let noteOnly = VideoRule.isPublishedNote(lines[index])
                roles.set(index, noteOnly ? .furniture(.mediaLabel) : .videoText)
                var above = index - 1
                if noteOnly, above >= 0, roles.kind(above) == .text { roles.set(above, .videoText); above -= 1 }
                if above >= 0, roles.kind(above) == .text || roles.kind(above) == .duplicate, lines[above].isTitleLike {
                    roles.set(above, roles.kind(above) == .duplicate ? .videoText : .videoTitle)
                }
            }
        }
    }

    private static func markVideoFollowers(from index: Int, _ roles: Roles, _ lines: Lines, describe: Bool) {
        var next = index + 1
        guard next < lines.count, roles.kind(next) == .text, !lines[next].isParagraphLike || lines[next].isTitleLike else { return }
        roles.set(next, .videoTitle)
        let titleLine = next
        next += 1
        while next < lines.count, roles.kind(next) == .duplicate { next += 1 }
        guard describe, next < lines.count, roles.kind(next) == .text else { return }
        let title = VideoRule.contentWords(lines[titleLine].text)  // read only when a description may restate it
        if VideoRule.sharesContentWords(lines[next].text, with: title, atLeast: 3) { roles.set(next, .videoText) }
    }

    /// The short title of a newsletter box ("Breaking News Emails") sits right above its pitch.
    static func markNewsletterTitles(_ roles: Roles, _ lines: Lines) {
        // the neighbour's role first: it is the rarest condition and the cheapest to test
        for index in lines.indices.dropLast() where roles.kind(index + 1) == .newsletter && roles.kind(index) == .text
            && lines[index].words <= 5 && lines[index].isTitleLike {
            roles.set(index, .furniture(.newsletter))
        }
    }

    /// The text of an embedded post sits right above its signature line.
    static func markEmbeds(_ roles: Roles) {
        for index in roles.indices.dropFirst() where roles.kind(index) == .embed && roles.kind(index - 1) == .text {
            roles.set(index - 1, .embed)
        }
    }

    /// The index of the first role of kind `kind`, or `nil`: a pass that acts only at or next to such a role, and costs
    /// more per line than one byte compare, starts its walk there.
    static func firstIndex(of kind: LineRole.Kind, _ roles: Roles) -> Int? {
        let kinds = roles.kinds
        var index = 0
        while index < kinds.count {
            if kinds[index] == kind { return index }
            index &+= 1
        }
        return nil
    }
}
