/// A person or organisation introduced in the article.
struct Entity {
    /// The full name as introduced ("Wang Zhigang").
    var name: String
    /// The name's words lower-cased.
    var lower: [String]
    /// Person or organisation.
    var kind: Speaker.Kind
    /// The role as printed at the first mention that gives one ("science minister").
    var role: String?
    /// An acronym: explicit "(NDRC)" or the initials of a long organisation name.
    var acronym: String?
    /// True when the name looks like a place rather than a person ("Hong Kong", "United States").
    var looksLikePlace: Bool
    /// The body paragraph of the first mention (-1 for headline, standfirst and captions).
    var firstParagraph: Int
}

/// The per-article table of people and organisations, built from their first mentions outside
/// quotes, and the look-ups that resolve short names ("Wang", "NDRC") to full names.
struct EntityTable {
    /// Every entity, in order of first mention.
    private(set) var entities: [Entity] = []
    private var index: [String: Int] = [:]

    private static let placeWords: Set<String> = [
        "states", "city", "county", "kingdom", "republic", "island", "islands", "sea", "river", "street", "valley",
        "beach", "north", "south", "east", "west", "new", "los", "san", "hong", "kong", "united", "china", "america",
        "district", "province", "state", "mount", "lake", "park", "bay", "coast", "africa", "europe", "asia", "dakota",
    ]

    /// Adds the multi-word names and acronyms found in one block's tokens.
    mutating func add(tokens: [Token], paragraph: Int) {
        for run in NameRuns.runs(tokens, in: 0..<tokens.count) { add(run: run, tokens: tokens, paragraph: paragraph) }
    }

    /// Adds one run; single plain words are not introductions.
    @discardableResult
    mutating func add(run: NameRun, tokens: [Token], paragraph: Int) -> Int? {
        let explicit = explicitAcronym(after: run.last, tokens)
        guard run.words.count >= 2 || run.isOrganization || explicit != nil else { return nil }
        let key = run.lower.joined(separator: " ")
        let role = Self.role(of: run, tokens)
        if let found = index[key] {
            if entities[found].role == nil { entities[found].role = role }
            if entities[found].acronym == nil { entities[found].acronym = explicit }
            return found
        }
        if run.words.count >= 2, !run.isOrganization, let found = resolve(run.lower, near: nil, paragraph: paragraph) { return found }
        let place = run.lower.contains { Self.placeWords.contains($0) }
        let acronym = explicit ?? (run.isOrganization && run.words.count >= 3 ? NameRuns.initials(run.words) : nil)
        entities.append(Entity(name: run.name, lower: run.lower, kind: run.isOrganization ? .organization : .person,
                               role: role, acronym: acronym, looksLikePlace: place && !run.isOrganization,
                               firstParagraph: paragraph))
        index[key] = entities.count - 1
        return entities.count - 1
    }

    /// The entity a surface name refers to: the same name, an acronym, or a contiguous part of a
    /// longer name (last-name match first, then first-name/family-name match). Among several,
    /// the most recently mentioned one (`recency` maps entity → last mention order).
    /// Only names introduced by paragraph `paragraph` count for partial matches.
    func resolve(_ surface: [String], near recency: [Int: Int]?, paragraph: Int) -> Int? {
        guard !surface.isEmpty else { return nil }
        let key = surface.joined(separator: " ")
        if let found = index[key] { return found }
        if surface.count == 1, let found = entities.firstIndex(where: { $0.acronym?.lowercased() == key }) { return found }
        var best: Int?, bestScore = Int.min
        for (i, e) in entities.enumerated() where e.lower.count > surface.count && e.firstParagraph <= paragraph {
            guard let at = Self.find(surface, in: e.lower) else { continue }
            var score = at + surface.count == e.lower.count ? 2 : (at == 0 ? 1 : 0)
            score = score * 1_000_000 + (recency?[i] ?? -1)
            if score > bestScore { bestScore = score; best = i }
        }
        return best
    }

    /// The entity at `i`.
    subscript(_ i: Int) -> Entity { entities[i] }

    /// Entities whose role mentions `noun` ("president" → "US President Donald Trump").
    func withRole(_ noun: String) -> [Int] {
        entities.indices.filter { i in
            guard let role = entities[i].role?.lowercased() else { return false }
            return role.split(whereSeparator: { $0 == " " || $0 == "," }).contains { $0 == Substring(noun) }
        }
    }

    private static func find(_ needle: [String], in hay: [String]) -> Int? {
        guard needle.count <= hay.count else { return nil }
        for s in 0...(hay.count - needle.count) where Array(hay[s..<(s + needle.count)]) == needle { return s }
        return nil
    }

    private func explicitAcronym(after end: Int, _ tokens: [Token]) -> String? {
        guard end + 2 < tokens.count, tokens[end].kind == .other, tokens[end].text == "(",
              tokens[end + 1].isWord, NameRuns.isAcronym(tokens[end + 1].text),
              tokens[end + 2].kind == .other, tokens[end + 2].text == ")" else { return nil }
        return tokens[end + 1].text
    }

    /// Title words in the run, lower-case role words just before it, or an appositive after it.
    static func role(of run: NameRun, _ tokens: [Token]) -> String? {
        var words = run.title
        var k = run.first - 1
        var before: [String] = []
        while k >= 0, before.count < 3, tokens[k].isWord, !tokens[k].capitalized,
              CueTable.titles.contains(tokens[k].lower) || (!before.isEmpty && !CueTable.notNames.contains(tokens[k].lower)
                  && !CueTable.verbs.contains(tokens[k].lower) && !CueTable.fillers.contains(tokens[k].lower)) {
            before.insert(tokens[k].text, at: 0); k -= 1
        }
        words = before + words
        if !words.isEmpty { return words.joined(separator: " ") }
        // Appositive: "Shi Yinhong, an international relations professor with Renmin University,"
        guard run.last < tokens.count, tokens[run.last].kind == .comma else { return nil }
        var j = run.last + 1
        var appositive: [String] = []
        while j < tokens.count, tokens[j].isWord, appositive.count < 12 {
            if appositive.isEmpty {
                let w = tokens[j]
                guard ["a", "an", "the"].contains(w.lower) || w.possessive || CueTable.titles.contains(w.lower) else { return nil }
            }
            appositive.append(tokens[j].text); j += 1
        }
        guard appositive.count >= 2, j < tokens.count, tokens[j].kind == .comma || tokens[j].kind == .stop else { return nil }
        if ["a", "an", "the"].contains(appositive[0].lowercased()) { appositive.removeFirst() }
        return appositive.joined(separator: " ")
    }
}
