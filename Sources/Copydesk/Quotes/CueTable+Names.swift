/// The name-side tables of `CueTable`: titles and job words, name particles, organisation words
/// and capitalised words that never start a name.
extension CueTable {
    /// Printed abbreviations of titles, so "the governor" finds "Gov. Kristi Noem" (and "the judge" finds "Justice Shahid Karim").
    static let titleAbbreviations: [UInt64: UInt64] = {
        let pairs = [("governor", "gov."), ("senator", "sen."), ("representative", "rep."), ("general", "gen."),
                     ("professor", "prof."), ("doctor", "dr."), ("lieutenant", "lt."), ("colonel", "col."),
                     ("sergeant", "sgt."), ("captain", "capt."), ("superintendent", "supt."), ("reverend", "rev."),
                     ("judge", "justice"),
                     ("admiral", "adm."), ("ambassador", "amb."), ("commander", "cmdr."), ("alderman", "ald."), ("monsignor", "msgr.")]
        var map: [UInt64: UInt64] = [:]
        for (long, short) in pairs { map[WordKey.of(long)] = WordKey.of(short) }
        return map
    }()

    /// Titles and job words that are not part of a name ("President", "coach").
    static let titles: KeySet = WordKey.set([
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
        "cllr", "cllr.", "coun", "coun.", "showrunner", "creator", "presenter", "anchor", "comedian", "lecturer", "dean", "msp", "mla", "td",
        "det.", "det", "insp.", "insp", "supt.", "supt", "sgt", "pc", "pcso", "rabbi", "imam", "bishop", "archbishop", "pastor",
        "vicar", "treasurer", "provost", "rector", "headteacher", "headmaster", "headmistress", "paramedic", "firefighter",
        "linebacker", "cornerback", "receiver", "shortstop", "outfielder", "infielder", "winger", "fullback", "goaltender",
        "brig.", "brigadier", "adm.", "admiral", "maj.", "cmdr.", "cmdr", "spc.", "specialist", "ald.", "alderman",
        "alderwoman", "msgr.", "monsignor", "amb.", "cpl.", "corporal", "pvt.", "hon.", "hon", "grower", "cr", "cr.", "vendor", "hawker", "shopkeeper", "stallholder",
    ])

    /// Titles kept inside the name because they are part of how the person is named.
    static let nameTitles: KeySet = WordKey.set(["prince", "princess", "king", "queen", "pope", "sir", "dame", "lord", "lady", "sheikh", "emir"])

    /// Lower-case particles inside personal names ("Van Der Beek", "bin Salman").
    static let nameParticles: KeySet = WordKey.set([
        "van", "der", "de", "den", "von", "bin", "binti", "bint", "al", "la", "le", "di", "da", "du", "dos", "del", "ter", "ibn", "ap",
    ])

    /// Words that mark an organisation.
    static let organizationWords: KeySet = WordKey.set([
        "commission", "ministry", "department", "office", "agency", "bank", "party", "university", "council", "committee",
        "association", "institute", "corp", "corp.", "inc", "inc.", "co.", "ltd", "ltd.", "llc", "group", "company", "court",
        "police", "army", "navy", "force", "forces", "service", "services", "administration", "government", "military",
        "board", "authority", "foundation", "federation", "union", "organisation", "organization", "society", "centre",
        "center", "productions", "records", "network", "media", "airlines", "motors", "industries", "holdings", "fund",
        "reserve", "congress", "senate", "parliament", "assembly", "cabinet", "embassy", "consulate", "club", "league",
        "hospital", "school", "college", "academy", "bureau", "kremlin", "pentagon", "productions", "confederation", "unions", "friends",
        "systems", "technologies", "labs", "solutions", "networks", "pharmaceuticals", "therapeutics", "studios",
        "alliance", "coalition", "partners", "trust",
    ])

    /// Lower-case head nouns that name an organisation when they follow a proper name ("US military").
    static let organizationHeads: KeySet = WordKey.set([
        "military", "government", "ministry", "police", "army", "navy", "department", "office", "agency", "company",
        "embassy", "administration", "authorities", "court", "council", "committee", "team", "club", "firm", "group",
    ])

    /// Capitalised words that never start or join a name.
    static let notNames: KeySet = WordKey.set([
        "the", "a", "an", "in", "on", "at", "but", "and", "or", "he", "she", "it", "they", "we", "i", "you", "this", "that",
        "these", "those", "his", "her", "their", "our", "my", "its", "as", "for", "with", "from", "by", "to", "of", "after",
        "before", "when", "while", "if", "so", "yet", "there", "here", "what", "why", "how", "who", "where", "later", "earlier",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.",
        "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "meanwhile", "however", "also", "still", "then",
        "last", "next", "during", "despite", "although", "though", "because", "since", "until", "now", "today", "tonight",
        "yesterday", "tomorrow", "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.", "dr", "separately", "instead", "asked",
        "said", "says", "told", "according", "speaking", "photo", "image", "video", "read", "more", "advertisement",
        "another", "every", "each", "near", "across", "beyond", "amid", "throughout", "beside",
    ])
}
