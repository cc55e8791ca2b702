/// Slash trails printed on one line, the page's title as their last level ("Home / Companies / News / <the title>").
extension HeaderReader {
    /// True for a line opening with "Home /" (or "Home/") that holds another " / " level after it (or "Home/ A/ B/", each
    /// slash closing a level): a breadcrumb trail, never a headline, whatever its last level holds.
    static func isHomeSlashTrail(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 12, bytes[0] | 0x20 == UInt8(ascii: "h"), FoldedBytes.equal(bytes, at: 0, "home") else { return false }
        let slash = bytes[4] == UInt8(ascii: "/") ? 4 : bytes[4] == 0x20 && bytes[5] == UInt8(ascii: "/") ? 5 : -1
        guard slash > 0, let next = ByteSearch.firstIndex(of: UInt8(ascii: "/"), in: bytes, from: slash &+ 2) else { return false }
        // "Home / A / B", "Home/A/B", and "Home/ A/ B/" (each slash closing its level, a space after it)
        return bytes[next &- 1] == 0x20 || bytes[slash &+ 1] != 0x20 || next &+ 1 == bytes.count || bytes[next &+ 1] == 0x20
    }

    /// A "Home /" slash trail within three lines above the headline at `headline`, whatever the line's kind (a menu's
    /// list run may swallow it: "Explore", "Markets", "Home/ Industry/ Banking/", "Premium", the title); `nil` otherwise.
    static func homeTrailAbove(_ headline: Int, lines: UnsafeBufferPointer<TextLine>, _ page: LinePage) -> Int? {
        var k = headline &- 1
        while k >= 0, headline &- k <= 3 {
            if lines[k].words >= 2, isHomeSlashTrail(page.bytes(lines[k])) { return k }
            k &-= 1
        }
        return nil
    }
}

extension ArticleBuilder {
    /// The levels of a slash trail after "Home", the title dropped: a last level of four words or more is the page's
    /// title, and a bare "News" right above it under a topic names no section ("Home / Companies / News / <title>" gives
    /// "Companies"); `nil` when no level is left.
    static func levelAboveTitle(_ levels: [Substring]) -> Substring? {
        var levels = levels.map { $0.trimmedSpace }.filter { !$0.isEmpty }
        guard let last = levels.last, last.wordCount >= 4 else { return levels.last }
        levels.removeLast()
        if levels.count >= 2, levels.last!.utf8.count == 4, levels.last!.hasFoldedPrefix("news") { levels.removeLast() }
        return levels.last
    }
}
