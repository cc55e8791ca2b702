/// Pronouns that are not a subject's but still name who speaks: "according to her", "his advice".
extension SubjectPhrase {
    /// Object pronouns and the subject pronoun each stands for ("her": "she").
    static let objectPronouns: [UInt64: UInt64] = [
        WordKey.of("him"): WordKey.of("he"), WordKey.of("her"): WordKey.of("she"), WordKey.of("them"): WordKey.of("they"),
    ]

    /// "according to her": a phrase that is one object pronoun, read as its subject pronoun; nil otherwise.
    static func objectPronoun(_ tokens: TokenList, _ range: Range<Int>) -> SpeakerReference? {
        guard range.count == 1, tokens[range.lowerBound].isWord, let subject = objectPronouns[tokens[range.lowerBound].key] else { return nil }
        return .pronoun(subject, at: range.lowerBound)
    }

    /// Possessive pronouns and the pronoun each stands for ("his advice": "he").
    static let possessivePronouns: [UInt64: UInt64] = [
        WordKey.of("his"): WordKey.of("he"), WordKey.of("her"): WordKey.of("she"),
        WordKey.of("their"): WordKey.of("they"), WordKey.of("its"): WordKey.of("it"),
    ]
}
