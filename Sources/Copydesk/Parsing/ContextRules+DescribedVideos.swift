/// (round 13b) A video widget printed title, length, description: "Snow Bands Explained", "01:42", "How cold air over
/// the lakes makes bands of snow."; the title may be a "WATCH: …" label already read as furniture.
extension ContextRules {
    /// True when the bare duration at `index` stands between a title (a short title-like text line, or furniture) and
    /// a short sentence of six to twenty words with no quote mark, no blank line between: the title is marked the
    /// video's title and the sentence its description.
    static func markDescribedDuration(at index: Int, _ roles: Roles, _ lines: Lines, _ page: LinePage) -> Bool {
        let below = index + 1, above = index - 1
        guard lines[index].words == 1, above >= 0, below < lines.count, roles.kind(below) == .text,
              lines[below].number == lines[index].number + 1, lines[above].number + 1 == lines[index].number,
              (6...20).contains(lines[below].words), lines[below].endsLikeSentence, !lines[below].hasQuoteMark else { return false }
        let kind = roles.kind(above)
        if kind == .text {
            guard lines[above].words <= 10, lines[above].isTitleLike(in: page) else { return false }
            roles.set(above, .videoTitle)
        } else if kind.rawValue < LineRole.Kind.advertisement.rawValue && kind != .videoTitle {
            return false
        }
        roles.set(below, .videoText)
        return true
    }
}
