/// An embedded video's "Watch on YouTube" link: the video's title right above it, its caption line right under it
/// ("Hollow Tide - Announcement Trailer", "Watch on YouTube", "Hollow Tide's reveal trailer, from last June.").
extension ContextRules {
    /// Marks the title-like text line right above each "Watch on …" media label (no blank line between) as the video's
    /// title, and a text line of at most twenty-five words right under it, no paragraph, closed by a blank line or the
    /// page's end, as the video's text.
    static func markPlayerLinks(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        for index in lines.indices where roles.kind(index) == .mediaLabel && lines[index].words == 3
            && lines[index].firstLowerByte == UInt8(ascii: "w") && FoldedBytes.equal(page.bytes(lines[index]), at: 0, "watch on ") {
            let above = index - 1, below = index + 1
            if above >= 0, roles.kind(above) == .text, lines[above].number + 1 == lines[index].number, lines[above].isTitleLike(in: page) {
                roles.set(above, .videoTitle)
            }
            guard below < lines.count, roles.kind(below) == .text, lines[below].number == lines[index].number + 1,
                  lines[below].words <= 25, !lines[below].isParagraphLike,
                  below + 1 == lines.count || lines[below + 1].number > lines[below].number + 1 else { continue }
            roles.set(below, .videoText)
        }
    }
}
