/// Author and publisher cards under an article: a name line, then a line that opens with that name ("Simon Bradley",
/// "Simon Bradley is a writer and editor at …"; "VentureBeat", "VentureBeat's mission is …").
extension ContextRules {
    /// The joints that follow the name at the opening of a card's description.
    private static let cardJoints: [StaticString] = [" is a ", " is an ", " is the ", " has been ", " covers ", "'s ", "’s ", "’ "]

    /// Marks each name line (one to five words, no sentence) and the description right under it that opens with the
    /// name and a joint (`cardJoints`) as attribution.
    static func markCards(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        var index = 0
        while index + 1 < lines.count {
            defer { index += 1 }
            // the cheap tests first: the description's kind and length, the name's length, the shared first byte
            guard roles.kind(index + 1) == .text, lines[index + 1].words >= 6, lines[index].words <= 5,
                  lines[index].firstLowerByte == lines[index + 1].firstLowerByte,
                  lines[index + 1].number == lines[index].number + 1 else { continue }
            let kind = roles.kind(index)
            guard kind == .text || kind == .byline || kind == .duplicate, !lines[index].endsLikeSentence,
                  isCard(page.bytes(lines[index]), page.bytes(lines[index + 1])) else { continue }
            roles.set(index, .furniture(.attribution))
            roles.set(index + 1, .furniture(.attribution))
        }
    }

    /// True when `description` opens with the bytes of `name`, then one of `cardJoints`.
    private static func isCard(_ name: UnsafeBufferPointer<UInt8>, _ description: UnsafeBufferPointer<UInt8>) -> Bool {
        guard description.count > name.count else { return false }
        for offset in name.indices where description[offset] != name[offset] { return false }
        let rest = UnsafeBufferPointer(rebasing: description[name.count...])
        for joint in cardJoints where FoldedBytes.equal(rest, at: 0, joint) { return true }
        return false
    }
}
