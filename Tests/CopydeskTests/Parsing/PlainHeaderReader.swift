@testable import Copydesk

/// `HeaderReader` as it read the header before the thirteenth pass (markers, block and candidates in arrays, roles'
/// cases tested in place of kinds): the plain rule `ContextLayoutFastPathTests.headerReader` compares it with.
struct PlainHeaderReader {
    /// The page's lines and roles, read in place while the reader lives (inside `PageLayout.init`).
    let lines: UnsafeBufferPointer<TextLine>
    let roles: UnsafeBufferPointer<LineRole>
    /// The page the lines are read from.
    let page: LinePage

    func read(upTo end: Int) -> HeaderReader.Plan {
        let plan = read(upTo: end, markersBelow: end)
        // (twentieth pass) with no headline at the last cluster, the cluster before it
        guard plan.headline == nil, let start = plan.clusterStart, start > 0 else { return plan }
        let retry = read(upTo: end, markersBelow: start)
        return retry.headline == nil ? plan : retry
    }

    private func read(upTo end: Int, markersBelow: Int) -> HeaderReader.Plan {
        var plan = HeaderReader.Plan()
        let markers = (0..<markersBelow).filter { roles[$0].isMarker }
        var clusterStart = markers.last
        if var first = markers.last {
            for marker in markers.reversed() where first - marker <= 4 { first = marker }
            clusterStart = first
        }
        plan.clusterStart = clusterStart
        let aboveFrom = (clusterStart ?? end) - 1
        var block: [Int] = []
        var top = aboveFrom + 1
        var k = aboveFrom
        // (twenty-second pass) a lone "|" navigation line right above the cluster is stepped over, and no lone mark is a candidate
        if k > 0, roles[k].isFurniture(.navigation), HeaderReader.isLoneMark(lines[k]) { k -= 1 }
        while k >= 0 {
            if stops(roles[k]) || isMenuRepeat(k, over: aboveFrom) { break }  // (twenty-fifth pass) a repeated menu item
            if roles[k].isText && !HeaderReader.isLoneMark(lines[k]) && !HeaderReader.isIssuerLabel(lines[k], page) { block.insert(k, at: 0) }
            top = k
            k -= 1
        }
        plan.blockTop = top
        var candidates = block
        if let start = clusterStart {
            // below the last byline/date, text is header only while the headline is still to come
            let headlineAbove = block.contains { lines[$0].words >= 3 && lines[$0].lastByte != UInt8(ascii: ".") }
            let clusterEnd = markers.last ?? start
            for index in start..<end {
                if headlineAbove && index > clusterEnd { break }
                if roles[index].isMedia || stops(roles[index]) { break }
                if roles[index].isText && !HeaderReader.isLoneMark(lines[index]) && !HeaderReader.isIssuerLabel(lines[index], page)
                    && !HeaderReader.isBareNameOverButtons(index, lines, kind: { roles[$0].kind }, page) { candidates.append(index) }
            }
        }
        // (round 11) one-line trails and tag rows are no headline; the first names the section when none is read
        // (twenty-fifth pass) and "Home / A / B / <title>"
        let isTrail = { (index: Int) in lines[index].words >= 3 && (lines[index].words <= 16 && HeaderReader.trailSeparator(page.bytes(lines[index])) != 0
                                                                      || HeaderReader.isHomeSlashTrail(page.bytes(lines[index]))) }
        let trail = candidates.first(where: isTrail)
        candidates.removeAll(where: isTrail)
        assign(candidates, to: &plan)
        if plan.section == nil, let trail, let headline = plan.headline, trail < headline { plan.section = trail }
        if plan.section == nil, let headline = plan.headline, let trail = HeaderReader.homeTrailAbove(headline, lines: lines, page) { plan.section = trail }
        if let section = HeaderReader.repeatedSection(above: plan, lines: lines, isDuplicate: { roles[$0] == .duplicate }, isDate: { roles[$0].isDate },
                                                     isMenuOrText: { roles[$0].isText || roles[$0].isFurniture(.navigation) }, page) {
            plan.section = section
            plan.blockTop = min(plan.blockTop, section)
        }
        // (twenty-first pass) the first tag under "Filed under:" or "Topic" near the headline
        if plan.section == nil, let headline = plan.headline,
           let tag = HeaderReader.taggedSection(around: headline, upTo: end, lines: lines, isTagKind: {
               roles[$0].isText || roles[$0].isFurniture(.navigation) || roles[$0] == .duplicate }, page) {
            plan.section = tag
        }
        // (twenty-third pass) the last menu item right above the headline
        if let section = HeaderReader.menuEndSection(above: plan, lines: lines, isMenu: { HeaderReader.isMenuKind(roles[$0].kind) },
                                                    isMenuAbove: { HeaderReader.isMenuKind(roles[$0].kind) || roles[$0] == .duplicate },
                                                    isNote: { roles[$0].isDate || HeaderReader.isIssuerLabel(lines[$0], page) }, page) {
            plan.section = section
            plan.blockTop = min(plan.blockTop, section)
        }
        // (twenty-sixth pass) a place label in capitals over the headline that the dateline under it repeats
        if let place = HeaderReader.datelinePlaceSection(above: plan, upTo: end, lines: lines, isLabelKind: {
            HeaderReader.isMenuKind(roles[$0].kind) || roles[$0].isText }, isMarker: { roles[$0].isMarker }, page) {
            plan.section = place
        }
        // (twentieth pass) no byline anywhere above `end`, the cluster read at or not
        if plan.nameLine == nil, let clusterEnd = markers.last, plan.headline != nil,
           !(0..<end).contains(where: { if case .byline = roles[$0] { return true } else { return false } }) {
            // a bare name a line or two under the date ("Heard on Morning Edition", then "Greta Holm")
            for index in (clusterEnd + 1)..<min(end, clusterEnd + 4) where roles[index].isText || roles[index].isFurniture(.navigation) {
                let line = lines[index]
                if (2...4).contains(line.words), !line.endsLikeSentence, BylineRule.looksLikeName(page.text(line)), !BylineRule.isRole(page.text(line)),
                   !BylineRule.isButtonLabel(page.text(line)) {  // (nineteenth pass) no share button
                    plan.nameLine = index
                    break
                }
            }
        }
        // (twentieth pass) a one-sentence dek under the last marker with a picture or share buttons under it
        if let last = markers.last, plan.headline != nil, plan.standfirst.isEmpty,
           let dek = (last + 1..<max(last + 1, end)).first(where: { lines[$0].words > 0 }), roles[dek].isText, lines[dek].words >= 6,
           lines[dek].endsLikeSentence || lines[dek].words >= 8, let next = (dek + 1..<end).first(where: { lines[$0].words > 0 }),
           lines[dek].endsLikeSentence ? roles[next].isFurniture(.share) || roles[next].isMedia
                                       : roles[next].kind == .caption && lines[next].words >= 6 {  // (round 15) a dek with no stop
            plan.standfirst.append(dek)
        }
        // a job title right under the bare name ("Cost of living correspondent")
        if let name = plan.nameLine, name + 1 < end, roles[name + 1].isText, (2...6).contains(lines[name + 1].words),
           !lines[name + 1].endsLikeSentence, BylineRule.isRole(page.text(lines[name + 1])) {
            plan.nameRole = name + 1
        }
        for index in plan.blockTop..<end {
            switch roles[index] {
            case .byline where plan.byline == nil || HeaderReader.namesAgencyOnly(roles[plan.byline!]) && !HeaderReader.namesAgencyOnly(roles[index]):
                plan.byline = index
            case .date where plan.published == nil: plan.published = index
            case .date(let match) where plan.updated == nil && match.labelledUpdate: plan.updated = index
            case .date where plan.updated == nil && (HeaderReader.labelsFirstPublication(page.bytes(lines[index]))
                                                     || HeaderReader.isUpdate(roles[plan.published!]) && !HeaderReader.isUpdate(roles[index])):
                // (nineteenth pass) "First published on …" under the update, or a date under "Updated …": that is the publication
                plan.updated = plan.published
                plan.published = index
            case .bullet: plan.standfirst.append(index)
            default: break
            }
        }
        // (nineteenth pass) a date above the headline gives way to one in the cluster under it
        if let published = plan.published, let start = clusterStart, let last = markers.last, let headline = plan.headline,
           published < headline, headline < start, let near = (start...last).first(where: { if case .date = roles[$0] { return $0 != plan.updated } else { return false } }) {
            plan.published = near
        } else if let published = plan.published, let headline = plan.headline, published < headline,
                  let near = ((headline + 1)..<min(headline + 3, end)).first(where: { roles[$0].isDate && $0 != plan.updated }) {
            plan.published = near  // (round 11) the date right under the headline over a clock line above it
        }
        plan.standfirst.sort()
        return plan
    }

    private func stops(_ role: LineRole) -> Bool {
        switch role {
        case .furniture(let reason):
            switch reason {
            case .navigation, .list, .footer, .copyright, .newsletter, .embed: return true
            default: return false
            }
        case .listItem, .embed, .related, .printEdition: return true
        default: return false
        }
    }

    /// True for a label of two or more words with a later word in lower case that is no joining word ("Climate crisis").
    private static func isSeriesName(_ text: Substring) -> Bool {
        let joining: Set<String> = ["and", "of", "the", "for", "in", "on", "to", "a", "at", "de"]
        return text.split(separator: " ").dropFirst().contains { word in
            word.first.map { $0 >= "a" && $0 <= "z" } == true && !joining.contains(word.lowercased())
        }
    }

    /// Section label, headline, then standfirst lines or a line of names.
    private func assign(_ candidates: [Int], to plan: inout HeaderReader.Plan) {
        var rest = candidates[...]
        if rest.count >= 2, let first = rest.first, lines[first].words <= 4 && !lines[first].endsLikeSentence
            && (lines[rest[rest.startIndex + 1]].words > lines[first].words
                && (!lines[rest[rest.startIndex + 1]].endsLikeSentence || lines[first].words == 1
                    || HeaderReader.isStoppedTitle(lines[rest[rest.startIndex + 1]], under: lines[first], page))  // (twenty-second pass)
                || candidates.map({ Int32($0) }).withUnsafeBufferPointer({ HeaderReader.isDeeperLabel($0, lines) }))
            && !HeaderReader.isMarkedKicker(lines[first], page)
            && !(lines[first].words >= 3 && trailEndsAbove(first) && !HeaderReader.joinsTwoTopics(lines[first], page))  // (twenty-fifth pass)
            || HeaderReader.isPlaceList(lines[first], over: lines[rest[rest.startIndex + 1]], page) {  // (twenty-second pass)
            // a short label above a longer title; when the longer line is a full sentence the short one is the headline
            var trail = [first]
            rest = rest.dropFirst()
            // a breadcrumb trail: each further short label over a much longer line is a deeper level
            while rest.count >= 2, let label = rest.first, lines[label].words <= 3, !lines[label].endsLikeSentence,
                  lines[rest[rest.startIndex + 1]].words >= lines[label].words + 3 {
                trail.append(label)
                rest = rest.dropFirst()
            }
            // (twentieth pass) the deepest level names the section, but not a bare "News" nor a series name in sentence case
            while trail.count > 1, let last = trail.last, case let text = page.text(lines[last]),
                  text.lowercased() == "news" || Self.isSeriesName(text) {
                trail.removeLast()
            }
            plan.section = trail.last
        }
        // (nineteenth pass) with no line free of a final stop, a title-case line is the headline
        var found = rest.firstIndex(where: { lines[$0].words >= 2 && lines[$0].lastByte != UInt8(ascii: ".") })
                ?? rest.firstIndex(where: { lines[$0].words >= 4 && HeaderReader.isTitleCase(page.text(lines[$0])) })
                ?? (plan.section != nil && rest.first.map({ lines[$0].words >= 5 }) == true ? rest.startIndex : nil)  // (twentieth pass)
        if stoppedHeadline(rest, picked: found ?? rest.endIndex, plan) { found = rest.startIndex }  // (twenty-first pass)
        guard var headline = found else { return }
        // a kicker: three words at most, no sentence, over two title-like lines of five words or more; (nineteenth pass)
        // or one its punctuation marks ("DRY SPELL —"), which names no section
        let below = rest[(headline + 1)...].prefix(2)
        if headline + 1 < rest.endIndex, HeaderReader.isMarkedKicker(lines[rest[headline]], page) {
            headline += 1
        } else if lines[rest[headline]].words <= 3, !lines[rest[headline]].endsLikeSentence, below.count == 2,
           below.allSatisfy({ lines[$0].words >= 5 && lines[$0].lastByte != UInt8(ascii: ".") }) {
            if plan.section == nil { plan.section = rest[headline] }
            headline += 1
        }
        plan.headline = rest[headline]
        for index in rest[(headline + 1)...] {
            let line = lines[index]
            if plan.byline == nil, plan.nameLine == nil, line.words >= 2, line.words <= 6, !line.endsLikeSentence,
               BylineRule.looksLikeName(BylineRule.beforePlace(page.text(line))) || BylineRule.isNamePair(page.text(line)),
               !BylineRule.isRole(page.text(line)),
               !BylineRule.isButtonLabel(page.text(line)) {
                plan.nameLine = index
            } else if line.words == 1 && BylineRule.jobWords.contains(page.text(line).lowercased())
                        || (2...4).contains(line.words) && page.text(line).spaceWords.contains(where: { BylineRule.jobWords.contains($0.lowercased())
                || BylineRule.jobWords.contains($0.dropLast().lowercased()) }) {
                continue  // "Staff Writers", "Showbiz Reporter": the byline's job title, not a section
            } else if line.words <= 4 && !line.endsLikeSentence && plan.section == nil && index < plan.clusterStart ?? Int.max
                        && !HeaderReader.isMarkedKicker(line, page)
                        && !(index + 1 < lines.count && roles[index + 1].isDate && HeaderReader.isCapitals(page.bytes(line)))
                        && HeaderReader.mayNameSection(page.bytes(line)) {
                plan.section = index
            } else if line.words >= 5 && !(index + 1 < lines.count && roles[index + 1].kind == .video && lines[index + 1].hasDigit) {
                plan.standfirst.append(index)
            }
        }
    }

    /// (twenty-first pass) A capitalised title of five to thirty words ending with a stop, over its dek or its writers'
    /// names, is the headline rather than `picked` (the names right above the cluster, a name pair, a credit or a role).
    private func stoppedHeadline(_ rest: ArraySlice<Int>, picked: Int, _ plan: HeaderReader.Plan) -> Bool {
        let first = rest.startIndex
        guard picked > first, first + 1 < rest.endIndex else { return false }
        let title = lines[rest[first]]
        let text = page.text(title)
        guard text.hasSuffix("."), (5...30).contains(title.words), !text.contains("\""), !text.contains("“"), !text.contains("”"),
              let opening = text.unicodeScalars.first, ("A"..."Z").contains(opening) || opening.value >= 0x80 else { return false }
        let next = lines[rest[first + 1]]
        guard next.endsLikeSentence && next.words >= 5 || first + 1 == picked else { return false }
        guard picked < rest.endIndex else { return true }
        let index = rest[picked]
        let named = page.text(lines[index])
        let overRole = index + 1 < lines.count && lines[index + 1].words >= 2 && BylineRule.isRole(page.text(lines[index + 1]))
        if BylineRule.isNamePair(named) || (index + 1 == plan.clusterStart || overRole) && lines[index].words <= 6 && BylineRule.looksLikeName(named) {
            return true
        }
        return next.endsLikeSentence && (named.contains("/") || BylineRule.isRole(named))
    }
}
