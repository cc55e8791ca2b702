/// Author and publisher cards under an article: a name line, then a line that opens with that name ("Simon Bradley",
/// "Simon Bradley is a writer and editor at …"; "VentureBeat", "VentureBeat's mission is …"). The name may be printed
/// as "About Name", and a short role line may stand between the name and the description ("Reporter, New Orleans").
extension ContextRules {
    /// The joints that follow the name at the opening of a card's description.
    private static let cardJoints: [StaticString] = [" is a ", " is an ", " is the ", " has been ", " covers ", "'s ", "’s ", "’ "]

    /// Marks each name line (one to five words, or "About" and as many; no sentence), the description under it that
    /// opens with the name and a joint (`cardJoints`), and a role line of at most six words between them as attribution.
    static func markCards(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        var index = 0
        while index + 1 < lines.count {
            defer { index += 1 }
            let words = lines[index].words, first = lines[index].firstLowerByte
            guard words <= 5 || words == 6 && first == UInt8(ascii: "a") else { continue }
            // the description right under the name, or under the name's role line
            guard let description = cardDescription(index, gap: 1, roles, lines, page) ?? cardDescription(index, gap: 2, roles, lines, page)
            else { continue }
            for line in index...description { roles.set(line, .furniture(.attribution)) }
            index = description
        }
    }

    /// The index of the description of the card whose name is line `index`, `gap` lines under it, or `nil`.
    @inline(__always)
    private static func cardDescription(_ index: Int, gap: Int, _ roles: Roles, _ lines: Lines, _ page: LinePage) -> Int? {
        let description = index + gap
        // the cheap tests first: the description's kind and length, the shared first byte, the lines' numbers
        guard description < lines.count, roles.kind(description) == .text, lines[description].words >= 6,
              lines[index].firstLowerByte == lines[description].firstLowerByte || lines[index].firstLowerByte == UInt8(ascii: "a"),
              lines[description].number == lines[index].number + gap else { return nil }
        return cardMatch(index, description, roles, lines, page) ? description : nil
    }

    /// `cardDescription` past its cheap tests: the name line's kind and shape, the role line between, the bytes.
    @inline(never)
    private static func cardMatch(_ index: Int, _ description: Int, _ roles: Roles, _ lines: Lines, _ page: LinePage) -> Bool {
        let kind = roles.kind(index)
        guard kind == .text || kind == .byline || kind == .duplicate, !lines[index].endsLikeSentence,
              description == index + 1 || isRoleLine(index + 1, roles, lines),
              isCard(cardName(page.bytes(lines[index])), page.bytes(lines[description]), sentence: lines[description].endsLikeSentence)
        else { return false }
        // a repeated name line over the description is the card's name, the line above it no part of the card
        return description == index + 1 || !isCard(cardName(page.bytes(lines[index + 1])), page.bytes(lines[description]), sentence: true)
    }

    /// True when line `index` may be the role line of a card ("Economy reporter", "Reporter, New Orleans"): at most
    /// six words, no sentence, read as text, a byline or a repeat.
    private static func isRoleLine(_ index: Int, _ roles: Roles, _ lines: Lines) -> Bool {
        let kind = roles.kind(index)
        return lines[index].words <= 6 && !lines[index].endsLikeSentence && (kind == .text || kind == .byline || kind == .duplicate)
    }

    /// The name of a card's name line: its bytes past an opening "About " (capitals folded), or all of them.
    private static func cardName(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard line.count > 6, FoldedBytes.equal(line, at: 0, "about ") else { return line }
        return UnsafeBufferPointer(rebasing: line[6...])
    }

    /// True when `description` opens with the bytes of `name`, then one of `cardJoints`; a possessive joint only when
    /// the description is a `sentence` ("Uruguay", "Uruguay's central bank cuts rate …" is a section over a headline).
    private static func isCard(_ name: UnsafeBufferPointer<UInt8>, _ description: UnsafeBufferPointer<UInt8>, sentence: Bool) -> Bool {
        guard !name.isEmpty, description.count > name.count else { return false }
        for offset in name.indices where description[offset] != name[offset] { return false }
        let rest = UnsafeBufferPointer(rebasing: description[name.count...])
        for (number, joint) in cardJoints.enumerated() where (sentence || number < 4) && FoldedBytes.equal(rest, at: 0, joint) { return true }
        return false
    }
}
