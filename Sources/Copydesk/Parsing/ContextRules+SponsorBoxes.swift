/// (round 13b) A sponsor's box between paragraphs: "Official Partner", the sponsor's name, and a "Proud to support …"
/// tagline.
extension ContextRules {
    /// The first words of a sponsor box's heading (lowercase, each with its space), before "Partner" or "Sponsor".
    static let sponsorTitles: [StaticString] = ["official ", "principal ", "main ", "kit ", "headline ", "premier ", "founding ",
                                                "presenting ", "title ", "shirt "]

    /// Marks as advertisement each text line of two words that is one of `sponsorTitles` and "Partner" or "Sponsor",
    /// the text line of one to five words right under it that ends no sentence (the sponsor's name), and a text line
    /// of at most twelve words opening with "Proud " under that (no blank line between each).
    static func markSponsorBoxes(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        guard lines.count >= 2 else { return }
        for index in 0..<(lines.count - 1) where lines[index].words == 2 && lines[index].lastByte | 0x20 == UInt8(ascii: "r")
            && roles.kind(index) == .text && isSponsorHeading(page.bytes(lines[index])) {
            let name = index + 1
            guard roles.kind(name) == .text, lines[name].number == lines[index].number + 1, (1...5).contains(lines[name].words),
                  !lines[name].endsLikeSentence else { continue }
            roles.set(index, .furniture(.advertisement))
            roles.set(name, .furniture(.advertisement))
            let tag = name + 1
            if tag < lines.count, roles.kind(tag) == .text, lines[tag].number == lines[name].number + 1, lines[tag].words <= 12,
               !lines[tag].endsLikeSentence, FoldedBytes.equal(page.bytes(lines[tag]), at: 0, "proud ") {
                roles.set(tag, .furniture(.advertisement))
            }
        }
    }

    /// True for "Official Partner", "Kit Sponsor": one of `sponsorTitles`, then "partner" or "sponsor" closing the
    /// line (capitals folded).
    static func isSponsorHeading(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.count >= 11, b.count <= 19,
              FoldedBytes.equal(b, at: b.count - 7, "partner") || FoldedBytes.equal(b, at: b.count - 7, "sponsor") else { return false }
        return sponsorTitles.contains { $0.utf8CodeUnitCount == b.count - 7 && FoldedBytes.equal(b, at: 0, $0) }
    }
}
