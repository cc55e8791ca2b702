/// A video player printed with its caption toggles ("Show Caption", "Hide Caption"), then the video's title, its
/// description and the outlet's name: the title and description are the widget's, not the article's.
extension ContextRules {
    /// Marks the title-like text line right under the caption toggle at `index` as a video title, and the text line
    /// under it as the video's text, when a repeated line or a short line that is no sentence (the outlet's name)
    /// closes them, each line right under the one before. Called by `markVideoWidgets` for each toggle.
    @inline(never)  // rare (caption toggles only): kept out of `markVideoWidgets`' loop
    static func markToggledVideo(at index: Int, _ roles: Roles, _ lines: Lines, _ page: LinePage) {
        let close = index + 3
        guard close < lines.count, roles.kind(index + 1) == .text, roles.kind(index + 2) == .text,
              lines[close].number == lines[index].number + 3, lines[index + 1].isTitleLike(in: page),
              roles.kind(close) == .duplicate || roles.kind(close) == .text && lines[close].words <= 4 && !lines[close].endsLikeSentence
        else { return }
        roles.set(index + 1, .videoTitle)
        roles.set(index + 2, .videoText)
    }

    /// True for the bytes of "Show Caption" or "Hide Caption", capitals folded.
    static func isCaptionToggle(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count == 12 && (FoldedBytes.equal(bytes, at: 0, "hide caption") || FoldedBytes.equal(bytes, at: 0, "show caption"))
    }
}
