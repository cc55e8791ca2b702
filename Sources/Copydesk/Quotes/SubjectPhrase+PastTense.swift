/// A name run before a past tense is a sentence's subject ("Grisham dismissed", "Moreno laid out"), not a modifier.
extension SubjectPhrase {
    /// Common irregular past tenses that follow a subject ("Moreno laid out her position").
    static let irregularPast: KeySet = WordKey.set([
        "laid", "made", "gave", "took", "kept", "held", "spoke", "wrote", "set", "sent", "left", "went", "came", "saw",
        "got", "struck", "drew", "led", "sat", "stood", "shook", "began", "threw", "won", "lost", "felt", "found",
        "thought", "brought", "sought", "fought", "taught", "met", "ran", "spent", "paid", "meant", "broke", "chose",
    ])

    /// "Grisham dismissed", "Moreno laid out": the word after the run is a past tense ("-ed" or a common irregular
    /// one) and no preposition takes the name ("ambassador to Britain accused"), so the run is the subject, not a
    /// noun's modifier.
    @inline(never)
    static func isSubjectsPastTense(_ tokens: TokenList, _ range: Range<Int>, _ run: NameRun) -> Bool {
        guard tokens.endsEd(run.last) || tokens[run.last].isWord && irregularPast.contains(tokens[run.last].key) else { return false }
        return !(run.first > range.lowerBound && tokens[run.first - 1].isIn(WordLists.preposition))
    }
}
