/// What the classifier makes of a caption rule's match, and a gallery counter.
extension LineClassifier {
    /// `match` as a role: a credit alone whose last "/" part is an editor's initials in lower case ("The Local/AFP/emlo",
    /// "AFP/The Local/emlo") is an agency's sign-off after the story, no picture's credit.
    static func captionOrSignOff(_ match: CaptionRule.Match) -> LineRole {
        guard case .credit(let credit, captionAbove: true) = match, let slash = credit.utf8.lastIndex(of: UInt8(ascii: "/")) else {
            return .caption(match)
        }
        let initials = credit.utf8[credit.utf8.index(after: slash)...]
        return (2...5).contains(initials.count) && initials.allSatisfy({ $0 &- UInt8(ascii: "a") < 26 }) ? .furniture(.attribution) : .caption(match)
    }

    /// True for "1 of 3", a gallery counter (a three-word line with a digit: the caller tests those).
    static func isGalleryCounter(_ line: borrowing TextLine, _ page: LinePage) -> Bool {
        guard FoldedBytes.contains(page.bytes(line), " of ") else { return false }
        return page.text(line).spaceWords.first?.allSatisfy(\.isNumber) == true
    }
}
