/// (round 14) A picture label glued to its credit by a slash: "… last week. PHOTO/RONALD OKELLO" credits "RONALD OKELLO".
extension CaptionRule {
    /// The slash-glued labels dropped from a credit's start.
    static let slashLabels = ["PHOTO/", "Photo/", "PHOTO /", "Photo /", "PHOTOS/", "Photos/", "PIC/", "Pic/"]

    /// `credit` less a lead of `slashLabels` when a capital follows it; the credit itself otherwise (and for `nil`).
    static func droppingSlashLabel(_ credit: String?) -> String? {
        guard let credit, let first = credit.utf8.first, first == UInt8(ascii: "P") else { return credit }
        for label in slashLabels where credit.fastHasPrefix(label) {
            let rest = Substring(credit.utf8.dropFirst(label.utf8.count)).trimmedSpace
            guard let next = rest.utf8.first, next &- UInt8(ascii: "A") < 26 else { return credit }
            return String(rest)
        }
        return credit
    }
}
