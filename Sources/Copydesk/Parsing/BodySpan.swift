/// Finds the article body: the run of lines with the highest total "paragraph weight" (a
/// maximum-sum segment, one linear pass). Paragraph-like lines weigh positive; menus, lists,
/// footers and other furniture weigh negative, so navigation above and below falls outside.
enum BodySpan {
    /// The first and last line index of the body, or `nil` when no line reads like running text: the lines of `page`
    /// read in place and the roles' kinds.
    static func find(_ lines: UnsafeBufferPointer<TextLine>, _ roles: RoleTable, _ page: LinePage) -> ClosedRange<Int>? {
        var best: ClosedRange<Int>?
        var bestSum = 0.0
        var sum = 0.0
        var start = 0
        guard let lineBase = lines.baseAddress else { return nil }
        var listMarker: UInt8 = 0, listLine = -2  // the marker and last line of a plain-text list under a line ending with ":"
        for index in lines.indices {
            let kind = roles.kind(index)
            var weight = weight(lineBase + index, kind, page)  // the line read in place: not copied
            // "The plan includes:" then "- a new sea wall": weighed as bullets (only short text lines can be such items)
            if weight < 0 && kind == .text && listItem(index, lineBase, page, &listMarker, &listLine, roles) { weight = 0.5 }
            if sum <= 0 { sum = 0; start = index }
            sum += weight
            if sum > bestSum && weight > 0 { bestSum = sum; best = start...index }
        }
        guard var span = best else { return nil }
        while span.lowerBound < span.upperBound,
              roles.kind(span.lowerBound) != .text || weight(lineBase + span.lowerBound, .text, page) <= 0 {
            span = (span.lowerBound + 1)...span.upperBound
        }
        return endingAtEndMark(extendingOverListBoxes(extendingOverWidgets(span, lines, roles, page), lines, roles), lines, page)
    }

    /// `span` ending at its first line that ends with the end mark "■" (The Economist's), or right above a press
    /// release's end line ("###", "# # #", "-30-") or a comment section's heading or form ("Add comment"): what follows
    /// it is no article.
    static func endingAtEndMark(_ span: ClosedRange<Int>, _ lines: UnsafeBufferPointer<TextLine>, _ page: LinePage) -> ClosedRange<Int> {
        for index in span {
            let last = lines[index].lastByte
            if last == UInt8(ascii: "#") || last == UInt8(ascii: "-"), index > span.lowerBound, isReleaseEnd(page.bytes(lines[index])) {
                return span.lowerBound...(index - 1)
            }
            if index > span.lowerBound, isCommentSectionMark(lines[index], page) { return span.lowerBound...(index - 1) }
            guard last == 0xA0, index < span.upperBound else { continue }
            let bytes = page.bytes(lines[index])
            if bytes.count >= 3, bytes[bytes.count - 3] == 0xE2, bytes[bytes.count - 2] == 0x96 { return span.lowerBound...index }
        }
        return span
    }

    /// True for a press release's end line, alone on its line: "###", "# # #" or "-30-".
    static func isReleaseEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes.count {
        case 3: bytes[0] == UInt8(ascii: "#") && bytes[1] == UInt8(ascii: "#") && bytes[2] == UInt8(ascii: "#")
        case 4: bytes[0] == UInt8(ascii: "-") && bytes[1] == UInt8(ascii: "3") && bytes[2] == UInt8(ascii: "0") && bytes[3] == UInt8(ascii: "-")
        case 5: bytes[0] == UInt8(ascii: "#") && bytes[1] == 0x20 && bytes[2] == UInt8(ascii: "#") && bytes[3] == 0x20 && bytes[4] == UInt8(ascii: "#")
        default: false
        }
    }

    /// True when text line `index` (of the lines at `lines`) is an item of a plain-text list under a line ending with
    /// ":" ("The plan includes:", then "- a new sea wall" …, or items with no marker on consecutive lines): `marker` (0
    /// for none) and `last` hold the open list's marker and last line, and are moved on when it is. Out of line: the
    /// loop of `find` stays small.
    @inline(never)
    private static func listItem(_ index: Int, _ lines: UnsafePointer<TextLine>, _ page: LinePage, _ marker: inout UInt8,
                                 _ last: inout Int, _ roles: RoleTable) -> Bool {
        let underColon = index > 0 && lines[index - 1].lastByte == UInt8(ascii: ":")
        guard let opening = TextLine.asciiListMarker(page.bytes(lines[index])) else {
            // "Key features include:" (text, not a list header), then items printed without markers, each on the next line
            guard underColon && roles.kind(index - 1) == .text || marker == 0 && last == index - 1,
                  lines[index].number == lines[index - 1].number + 1,
                  (2...25).contains(lines[index].words), !lines[index].hasQuoteMark else { return false }
            marker = 0; last = index
            return true
        }
        guard marker == opening && last == index - 1 || underColon else { return false }
        marker = opening; last = index
        return true
    }

    /// `weight(_:_:)` for the line at `line`, read in place, whose role has `kind` (the weight needs no payload).
    @inline(__always)
    static func weight(_ line: UnsafePointer<TextLine>, _ kind: LineRole.Kind, _ page: LinePage) -> Double {
        switch kind {
        case .text:
            if line.pointee.isParagraphLike { return 2 + Double(min(line.pointee.words, 60)) / 20 }
            if line.pointee.isShortSentence(in: page) { return 1 }
            if line.pointee.isSignedOffParagraph(in: page) { return 2 + Double(min(line.pointee.words, 60)) / 20 }
            return line.pointee.words <= 4 ? -0.5 : -1
        case .bullet: return 0.5
        case .caption, .credit, .captionText, .video, .videoTitle, .videoText, .duplicate: return -0.25
        case .related, .embed, .credits: return -0.5
        case .advertisement, .mediaLabel, .separator, .promo, .share, .label, .furniture: return -0.5
        case .newsletter, .navigation, .footer, .copyright, .duplicateLine, .list, .embedPost, .attribution: return -2
        case .listItem: return -1
        case .byline, .date, .printEdition: return -1
        }
    }

    /// `weight(_:_:)` for the line and role at these addresses, read in place.
    @inline(__always)
    static func weight(_ line: UnsafePointer<TextLine>, _ role: UnsafePointer<LineRole>, _ page: LinePage) -> Double {
        switch role.pointee {
        case .text:
            if line.pointee.isParagraphLike { return 2 + Double(min(line.pointee.words, 60)) / 20 }
            if line.pointee.isShortSentence(in: page) { return 1 }
            if line.pointee.isSignedOffParagraph(in: page) { return 2 + Double(min(line.pointee.words, 60)) / 20 }
            return line.pointee.words <= 4 ? -0.5 : -1
        case .bullet: return 0.5
        case .caption, .captionText, .video, .videoTitle, .videoText, .duplicate: return -0.25
        case .related, .embed, .credits: return -0.5
        case .furniture(let reason):
            switch reason {
            case .advertisement, .mediaLabel, .separator, .promo, .share, .label, .furniture: return -0.5
            default: return -2
            }
        case .listItem: return -1
        case .byline, .date, .printEdition: return -1
        }
    }
}
