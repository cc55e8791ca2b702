/// The context rule for captions above a credit line.
extension ContextRules {
    /// "Photo: X" or "(Image: © X)" alone: the nearest text line above is the caption.
    static func markCaptionsAboveCredits(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        guard lines.count <= SeenLineTable.maxCapacity else {  // a page too long for the scratch table's slots
            var seen = SeenLines(capacity: lines.count)
            markCaptionsAboveCredits(roles, lines, page) { seen.insert($0, of: lines, page) }
            return
        }
        SeenLineTable.with(capacity: lines.count) { seen in
            markCaptionsAboveCredits(roles, lines, page) { seen.insert($0, of: lines, in: page.utf8) }
        }
    }

    /// `markCaptionsAboveCredits` with a seen-line table's insert (the credits seen, compared by their bytes).
    @inline(__always)
    private static func markCaptionsAboveCredits(_ roles: Roles, _ lines: Lines, _ page: LinePage, insert: (Int) -> Bool) {
        for index in lines.indices {
            guard roles.kind(index) == .credit, case .caption(.credit(let credit, captionAbove: true)) = roles[index] else { continue }
            // a gallery repeating a picture repeats its credit under the repeated caption
            let repeated = !insert(index)
            if repeated, index > 0, roles.kind(index - 1) == .duplicate || roles[index - 1] == roles[index] {
                roles.set(index, .duplicate)
                continue
            }
            if let role = notACaptionCredit(index, credit: credit, roles, lines, page) {
                roles.set(index, role)
                continue
            }
            var above = index - 1
            while above >= 0, roles.kind(above) == .duplicate || roles.kind(above) == .text && CaptionRule.isCollapsedCopy(lines[above], page) {
                if roles.kind(above) == .text { roles.set(above, .furniture(.mediaLabel)) }
                above -= 1
            }
            // "LISTEN - 05:12" (an audio player) is no caption: three words of letters at least
            var takesAbove = above >= 0 && roles.kind(above) == .text && lines[above].words >= 3
                && Self.letterWords(page.bytes(lines[above])) >= 3
            // a paragraph holding a quote or its attribution, or a short label ("Purchase: Order Reprint"), is no caption:
            // the line under the credit may be
            if takesAbove, CaptionContext.isQuotingParagraph(lines[above]) || CaptionContext.isLabelLine(lines[above])
                || CaptionContext.isLinkUnderButtons(above, roles, lines, page) { takesAbove = false }
            let labelled = labelledCaptionBelow(index, roles, lines, page)  // (round 13) "Caption: …" under the credit
            if labelled != nil || captionBelow(index, above: takesAbove ? above : nil, roles, lines, page)
                || !takesAbove && CaptionContext.mayHeadCaption(above, roles) && CaptionContext.readsAsCaption(index + 1, roles, lines, page) {
                // "Getty Images" over "Train drivers have been in dispute since 2022": the credit heads its caption
                roles.set(index, .caption(.credit(credit, captionAbove: false)))
                roles.set(index + 1, .caption(.caption(labelled ?? String(page.text(lines[index + 1])))))
            } else if takesAbove {
                roles.set(above, .captionText)
            }
        }
    }

    /// True when the caption of the lone credit at `index` is the line under it: a text line of five words or more that
    /// does not end like a sentence nor reads as a paragraph, where the candidate above (`above`) is missing, a
    /// paragraph or a job title (a byline's role line).
    private static func captionBelow(_ index: Int, above: Int?, _ roles: Roles, _ lines: Lines, _ page: LinePage) -> Bool {
        let below = index + 1
        guard below < lines.count, roles.kind(below) == .text, lines[below].words >= 5, !lines[below].endsLikeSentence,
              !lines[below].isParagraphLike else { return false }
        guard let above else { return true }
        return lines[above].isParagraphLike || BylineRule.isRole(page.text(lines[above]))
    }
}

/// The context rule for a lone agency credit under its caption.
extension ContextRules {
    /// "Uber CEO Dara Khosrowshahi." over "Reuters" (or "ASSOCIATED PRESS") between paragraphs: the agency line the
    /// classifier read as an agency byline is the picture's credit, for the caption above it, when the line above is
    /// text of three to forty words and a paragraph follows within three lines.
    static func markAgencyCredits(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        for index in lines.indices.dropFirst() where roles.kind(index) == .byline && lines[index].words <= 2 {
            guard case .byline(let match) = roles[index], match.names.count == 1, match.date == nil, match.names[0].role == nil,
                  BylineRule.isAgency(page.text(lines[index])), roles.kind(index - 1) == .text, (3...40).contains(lines[index - 1].words),
                  (index + 1..<min(lines.count, index + 4)).contains(where: { roles.kind($0) == .text && lines[$0].isParagraphLike })
            else { continue }
            roles.set(index, .caption(.credit(String(page.text(lines[index])), captionAbove: true)))
        }
    }
}

extension ContextRules {
    /// The words of `bytes` (split at spaces) that open with an ASCII letter or a non-ASCII byte, counted up to three.
    static func letterWords(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0, atStart = true
        for byte in bytes {
            if byte == 0x20 { atStart = true; continue }
            if atStart, (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte >= 0x80 { count += 1; if count == 3 { return 3 } }
            atStart = false
        }
        return count
    }

    /// The role of credit line `index` (credit `credit`, caption above) when it takes no caption: a "Name/Place" line over
    /// the date line is the byline and its place ("Angel Tesorero/Dubai"), a "Name/Writer" line by the date the byline
    /// and its job ("Shanique Bryan/Gleaner Writer"), a "Photo: X" line over a caption that ends
    /// with the same credit only marks that picture (a duplicate); `nil` for any other credit line.
    static func notACaptionCredit(_ index: Int, credit: String, _ roles: Roles, _ lines: Lines, _ page: LinePage) -> LineRole? {
        if isContributionNote(credit) { return .furniture(.attribution) }  // (round 14) "(With files from Reuters)"
        guard index + 1 < lines.count else { return nil }
        if roles.kind(index + 1) == .date, let byline = BylineRule.nameSlashPlace(page.text(lines[index])) { return .byline(byline) }
        if roles.kind(index + 1) == .date || index > 0 && roles.kind(index - 1) == .date,
           let byline = BylineRule.nameSlashWriter(page.text(lines[index])) { return .byline(byline) }
        if case .caption(.captioned(_, let below)) = roles[index + 1], below == credit { return .duplicate }
        return nil
    }
}
