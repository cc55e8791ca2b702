/// The byline word tests on bytes: job titles and name shapes. ASCII text (one byte, one Character; only A–Z
/// uppercase) is read on its bytes, split at the spaces `spaceWords` splits at; other text as words.
extension BylineRule {
    /// True when the text names a job title ("Staff Writer", "AP National Security Writer", "Associated Press").
    static func isRole(_ text: Substring) -> Bool {
        let ascii: Bool? = text.withUTF8Bytes { bytes -> Bool? in bytes.allSatisfy({ $0 < 0x80 }) ? isRoleASCII(bytes) : nil }
        return ascii ?? plainIsRole(text)
    }

    /// `isRole` for ASCII `bytes` (one byte, one Character), read on its bytes.
    static func isRoleASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var acronym = false, lower = false, upper = false
        var index = 0, words = 0
        while index < bytes.count {
            while index < bytes.count, ByteSearch.isASCIISpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { break }
            let start = index
            var capitals = 0
            while index < bytes.count, !ByteSearch.isASCIISpace(bytes[index]) {
                let byte = bytes[index]
                if byte &- UInt8(ascii: "A") < 26 { capitals += 1; upper = true } else if byte &- UInt8(ascii: "a") < 26 { lower = true }
                index += 1
            }
            // a role or outlet word, capitals folded (the lowered word is the folded one)
            let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
            if Gates.roleTable.value(foldingBytes: word) != nil, words >= 2 || !isEnglish(word) { return true }
            words += 1
            if index - start >= 2 && capitals == index - start { acronym = true }  // `isAcronym`
        }
        // an acronym names an outlet unless the text is all capitals (letters, none lowercase): `isAllCaps`
        return acronym && !(upper && !lower)
    }

    /// `isRole` read as words and lowered copies.
    private static func plainIsRole(_ text: Substring) -> Bool {
        let words = text.spaceWords
        for (position, word) in words.enumerated() {
            let lower = word.lowercasedFast
            if roleShapes.mayContain(lower) && roleWords.contains(lower)
                || outletShapes.mayContain(lower) && outletWords.contains(lower) && (position >= 2 || lower != "english") { return true }
        }
        // an acronym in a mixed-case part names an outlet ("CNN Business"), unless the whole byline is in capitals
        return words.contains(where: isAcronym) && !text.isAllCaps
    }

    /// True for "english", capitals folded: it ends an outlet's name after two words or more ("Al Arabiya English"); after
    /// one it is a surname ("Eoin English").
    private static func isEnglish(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        word.count == 7 && FoldedBytes.equal(word, at: 0, "english")
    }

    /// Shapes of `roleWords` and `outletWords`.
    private static let roleShapes = KeyShapes(roleWords), outletShapes = KeyShapes(outletWords)

    /// Capitalised words, initials and particles only, one to six of them, and no digit.
    static func looksLikeName(_ text: Substring) -> Bool {
        let ascii: Bool? = text.withUTF8Bytes { bytes -> Bool? in bytes.allSatisfy({ $0 < 0x80 }) ? looksLikeNameASCII(bytes) : nil }
        return ascii ?? plainLooksLikeName(text)
    }

    /// `looksLikeName` for ASCII `bytes` (one byte, one Character), read on its bytes.
    static func looksLikeNameASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var words = 0, index = 0
        while index < bytes.count {
            while index < bytes.count, ByteSearch.isASCIISpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { break }
            let start = index
            while index < bytes.count, !ByteSearch.isASCIISpace(bytes[index]) {
                if bytes[index] &- UInt8(ascii: "0") < 10 { return false }
                index += 1
            }
            words += 1
            guard words <= 6 else { return false }
            if bytes[start] &- UInt8(ascii: "A") < 26 { continue }
            let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
            guard nameParticleBytes.contains(where: { particle in
                particle.count == word.count && particle.withUnsafeBufferPointer { ByteSearch.equal(word.baseAddress!, $0, count: $0.count) }
            }) else {
                return false
            }
        }
        return words >= 1
    }

    /// `looksLikeName` read as words.
    private static func plainLooksLikeName(_ text: Substring) -> Bool {
        let words = text.spaceWords
        guard (1...6).contains(words.count) else { return false }
        return words.allSatisfy { $0.startsUppercase || nameParticles.contains($0) } && !words.contains { $0.hasDigit }
    }

    /// Lowercase particles a name may hold ("de", "van"), built once rather than per call.
    static let nameParticles: Set<Substring> = ["de", "van", "der", "von", "da", "di", "la", "le", "bin", "al", "el", "du", "dos"]

    /// `nameParticles` as bytes.
    private static let nameParticleBytes: [[UInt8]] = nameParticles.sorted().map { Array($0.utf8) }
}
