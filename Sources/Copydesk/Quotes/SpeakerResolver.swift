/// Resolves speaker references to full names as the article is read in order: keeps the entity
/// table, the mentions of each paragraph (outside quotes) for pronouns, and recent speakers.
struct SpeakerResolver {
    /// The article's people and organisations.
    var table: EntityTable
    /// Mentions of every paragraph read: (token index, entity index), outside quotes.
    private(set) var mentionItems: [(token: Int, entity: Int)] = []
    /// The range of `mentionItems` of each paragraph (empty for paragraphs not read).
    private(set) var mentionRanges: [Range<Int>] = []
    /// The person most recently the subject of a sentence or a quote, and where.
    var sentenceSubjects: [SubjectEntry] = []
    var spokenSubjects: [SubjectEntry] = []

    /// The head noun of the most recent unnamed source ("expert" for "one legal expert").
    var lastUnnamedHead: (paragraph: Int, head: UInt64)?
    /// Where the most recent unnamed source (not a spokesperson) was cited: a pronoun right after it is that source.
    var lastUnnamedAt: (paragraph: Int, token: Int)?
    /// Where the latest "a spokeswoman said" spoke, the organisation it resolved to and its head noun.
    var lastSpokesAt: (paragraph: Int, token: Int, entity: Int, head: UInt64)?

    /// Creates a resolver over a built table.
    init(table: EntityTable) { self.table = table }

    /// Forgets the article read so far (table, mentions, subjects, clock), keeping the storage.
    mutating func removeAll() {
        table.removeAll()
        mentionItems.removeAll(keepingCapacity: true); mentionRanges.removeAll(keepingCapacity: true)
        sentenceSubjects.removeAll(keepingCapacity: true); spokenSubjects.removeAll(keepingCapacity: true)
        lastUnnamedHead = nil; lastUnnamedAt = nil; lastSpokesAt = nil
    }

    /// Records the names mentioned in paragraph `p` (quotes are single tokens, so names inside
    /// quotes are never seen).
    mutating func read(paragraph p: Int, tokens: TokenList) {
        if mentionRanges.isEmpty {
            mentionItems.reserveCapacity(64); mentionRanges.reserveCapacity(32)
            sentenceSubjects.reserveCapacity(32); spokenSubjects.reserveCapacity(16)
        }
        let first = mentionItems.count
        var inverted = false
        var at = 0
        while let run = NameRuns.nextRun(tokens, from: &at, before: tokens.count) {
            if Self.modifiesNoun(run, tokens) { continue }
            if run.last < tokens.count, tokens[run.last].kind == .quote, let second = NameRuns.nicknamed(run, tokens) {
                let entity = table.addNicknamed(run, second, tokens, paragraph: p)
                mentionItems.append((run.first, entity)); touch(entity); at = second.last; continue
            }
            let titled = Self.isTitleMention(run, tokens)
            if titled, run.last < tokens.count, tokens[run.last].kind == .comma { continue }
            let entity = titled ? titleHolder(run, tokens, paragraph: p)
                : run.keyCount >= 2 || run.isOrganization
                ? table.add(run: run, tokens: tokens, paragraph: p, recent: true)
                : table.resolve(run, tokens, recent: true, paragraph: p) ?? speakingOne(run, tokens, paragraph: p)
            guard let entity else { continue }
            mentionItems.append((run.first, entity))
            // "…, says Rosa Quintanilla": a name after a comma and a verb may be a sentence's subject
            if run.first >= 2, tokens[run.first - 1].isIn(WordLists.verb), tokens[run.first - 2].kind == .comma { inverted = true }
            // "The deputy secretary, Dr Hamisi Mwakasege, said", "…, manager Sheila Navarro said"
            if Self.isBetweenCommasBeforeVerb(run, tokens) || Self.isNameBeforeVerb(run, tokens) { inverted = true }
            touch(entity)
        }
        while mentionRanges.count < p { mentionRanges.append(0..<0) }
        if mentionRanges.count == p { mentionRanges.append(first..<mentionItems.count) } else { mentionRanges[p] = first..<mentionItems.count }
        noteSentenceSubjects(paragraph: p, tokens: tokens, mentions: first..<mentionItems.count, genders: !inverted)
        if inverted { noteInvertedSubjects(paragraph: p, tokens: tokens, mentions: first..<mentionItems.count) }
    }

    /// True for a run between a possessive and a common noun ("the Queen's Birthday Honours list"): it names a thing,
    /// not someone a later pronoun may point at.
    @inline(__always)
    static func modifiesNoun(_ run: NameRun, _ tokens: TokenList) -> Bool {
        guard run.first > 0, tokens[run.first - 1].possessive, run.last < tokens.count, !run.possessive else { return false }
        let next = tokens[run.last]
        return next.isWord && !next.capitalized && !next.isIn(WordLists.verb | WordLists.filler | WordLists.phraseBreaker)
    }

    /// Marks entity `i` as the most recently mentioned.
    @inline(__always)
    mutating func touch(_ i: Int) { table.touch(i) }


    static let they = WordKey.of("they"), he = WordKey.of("he"), she = WordKey.of("she")
    static let prepositions: KeySet = WordKey.set(["in", "on", "at", "of", "to", "for", "from", "with", "by", "through",
                                                                 "about", "against", "into", "over", "under", "after", "before", "during", "like", "near"])
}
