/// Recognises photo captions and credits: "… Photo: Shutterstock", "(Image: © X)", "Credit: X",
/// "(AP Photo/Alan Diaz, File)", "[File: Reuters]", "… 2019. REUTERS/Brendan McDermid",
/// credit-only lines ("Photo: Hau Dinh, AP", "Image copyright Getty Images", "© REUTERS / POOL")
/// and "Image caption …" lines. Gallery counters ("1of4") are dropped from the caption.
enum CaptionRule {
    /// What a caption line holds.
    enum Match: Equatable {
        /// Caption text with its credit on the same line.
        case captioned(text: String, credit: String?)
        /// Only a credit; `captionAbove` when the caption is the line above ("Photo: X" under a caption).
        case credit(String, captionAbove: Bool)
        /// Only caption text ("Image caption …"); the credit came on the line before.
        case caption(String)
    }

    static let labels = ["credit...", "credit…", "photograph:", "photographs:", "photo:", "photos:", "image:", "picture:", "pictures:", "photo credit:",
                                 "image credit:", "credit:", "illustration:", "file:", "graphic:", "video:", "pic:", "photographer:", "foto:",
                                 "visual:", "photo by:", "photos by:", "image by:", "photo source:"]
    /// `labels` as one table: a line holding none of them has no labelled credit.
    static let labelTable = PhraseTable(labels)
    /// Agencies and picture libraries that mark an unlabelled trailing credit.
    static let pictureSources: Set<String> = ["ap", "reuters", "afp", "getty", "epa", "shutterstock", "bloomberg", "xinhua",
                                              "alamy", "pa", "efe", "ansa", "ips", "nasa", "esa", "istock", "dpa", "upi",
                                              "yonhap", "kyodo", "bernama", "anadolu", "pti", "ani", "ians", "tass", "sipa", "imago", "aap"]

    /// Leads of a credit after the caption's last sentence; each holds ". ", so a line without one is skipped.
    static let creditLeads = [". Courtesy of ", ". Photo by ", ". Photograph by ", ". Picture by ", ". Image by "]
    /// The lead still searched on a line that ends like a sentence.
    static let sentenceCreditLeads = [". Courtesy of "]

    /// The caption and credit on `line` (a line of `page`), or `nil`.
    static func match(_ line: TextLine, _ page: LinePage) -> Match? {
        var line = line
        return mayHoldCaption(&line, page) ? matchGated(&line, page) : nil
    }

    /// `match` for a line that passed `mayHoldCaption` (the classifier tests the gate itself, once), read where it lies
    /// (never written), from `page`.
    static func matchGated(_ line: inout TextLine, _ page: LinePage) -> Match? {
        if onlyColonPathFails(&line, page) { return nil }
        let whole = page.text(line)
        if line.firstLowerByte == UInt8(ascii: "i") || line.firstLowerByte == 0xC2 {  // "image …" or "©"
            let text = whole  // tested with capitals folded, as the lowered line
            if text.hasFoldedPrefix("image caption") { return .caption(String(whole.dropFirst("image caption".count).trimmedSpace)) }
            // lowering A–Z moves no "@" (nor a Character boundary): the line itself is searched, no lowered copy built
            if text.hasFoldedPrefix("image copyright ") && !text.containsASCII(UInt8(ascii: "@"), "@") {
                return .credit(String(whole.dropFirst("image copyright ".count).trimmedSpace), captionAbove: false)
            }
            if text.hasFoldedPrefix("©") && line.words <= 6 && !line.hasDigit && !text.containsFolded("all rights") {
                return .credit(String(whole.dropFirst().trimmedSpace), captionAbove: false)
            }
        }
        // an ASCII first byte other than a digit (capitals folded or not) opens no counter: no call
        let opensCounter = line.firstLowerByte >= 0x80 || line.firstLowerByte &- UInt8(ascii: "0") < 10
        let text = line.hasDigit && opensCounter ? droppingGalleryCounter(whole) : whole
        if line.lastByte == UInt8(ascii: ")") || line.lastByte == UInt8(ascii: "]"), let found = parenthesisedCredit(text) { return found }
        if line.lastByte == UInt8(ascii: ")") || line.lastByte == UInt8(ascii: "]"), line.words >= 6, LayoutGates.mayEndWithShortCredit(page.bytes(line)),
           let found = shortBracketCredit(text) { return found }
        // "… (Jo Doe/Outlet) @jodoe": the photographer's handle after the bracket
        if line.words >= 7, line.hasDotSpace, isASCIIWordByte(line.lastByte), let found = bracketCreditBeforeHandle(text, page.bytes(line)) { return found }
        if line.hasColon || line.hasEllipsis, mayHoldLabel(line) {  // "Credit...Jane Roe" has no colon
            let aligned = text.startIndex == whole.startIndex
            // aligned, the lowered text is the line with A–Z folded: a line holding no label skips building it
            if aligned {
                // the first label present in the folded line is the one in the lowered line: found once, passed on
                // a line with no ellipsis needs a colon after a label's letters: most colon lines have none
                if line.hasEllipsis || text.withUTF8Bytes(mayHoldColonLabel), let firstPresent = labelTable.firstListed(folding: text),
                   let found = labelledCreditFolded(text, firstPresent: firstPresent, colonLetters: line.lettersBeforeColon,
                                                    ellipsis: line.hasEllipsis) { return found }
            } else if let found = labelledCredit(text, lower: Substring(text.lowercased()), aligned: false) { return found }
        }
        if line.hasSlash, let found = trailingAgencyCredit(text) { return found }
        if mayEndNamedSource(line.lastByte), let found = trailingNamedSource(text) { return found }
        // a credit after the caption's last sentence does not end like a sentence itself: one search for most lines
        // each lead needs its capital right after a ". " of the line (most lines have none of them: no walk of the list)
        if line.capitalsAfterDotSpace & leadCapitals != 0 {
            for lead in line.endsLikeSentence ? sentenceCreditLeads : creditLeads where line.capitalsAfterDotSpace & leadCapital(lead) != 0 {
                guard let courtesy = text.fastLastRange(of: lead) else { continue }
                let credit = text[courtesy.upperBound...].trimmedSpace
                if (1...6).contains(credit.wordCount), looksLikeCredit(credit) {
                    return .captioned(text: String(text[...courtesy.lowerBound]), credit: String(credit))
                }
            }
        }
        // ". Photo / Michael Craig", ". PHOTO | JEFF ANGOTE | NATION MEDIA GROUP": a "/" on the line or a capital at its end
        if line.capitalsAfterDotSpace & photoCapital != 0, !line.endsLikeSentence, line.hasSlash || line.lastByte &- UInt8(ascii: "A") < 26,
           let found = photoMarkCredit(text) { return found }
        if line.hasSlash, line.words >= 2, line.words <= 6, !line.endsLikeSentence, let slash = text.firstIndex(of: "/"),
           text[text.index(after: slash)...].trimmedSpace.startsUppercase, text[..<slash].trimmedSpace.wordCount >= 2 || isPictureSource(text[..<slash].trimmedSpace.lowercased()),
           looksLikeCredit(text), !holdsButtonWord(text) {
            // "Sam Lens/NPR", "NASA/JPL-Caltech/University of Arizona": photographer/outlet alone under its caption
            return .credit(String(text), captionAbove: true)
        }
        if line.hasSlash, (3...5).contains(line.words), !line.endsLikeSentence, let found = agencySlashName(text) { return found }
        if line.hasColon, line.firstLowerByte == UInt8(ascii: "c"), let found = creditLabelLine(whole) { return found }
        if line.words == 1, let found = loneCreditWord(page.bytes(line)) { return found }
        return nil
    }
}
