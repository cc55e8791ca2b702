/// Reads the lines above the body: section, headline, standfirst, byline and dates.
///
/// The headline stands next to the last cluster of byline/date lines before the body: the block of
/// text lines right above that cluster (up to menus or lists) plus the text lines inside and below it
/// are, in order, an optional short section label, the headline, then standfirst lines or a byline.
/// Without any byline or date the block right above the body is read the same way.
struct HeaderReader {
    /// The page's lines and roles, read in place while the reader lives (inside `PageLayout.init`).
    let lines: UnsafeBufferPointer<TextLine>
    let roles: UnsafeBufferPointer<LineRole>
    /// The roles' kinds (`RoleTable.kinds`): the reader tests these, and reads a role only for a date's payload.
    let kinds: UnsafeBufferPointer<LineRole.Kind>

    /// The header plan of the lines above `end`, read from `page`.
    func read(upTo end: Int, _ page: LinePage) -> Plan {
        // the candidate lines in scratch storage (32-bit indices: no array made, grown or released per page)
        precondition(end <= Int(Int32.max), "a page holds fewer than 2^31 lines")
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(end, 1)) { storage in
            let plan = read(upTo: end, markersBelow: end, into: storage, page)
            // the last byline cut off from the headline by a list or menu ("45", "shares" between): read the header at
            // the cluster before it, which still takes that byline
            guard plan.headline == nil, let start = plan.clusterStart, start > 0 else { return plan }
            let retry = read(upTo: end, markersBelow: start, into: storage, page)
            return retry.headline == nil ? plan : retry
        }
    }

    /// `read(upTo:)` with the cluster taken among the markers above `markersBelow`, and room for the candidate lines in
    /// `storage` (at least `end` slots).
    private func read(upTo end: Int, markersBelow: Int, into storage: UnsafeMutableBufferPointer<Int32>, _ page: LinePage) -> Plan {
        var plan = Plan()
        // the last byline/date above `markersBelow`, and the first of its cluster (markers at most four lines apart)
        var lastMarker: Int?
        var k = markersBelow - 1
        while k >= 0 { if kinds[k].isMarker { lastMarker = k; break }; k -= 1 }
        var clusterStart = lastMarker
        if let last = lastMarker {
            var first = last
            k = last - 1
            while k >= 0, first - k <= 4 { if kinds[k].isMarker { first = k }; k -= 1 }
            clusterStart = first
        }
        plan.clusterStart = clusterStart
        let aboveFrom = (clusterStart ?? end) - 1
        var top = aboveFrom + 1
        k = aboveFrom
        if k > 0, kinds[k] == .navigation, Self.isLoneMark(lines[k]) { k -= 1 }  // "|" between the name and the date
        while k >= 0, !stops(k), !isMenuRepeat(k, over: aboveFrom) { top = k; k -= 1 }
        plan.blockTop = top
        // the block's text lines, then the text lines inside and below the cluster
        var count = 0
        var headlineAbove = false
        for index in top..<(aboveFrom + 1) where kinds[index] == .text && !isNoCandidate(index, page) {
            storage[count] = Int32(truncatingIfNeeded: index); count &+= 1
            if lines[index].words >= 3 && lines[index].lastByte != UInt8(ascii: ".") { headlineAbove = true }
        }
        if let start = clusterStart, let clusterEnd = lastMarker {
            // below the last byline/date, text is header only while the headline is still to come
            for index in start..<end {
                if headlineAbove && index > clusterEnd { break }
                if Self.isMedia(kinds[index]) || stops(index) { break }
                if kinds[index] == .text && !isNoCandidate(index, page) && !Self.isBareNameOverButtons(index, lines, kind: { kinds[$0] }, page) {
                    storage[count] = Int32(truncatingIfNeeded: index); count &+= 1  // (a writer's bare name is read as the name line)
                }
            }
        }
        let (kept, trail) = Self.droppingTrails(storage, count: count, lines, page)
        assign(UnsafeBufferPointer(rebasing: storage[..<kept]), to: &plan, page)
        if plan.section == nil, let trail, plan.headline.map({ trail < $0 }) == true { plan.section = trail }  // "Home - News - X"
        if plan.section == nil, let headline = plan.headline, let trail = Self.homeTrailAbove(headline, lines: lines, page) { plan.section = trail }
        if let section = Self.repeatedSection(above: plan, lines: lines, isDuplicate: { kinds[$0] == .duplicate }, isDate: { kinds[$0] == .date },
                                                 isMenuOrText: { kinds[$0] == .text || kinds[$0] == .navigation }, page) {
            plan.section = section
            plan.blockTop = min(plan.blockTop, section)
        }
        if plan.section == nil, let headline = plan.headline, let tag = Self.taggedSection(around: headline, upTo: end, lines: lines,
                                                                                     isTagKind: { kinds[$0] == .text || kinds[$0] == .navigation || kinds[$0] == .duplicate }, page) {
            plan.section = tag  // "Filed under:", then the first tag
        }
        if let section = Self.menuEndSection(above: plan, lines: lines, isMenu: { Self.isMenuKind(kinds[$0]) },
                                             isMenuAbove: { Self.isMenuKind(kinds[$0]) || kinds[$0] == .duplicate },
                                             isNote: { kinds[$0] == .date || Self.isIssuerLabel(lines[$0], page) }, page) {
            plan.section = section
            plan.blockTop = min(plan.blockTop, section)
        }
        if let place = Self.datelinePlaceSection(above: plan, upTo: end, lines: lines, isLabelKind: { Self.isMenuKind(kinds[$0]) || kinds[$0] == .text },
                                                 isMarker: { kinds[$0].isMarker }, page) {
            plan.section = place  // "ISTANBUL" over the headline, "ISTANBUL Jun 03, 2025" under it
        }
        if plan.nameLine == nil, let clusterEnd = lastMarker, plan.headline != nil, !(0..<end).contains(where: { kinds[$0] == .byline }) {
            plan.nameLine = bareName(under: clusterEnd, upTo: end, page)
        }
        if let name = plan.nameLine { plan.nameRole = roleLine(under: name, upTo: end, page) }
        if plan.standfirst.isEmpty, plan.headline != nil, let clusterEnd = lastMarker, let dek = dekUnder(clusterEnd, upTo: end) {
            plan.standfirst.append(dek)
        }
        markers(upTo: end, into: &plan, page)
        if let byline = plan.byline { plan.moreBylines = bylines(under: byline, upTo: end, page) }
        if let published = plan.published, let start = clusterStart, let last = lastMarker, let headline = plan.headline,
           published < headline, headline < start, let near = (start...last).first(where: { kinds[$0] == .date && $0 != plan.updated }) {
            plan.published = near  // the site header's date of the day above the headline; the article's own under it
        } else if let near = Self.dateRightUnder(plan, upTo: end, kinds: kinds) { plan.published = near }
        if plan.standfirst.count > 1 { plan.standfirst.sort() }
        return plan
    }
}
