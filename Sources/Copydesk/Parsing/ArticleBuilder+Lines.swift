/// The one walk over the lines: each line's role and zone decide its outcome.
extension ArticleBuilder {
    /// Takes every line of `lines`, in order (`take(_:lines:text:roles:layout:named:)` for each index, inlined in one loop).
    /// The discarded entries go straight into storage with room for one per line (`withDiscardStorage`); a header line
    /// is handed to `takeHeader` only when the plan names it (`namedLineBits`; lines from 256 on are all handed over).
    mutating func takeAll(lines: UnsafeBufferPointer<TextLine>, text: UnsafeBufferPointer<UInt8>, roles: RoleTable, layout: PageLayout) {
        let named = layout.header.namedLineBits
        withDiscardStorage(lines: lines.count) { builder in
            for index in lines.indices { builder.take(index, lines: lines, text: text, roles: roles, layout: layout, named: named) }
        }
        // "© Thomas Samson, AFP", "File photo: AFP", "- Copyright REUTERS/…": the credit without its lead
        for index in article.media.indices {
            if let credit = article.media[index].credit, let cleaned = CaptionRule.droppingCreditLead(credit) { article.media[index].credit = cleaned }
            // "… on Tuesday. | Photo Credit: Name": no bar closes the caption
            if let caption = article.media[index].caption, caption.utf8.last == UInt8(ascii: "|") {
                article.media[index].caption = String(caption.dropLast().trimmedSpace)
            }
        }
    }

    /// Takes line `index` of `lines`, whose role is `roles[index]`: both are read in place (the role's kind decides
    /// the case; a payload is read only where one is used), so neither is copied.
    /// `text` is the UTF-8 of the string the lines were split from (their text is copied from it).
    @inline(__always)
    mutating func take(_ index: Int, lines: UnsafeBufferPointer<TextLine>, text: UnsafeBufferPointer<UInt8>, roles: RoleTable,
                       layout: PageLayout, named: SIMD4<UInt64>) {
        let zone = layout.zone(of: index)
        let line = lines.baseAddress! + index  // read through the pointer: the line is not copied for each call
        if zone == .header, index >= 256 || named[index &>> 6] & (1 &<< UInt64(index & 63)) != 0,
           takeHeader(index, line: line, text: text, roles: roles, plan: layout.header) { return }
        if index == layout.standfirstInBody || layout.summary.contains(index) { addStandfirst(TextLine.string(at: line, in: text)); return }
        if index + 1 == layout.summary.lowerBound, roles.kind(index) == .text { discard(line.pointee, .label); return }
        switch roles.kind(index) {
        case .caption, .credit, .captionText, .video, .videoTitle:
            addMedia(roles, at: line, index: index)
        case .printEdition:
            if case .printEdition(let note) = roles[index] { setPrintEdition(note, from: lines[index]) }
        case .credits:
            if case .credits(let names) = roles[index] { addCredits(names, from: lines[index]) }
        case .related where zone == .body:
            if case .related(let title) = roles[index] { addRelated(title) }
        case .bullet where zone == .body:
            if case .bullet(let text) = roles[index] { addBody(.listItem, text) }
        case .text where zone == .body:
            let first = line.pointee.firstLowerByte  // most lines open with no list marker: no look at their neighbours
            if first == UInt8(ascii: "-") || first == UInt8(ascii: "*"), let item = Self.asciiListItem(index, lines: lines, text: text) {
                addBody(.listItem, item)
            } else {
                takeBodyText(line, text: text, next: Self.nextLine(after: index, lines: lines, roles: roles), previous: index > 0 ? line - 1 : nil,
                             previousLink: index > 0 && Self.mayLeadHeading(roles, lines, index - 1))
            }
        case .byline where zone == .trailer && article.byline.isEmpty && index <= layout.bodyEnd + 4:
            if case .byline(let match) = roles[index] { setByline(match, from: lines[index]) }  // "Date …", "Author …" under the article
        case .date where zone == .trailer && publishedIsUpdate && index <= layout.bodyEnd + 4 && Self.isPublication(roles[index])
                && !Self.listOpens(after: layout.bodyEnd, before: index, roles, lines):
            if case .date(let match) = roles[index] { setFirstPublished(match) }
        case .date where zone == .trailer && article.published == nil && index <= layout.bodyEnd + 4
                && !Self.listOpens(after: layout.bodyEnd, before: index, roles, lines):
            if case .date(let match) = roles[index] { setDate(match, from: lines[index], asUpdate: false) }
        default:
            discard(at: line, text: text, Self.reason(for: roles, index, line: line, zone: zone, beforeHeadline: index < layout.header.blockTop))
        }
    }

    /// Header lines the plan names; `false` when the line falls through to the common handling.
    private mutating func takeHeader(_ index: Int, line: UnsafePointer<TextLine>, text: UnsafeBufferPointer<UInt8>, roles: RoleTable,
                                     plan: HeaderReader.Plan) -> Bool {
        if index == plan.headline { setHeadline(TextLine.string(at: line, in: text)); return true }
        if index == plan.section { setSection(TextLine.string(at: line, in: text), from: line.pointee); return true }
        if plan.isStandfirst(index) {
            if case .bullet(let text) = roles[index] { addStandfirst(text) } else { addStandfirst(TextLine.string(at: line, in: text)) }
            return true
        }
        if index == plan.nameLine {
            var names = BylineRule.people(in: lineText(of: line.pointee))
            if let role = plan.nameRole, names.count == 1 {  // the role line is read where it lies: it follows the name line
                names[0].role = TextLine.string(at: line + (role - index), in: text)
            }
            setByline(BylineRule.Match(names: names), from: line.pointee)
            return true
        }
        if index == plan.nameRole, article.byline.count == 1, article.byline[0].role == TextLine.string(at: line, in: text) {
            return true  // kept as the name's role (else discarded as usual: the name line was a duplicate)
        }
        switch roles.kind(index) {
        case .byline where index == plan.byline:
            if case .byline(let match) = roles[index] { setByline(match, from: line.pointee) }
            return true
        case .byline where plan.byline.map({ index > $0 && index <= $0 + plan.moreBylines }) == true:
            if case .byline(let match) = roles[index] { article.byline += BylineRule.withStaffTagRole(match).names }
            return true
        case .date where index == plan.published || index == plan.updated:
            if case .date(let match) = roles[index] { setDate(match, from: line.pointee, asUpdate: index == plan.updated) }
            return true
        default:
            return false
        }
    }
}
