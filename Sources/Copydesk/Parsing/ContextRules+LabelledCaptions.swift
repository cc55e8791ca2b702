/// (round 13) A credit line over a caption labelled as such (a press release's picture): "Credit: Halvorsen Institute",
/// then "Caption: A sea otter forages in an eelgrass meadow."
extension ContextRules {
    /// The caption of text line `index + 1` when it opens with "Caption:" (capitals folded) and holds three words or
    /// more after it, right under line `index` (no blank line between): the text after the label; `nil` otherwise.
    static func labelledCaptionBelow(_ index: Int, _ roles: Roles, _ lines: Lines, _ page: LinePage) -> String? {
        let below = index + 1
        guard below < lines.count, roles.kind(below) == .text, lines[below].number == lines[index].number + 1,
              lines[below].firstLowerByte == UInt8(ascii: "c"), lines[below].words >= 4 else { return nil }
        let bytes = page.bytes(lines[below])
        guard FoldedBytes.equal(bytes, at: 0, "caption:") else { return nil }
        let caption = page.text(lines[below]).utf8.dropFirst(8)
        return String(Substring(caption).trimmedSpace)
    }
}
