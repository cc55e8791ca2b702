/// What a single line looks like on its own, before its neighbours are considered.
enum LineRole: Equatable {
    /// Known page furniture.
    case furniture(DiscardReason)
    /// A "•" bullet line (standfirst before the body, list item inside it).
    case bullet(String)
    /// A photo caption with its credit.
    case caption(CaptionRule.Caption)
    /// A video widget's duration line.
    case video(String)
    /// A print-edition note.
    case printEdition(PrintEdition)
    /// A "By …" byline.
    case byline([BylineEntry])
    /// A printed date.
    case date(DateStamp)
    /// Text whose role depends on where it stands.
    case text
}

/// Per-line classification and the choice of where the body begins.
enum LineClassifier {
    static func classify(_ line: SourceLine) -> LineRole {
        let text = line.text
        if let reason = KnownPhrases.reason(for: text) { return .furniture(reason) }
        if let note = PrintEditionRule.match(text) { return .printEdition(note) }
        if let duration = VideoRule.duration(in: text) { return .video(duration) }
        if let bullet = bulletText(text) { return .bullet(bullet) }
        if let caption = CaptionRule.match(text) { return .caption(caption) }
        if let names = BylineRule.match(text) { return .byline(names) }
        if let date = DateRule.match(text) { return .date(date) }
        return .text
    }

    /// Index of the first line that reads like a body paragraph (or the end when none does).
    static func bodyStart(lines: [SourceLine], roles: [LineRole]) -> Int {
        for index in lines.indices where roles[index] == .text && isParagraphLike(lines[index].text) {
            return index
        }
        return lines.count
    }

    /// A full sentence of some length, or a long run of words.
    static func isParagraphLike(_ text: Substring) -> Bool {
        let words = text.wordCount
        return words >= 25 || (words >= 8 && text.endsLikeSentence)
    }

    private static func bulletText(_ text: Substring) -> String? {
        for marker in ["•", "·", "▪", "●"] where text.hasPrefix(marker) {
            let rest = text.dropFirst(marker.count).trimmedSpace
            return rest.isEmpty ? nil : String(rest)
        }
        return nil
    }
}
