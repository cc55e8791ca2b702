/// Refines line roles by looking at neighbours: repeated lines, captions above a credit line,
/// video widgets, lists under a list header, newsletter boxes, navigation runs, embedded posts
/// and unlabelled bylines next to a date. Every pass is a single walk over the lines.
enum ContextRules {
    /// The lines, read in place (a `TextLine` read through the buffer is borrowed, never copied).
    typealias Lines = UnsafeBufferPointer<TextLine>
    /// The roles, read and rewritten in place.
    typealias Roles = UnsafeMutableBufferPointer<LineRole>

    static func apply(_ roles: inout [LineRole], lines: [TextLine]) {
        lines.withUnsafeBufferPointer { lines in
            roles.withUnsafeMutableBufferPointer { roles in apply(roles, lines) }
        }
    }

    /// Every pass, in order, over `roles` (one per line of `lines`).
    static func apply(_ roles: Roles, _ lines: Lines) {
        markDuplicates(roles, lines)
        markCaptionsAboveCredits(roles, lines)
        markVideoWidgets(roles, lines)
        markLists(roles, lines)
        markNavigationRuns(roles, lines)
        markNewsletterTitles(roles, lines)
        markEmbeds(roles)
        markNamesNextToDates(roles, lines)
    }

    /// Text lines repeated verbatim (gallery captions, doubled headlines, video titles).
    private static func markDuplicates(_ roles: Roles, _ lines: Lines) {
        var seen = SeenLines(capacity: lines.count)
        for index in lines.indices {
            switch roles[index] {
            case .text, .caption(.captioned), .caption(.caption), .related, .byline, .embed:
                // a repeat right after a one-symbol path separator stays (tested only for repeats)
                if !seen.insert(index, of: lines), !(index > 0 && SymbolLine.isPathSeparator(lines[index - 1].text, bar: false)) {
                    roles[index] = .duplicate
                }
            default: break
            }
        }
    }

    /// "Photo: X" or "(Image: © X)" alone: the nearest text line above is the caption.
    private static func markCaptionsAboveCredits(_ roles: Roles, _ lines: Lines) {
        var seenCredits: Set<ByteKey> = []
        for index in lines.indices {
            guard case .caption(.credit(_, captionAbove: true)) = roles[index] else { continue }
            // a gallery repeating a picture repeats its credit under the repeated caption
            let repeated = !seenCredits.insert(ByteKey(text: lines[index].text)).inserted
            if repeated, index > 0, roles[index - 1].isDuplicate || roles[index - 1] == roles[index] {
                roles[index] = .duplicate
                continue
            }
            var above = index - 1
            while above >= 0, roles[above].isDuplicate || roles[above].isText && CaptionRule.isCollapsedCopy(lines[above]) {
                if roles[above].isText { roles[above] = .furniture(.mediaLabel) }
                above -= 1
            }
            if above >= 0, roles[above].isText, lines[above].words >= 3 { roles[above] = .captionText }
        }
    }

    /// A duration or "Video" label, then the title, then (for labels) a description that restates the title;
    /// and the "(Published …)" note that closes a description.
    private static func markVideoWidgets(_ roles: Roles, _ lines: Lines) {
        for index in lines.indices {
            if case .video = roles[index] {
                markVideoFollowers(from: index, roles, lines, describe: false)
            } else if case .furniture = roles[index], VideoRule.mayBeVideoLabel(lines.baseAddress! + index),
                      VideoRule.isVideoLabel(lines[index]), index + 1 < lines.count,
                      roles[index + 1].isText, lines[index + 1].isTitleLike {
                roles[index] = .video(nil)
                markVideoFollowers(from: index, roles, lines, describe: true)
            } else if lines[index].lastByte == UInt8(ascii: ")"),  // every "(Published …)" note closes the line
                      VideoRule.isPublishedNote(lines[index]) || (VideoRule.endsWithPublishedNote(lines[index]) && roles[index].isText) {
                let noteOnly = VideoRule.isPublishedNote(lines[index])
                roles[index] = noteOnly ? .furniture(.mediaLabel) : .videoText
                var above = index - 1
                if noteOnly, above >= 0, roles[above].isText { roles[above] = .videoText; above -= 1 }
                if above >= 0, roles[above].isText || roles[above].isDuplicate, lines[above].isTitleLike {
                    roles[above] = roles[above].isDuplicate ? .videoText : .videoTitle
                }
            }
        }
    }

    private static func markVideoFollowers(from index: Int, _ roles: Roles, _ lines: Lines, describe: Bool) {
        var next = index + 1
        guard next < lines.count, roles[next].isText, !lines[next].isParagraphLike || lines[next].isTitleLike else { return }
        roles[next] = .videoTitle
        let title = VideoRule.contentWords(lines[next].text)
        next += 1
        while next < lines.count, roles[next].isDuplicate { next += 1 }
        guard describe, next < lines.count, roles[next].isText else { return }
        if VideoRule.contentWords(lines[next].text).intersection(title).count >= 3 { roles[next] = .videoText }
    }

    /// The short title of a newsletter box ("Breaking News Emails") sits right above its pitch.
    private static func markNewsletterTitles(_ roles: Roles, _ lines: Lines) {
        // the neighbour's role first: it is the rarest condition and the cheapest to test
        for index in lines.indices.dropLast() where roles[index + 1].isFurniture(.newsletter) && roles[index].isText
            && lines[index].words <= 5 && lines[index].isTitleLike {
            roles[index] = .furniture(.newsletter)
        }
    }

    /// The text of an embedded post sits right above its signature line.
    private static func markEmbeds(_ roles: Roles) {
        for index in roles.indices.dropFirst() where roles[index].isEmbed && roles[index - 1].isText {
            roles[index - 1] = .embed
        }
    }

    /// Small words a list of names may hold ("and", "&"), built once rather than per line.
    private static let nameListSmallWords: Set<Substring> = ["and", "&", "in", "at", "for", "by"]

    /// A line of names right above or below a date is the byline ("JANIE HAR", "Lisa Kaczke and Trevor J. Mitchell …").
    private static func markNamesNextToDates(_ roles: Roles, _ lines: Lines) {
        for index in lines.indices where roles[index].isText {
            guard lines[index].words >= 2, lines[index].words <= 12, !lines[index].endsLikeSentence else { continue }
            let nextIsDate = index + 1 < lines.count && roles[index + 1].isDate
            let previousIsDate = index > 0 && roles[index - 1].isDate
            guard nextIsDate || previousIsDate else { continue }
            let text = lines[index].text
            let words = text.spaceWords
            guard words.allSatisfy({ $0.startsUppercase || nameListSmallWords.contains($0) }), words.first?.startsUppercase == true,
                  !text.hasDigit else { continue }
            guard !(lines[index].words > 4 && !text.fastContains(" and ")) else { continue }
            let names = BylineRule.people(in: text)
            if !names.isEmpty { roles[index] = .byline(BylineRule.Match(names: names)) }
        }
    }
}
