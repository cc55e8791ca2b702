/// Pronoun gender: "he" never points at someone the text called "she" (and the reverse).
extension SpeakerResolver {
    static let his = WordKey.of("his"), her = WordKey.of("her")

    /// 1 for "he", 2 for "she", 0 for any other word.
    @inline(__always)
    static func gender(of key: UInt64) -> UInt8 { key == he ? 1 : key == she ? 2 : 0 }

    /// 1 for "his", 2 for "her", nil for any other word.
    @inline(__always)
    static func possessiveGender(_ key: UInt64) -> UInt8? { key == his ? 1 : key == her ? 2 : nil }

    static let maleTitles = WordKey.set(["mr", "mr."]), femaleTitles = WordKey.set(["mrs", "mrs.", "ms", "ms.", "miss"])

    /// 1 for "Mr", 2 for "Mrs", "Ms" and "Miss", 0 for any other title.
    static func titleGender(_ key: UInt64) -> UInt8 { maleTitles.contains(key) ? 1 : femaleTitles.contains(key) ? 2 : 0 }

    /// The subject a pronoun of gender `g` (0: any) points at before token `token` of paragraph `p`: the nearest
    /// subject, unless the text gave it the other gender; then the nearest earlier subject the text gave gender `g`
    /// (within twelve paragraphs), else the nearest subject still.
    mutating func subject(paragraph p: Int, before token: Int, gender g: UInt8) -> Int? {
        guard let near = subject(paragraph: p, before: token), g != 0 else { return subject(paragraph: p, before: token) }
        let ng = table.gender(near)
        guard ng != 0, ng != g else { return near }
        var a = Self.count(sentenceSubjects, before: p, token), b = Self.count(spokenSubjects, before: p, token)
        var looked = 0
        while a > 0 || b > 0, looked < 64 {
            looked += 1
            let useA = b == 0 || a > 0 && !sentenceSubjects[a - 1].isBefore(spokenSubjects[b - 1].paragraph, spokenSubjects[b - 1].token)
            let e = useA ? sentenceSubjects[a - 1] : spokenSubjects[b - 1]
            if useA { a -= 1 } else { b -= 1 }
            if p - e.paragraph > 12 { break }
            if table.gender(e.entity) == g { return e.entity }
        }
        return near
    }

    /// How many entries of a sorted log are before (p, token), by binary search.
    static func count(_ list: [SubjectEntry], before p: Int, _ token: Int) -> Int {
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid].isBefore(p, token) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

extension EntityTable {
    /// The gender the text gave entity `i` (0 unknown, 1 "he", 2 "she").
    @inline(__always)
    func gender(_ i: Int) -> UInt8 { entities[i].gender }

    /// Gives entity `i` gender `g` (1 "he", 2 "she") unless it has one already.
    @inline(__always)
    mutating func noteGender(_ i: Int, _ g: UInt8) {
        if g != 0, entities[i].gender == 0 { entities[i].gender = g }
    }
}
