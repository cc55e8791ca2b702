/// Tables of known words the quotes stage relies on: reporting verbs and phrases, titles,
/// pronouns, organisation words. General English newswire vocabulary, never publisher-specific.
enum CueTable {
    /// Reporting verbs in every form that introduces or follows a quotation.
    static let verbs: KeySet = {
        let stems = [
            "say", "said", "says", "saying", "tell", "told", "tells", "telling", "add", "added", "adds", "adding",
            "insist", "insisted", "insists", "insisting", "note", "noted", "noting", "write", "wrote", "writes", "writing",
            "tweet", "tweeted", "tweets", "tweeting", "ask", "asked", "asks", "asking", "explain", "explained", "explains", "explaining",
            "warn", "warned", "warns", "warning", "continue", "continued", "continues", "comment", "commented", "comments",
            "describe", "described", "describes", "urge", "urged", "urges", "urging", "shout", "shouted", "shouts",
            "ordered", "quip", "quipped", "quips", "replied", "replies", "respond", "responded",
            "stated", "declare", "declared", "declares", "announce", "announced", "announces",
            "claim", "claimed", "argue", "argued", "argues", "arguing", "acknowledge", "acknowledged", "acknowledges",
            "admit", "admitted", "admits", "recall", "recalled", "recalls", "recount", "recounted", "observe", "observed",
            "remark", "remarked", "suggest", "suggested", "suggests", "predict", "predicted", "predicts",
            "concede", "conceded", "concedes", "confirm", "confirmed", "confirms", "stressed", "stresses",
            "emphasise", "emphasised", "emphasize", "emphasized", "emphasizes", "pointed", "points",
            "exclaim", "exclaimed", "yell", "yelled", "scream", "screamed", "cried", "whisper", "whispered",
            "joked", "jokes", "laughed", "sigh", "sighed", "mutter", "muttered", "murmur", "murmured",
            "posted", "wrote", "reported", "testify", "testified", "told", "called", "calls",
            "vow", "vowed", "vows", "promised", "promises", "pledged", "assert", "asserted", "asserts",
            "contend", "contended", "maintain", "maintained", "maintains", "added", "chimed", "interjected", "conclude", "concluded",
            "boast", "boasted", "complain", "complained", "complains", "caution", "cautioned",
            "advise", "advised", "demand", "demanded", "plead", "pleaded", "pleads", "recommend", "recommended",
            "reveal", "revealed", "reveals", "disclose", "disclosed", "countered", "retort", "retorted",
            "tell", "informs", "informed", "describing", "calling", "accused", "accuses", "accusing", "reads",
            "citing", "cited", "cites",
        ]
        return WordKey.set(stems)
    }()

    /// Verbs that only count as a cue when the quote sits right after them or after "as".
    static let weakVerbs: KeySet = WordKey.set(["called", "call", "calling", "described", "describes", "describing",
                                         "went", "goes", "began", "begin", "point", "pointed", "state", "states",
                                         "order", "orders", "report", "reported", "reports", "announced", "announce", "announces",
                                         "accused", "accuses", "accusing", "reads", "citing", "cited", "cites"])

    /// Adverbs and auxiliaries that may sit between a speaker and the verb ("Wang has also said").
    static let fillers: KeySet = WordKey.set([
        "also", "later", "previously", "then", "has", "had", "have", "would", "will", "once", "again", "further",
        "earlier", "recently", "simply", "just", "quickly", "finally", "first", "last", "still", "repeatedly",
        "publicly", "privately", "reportedly", "apparently", "separately", "openly", "bluntly", "flatly",
        "is", "was", "were", "are", "did", "does", "do", "been", "being", "not", "even", "only", "now",
    ])

    /// Pronouns that resolve to the most recent person or organisation.
    static let personPronouns: KeySet = WordKey.set(["he", "she"])
    /// Pronouns that resolve to an organisation or group first.
    static let groupPronouns: KeySet = WordKey.set(["they", "it"])

    /// Heads of an unnamed source who speaks for an organisation ("a spokesman").
    static let spokesHeads: KeySet = WordKey.set(["spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"])

    /// Last words of names that name a thing (a product, plan, law or venue), not someone: no pronoun points at one.
    static let thingHeads: KeySet = WordKey.set(["store", "plan", "act", "app", "scheme", "programme", "program", "project",
                                                 "strategy", "policy", "initiative", "agreement", "treaty", "accord", "index",
                                                 "festival", "awards", "prize", "cup", "championship", "games", "stadium", "airport"])
    /// Determiners that introduce an unnamed source ("an officer", "one user").
    static let indefinite: KeySet = WordKey.set(["a", "an", "one", "another", "some", "several", "two", "three", "many", "other", "most", "few"])

    /// Nouns that point back to an organisation's statement ("the statement said").
    static let statementNouns: KeySet = WordKey.set(["statement", "report", "release", "filing", "letter", "notice", "company", "firm",
                                              "agency", "ministry", "department", "group", "organisation", "organization", "government"])

    /// Nouns that point back to an organisation, never to a person ("the company said", "the charity said").
    static let organizationNouns: KeySet = WordKey.set(["company", "firm", "group", "charity", "union", "retailer", "chain",
                                                        "startup", "carmaker", "automaker", "insurer", "lender", "airline"])

    /// Abbreviations whose trailing dot does not end a sentence.
    static let abbreviations: KeySet = WordKey.set([
        "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "lt", "col", "sgt", "capt", "prof", "st", "jr", "sr", "inc",
        "co", "corp", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "mt", "ft", "rev", "hon", "adm", "maj", "cmdr", "supt", "det", "insp", "cllr", "coun",
        "brig", "spc", "ald", "msgr", "amb", "cpl", "pvt",
    ])

    /// Prepositions and conjunctions that end a speaker phrase after the verb ("said Wang of the CDF").
    static let phraseBreakers: KeySet = WordKey.set([
        "of", "at", "in", "on", "from", "with", "for", "to", "during", "after", "before", "who", "which", "that", "as",
        "when", "while", "and", "but", "about", "via", "through", "into", "over", "under", "because", "since",
    ])
}

