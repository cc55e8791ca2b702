/// Nationality nouns that stand for a person already named ("The Dutchman added", "said the Spaniard").
extension CueTable {
    /// Nouns for one person of a nation, as sports and news writing uses them for the last-named person ("the
    /// Dutchman", "the Spaniard"); names of newspapers ("The Scotsman", "The Australian") are left out.
    static let demonyms: KeySet = WordKey.set([
        "dutchman", "dutchwoman", "frenchman", "frenchwoman", "englishman", "englishwoman", "irishman", "irishwoman",
        "welshman", "welshwoman", "scotswoman", "spaniard", "swede", "dane", "finn", "pole", "serb", "croat", "slovak",
        "slovenian", "czech", "brit", "kiwi", "aussie", "argentine", "argentinian", "brazilian", "norwegian", "italian",
        "german", "portuguese", "belgian", "canadian", "nigerian", "ghanaian", "kenyan", "mexican", "colombian",
        "uruguayan", "chilean", "peruvian", "venezuelan", "ecuadorian", "russian", "ukrainian", "austrian", "hungarian",
        "romanian", "bulgarian", "greek", "turk", "egyptian", "moroccan", "algerian", "tunisian", "senegalese",
        "cameroonian", "ivorian", "zimbabwean", "jamaican", "japanese", "korean", "georgian", "icelander",
    ])

    /// True when `tokens[range]` is "the" and one capitalised nationality noun ("The Dutchman", "the Spaniard").
    @inline(__always)
    static func isDemonymPhrase(_ tokens: TokenList, _ range: Range<Int>, _ run: NameRun) -> Bool {
        run.keyCount == 1 && run.first == range.lowerBound + 1 && tokens[range.lowerBound].key == Keyword.the
            && (run.last == range.upperBound || !tokens[run.last].isWord)
            && !run.isOrganization && demonyms.contains(tokens[run.nameStart].key)
    }
}
