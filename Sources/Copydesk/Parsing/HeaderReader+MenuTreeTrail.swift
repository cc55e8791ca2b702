/// A breadcrumb trail of repeated menu items over the headline whose levels follow the menu's tree ("News", then
/// "Northern Ireland", which the menu lists right under "News"): its deepest level names the section.
extension HeaderReader {
    /// True when the repeats (`isDuplicate`) ending at `deepest`, two or three of them one a line with no repeat above,
    /// each copy a menu line one to three lines under the copy of the level before: a section and its sub-section,
    /// in the menu's order. A longer run, a run opening with "Home", or levels far apart in the menu ("News", then an
    /// item of another sub-menu) is no such trail.
    static func isMenuTreeTrail(_ deepest: Int, lines: UnsafeBufferPointer<TextLine>, isDuplicate: (Int) -> Bool, _ page: LinePage) -> Bool {
        var top = deepest
        while top > 0, deepest &- top < 3, lines[top &- 1].words > 0, isDuplicate(top &- 1) { top &-= 1 }
        guard top < deepest, top == 0 || !isDuplicate(top &- 1) || lines[top &- 1].words == 0 else { return false }
        // a run opening with "Home" (a repeat or a menu line) copies the menu's head ("Home", "News", "World"):
        // `isHomeTrail` reads those
        if isHome(lines[top], page) || top > 0 && isHome(lines[top &- 1], page) { return false }
        var previous = -1
        for level in top...deepest {
            guard let copy = earlierCopy(of: level, before: top, lines: lines, page) else { return false }
            if previous >= 0, !(copy > previous && copy &- previous <= 3) { return false }
            previous = copy
        }
        return true
    }

    /// The nearest line above `limit` (up to 120 lines up) whose bytes equal line `index`'s, capitals folded; `nil` when
    /// there is none.
    static func earlierCopy(of index: Int, before limit: Int, lines: UnsafeBufferPointer<TextLine>, _ page: LinePage) -> Int? {
        let bytes = page.bytes(lines[index])
        let length = bytes.count
        var k = limit &- 1
        while k >= 0, limit &- k <= 120 {
            if lines[k].end &- lines[k].start == length, equalFolded(page.bytes(lines[k]), bytes) { return k }
            k &-= 1
        }
        return nil
    }

    /// True when `a` and `b` hold the same bytes, ASCII capitals folded in both.
    static func equalFolded(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        for i in 0..<a.count where FoldedBytes.fold(a[i]) != FoldedBytes.fold(b[i]) { return false }
        return true
    }

    /// True for a line of the one word "Home", capitals folded.
    static func isHome(_ line: borrowing TextLine, _ page: LinePage) -> Bool {
        guard line.end &- line.start == 4 else { return false }
        return FoldedBytes.equal(page.bytes(line), at: 0, "home")
    }
}
