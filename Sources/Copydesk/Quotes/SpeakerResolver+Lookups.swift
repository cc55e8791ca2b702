/// Who was the subject, and who was named most recently, before a point of the article.
extension SpeakerResolver {
    /// A person who is the subject from a position on (sorted by paragraph, then token).
    struct SubjectEntry {
        var paragraph: Int
        var token: Int
        var entity: Int
        func isBefore(_ p: Int, _ t: Int) -> Bool { paragraph < p || (paragraph == p && token < t) }
    }

    /// The person who was the subject most recently before token `token` of paragraph `p`, within
    /// the three paragraphs before it. Mutating only so the resolver is read in place: as a plain
    /// method, a call from the resolver's mutating code first copied the whole resolver.
    /// `within`: how many paragraphs back the subject may be.
    mutating func subject(paragraph p: Int, before token: Int, within: Int = 3) -> Int? {
        let a = Self.lastEntry(sentenceSubjects, before: p, token), b = Self.lastEntry(spokenSubjects, before: p, token)
        let best: SubjectEntry?
        if let a, let b { best = a.isBefore(b.paragraph, b.token) ? b : a } else { best = a ?? b }
        guard let best, p - best.paragraph <= within else { return nil }
        return best.entity
    }

    /// The last entry of a sorted log before (p, token), by binary search.
    static func lastEntry(_ list: [SubjectEntry], before p: Int, _ token: Int) -> SubjectEntry? {
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid].isBefore(p, token) { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? list[lo - 1] : nil
    }

    /// The most recent person (or organisation) named in paragraph `p` before `token` or in the two
    /// paragraphs before it (mutating only to be read in place, as `subject`).
    mutating func recent(paragraph p: Int, before token: Int, organization: Bool) -> Int? {
        for q in stride(from: p, through: max(0, p - 2), by: -1) {
            guard q < mentionRanges.count else { continue }
            let range = mentionRanges[q]
            var k = range.upperBound
            if q == p {  // binary search for the mentions before `token`
                var lo = range.lowerBound
                while lo < k { let mid = (lo + k) / 2; if mentionItems[mid].token < token { lo = mid + 1 } else { k = mid } }
            }
            var looked = 0
            while k > range.lowerBound, looked < 200 {
                k -= 1; looked += 1
                let entity = mentionItems[k].entity
                if organization ? table.kind(entity) == .organization : table.isPerson(entity) { return entity }
            }
        }
        return nil
    }

    /// (round 14) `namedSince` up to token `at` of a later paragraph `p`: a person subject or speaker noted after `u`.
    mutating func namedSince(_ u: (paragraph: Int, token: Int), paragraph p: Int, before at: Int) -> Bool {
        let a = Self.lastEntry(sentenceSubjects, before: p, at), b = Self.lastEntry(spokenSubjects, before: p, at)
        return (a.map { !$0.isBefore(u.paragraph, u.token + 1) } ?? false) || (b.map { !$0.isBefore(u.paragraph, u.token + 1) } ?? false)
    }

    /// True when a person became the subject after `u` and before token `at` of paragraph `u.paragraph`.
    mutating func namedSince(_ u: (paragraph: Int, token: Int), before at: Int) -> Bool {
        let a = Self.lastEntry(sentenceSubjects, before: u.paragraph, at), b = Self.lastEntry(spokenSubjects, before: u.paragraph, at)
        return (a.map { !$0.isBefore(u.paragraph, u.token + 1) } ?? false) || (b.map { !$0.isBefore(u.paragraph, u.token + 1) } ?? false)
    }
}
