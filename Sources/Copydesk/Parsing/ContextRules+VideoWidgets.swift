/// The video-widget pass of `ContextRules`: durations, "Video" labels and caption toggles over a video's title and text.
extension ContextRules {
    /// A duration or "Video" label, then the title, then (for labels) a description that restates the title; the
    /// "(Published …)" note that closes a description; a caption toggle over a video's title and description
    /// (`markToggledVideo`).
    static func markVideoWidgets(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        for index in lines.indices {
            let kind = roles.kind(index)
            if kind == .video {
                // a time under the date ("12:38") is no video length
                if index > 0, lines[index].words == 1, roles.kind(index - 1) == .date { roles.set(index, .furniture(.label)); continue }
                if markDescribedDuration(at: index, roles, lines, page) { continue }  // (round 13b) title, length, description
                markVideoFollowers(from: index, roles, lines, page, describe: false)
            } else if kind.rawValue >= LineRole.Kind.advertisement.rawValue, VideoRule.mayBeVideoLabel(lines.baseAddress! + index),
                      VideoRule.isVideoLabel(lines[index], page), index + 1 < lines.count,
                      roles.kind(index + 1) == .text, lines[index + 1].isTitleLike(in: page) {
                roles.set(index, .video(nil))
                markVideoFollowers(from: index, roles, lines, page, describe: true)
            } else if kind == .mediaLabel || kind == .label, lines[index].words == 2, lines[index].lastByte | 0x20 == UInt8(ascii: "n"),
                      isCaptionToggle(page.bytes(lines[index])) {
                markToggledVideo(at: index, roles, lines, page)  // "Hide Caption", then a video's title and description
            } else if lines[index].lastByte == UInt8(ascii: ")"),  // every "(Published …)" note closes the line
                      VideoRule.isPublishedNote(lines[index], page) || (kind == .text && VideoRule.endsWithPublishedNote(lines[index], page)) {
                let noteOnly = VideoRule.isPublishedNote(lines[index], page)
                roles.set(index, noteOnly ? .furniture(.mediaLabel) : .videoText)
                var above = index - 1
                if noteOnly, above >= 0, roles.kind(above) == .text { roles.set(above, .videoText); above -= 1 }
                if above >= 0, roles.kind(above) == .text || roles.kind(above) == .duplicate, lines[above].isTitleLike(in: page) {
                    roles.set(above, roles.kind(above) == .duplicate ? .videoText : .videoTitle)
                }
            }
        }
    }

    private static func markVideoFollowers(from index: Int, _ roles: Roles, _ lines: Lines, _ page: LinePage, describe: Bool) {
        var next = index + 1
        guard next < lines.count, roles.kind(next) == .text, !lines[next].isParagraphLike || lines[next].isTitleLike(in: page) else { return }
        roles.set(next, .videoTitle)
        let titleLine = next
        next += 1
        while next < lines.count, roles.kind(next) == .duplicate { next += 1 }
        guard describe, next < lines.count, roles.kind(next) == .text else { return }
        let title = VideoRule.contentWords(page.text(lines[titleLine]))  // read only when a description may restate it
        if VideoRule.sharesContentWords(page.text(lines[next]), with: title, atLeast: 3) { roles.set(next, .videoText) }
    }
}
