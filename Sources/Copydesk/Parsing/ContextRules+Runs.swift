/// Context rules over runs of lines: lists under a list header, and navigation menus.
extension ContextRules {
    /// Under "Most Popular", "Related", "More:" …: the following title lines are list items, up to a
    /// paragraph, another kind of line, or a line followed by a byline or date (that one is a headline). A header
    /// between paragraphs over one or two titles is an in-article promo instead (`markInlinePromo`).
    static func markLists(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        // before the first list header no list is open and nothing is marked: the walk starts at it
        guard let start = firstIndex(of: .list, roles) else { return }
        var inList = false
        for index in start..<lines.count {
            switch roles.kind(index) {
            case .list:
                inList = !markInlinePromo(at: index, roles, lines, page)
            case .text, .duplicate, .related:
                guard inList else { continue }
                // a blank line after a run of items printed line by line ends the list ("Go Public", blank, "Manitoba")
                if endsAtBlank(index, lines) { inList = false; continue }
                if lines[index].isParagraphLike && !ByteSearch.hasSuffix(page.bytes(lines[index]), "...")
                    && !ByteSearch.hasSuffix(page.bytes(lines[index]), "…") && !isSentenceTitle(index, roles, lines) {
                    inList = false
                    continue
                }
                if index + 1 < lines.count, roles.kind(index + 1).isMarker { inList = false; continue }
                if endsAtHeadline(index, roles, lines) || isSubheadingAfterItems(index, roles, lines) { inList = false; continue }
                roles.set(index, .listItem)
            case .advertisement, .share, .mediaLabel, .promo:
                continue
            default:
                inList = false
            }
        }
    }

    /// True for the first item under a list header that ends like a sentence ("Related Articles", then "Denver weather:
    /// How much snow fell in your neighborhood?") when no more than twenty words long and followed by an item that reads
    /// as a title; and for a later item of as many words that asks a question ("The Inflation Reduction Act was supposed
    /// to help coal communities. Did it?") over a line that is no paragraph (an item, its author's name).
    static func isSentenceTitle(_ index: Int, _ roles: Roles, _ lines: Lines) -> Bool {
        guard index > 0, lines[index].words <= 20, index + 1 < lines.count, roles.kind(index + 1) == .text,
              !lines[index + 1].isParagraphLike else { return false }
        if roles.kind(index - 1) == .list { return lines[index + 1].words >= 4 }
        return roles.kind(index - 1) == .listItem && lines[index].lastByte == UInt8(ascii: "?")
    }

    /// True for a title-long line with a byline or date two or three lines under it (a bare name between): the
    /// headline under a list, which ends it.
    @inline(__always)
    static func endsAtHeadline(_ index: Int, _ roles: Roles, _ lines: Lines) -> Bool {
        lines[index].words >= 6 && index + 2 < lines.count
            && (index + 2..<min(lines.count, index + 4)).contains(where: { roles.kind($0).isMarker })
    }

    /// True when a blank line stands before line `index` and none between the two lines before it, both of the list.
    @inline(__always)
    static func endsAtBlank(_ index: Int, _ lines: Lines) -> Bool {
        index >= 2 && lines[index].number > lines[index - 1].number + 1 && lines[index - 1].number == lines[index - 2].number + 1
    }

    /// Three or more short lines in a row (menus, breadcrumbs, tag lists) are navigation. The line after a
    /// breadcrumb separator ("/") stays, and so does a last line of three words or more that a byline or date follows.
    static func markNavigationRuns(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        // the open run's text (and short byline) lines, in scratch storage: no array grown or released per article
        // (32-bit indices: a page of up to 256 lines keeps them on the stack)
        precondition(lines.count <= Int(Int32.max), "a page holds fewer than 2^31 lines")
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(lines.count, 1)) { run in
            var count = 0
            var members = 0
            for index in lines.indices {
                switch roles.kind(index) {
                case .text where lines[index].words <= 4 && !lines[index].endsLikeSentence,
                     .byline where isShortByline(roles[index]) && !opensWithBy(page.bytes(lines[index])):
                    run[count] = Int32(truncatingIfNeeded: index); count &+= 1; members &+= 1
                case .navigation, .list, .footer, .listItem:
                    members &+= 1
                case .advertisement, .promo, .mediaLabel, .separator, .share, .duplicate:
                    continue
                default:
                    if members > 0 || count > 0 {  // an empty run closes to nothing
                        closeNavigationRun(UnsafeBufferPointer(rebasing: run[..<count]), members: members, roles, lines, page)
                        count = 0; members = 0
                    }
                }
            }
            closeNavigationRun(UnsafeBufferPointer(rebasing: run[..<count]), members: members, roles, lines, page)
        }
    }

    /// Marks the lines of a closed run (`run`, in order, of `members` navigation-like lines) as navigation when the
    /// run is long enough.
    private static func closeNavigationRun(_ run: UnsafeBufferPointer<Int32>, members: Int, _ roles: Roles, _ lines: Lines,
                                           _ page: LinePage) {
        guard members >= 3 && run.count >= 2, !isWriterBlock(run, members: members, roles, lines, page) else { return }
        let last = Int(run[run.count - 1])
        for index in run.lazy.map({ Int($0) }) where roles.kind(index) == .text || roles.kind(index) == .byline && isShortByline(roles[index]) {
            if index > 0, roles.kind(index - 1) == .navigation, lines[index - 1].words == 1,
               SymbolLine.isPathSeparator(lines.baseAddress! + index - 1, page, bar: true) { continue }
            if index == last, lines[index].words >= 3, markerFollows(index, roles) { continue }
            if index == last, lines[index].words >= 2, isHeadlineWithMarker(index + 1, roles, lines) { continue }  // the kicker
            roles.set(index, .furniture(.navigation))
        }
    }

    /// A title line (five words or more, not a sentence) that a byline or date follows: a headline.
    static func isHeadlineWithMarker(_ index: Int, _ roles: Roles, _ lines: Lines) -> Bool {
        guard index < lines.count, roles.kind(index) == .text, lines[index].words >= 5, !lines[index].endsLikeSentence else { return false }
        return markerFollows(index, roles)
    }

    /// True for a line opening with "By " (capitals folded): a byline its own word marks, never a menu item.
    static func opensWithBy(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count > 3 && FoldedBytes.equal(bytes, at: 0, "by ")
    }

    static func isShortByline(_ role: LineRole) -> Bool {
        if case .byline(let match) = role { return match.date == nil && match.names.count == 1 && match.names[0].role == nil }
        return false
    }

    static func markerFollows(_ index: Int, _ roles: Roles) -> Bool {
        var next = index + 1
        var seen = 0
        while next < roles.count, seen < 3 {
            if roles.kind(next).isMarker { return true }
            next += 1; seen += 1
        }
        return false
    }
}
