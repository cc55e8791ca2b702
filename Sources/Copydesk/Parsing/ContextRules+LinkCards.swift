/// Link boxes between paragraphs that no list header opens: a promo header over story titles ("Read more", then three
/// titles), and a link card (a story title, its summary, the site's name: "NotesFromPoland.com").
extension ContextRules {
    /// Marks each promo line of at most three words that is no sentence ("Read more") and has titles under it between
    /// paragraphs as an in-article promo (`markInlinePromo`, up to three titles), or over a card (`markHeaderCard`).
    static func markPromoHeaderLinks(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        for index in lines.indices.dropFirst().dropLast() where roles.kind(index) == .promo && lines[index].words <= 3
            && !lines[index].endsLikeSentence && roles.kind(index + 1) == .text {
            _ = markInlinePromo(at: index, roles, lines, page, maxTitles: 3) || markHeaderCard(at: index, roles, lines, page)
        }
    }

    /// Marks each link card set between paragraphs: a title (`isTitle`) over a summary of at most forty words over a
    /// site-name line (`isSiteName`), each a text line, a paragraph above the title. The title becomes a related link,
    /// the summary and the site's name promo furniture.
    static func markLinkCards(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        guard lines.count >= 4 else { return }
        for index in 3..<lines.count where lines[index].words == 1 && roles.kind(index) == .text
            && lines[index].lastByte &- UInt8(ascii: "a") < 26 {
            guard roles.kind(index - 1) == .text, roles.kind(index - 2) == .text, roles.kind(index - 3) == .text,
                  lines[index - 1].words <= 40, isTitle(lines[index - 2]), lines[index - 3].isParagraphLike,
                  isSiteName(page.bytes(lines[index])) else { continue }
            roles.set(index - 2, .related(String(page.text(lines[index - 2]))))
            roles.set(index - 1, .furniture(.promo))
            roles.set(index, .furniture(.promo))
        }
    }

    /// True for a site's name as its address prints it ("NotesFromPoland.com", "example.co.uk"): at most forty bytes of
    /// ASCII letters, digits, "-" and ".", opening with a letter, closing with "." and two to four lowercase letters.
    static func isSiteName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= 40, let first = bytes.first, (first | 0x20) &- UInt8(ascii: "a") < 26 else { return false }
        var dot = -1
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") { dot = index; continue }
            guard (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "-") else { return false }
        }
        let ending = bytes.count - 1 - dot
        guard dot > 0, ending >= 2, ending <= 4 else { return false }
        return bytes[(dot + 1)...].allSatisfy { $0 &- UInt8(ascii: "a") < 26 }
    }
}
