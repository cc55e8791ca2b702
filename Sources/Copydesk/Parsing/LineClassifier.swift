/// Classifies each line on its own, before its neighbours are considered.
enum LineClassifier {
    /// The role of `line`, a line of `page`: the first rule, in a fixed order, that matches it. Read in place (never
    /// written): an `inout` line reaches each rule with no copy.
    /// Each rule is called only when the line passes its own opening gate (first byte, word count, flags), tested
    /// inline. `tables` is `LineClassifier.tables`, fetched once by the caller.
    static func classify(inPlace line: inout TextLine, _ page: LinePage, tables: Tables) -> LineRole {
        let first = line.firstLowerByte
        let words = line.words, quote = line.hasQuoteMark, digit = line.hasDigit, comma = line.hasComma
        if Gates.printEdition(first), words >= 4, let note = PrintEditionRule.matchLine(line, page) {
            return .printEdition(note)
        }
        if line.hasColon, line.end &- line.start <= 16, let duration = VideoRule.duration(line, page) { return .video(duration) }
        if first == UInt8(ascii: "@"), words == 1, LayoutGates.isHandle(page.bytes(line)) { return .furniture(.share) }  // "@colin_drury"
        if words <= 14, first == UInt8(ascii: "c") || first == UInt8(ascii: "-") || first == 0xE2,
           LayoutGates.isContactOrSignOff(page.bytes(line)) { return .furniture(.attribution) }
        if first == 0xC2 || first == UInt8(ascii: "i"), Openings.copyrightCaption(page.bytes(line)),
           let caption = CaptionRule.match(line, page) { return .caption(caption) }
        if first == UInt8(ascii: "h"), words <= 7, Openings.breadcrumb(page.bytes(line)), isBreadcrumb(line, page) { return .furniture(.navigation) }
        if first == UInt8(ascii: "s"), let byline = BylineRule.matchSource(line, page, digit: digit) { return .byline(byline) }
        if let reason = KnownPhrases.reason(for: &line, page, tables: tables.phrases) {
            // "A version of this article appears in print on …", "… originally appeared in the … issue of"
            if reason == .copyright, first == UInt8(ascii: "a") || first == UInt8(ascii: "t"), let note = PrintEditionRule.matchPrintNote(page.text(line)) { return .printEdition(note) }
            return .furniture(reason)
        }
        if digit, line.hasSlash, let byline = nameSlashDate(line, page) { return byline }
        if CaptionRule.mayHoldCaptionPastOpenings(&line, page), let caption = CaptionRule.matchGated(&line, page) { return captionOrSignOff(caption) }
        if first == UInt8(ascii: "("), words >= 7, let found = CaptionRule.leadingBracketCredit(page.text(line)) { return .caption(found) }
        if words >= 6, !quote, LayoutGates.mayEndWithJoinedCredit(page.bytes(line), hasColon: line.hasColon), let joined = CaptionRule.joinedCredit(page.text(line)) {
            return .caption(joined)
        }
        if words >= 5, let found = closingCredit(&line, page, words: words, quote: quote) { return .caption(found) }
        if words <= 8, first == UInt8(ascii: "p") || first == UInt8(ascii: "i") || first == UInt8(ascii: "c") || line.hasSlash || ByteSearch.isASCIISpace(first) || first >= 0x80,
           LayoutGates.mayBeStandaloneCredit(page.bytes(line)),
           let credit = CaptionRule.standaloneCredit(page.text(line)) { return captionOrSignOff(credit) }
        if words <= 5, let credit = CaptionRule.filePhotoCredit(line, page) { return .caption(credit) }
        if let credit = CaptionRule.libraryCredit(line, page) { return .caption(credit) }
        if isASCIILetter(line.lastByte), words >= 4, !quote, line.hasDotSpace, LayoutGates.trailingDash(page.bytes(line)) != nil,
           let found = CaptionRule.dashCredit(page.text(line)) { return .caption(found) }
        if first >= 0x80, let bullet = bulletText(line, page) { return .bullet(bullet) }
        if words >= 3, Gates.related(first) {
            if let index = tables.related.firstMatch(foldingBytes: page.bytes(line)) {
                return .related(String(page.text(line).dropFirst(relatedPrefixes[index].count).trimmedSpace))
            }
        }
        if Gates.creditLine(first), words >= 2, Openings.creditLine(page.bytes(line)), let names = BylineRule.creditLine(inPlace: &line, page) {
            return .credits(names)
        }
        if first == UInt8(ascii: "(") || first == UInt8(ascii: "a"), words >= 3, let names = BylineRule.otherCreditLine(line, page) { return .credits(names) }
        // "By A | a@x.com and B | b@x.com | Outlet"
        if first == UInt8(ascii: "b"), words <= 16, !quote, BylineRule.holdsAddressAndBar(page.bytes(line)),
           let byline = BylineRule.matchWithHandles(page.text(line)) { return .byline(byline) }
        if words <= 16 || words <= 20 && first == UInt8(ascii: "b"), !quote, Gates.byline(first), Gates.bylineWords(first, words),
           Openings.byline(page.bytes(line)),
           let byline = BylineRule.match(inPlace: &line, page) {
            return .byline(byline)
        }
        if first == UInt8(ascii: "b"), words <= 16, !quote, page.bytes(line).contains(UInt8(ascii: "@")),
           let byline = BylineRule.matchWithHandles(page.text(line)) { return .byline(byline) }
        if words <= 8, words >= 3, !quote, isASCIILetter(first), let byline = BylineRule.handleOrOutletByline(line, page) { return .byline(byline) }
        if first == UInt8(ascii: "b"), words <= 8, !line.endsLikeSentence, Openings.by(page.bytes(line)) {
            return (BylineRule.newsroom(page.text(line)) ?? BylineRule.byNameThenRole(page.text(line))).map { .byline($0) } ?? .furniture(.attribution)
        }
        if first == 0xE2 || first == UInt8(ascii: "-"), isEmbedSignature(line, page) { return .embed }
        if digit, words <= 24, !quote, isASCIILetter(first), LayoutGates.mayOpenNameThenDate(page.bytes(line)), let byline = BylineRule.matchNameThenDate(page.text(line)) {
            return .byline(byline)
        }
        if digit, words >= 4, words <= 24, !quote, !(line.endsLikeSentence && words > 12), isASCIILetter(first),
           let byline = BylineRule.matchDateKeywordByline(line, page) { return .byline(byline) }
        if digit, words <= 18, !quote, let role = dateRole(line, page, tables: tables) { return role }
        if comma, words <= 10, !quote, !line.endsLikeSentence || line.lastByte == UInt8(ascii: ","),
           let byline = BylineRule.matchUnlabelled(inPlace: &line, page) { return .byline(byline) }
        // its head (the line's opening, trimmed) must be an agency
        if digit, words <= 14, first >= 0x80 || tables.agencyShapes.mayOpen(first: first) || ByteSearch.isASCIISpace(first),
           let byline = BylineRule.matchAgencyLine(inPlace: &line, page) { return .byline(byline) }
        if !comma, !digit, !quote, words >= 2, words <= 8, let byline = bylineWithoutComma(&line, page, words: words) { return byline }
        if digit, words <= 8, isReading(line, page) { return .furniture(.label) }
        // first byte, length, then the key on its bytes, capitals folded (agencies: lowercase ASCII, no ";" or "`")
        if words <= 3, tables.agencyShapes.mayOpen(first: first), tables.agencyShapes.mayContain(first: first, length: line.end &- line.start),
           BylineRule.Gates.agencyTable.value(foldingBytes: page.bytes(line)) != nil {
            return .byline(BylineRule.Match(names: [BylineEntry(name: line.string(in: page))]))
        }
        if line.hasTab { return .furniture(.furniture) }
        if words == 3 || words == 2, digit, isGalleryCounter(line, page) { return .furniture(.mediaLabel) }  // "1 of 3", "24 Photos"
        // a line opening with an ASCII letter is no run of numbers
        if !isASCIILetter(first), isNumberRun(line, page) {
            // each "/" byte of a run of numbers is a "/" Character: the slash flag answers `contains("/")`
            return .furniture(line.hasSlash ? .mediaLabel : .list)
        }
        return .text
    }

}
