/// Keys of single words the rules compare against.
enum Keyword {
    static let and = WordKey.of("and"), of = WordKey.of("of"), amp = WordKey.of("&"), for_ = WordKey.of("for")
    static let the = WordKey.of("the"), a = WordKey.of("a"), an = WordKey.of("an"), that = WordKey.of("that")
    static let according = WordKey.of("according"), to = WordKey.of("to"), who = WordKey.of("who")
    /// "from" and "at": a person's organisation follows ("Gavin Thomson from Friends of the Earth").
    static let from = WordKey.of("from"), at = WordKey.of("at")
    /// "the", "a", "an".
    static let articles = KeySet(keys: [the, a, an])
    /// Determiners of a definite description ("the actor", "its statement").
    static let definite: KeySet = WordKey.set(["the", "this", "that", "his", "her", "their", "its"])
    /// Connectors that may join capitalised words into one name ("Bank of England", "Reform Commission").
    static let connectors = KeySet(keys: [of, and, amp, for_])
    /// Reporting verbs whose next noun phrase is who was spoken to, never the speaker ("told CNN", "informed reporters").
    static let addresseeCues: KeySet = WordKey.set(["told", "tells", "tell", "telling", "informed", "informs"])
}
