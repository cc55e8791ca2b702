/// Name splitting for bylines: people, roles, outlets glued to names, particles and initials.
extension BylineRule {
    /// Splits "X, Y and Z, Role" into one entry per person, the role attached to each: text of ASCII bytes other than
    /// CR and LF (one byte, one Character) on its bytes (`peopleASCII`), other text as `plainPeople`.
    static func people(in text: Substring) -> [BylineEntry] {
        let ascii: [BylineEntry]? = text.withUTF8Bytes { bytes in
            bytes.allSatisfy { $0 < 0x80 && $0 != 0x0A && $0 != 0x0D } ? peopleASCII(bytes) : nil
        }
        return ascii ?? plainPeople(in: text)
    }

    /// `people(in:)` read as `Substring`s.
    static func plainPeople(in text: Substring) -> [BylineEntry] {
        if let paired = pairedAffiliations(text) { return paired }
        var entries: [BylineEntry] = []
        var text = text
        // each cut holds a "|" byte, each dash a "-" or an E2 lead byte: a text without them skips those searches
        let (bar, dashes, slash) = text.withUTF8Bytes { bytes in
            (bytes.contains(UInt8(ascii: "|")), bytes.contains { $0 == UInt8(ascii: "-") || $0 == 0xE2 }, bytes.contains(UInt8(ascii: "/")))
        }
        if bar { for cut in [" | ", " |", "|"] { if let r = text.fastRange(of: cut) { text = text[..<r.lowerBound] } } }
        var roleFromDash: String?
        if dashes || slash, let dash = text.fastRange(of: " - ") ?? text.fastRange(of: " – ") ?? text.fastRange(of: " — ")
            ?? text.fastRange(of: " / ") {  // "Chen Yu-fu / Staff reporter"
            let after = text[dash.upperBound...].trimmedSpace
            if isRole(after) { roleFromDash = String(after) }
            text = text[..<dash.lowerBound]
        }
        text = unglueOutlet(text)
        // a text with nothing to cut at is its one part: no comma pieces or "and" cuts to build
        let (parts, outletAfterList) = soleNamePart(text).map { ([$0], nil) } ?? cutParts(text)
        var pendingWithoutRole: [Int] = [], roleEnd: String.Index?
        for part in parts where !part.isEmpty {
            if isAgency(part) {
                if entries.isEmpty { entries.append(BylineEntry(name: String(part))) } else { for index in pendingWithoutRole { entries[index].role = String(part) } }
                continue
            }
            if isRole(part) {
                let name = trimName(part)
                let remainder = part[name.endIndex...]
                if name.endIndex != part.endIndex, looksLikeName(name), !isRole(name),
                   !remainder.spaceWords.contains(where: { jobWords.contains($0.lowercased()) }) {
                    // "Trevor J. Mitchell Sioux Falls Argus Leader": the name, then the outlet
                    entries.append(BylineEntry(name: String(name), role: String(part[name.endIndex...].trimmedSpace)))
                    continue
                }
                for index in pendingWithoutRole { entries[index].role = String(part) }
                pendingWithoutRole = []; roleEnd = part.endIndex
                continue
            }
            if isOutletAfterRole(text, part, after: roleEnd), part.endIndex == parts.last?.endIndex || andFollows(text, part) { continue }  // "…, Writer, Outlet"
            var name = beforeDoubleSpace(trimName(part))
            // a place cut needs its word between spaces: a name holding none of the three skips the searches (a
            // shorter name is a prefix of this one, and holds none either)
            if name.withUTF8Bytes(mayHoldPlaceCut) {
                for place in [" in ", " at ", " for "] {
                    if let cut = name.fastRange(of: place), name[cut.upperBound...].startsUppercase { name = name[..<cut.lowerBound].trimmedSpace }
                }
            }
            guard name.wordCount >= 2, looksLikeName(name) else { continue }
            entries.append(BylineEntry(name: String(name)))
            pendingWithoutRole.append(entries.count - 1)
        }
        if let role = roleFromDash ?? outletAfterList.map(String.init) {
            for index in entries.indices where entries[index].role == nil { entries[index].role = role }
        }
        return entries
    }

    /// True when `part`, lowercased, is a wire agency.
    static func isAgency(_ part: Substring) -> Bool {
        // ASCII text lowers byte for byte: its shape is its first byte folded and its length, known before lowering
        let shaped: Bool? = part.withUTF8Bytes { bytes in
            guard let first = bytes.first, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return agencyShapes.mayContain(first: FoldedBytes.fold(first), length: bytes.count)
        }
        if shaped == false { return false }
        let lower = part.lowercasedFast
        return agencyShapes.mayContain(lower) && agencies.contains(lower)
    }

    /// Shapes of `agencies`.
    static let agencyShapes = KeyShapes(agencies)

    /// Two or more Characters, all uppercase ("CNN"). An ASCII word is read on its bytes: one byte, one Character,
    /// and only A–Z are uppercase.
    static func isAcronym(_ word: Substring) -> Bool {
        let ascii: Bool? = word.withUTF8Bytes { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            return bytes.count >= 2 && bytes.allSatisfy { $0 &- UInt8(ascii: "A") < 26 }
        }
        return ascii ?? (word.count >= 2 && word.allSatisfy { $0.isUppercase })
    }

    /// "Jonathan GarberFOXBusiness" → "Jonathan Garber": a lowercase letter followed by two capitals starts an outlet name.
    static func unglueOutlet(_ text: Substring) -> Substring {
        // ASCII text (the common case): the same test on bytes, where only a–z are lowercase and A–Z uppercase
        let ascii: Int?? = text.withUTF8Bytes { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            guard bytes.count >= 3 else { return .some(nil) }
            for i in 0..<(bytes.count - 2)
            where bytes[i] &- UInt8(ascii: "a") < 26 && bytes[i + 1] &- UInt8(ascii: "A") < 26 && bytes[i + 2] &- UInt8(ascii: "A") < 26 {
                return i + 1
            }
            return .some(nil)
        }
        if let ascii {
            guard let cut = ascii else { return text }
            return text[..<text.utf8.index(text.utf8.startIndex, offsetBy: cut)]
        }
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 3 else { return text }
        for i in 0..<(scalars.count - 2)
        where scalars[i].properties.isLowercase && scalars[i + 1].properties.isUppercase && scalars[i + 2].properties.isUppercase {
            let index = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: i + 1)
            return text[..<index]
        }
        return text
    }

    /// "Trevor J. Mitchell Sioux Falls Argus Leader" → "Trevor J. Mitchell": a long run keeps first name, initials and surname.
    static func trimName(_ part: Substring) -> Substring {
        // ASCII text splits into the words `spaceWords` finds: three or fewer keep the part, with no word list built
        let short = part.withUTF8Bytes { bytes -> Bool in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            var count = 0
            _ = ByteSearch.allASCIIWords(bytes) { _ in count += 1; return count <= 3 }
            return count <= 3
        }
        if short { return part }
        let words = part.spaceWords
        guard words.count > 3, !part.withUTF8Bytes(isParticleName) else { return part }
        var end = 1
        while end < words.count - 1, words[end].fastHasSuffix("."), words[end].count <= 2 { end += 1 }
        return part[words[0].startIndex..<words[end].endIndex]
    }
}
