/// Refines line roles by looking at neighbours: repeated lines, captions above a credit line,
/// video widgets, lists under a list header, newsletter boxes, navigation runs, embedded posts
/// and unlabelled bylines next to a date. Every pass is a single walk over the lines.
enum ContextRules {
    /// The lines, read in place (a `TextLine` read through the buffer is borrowed, never copied).
    typealias Lines = UnsafeBufferPointer<TextLine>
    /// The roles, read and rewritten in place, with their kinds.
    typealias Roles = RoleTable

    /// Every pass, in order, for the lines of `page` (`TextLine.lines(in:)`, as the parser splits them): each line's
    /// bytes and text are read there.
    static func apply(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        // a pass that acts only at or next to a kind the page never had is skipped (`RoleTable.mayHold`)
        markDuplicates(roles, lines, page)
        if roles.mayHold(.byline) { markAgencyCredits(roles, lines, page); markOutletCredits(roles, lines, page) }
        if roles.mayHold(.mediaLabel) { markLabelledPictureBlocks(roles, lines, page) }
        if roles.mayHold(.credit) { markCaptionsAboveCredits(roles, lines, page) }
        if roles.mayHold(.credit) { markReservedCaptions(roles, lines, page) }
        markStackedCredits(roles, lines, page)
        markBracketCreditCaptions(roles, lines, page)
        markTailCreditCaptions(roles, lines, page)  // (round 15)
        markPullQuotes(roles, lines, page)
        markForOutletCredits(roles, lines, page)
        if roles.mayHold(.caption) { markFullerCredits(roles, lines, page) }
        if roles.mayHold(.share) { markOverlayButtonCaptions(roles, lines, page) }
        if roles.mayHold(.share) || roles.mayHold(.mediaLabel) { markButtonCredits(roles, lines, page) }
        markEmailCredits(roles, lines, page)
        markContactLines(roles, lines, page)
        markVideoWidgets(roles, lines, page)
        if roles.mayHold(.mediaLabel) { markPlayerLinks(roles, lines, page) }
        if roles.mayHold(.list) { markLists(roles, lines, page) }
        if roles.mayHold(.bullet) { markBulletLinks(roles, lines) }
        markCards(roles, lines, page)
        if roles.mayHold(.promo) { markPromoHeaderLinks(roles, lines, page) }
        markLinkCards(roles, lines, page)
        markSplitBylines(roles, lines, page)
        markNavigationRuns(roles, lines, page)
        if roles.mayHold(.newsletter) { markNewsletterTitles(roles, lines, page) }
        markAppeals(roles, lines, page)
        markSponsorBoxes(roles, lines, page)
        if roles.mayHold(.share) { markComments(roles, lines, page); markShareRowLetters(roles, lines, page) }
        if roles.mayHold(.embed) { markEmbeds(roles) }
        if roles.mayHold(.date) { markNamesNextToDates(roles, lines, page) }
    }

    /// Text lines repeated verbatim (gallery captions, doubled headlines, video titles), their bytes compared in the
    /// page at their offsets.
    static func markDuplicates(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        guard lines.count <= SeenLineTable.maxCapacity else {  // a page too long for the scratch table's slots
            var seen = SeenLines(capacity: lines.count)
            markDuplicates(roles, lines, page) { seen.insert($0, of: lines, page) }
            return
        }
        SeenLineTable.with(capacity: lines.count) { seen in
            markDuplicates(roles, lines, page) { seen.insert($0, of: lines, in: page.utf8) }
        }
    }

    /// `markDuplicates` with the seen-line table's insert: `false` for a line seen before.
    @inline(__always)
    private static func markDuplicates(_ roles: Roles, _ lines: Lines, _ page: LinePage, insert: (Int) -> Bool) {
        for index in lines.indices {
            switch roles.kind(index) {
            case .text, .caption, .related, .byline, .embed:
                // a repeat right after a one-symbol path separator stays (tested only for repeats)
                if !insert(index), !(index > 0 && SymbolLine.isPathSeparator(lines.baseAddress! + index - 1, page, bar: false)) {
                    roles.set(index, .duplicate)
                }
            default: break
            }
        }
    }

    /// The short title of a newsletter box ("Breaking News Emails") sits right above its pitch; a short pitch between the
    /// box's heading and its button is the box's too.
    static func markNewsletterTitles(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        // the neighbour's role first: it is the rarest condition and the cheapest to test
        for index in lines.indices.dropLast() where roles.kind(index + 1) == .newsletter && roles.kind(index) == .text
            && lines[index].words <= 5 && lines[index].isTitleLike(in: page) {
            roles.set(index, .furniture(.newsletter))
        }
        // "Get Today's Headlines in your inbox:", "The day's top stories delivered every morning.", "Sign Up": the pitch
        // (up to 24 words: "Receive the best of …, every day, in your in-box, plus occasional alerts …", "Enter your e-mail address")
        for index in lines.indices.dropFirst().dropLast() where roles.kind(index) == .text && roles.kind(index - 1) == .newsletter
            && lines[index].words <= 24 && (roles.kind(index + 1) == .promo || roles.kind(index + 1) == .newsletter) {
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
