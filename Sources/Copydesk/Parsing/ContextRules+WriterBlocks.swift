/// Writers' blocks printed a line a part over the date: short lines that are no menu.
extension ContextRules {
    /// True for a run of three or four short lines in a row, right over a date (past a repeated outlet line), that opens with a writer's name: a
    /// short byline, or a name of two or three words over a job title ("Jessica Arroyo", "Economy reporter") or over
    /// lines of a word or two ("Goce Stojanovski", "Skopje", "BIRN"). A menu run stays navigation.
    static func isWriterBlock(_ run: UnsafeBufferPointer<Int32>, members: Int, _ roles: Roles, _ lines: Lines, _ page: LinePage) -> Bool {
        guard members == run.count, run.count <= 4 else { return false }
        let first = Int(run[0]), last = Int(run[run.count - 1])
        guard last - first == run.count - 1, let date = dateAfterRepeats(last, roles), roles.kind(date) == .date else { return false }
        if roles.kind(first) == .byline { return true }
        let name = page.text(lines[first])
        guard (2...3).contains(lines[first].words), BylineRule.looksLikeName(name), !BylineRule.isRole(name) else { return false }
        // under the name: a job title, or a place and an outlet of a word or two each
        return lines[first + 1].words >= 2 && BylineRule.isRole(page.text(lines[first + 1]))
            || run.dropFirst().allSatisfy { lines[Int($0)].words <= 2 }
    }

    /// The line after `last`, past up to two repeated lines (a co-writer's outlet printed again: "Jared Okafor",
    /// "Indianapolis Star") and a date's label on its own line ("Published:"), or `nil` at the page's end.
    static func dateAfterRepeats(_ last: Int, _ roles: Roles) -> Int? {
        var next = last + 1
        while next < roles.count, next <= last + 2, roles.kind(next) == .duplicate { next += 1 }
        if next + 1 < roles.count, roles.kind(next) == .label, roles.kind(next + 1) == .date { next += 1 }
        return next < roles.count ? next : nil
    }
}
