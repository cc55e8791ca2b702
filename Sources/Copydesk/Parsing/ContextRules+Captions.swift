/// The context rule for captions above a credit line.
extension ContextRules {
    /// "Photo: X" or "(Image: © X)" alone: the nearest text line above is the caption.
    static func markCaptionsAboveCredits(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        guard lines.count <= SeenLineTable.maxCapacity else {  // a page too long for the scratch table's slots
            var seen = SeenLines(capacity: lines.count)
            markCaptionsAboveCredits(roles, lines, page) { seen.insert($0, of: lines, page) }
            return
        }
        SeenLineTable.with(capacity: lines.count) { seen in
            markCaptionsAboveCredits(roles, lines, page) { seen.insert($0, of: lines, in: page.utf8) }
        }
    }

    /// `markCaptionsAboveCredits` with a seen-line table's insert (the credits seen, compared by their bytes).
    @inline(__always)
    private static func markCaptionsAboveCredits(_ roles: Roles, _ lines: Lines, _ page: LinePage, insert: (Int) -> Bool) {
        for index in lines.indices {
            guard roles.kind(index) == .credit, case .caption(.credit(_, captionAbove: true)) = roles[index] else { continue }
            // a gallery repeating a picture repeats its credit under the repeated caption
            let repeated = !insert(index)
            if repeated, index > 0, roles.kind(index - 1) == .duplicate || roles[index - 1] == roles[index] {
                roles.set(index, .duplicate)
                continue
            }
            var above = index - 1
            while above >= 0, roles.kind(above) == .duplicate || roles.kind(above) == .text && CaptionRule.isCollapsedCopy(lines[above], page) {
                if roles.kind(above) == .text { roles.set(above, .furniture(.mediaLabel)) }
                above -= 1
            }
            if above >= 0, roles.kind(above) == .text, lines[above].words >= 3 { roles.set(above, .captionText) }
        }
    }
}
