/// How the header block's text lines are assigned: section, headline, standfirst, a bare name.
extension HeaderReader {
    /// Section label, headline, then standfirst lines or a line of names, from `candidates` (line indices, in order).
    func assign(_ candidates: UnsafeBufferPointer<Int32>, to plan: inout Plan, _ page: LinePage) {
        let base = lines.baseAddress!
        var position = 0
        if candidates.count >= 2 {
            let first = base + Int(candidates[0]), second = base + Int(candidates[1])
            // ("Irish News" over "Health" over the title: a deeper label may be the shorter one)
            let label = first.pointee.words <= 4 && !first.pointee.endsLikeSentence && (second.pointee.words > first.pointee.words
                && (!second.pointee.endsLikeSentence || first.pointee.words == 1 || Self.isStoppedTitle(second.pointee, under: first.pointee, page))
                || Self.isDeeperLabel(candidates, lines)) && !Self.isMarkedKicker(first.pointee, page)
                && !(first.pointee.words >= 3 && trailEndsAbove(Int(candidates[0]), page) && !Self.joinsTwoTopics(first.pointee, page))  // "Home", "Reviews", "Laptops", the title
            if label || Self.isPlaceList(first.pointee, over: second.pointee, page) {
                // a short label above a longer title; when the longer line is a full sentence the short one is the headline
                position = Self.pastBreadcrumbs(candidates, from: 1, lines)
                plan.section = Int(candidates[Self.deepestLevel(candidates, upTo: position, lines, page)])
            }
        }
        let first = position
        while position < candidates.count {
            let line = base + Int(candidates[position])
            if line.pointee.words >= 2 && line.pointee.lastByte != UInt8(ascii: ".") { break }
            position += 1
        }
        // "Workers … Voted to Unionize. That’s a Bigger Deal Than It Sounds.": a title-case headline may end with a stop
        if position == candidates.count, let title = Self.firstTitleCase(candidates, from: first, lines, page) { position = title }
        // "Public Education" over "Texas will spend $1.2 billion … upgrades. Some districts say …": under a section label,
        // a headline in sentence case may end with a stop too
        if position == candidates.count, plan.section != nil, first < candidates.count, lines[Int(candidates[first])].words >= 5 {
            position = first
        }
        if Self.isStoppedHeadline(candidates, first: first, picked: position, clusterStart: plan.clusterStart, lines, page) {
            position = first  // a title of two sentences over its dek or its writers' names
        }
        guard position < candidates.count else { return }
        if position + 1 < candidates.count, Self.isMarkedKicker(base[Int(candidates[position])], page) {
            position += 1  // "DRY SPELL —", "'HE WAS OUR WORLD'" over the headline: neither headline nor section
        } else if isKicker(candidates, at: position) {
            // a series label over the title ("Climate crisis" above the headline and its standfirst)
            if plan.section == nil { plan.section = Int(candidates[position]) }
            position += 1
        }
        plan.headline = Int(candidates[position])
        for next in (position + 1)..<candidates.count {
            let index = Int(candidates[next])
            let line = base + index
            let words = line.pointee.words
            if plan.byline == nil, plan.nameLine == nil, words >= 2, words <= 6, !line.pointee.endsLikeSentence,
               BylineRule.looksLikeName(BylineRule.beforePlace(page.text(line.pointee))) || words >= 5 && BylineRule.isNamePair(page.text(line.pointee)),
               !BylineRule.isRole(page.text(line.pointee)),
               !BylineRule.isButtonLabel(page.text(line.pointee)) {
                plan.nameLine = index
            } else if words == 1 && BylineRule.jobWords.contains(page.text(line.pointee).lowercased())
                        || (2...4).contains(words) && page.text(line.pointee).spaceWords.contains(where: {
                            BylineRule.jobWords.contains($0.lowercased()) || BylineRule.jobWords.contains($0.dropLast().lowercased()) }) {
                continue  // "Reporter" (not "Columnists"), "Staff Writers", "Showbiz Reporter": the byline's job title, not a section
            } else if words <= 4 && !line.pointee.endsLikeSentence && plan.section == nil && index < plan.clusterStart ?? Int.max
                        && !Self.isMarkedKicker(line.pointee, page) && !isDatelineOverDate(index, page)
                        && Self.mayNameSection(page.bytes(line.pointee)) {
                plan.section = index
            } else if words >= 5 && !isOverDuration(index) {  // a video's title over its "02:31" is no dek
                plan.standfirst.append(index)
            }
        }
    }

    /// True when the line right under `index` is a video player's duration ("02:31"): `index` is the video's title.
    func isOverDuration(_ index: Int) -> Bool {
        index &+ 1 < kinds.count && kinds[index &+ 1] == .video && lines[index &+ 1].hasDigit
    }
}
