/// A body subheading right under a list of related titles ("Related Content", two titles, "Larger cuts could come", then
/// the story goes on): it ends the list, no item of it.
extension ContextRules {
    /// True for a line of two to four words, no sentence, under a list item at least twice as long, with a text
    /// paragraph of fifteen words or more on the very next line (no blank between): the body's subheading where the
    /// story resumes. (Set apart by a blank line, the short line stays the list's last item.)
    static func isSubheadingAfterItems(_ index: Int, _ roles: Roles, _ lines: Lines) -> Bool {
        guard (2...4).contains(lines[index].words), !lines[index].endsLikeSentence, index > 0, index &+ 1 < lines.count,
              roles.kind(index &- 1) == .listItem, lines[index &- 1].words >= lines[index].words &* 2 else { return false }
        return roles.kind(index &+ 1) == .text && lines[index &+ 1].isParagraphLike && lines[index &+ 1].words >= 15
            && lines[index &+ 1].number == lines[index].number &+ 1
    }
}
