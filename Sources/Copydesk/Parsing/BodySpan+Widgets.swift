/// A widget in the middle of the article (a deals box, a product carousel) weighs more than the paragraphs above it:
/// the maximum-sum span then starts below it. The paragraphs above it are still the article's.
extension BodySpan {
    /// `span` moved up over each run of furniture right above it (at most `maxGap` lines, three or more of them
    /// furniture rather than text, no byline, date or print note among them) when the lines right above that run hold
    /// two paragraphs or more and weigh at least `minWeight`: the running text the widget interrupted.
    static func extendingOverWidgets(_ span: ClosedRange<Int>, _ lines: UnsafeBufferPointer<TextLine>, _ roles: RoleTable,
                                     _ page: LinePage) -> ClosedRange<Int> {
        var span = span
        while let top = textAboveWidget(at: span.lowerBound, lines, roles, page) { span = top...span.upperBound }
        return span
    }

    /// `span` moved down over each list box right under it (a list header, then one to three items: an inline "Editor's
    /// picks") that a paragraph follows, and over the paragraphs that run on under that one: the text goes on.
    static func extendingOverListBoxes(_ span: ClosedRange<Int>, _ lines: UnsafeBufferPointer<TextLine>, _ roles: RoleTable) -> ClosedRange<Int> {
        var end = span.upperBound
        while end + 2 < lines.count, roles.kind(end + 1) == .list {
            let items = end + 2
            var index = items
            while index < lines.count, index - items < 3, roles.kind(index) == .listItem { index += 1 }
            guard index > items, index < lines.count, roles.kind(index) == .text, lines[index].isParagraphLike else { break }
            end = index
            while end + 1 < lines.count, roles.kind(end + 1) == .text, lines[end + 1].isParagraphLike { end += 1 }
        }
        return span.lowerBound...end
    }

    /// Longest run of furniture a widget may be.
    static let maxGap = 24
    /// Least weight of the paragraphs above a widget.
    static let minWeight = 5.0

    /// The first line of the running text above the widget that ends right above line `start`, or `nil`.
    private static func textAboveWidget(at start: Int, _ lines: UnsafeBufferPointer<TextLine>, _ roles: RoleTable,
                                        _ page: LinePage) -> Int? {
        guard let base = lines.baseAddress else { return nil }
        var gapStart = start, furniture = 0
        while gapStart > 0 {
            let kind = roles.kind(gapStart - 1)
            if endsWidgetSearch(kind) || start - gapStart >= maxGap { return nil }
            if weight(base + gapStart - 1, kind, page) > 0 { break }
            if kind != .text { furniture += 1 }
            gapStart -= 1
        }
        guard gapStart > 0, furniture >= 3 else { return nil }
        // the best-weighing run of lines ending right above the gap, stopping at a header line
        var sum = 0.0, best = 0.0, top = gapStart, paragraphs = 0, bestParagraphs = 0
        var index = gapStart - 1
        while index >= 0, !endsWidgetSearch(roles.kind(index)) {
            let weight = weight(base + index, roles.kind(index), page)
            sum += weight
            if weight >= 2 { paragraphs += 1 }
            if sum > best { best = sum; top = index; bestParagraphs = paragraphs }
            if sum < best - minWeight { break }
            index -= 1
        }
        return best >= minWeight && bestParagraphs >= 2 ? top : nil
    }

    /// Kinds a widget run and the text above it never hold: the header's byline, date and print note, page footers.
    private static func endsWidgetSearch(_ kind: LineRole.Kind) -> Bool {
        switch kind {
        case .byline, .date, .printEdition, .footer, .copyright: true
        default: false
        }
    }
}
