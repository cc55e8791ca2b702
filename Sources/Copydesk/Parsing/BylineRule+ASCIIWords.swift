/// Byline word walks on the bytes of ASCII text (one byte, one Character; only a–z lowercase), where the plain
/// rules split words into `Substring`s and lower each one into a `String`: words are the runs between the ASCII spaces
/// `spaceWords` splits at, and a lowered ASCII word is its bytes with A–Z folded.
extension BylineRule {
    /// True when a word of `name`, lowercased, is one of `organisationWords` (`plainIsOrganisation`): an ASCII name is
    /// read on its bytes, other names as words.
    static func isOrganisation(_ name: String) -> Bool {
        let ascii: Bool?? = name.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            let shapes = ASCIIWordTables.organisationShapes, table = ASCIIWordTables.organisationTable
            return !ByteSearch.allASCIIWords(bytes) { word in
                !(shapes.mayContain(first: FoldedBytes.fold(bytes[word.lowerBound]), length: word.count)
                    && table.value(foldingBytes: UnsafeBufferPointer(rebasing: bytes[word])) != nil)
            }
        }
        return (ascii ?? nil) ?? plainIsOrganisation(name)
    }

    /// `isOrganisation` read as words and lowered copies.
    static func plainIsOrganisation(_ name: String) -> Bool {
        name.spaceWords.contains { organisationWords.contains($0.lowercased()) }
    }

    /// Where `matchNameThenRole` cuts the ASCII line `bytes` (whose last word passed `lastWordMayBeJobTitle`): the end of
    /// the name (its first word's start is 0 after trimming) and the start of the role, both byte offsets; `nil` when
    /// the rule finds no two to four words of name. The words are walked back as the rule walks `spaceWords`.
    static func nameThenRoleCut(_ bytes: UnsafeBufferPointer<UInt8>) -> (nameStart: Int, nameEnd: Int, roleStart: Int)? {
        withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: bytes.count / 2 + 1) { words in
            var count = 0
            _ = ByteSearch.allASCIIWords(bytes) { word in
                words[count] = word
                count += 1
                return true
            }
            guard count > 0 else { return nil }
            let roles = ASCIIWordTables.roleWordTable
            @inline(__always) func opensLowercase(_ word: Range<Int>) -> Bool { bytes[word.lowerBound] &- UInt8(ascii: "a") < 26 }
            var start = count - 1
            while start > 0, case let word = words[start - 1],
                  opensLowercase(word) || roles.value(foldingBytes: UnsafeBufferPointer(rebasing: bytes[word])) != nil { start -= 1 }
            // a sentence-case title starts one capitalised word earlier: "Social affairs correspondent", and
            // "Environment editor" after a name of two words or more
            if opensLowercase(words[start]), start < count - 1 || start >= 3 { start -= 1 }
            guard (2...6).contains(start) else { return nil }  // a name of five or six words keeps four once a title's beat words move
            return (words[0].lowerBound, words[start - 1].upperBound, words[start].lowerBound)
        }
    }

    /// `plainUnlabelled` for the bytes of an ASCII line (no CR or LF): its comma pieces, head and roles read as byte spans.
    static func unlabelledASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Match? {
        var count = 0, head = 0..<0, role = false
        var start = 0, index = 0
        while index <= bytes.count {  // the non-empty comma pieces, trimmed; empty ones left out
            if index == bytes.count || bytes[index] == UInt8(ascii: ",") {
                let piece = trim(bytes, start..<index)
                if !piece.isEmpty {
                    if count == 0 { head = piece } else if !role { role = isRoleASCII(slice(bytes, piece)) }
                    count += 1
                }
                start = index &+ 1
            }
            index &+= 1
        }
        guard count > 0 else { return nil }
        if isAgencyASCII(slice(bytes, head)) && count <= 3 { return Match(names: [BylineEntry(name: string(bytes, head))]) }
        guard count >= 2, role else { return nil }
        var names = true
        _ = splitOnAnd(bytes, head) { part in names = names && looksLikeNameASCII(slice(bytes, part)) && slice(bytes, part).contains(where: ByteSearch.isASCIISpace) }
        guard names else { return nil }
        let people = peopleASCII(bytes)
        return people.isEmpty ? nil : Match(names: people)
    }

    /// The ASCII word walks' tables, built once.
    enum ASCIIWordTables {
        /// `organisationWords`, capitals folded.
        static let organisationTable = FoldedKeyTable(organisationWords.sorted().map { ($0, true) })
        /// Shapes of `organisationWords`.
        static let organisationShapes = KeyShapes(organisationWords)
        /// `roleWords` alone, capitals folded.
        static let roleWordTable = FoldedKeyTable(roleWords.sorted().map { ($0, true) })
    }
}
