/// Where the header, the body and the trailer of a page lie, and what the header holds.
struct PageLayout {
    /// Lines before this index are the header.
    let headerEnd: Int
    /// The last body line (inclusive); lines after it are the trailer.
    let bodyEnd: Int
    /// The header's fields by line index.
    let header: HeaderReader.Plan
    /// A first body line that is really a standfirst (a dek set apart from the body by a picture).
    let standfirstInBody: Int?
    /// The lines of a summary box under a label such as "Highlights": standfirst lines (empty when there is none).
    let summary: Range<Int>

    /// The layout of the lines of `page` with the roles of `table`, both read in place (the body span reads the kinds).
    init(_ lines: UnsafeBufferPointer<TextLine>, _ table: RoleTable, _ page: LinePage) {
        let roles = UnsafeBufferPointer(table.roles)
        let span = BodySpan.find(lines, table, page)
        var headerEnd = span?.lowerBound ?? lines.count
        // A byline or date just inside the span still belongs to the header (a dek above it read as a paragraph).
        if let span {
            var paragraphs = 0
            var index = span.lowerBound
            let markedAbove = (0..<span.lowerBound).contains { table.kind($0).isMarker }
            while index <= span.upperBound, index < span.lowerBound + 8 {
                if table.kind(index).isMarker || HeaderReader.isBareNameOverButtons(index, lines, kind: table.kind, page) { headerEnd = index + 1 }
                if roles[index].isText && lines[index].isParagraphLike {
                    // up to two short dek sentences ("Key Points" lists) may stand above the byline, or three of 30 words
                    // or fewer each (a summary list printed without its bullets) when no byline or date stands above them
                    paragraphs += 1
                    if paragraphs > 3 || paragraphs == 3 && (markedAbove || lines[index].words > 30)
                        || lines[index].words > 40 && paragraphs > 1 { break }
                }
                index += 1
            }
        }
        self.headerEnd = headerEnd
        bodyEnd = span?.upperBound ?? -1
        let plan = HeaderReader(lines: lines, roles: roles, kinds: UnsafeBufferPointer(table.kinds)).read(upTo: headerEnd, page)
        header = plan
        summary = PageLayout.summary(lines, page, roles: roles, headerEnd: headerEnd, bodyEnd: bodyEnd)
        standfirstInBody = PageLayout.dekAtBodyStart(lines: lines, page, roles: roles, plan: plan, from: headerEnd, to: bodyEnd)
            ?? PageLayout.dekOverLongerLead(lines: lines, page, roles: roles, plan: plan, from: headerEnd, to: bodyEnd)
    }

    /// A short first paragraph without a dateline, followed by a picture or share buttons before the next paragraph,
    /// under a headline with a byline or date: the page's dek.
    private static func dekAtBodyStart(lines: UnsafeBufferPointer<TextLine>, _ page: LinePage, roles: UnsafeBufferPointer<LineRole>, plan: HeaderReader.Plan, from: Int, to: Int) -> Int? {
        // the byline or date over the article, or under it ("Date 20.11.2019", "Author Anna Meier" closing the page)
        let marked = plan.byline != nil || plan.published != nil
            || (to + 1..<min(lines.count, to + 7)).contains(where: { roles[$0].isMarker })
        guard plan.standfirst.isEmpty, plan.headline != nil, marked, from < to else { return nil }
        guard let first = (from...to).first(where: { roles[$0].isText }), lines[first].isParagraphLike, lines[first].words <= (plan.byline != nil || plan.published != nil ? 15 : 30),
              DatelineRule.dateline(in: lines[first].string(in: page)) == nil else { return nil }
        var sawMedia = false
        var index = first + 1
        // a picture, or share buttons under a dek in the third person ("I cover oil and gas …" is the author's tagline)
        let firstPerson = page.bytes(lines[first]).starts(with: [UInt8(ascii: "I"), 0x20])
        while index <= to {
            if roles[index].isMedia || !firstPerson && roles[index].isFurniture(.share) { sawMedia = true }
            if roles[index].isText { break }
            index += 1
        }
        return sawMedia ? first : nil
    }

    func zone(of index: Int) -> ArticleBuilder.Zone {
        index < headerEnd ? .header : index <= bodyEnd ? .body : .trailer
    }
}
