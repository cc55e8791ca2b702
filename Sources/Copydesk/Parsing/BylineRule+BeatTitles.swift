/// Title-case job titles after a name with no comma: "Lizzie Dearden Home Affairs Correspondent",
/// "Colin Drury North of England Correspondent". The name-then-role rule walks back over role words only, so
/// a title's beat words stay in the name; this moves them to the role.
extension BylineRule {
    /// Capitalised words of a beat or desk ("Home Affairs", "North of England", "Senior Political").
    static let beatWords: Set<String> = [
        "home", "affairs", "political", "politics", "foreign", "business", "economics", "economy", "health", "science",
        "technology", "tech", "education", "environment", "environmental", "security", "defence", "defense", "diplomatic",
        "legal", "crime", "courts", "transport", "arts", "sport", "sports", "social", "consumer", "royal", "media", "energy",
        "climate", "europe", "european", "washington", "africa", "asia", "america", "americas", "middle", "east", "west",
        "north", "south", "northern", "southern", "scotland", "scottish", "wales", "ireland", "irish", "england", "us", "uk",
        "world", "international", "investigations", "investigative", "data", "policy", "markets", "finance", "financial",
        "money", "property", "travel", "food", "fashion", "culture", "entertainment", "music", "film", "religion",
        "medical", "industry", "city", "local", "national", "chief", "senior", "deputy", "associate", "assistant",
        "executive", "managing", "digital", "global", "regional", "community", "features", "news", "westminster",
        "parliamentary", "lobby", "sunday", "weekend", "online", "video", "audience", "special", "general", "staff",
    ]

    /// The words that join beat words inside a title ("North of England", "Health and Social Care").
    static let beatJoiners: Set<String> = ["of", "and", "&", "for"]

    /// Most words a name of a name-then-role byline keeps once its beat words have moved to the role.
    static let nameWordsMost = 4

    /// A name-then-role byline's `name` and `role` with the trailing beat words of the name moved to the start of the
    /// role, the name keeping two words or more; `nil` when the name keeps more than `nameWordsMost` words.
    static func movingBeatWords(name: Substring, role: Substring) -> (name: Substring, role: String)? {
        // a name of one or two words keeps them (most lines): no words split
        guard name.utf8.lazy.filter({ $0 == 0x20 }).count >= 2 else { return (name, String(role)) }
        let words = name.spaceWords
        // the longest run of beat words and joiners ending the name that opens with a beat word
        var cut = words.count, k = words.count
        while k > 2, case let word = words[k - 1].lowercased(), beatWords.contains(word) || beatJoiners.contains(word) {
            k -= 1
            if beatWords.contains(word) { cut = k }
        }
        guard cut <= nameWordsMost else { return nil }
        guard cut < words.count else { return (name, String(role)) }
        return (name[words[0].startIndex..<words[cut - 1].endIndex], name[words[cut].startIndex...] + " " + role)
    }
}
