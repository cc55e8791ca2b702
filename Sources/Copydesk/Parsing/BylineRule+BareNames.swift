/// Bare names in a header: staff tags after a name, a place after it, and share buttons that are no names.
extension BylineRule {
    /// Words that close an outlet's staff tag after a name ("Danny McDonald Globe Staff").
    static let staffTagWords: Set<Substring> = ["Staff", "Correspondent"]

    /// Job words that may close a byline name with no comma ("Helen McArdle Reporter").
    static let closingRoleWords: Set<Substring> = ["Reporter", "Writer", "Editor", "Columnist", "Correspondent", "Staff"]

    /// `name` without a closing two-word staff tag ("Globe Staff") when two name words stay, or without one closing job
    /// word ("Reporter") when two stay.
    static func withoutStaffTag(_ name: Substring) -> Substring {
        let words = name.spaceWords
        guard words.count >= 3, let last = words.last else { return name }
        if words.count >= 4, staffTagWords.contains(last) || closingRoleWords.contains(last) && words[words.count - 2] == "Staff" {
            return name[..<words[words.count - 2].startIndex].trimmedSpace  // "Globe Staff", "Staff Reporter"
        }
        return closingRoleWords.contains(last) ? name[..<last.startIndex].trimmedSpace : name
    }

    /// `entry` with a closing staff tag moved from its name to its role ("Danny McDonald", "Globe Staff").
    static func splittingStaffTag(_ entry: BylineEntry) -> BylineEntry {
        guard entry.role == nil else { return entry }
        let name = entry.name[...]
        let kept = withoutStaffTag(name)
        guard kept.endIndex != name.endIndex, !isRole(kept) else { return entry }  // "Times Staff Writer" stays whole
        return BylineEntry(name: String(kept), role: String(name[kept.endIndex...].trimmedSpace))
    }

    /// `match` with a lone person's closing staff tag moved to the role ("By Danny McDonald Globe Staff").
    static func withStaffTagRole(_ match: Match) -> Match {
        guard match.names.count == 1, match.names[0].role == nil, endsWithClosingRoleWord(match.names[0].name) else { return match }
        var match = match
        match.names[0] = splittingStaffTag(match.names[0])
        return match
    }

    /// "Mara Ellison in New York", "Jo Roe in Washington and agencies": the names before the place (and "and agencies");
    /// `text` itself when it names no place so.
    static func beforePlace(_ text: Substring) -> Substring {
        guard let cut = text.fastRange(of: " in "), text[cut.upperBound...].startsUppercase else { return text }
        return text[..<cut.lowerBound]
    }

    /// Words of share buttons, counters and widgets, lowercase: a line holding one is no bare name ("Facebook Count",
    /// "Twitter Share", "Kakao Story", "In Summary").
    static let buttonWords: Set<String> = [
        "facebook", "twitter", "share", "shares", "count", "tweet", "email", "print", "whatsapp", "kakao", "telegram",
        "pinterest", "linkedin", "reddit", "comments", "comment", "messenger", "flipboard", "save", "listen", "audio",
        "subscribe", "follow", "login", "menu", "search", "video", "photo", "photos", "gallery", "reprint", "reprints",
        "summary", "highlights",
    ]

    /// True when `text` holds a button word or a one-letter word that is no initial ("A A", a text-size control).
    static func isButtonLabel(_ text: Substring) -> Bool {
        text.spaceWords.contains { word in
            // one Character, a letter (an ASCII word of one byte; a longer one opens with a non-ASCII byte), or a button word
            (word.utf8.count == 1 || word.utf8.first! >= 0x80 && word.count == 1) ? word.first?.isLetter == true
                : buttonTable.value(folding: word) != nil
        }
    }

    /// `buttonWords` looked up by a word's bytes with capitals folded.
    static let buttonTable = FoldedKeyTable(buttonWords.sorted().map { ($0, true) })

    /// True when the last space-separated word of `name` is one of `closingRoleWords`, read on its bytes.
    static func endsWithClosingRoleWord(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            guard let space = bytes.lastIndex(of: 0x20), bytes.count - space - 1 >= 5 else { return false }
            let word = UnsafeBufferPointer(rebasing: bytes[(space + 1)...])
            return closingRoleBytes.contains { $0.elementsEqual(word) }
        }
    }

    /// `closingRoleWords` as byte arrays.
    static let closingRoleBytes: [[UInt8]] = closingRoleWords.sorted().map { Array($0.utf8) }
}
