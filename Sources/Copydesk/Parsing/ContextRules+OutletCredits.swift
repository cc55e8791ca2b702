/// The context rule for a photographer's "Name, Outlet" line under a caption between paragraphs.
extension ContextRules {
    /// "Travelers wait in line at the ticket counter." over "Helen H. Richardson, The Denver Post" between paragraphs:
    /// the line the classifier read as a byline (one person with an outlet, no date) is the picture's credit, and the
    /// sentence above it (five to sixty words, under a paragraph, the header or its buttons) its caption, when a byline
    /// or date came before them and a paragraph follows within three lines.
    static func markOutletCredits(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        guard let firstMarker = roles.kinds.firstIndex(where: \.isMarker) else { return }
        for index in (firstMarker + 2)..<max(lines.count, firstMarker + 2) where roles.kind(index) == .byline && lines[index].words <= 8 {
            guard case .byline(let match) = roles[index], match.names.count == 1, match.date == nil, match.names[0].role != nil,
                  isCaptionSentence(index - 1, roles, lines), followsPictureSpot(index - 2, roles, lines),
                  (index + 1..<min(lines.count, index + 4)).contains(where: { roles.kind($0) == .text && lines[$0].isParagraphLike }),
                  !opensWithBy(page.bytes(lines[index]))  // "BY KIM JU-YEON, SEO JI-EUN [a@b.kr]": the writers' byline
            else { continue }
            roles.set(index - 1, .captionText)
            roles.set(index, .caption(.credit(String(page.text(lines[index])), captionAbove: true)))
        }
    }

    /// True when line `index` may stand right above a picture's caption: a paragraph, a byline or date, or a share,
    /// promo, advertisement or media label (the lead picture under the header's share buttons), or a player's duration.
    private static func followsPictureSpot(_ index: Int, _ roles: Roles, _ lines: Lines) -> Bool {
        switch roles.kind(index) {
        case .text: lines[index].isParagraphLike
        case .byline, .date, .share, .promo, .advertisement, .mediaLabel, .video: true
        default: false
        }
    }

    /// True when line `index` is text of five to sixty words ending like a sentence.
    private static func isCaptionSentence(_ index: Int, _ roles: Roles, _ lines: Lines) -> Bool {
        roles.kind(index) == .text && (5...60).contains(lines[index].words) && lines[index].endsLikeSentence
    }
}

/// The context rule for a photographer's "Name for The Outlet" line under a caption.
extension ContextRules {
    /// "Tamika Rowe keeps a printed call schedule …" over "Hannah Whitcomb for The Marshall Project": a text line whose
    /// outlet opens with "The" (or a repeat of a line, any outlet: "Hope Rises for Flood Victims" once is a title) of four to
    /// ten words that is a name, "for" and an outlet (`CaptionRule.forOutletCredit`), or a "Name | Outlet" line read as a
    /// byline ("Kirsten Lund | MPR News", `CaptionRule.barOutletCredit`), under a
    /// caption sentence that follows a paragraph, the header or its buttons, with a paragraph within three lines under it,
    /// is that picture's credit, and the sentence its caption.
    static func markForOutletCredits(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        guard let firstMarker = roles.kinds.firstIndex(where: \.isMarker) else { return }
        for index in (firstMarker + 2)..<max(lines.count, firstMarker + 2) where (4...10).contains(lines[index].words) {
            let line = lines[index]
            guard line.lastByte &- UInt8(ascii: "A") < 26 || line.lastByte &- UInt8(ascii: "a") < 26, !line.hasDotSpace,
                  isOutletCreditLine(index, roles, lines, page),
                  isCaptionSentence(index - 1, roles, lines), followsPictureSpot(index - 2, roles, lines),
                  (index + 1..<min(lines.count, index + 4)).contains(where: { roles.kind($0) == .text && lines[$0].isParagraphLike })
            else { continue }
            roles.set(index - 1, .captionText)
            roles.set(index, .caption(.credit(String(page.text(line)), captionAbove: true)))
        }
    }
}

extension ContextRules {
    /// True when line `index` reads as a photographer's "Name for The Outlet" (text holding " for the ", or a repeat of a
    /// line: `CaptionRule.forOutletCredit`) or "Name | Outlet" (read as a byline or a repeat: `CaptionRule.barOutletCredit`,
    /// "Kirsten Lund | MPR News").
    private static func isOutletCreditLine(_ index: Int, _ roles: Roles, _ lines: Lines, _ page: LinePage) -> Bool {
        let kind = roles.kind(index), bytes = page.bytes(lines[index])
        if kind == .duplicate || kind == .text && FoldedBytes.contains(bytes, " for the "), CaptionRule.forOutletCredit(bytes) != nil { return true }
        return (kind == .duplicate || kind == .byline) && lines[index].words <= 9 && CaptionRule.barOutletCredit(bytes) != nil
    }
}
