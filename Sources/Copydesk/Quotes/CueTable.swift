/// Tables of known words the quotes stage relies on: reporting verbs and phrases, titles,
/// pronouns, organisation words. General English newswire vocabulary, never publisher-specific.
enum CueTable {
    /// Reporting verbs in every form that introduces or follows a quotation.
    static let verbs: Set<UInt64> = {
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
            "tell", "informs", "informed", "describing", "calling",
        ]
        return WordKey.set(stems)
    }()

    /// Verbs that only count as a cue when the quote sits right after them or after "as".
    static let weakVerbs: Set<UInt64> = WordKey.set(["called", "call", "calling", "described", "describes", "describing",
                                         "went", "goes", "began", "begin", "point", "pointed", "state", "states",
                                         "order", "orders", "report", "reported", "reports", "announced", "announce", "announces"])

    /// Adverbs and auxiliaries that may sit between a speaker and the verb ("Wang has also said").
    static let fillers: Set<UInt64> = WordKey.set([
        "also", "later", "previously", "then", "has", "had", "have", "would", "will", "once", "again", "further",
        "earlier", "recently", "simply", "just", "quickly", "finally", "first", "last", "still", "repeatedly",
        "publicly", "privately", "reportedly", "apparently", "separately", "openly", "bluntly", "flatly",
        "is", "was", "were", "are", "did", "does", "do", "been", "being", "not", "even", "only", "now",
    ])

    /// Pronouns that resolve to the most recent person or organisation.
    static let personPronouns: Set<UInt64> = WordKey.set(["he", "she"])
    /// Pronouns that resolve to an organisation or group first.
    static let groupPronouns: Set<UInt64> = WordKey.set(["they", "it"])

    /// Determiners that introduce an unnamed source ("an officer", "one user").
    static let indefinite: Set<UInt64> = WordKey.set(["a", "an", "one", "another", "some", "several", "two", "three", "many", "other", "most", "few"])

    /// Titles and job words that are not part of a name ("President", "coach").
    static let titles: Set<UInt64> = WordKey.set([
        "president", "vice", "minister", "secretary", "chairman", "chairwoman", "chair", "ceo", "cfo", "coo", "cto",
        "director", "spokesman", "spokeswoman", "spokesperson", "coach", "governor", "gov.", "gov", "sen.", "sen", "senator",
        "rep.", "rep", "representative", "judge", "justice", "general", "gen.", "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms",
        "prof.", "prof", "professor", "ambassador", "commander", "chief", "officer", "analyst", "leader", "team", "head",
        "founder", "co-founder", "manager", "editor", "host", "author", "scientist", "sheriff", "mayor", "lt.", "col.", "sgt.", "capt.",
        "captain", "premier", "chancellor", "commissioner", "attorney", "prosecutor", "agent", "inspector", "superintendent",
        "deputy", "acting", "former", "lead", "senior", "strategist", "economist", "researcher", "correspondent", "lawyer",
        "spokesman,", "adviser", "advisor", "executive", "official", "speaker", "councillor", "councilman", "councilwoman",
        "mp", "mep", "presidential", "candidate", "assistant", "associate", "principal", "partner", "investigator",
        "detective", "trooper", "constable", "officials", "star", "actor", "actress", "singer", "rapper", "player",
        "forward", "guard", "quarterback", "striker", "midfielder", "defender", "goalkeeper", "pitcher", "chef", "owner",
        "investor", "trader", "fan", "resident", "student", "teacher", "worker", "pilot", "driver", "activist",
        "campaigner", "protester", "lawmaker", "legislator", "politician", "diplomat", "envoy", "negotiator", "consultant",
        "farmer", "veteran", "witness", "member", "neighbour", "neighbor", "owner", "artist", "musician", "writer",
        "novelist", "producer", "filmmaker", "director", "designer", "architect", "broker", "banker", "entrepreneur",
        "officer", "commentator", "pundit", "columnist", "journalist", "reporter", "photographer", "coordinator",
        "study", "co-author", "physician", "doctor", "nurse", "surgeon", "expert", "historian", "meteorologist", "engineer",
    ])

    /// Titles kept inside the name because they are part of how the person is named.
    static let nameTitles: Set<UInt64> = WordKey.set(["prince", "princess", "king", "queen", "pope", "sir", "dame", "lord", "lady", "sheikh", "emir"])

    /// Lower-case particles inside personal names ("Van Der Beek", "bin Salman").
    static let nameParticles: Set<UInt64> = WordKey.set(["van", "der", "de", "den", "von", "bin", "al", "la", "le", "di", "da", "du", "dos", "del", "ter", "ibn"])

    /// Words that mark an organisation.
    static let organizationWords: Set<UInt64> = WordKey.set([
        "commission", "ministry", "department", "office", "agency", "bank", "party", "university", "council", "committee",
        "association", "institute", "corp", "corp.", "inc", "inc.", "co.", "ltd", "ltd.", "llc", "group", "company", "court",
        "police", "army", "navy", "force", "forces", "service", "services", "administration", "government", "military",
        "board", "authority", "foundation", "federation", "union", "organisation", "organization", "society", "centre",
        "center", "productions", "records", "network", "media", "airlines", "motors", "industries", "holdings", "fund",
        "reserve", "congress", "senate", "parliament", "assembly", "cabinet", "embassy", "consulate", "club", "league",
        "hospital", "school", "college", "academy", "bureau", "kremlin", "pentagon", "productions",
    ])

    /// Lower-case head nouns that name an organisation when they follow a proper name ("US military").
    static let organizationHeads: Set<UInt64> = WordKey.set([
        "military", "government", "ministry", "police", "army", "navy", "department", "office", "agency", "company",
        "embassy", "administration", "authorities", "court", "council", "committee", "team", "club", "firm", "group",
    ])

    /// Nouns that point back to an organisation's statement ("the statement said").
    static let statementNouns: Set<UInt64> = WordKey.set(["statement", "report", "release", "filing", "letter", "notice", "company", "firm",
                                              "agency", "ministry", "department", "group", "organisation", "organization", "government"])

    /// Capitalised words that never start or join a name.
    static let notNames: Set<UInt64> = WordKey.set([
        "the", "a", "an", "in", "on", "at", "but", "and", "or", "he", "she", "it", "they", "we", "i", "you", "this", "that",
        "these", "those", "his", "her", "their", "our", "my", "its", "as", "for", "with", "from", "by", "to", "of", "after",
        "before", "when", "while", "if", "so", "yet", "there", "here", "what", "why", "how", "who", "where", "later", "earlier",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.",
        "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "meanwhile", "however", "also", "still", "then",
        "last", "next", "during", "despite", "although", "though", "because", "since", "until", "now", "today", "tonight",
        "yesterday", "tomorrow", "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.", "dr", "separately", "instead", "asked",
        "said", "says", "told", "according", "speaking", "photo", "image", "video", "read", "more", "advertisement",
    ])

    /// Abbreviations whose trailing dot does not end a sentence.
    static let abbreviations: Set<UInt64> = WordKey.set([
        "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "lt", "col", "sgt", "capt", "prof", "st", "jr", "sr", "inc",
        "co", "corp", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "mt", "ft", "rev", "hon", "adm", "maj", "cmdr", "supt", "det", "insp",
    ])

    /// Prepositions and conjunctions that end a speaker phrase after the verb ("said Wang of the CDF").
    static let phraseBreakers: Set<UInt64> = WordKey.set([
        "of", "at", "in", "on", "from", "with", "for", "to", "during", "after", "before", "who", "which", "that", "as",
        "when", "while", "and", "but", "about", "via", "through", "into", "over", "under", "because", "since",
    ])
}

/// Keys of single words the rules compare against.
enum Keyword {
    static let and = WordKey.of("and"), of = WordKey.of("of"), amp = WordKey.of("&"), for_ = WordKey.of("for")
    static let the = WordKey.of("the"), a = WordKey.of("a"), an = WordKey.of("an"), that = WordKey.of("that")
    static let according = WordKey.of("according"), to = WordKey.of("to"), who = WordKey.of("who")
    /// "the", "a", "an".
    static let articles: Set<UInt64> = [the, a, an]
    /// Determiners of a definite description ("the actor", "its statement").
    static let definite: Set<UInt64> = WordKey.set(["the", "this", "that", "his", "her", "their", "its"])
    /// Connectors that may join capitalised words into one name ("Bank of England", "Reform Commission").
    static let connectors: Set<UInt64> = [of, and, amp, for_]
}
