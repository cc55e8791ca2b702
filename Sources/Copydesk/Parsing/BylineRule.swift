/// Recognises bylines: "By X and Y", "X, Staff Writer", "Robert Burns, AP National Security Writer"
/// (name and role kept apart), "Reuters, Washington", "By Jonathan GarberFOXBusiness" (glued
/// outlet), "By Tess Bonn - 11/19/19 06:56 AM EST" (a date on the same line) and credit lines
/// such as "Reporting by X; additional reporting by Y and Z; Editing by W".
enum BylineRule {
    /// The people on a byline line, plus a date and a section printed on the same line.
    struct Match: Equatable {
        var names: [BylineEntry]
        var date: DateRule.Match?
        var section: String?
    }

    /// Wire agencies that may stand alone as the byline.
    static let agencies: Set<String> = ["reuters", "ap", "associated press", "afp", "agence france-presse", "bloomberg", "pti", "ians",
                                        "dpa", "xinhua", "efe", "ansa", "upi", "press association", "pa", "anadolu", "kyodo", "tass"]
    /// Words that make a byline part a job title rather than a name.
    static let roleWords: Set<String> = ["writer", "correspondent", "reporter", "editor", "staff", "columnist", "contributor",
                                         "producer", "analyst", "bureau", "chief", "senior", "special", "press", "news", "journalist",
                                         "photographer", "host", "anchor", "critic", "associate", "contributing", "intern", "desk"]
    /// Job titles proper: a run of words holding one of these is a role, never an outlet after a name.
    static let jobWords: Set<String> = ["writer", "correspondent", "reporter", "editor", "columnist", "contributor", "producer",
                                        "analyst", "journalist", "photographer", "critic", "intern", "staff"]

    /// Words of outlet names that follow the authors ("The Washington Post", "CNN Business").
    static let outletWords: Set<String> = ["post", "times", "news", "press", "journal", "herald", "tribune", "guardian", "telegraph",
                                           "chronicle", "gazette", "magazine", "daily", "network", "media", "radio", "tv", "online",
                                           "wire", "standard", "observer", "independent", "mail", "express", "insider", "business",
                                           "leader", "review", "weekly", "digital", "sport", "sports", "the", "english"]

    /// Head nouns of organisations that publish but do not write ("by European Space Agency").
    static let organisationWords: Set<String> = ["agency", "university", "institute", "institution", "society", "organization",
                                                 "organisation", "laboratory", "council", "association", "foundation", "department",
                                                 "ministry", "center", "centre", "college", "observatory", "museum", "company"]

    /// A byline that opens with "By": the names, and any date and section on the same line. The line of `page` is read
    /// where it lies (never written), as the classifier passes it: no copy of the line.
    static func match(inPlace line: inout TextLine, _ page: LinePage) -> Match? {
        guard let start = byOpening(&line, page) else { return nil }
        let cut = line.lastByte | 0x20 == UInt8(ascii: "d") ? readingTimeStart(page.bytes(line)) : nil  // "By Adele Peters3 minute Read"
        if line.isASCII, case let whole = page.bytes(line), !whole.contains(0x0D), !whole.contains(0x0A) {
            // no date in the names (the usual byline): read on byte spans
            let bytes = cut.map { UnsafeBufferPointer(rebasing: whole[..<$0]) } ?? whole
            if let match = namesAfterByASCII(bytes, from: start, endsLikeSentence: line.endsLikeSentence, lastByte: bytes.last ?? 0) {
                return match.names.isEmpty ? nil : match
            }
        }
        let text = page.text(line)
        let kept = cut.map { text[..<text.utf8.index(text.startIndex, offsetBy: $0)] } ?? text
        return labelledTail(kept, start: start, endsLikeSentence: line.endsLikeSentence, lastByte: kept.utf8.last ?? 0)
    }

    /// `match` with the names read as `Substring`s (`labelledTail`) on every line.
    static func plainMatch(inPlace line: inout TextLine, _ page: LinePage) -> Match? {
        guard let start = byOpening(&line, page) else { return nil }
        return labelledTail(page.text(line), start: start, endsLikeSentence: line.endsLikeSentence, lastByte: line.lastByte)
    }

    /// The length (in Characters) of the line's "By" opening, or `nil` when `match` finds none.
    private static func byOpening(_ line: inout TextLine, _ page: LinePage) -> Int? {
        // (twenty words for writers with their jobs: "By Irina Volkova, a reporter at Foreign Policy, and Thomas Hale, …")
        guard line.words <= 16 || line.words <= 20 && ContextRules.opensWithBy(page.bytes(line)), !line.hasQuoteMark else { return nil }
        var found = byPrefixLength(&line, page)  // not as `a ?? b`: its closure would copy the line
        if found == nil, line.words <= 6, line.firstLowerByte == UInt8(ascii: "b") { found = gluedByLength(page.text(line)) }
        return found
    }

    /// What opens a labelled byline, and their first bytes.
    static let byPrefixes = ["by — ", "by – ", "by - ", "by: ", "by:", "by ", "written by ", "words by ", "story by ", "text by ", "posted by ",
                                     "published by ", "author: ", "author ", "authors: ", "writer: ", "writers: ",
                                     "reporter: ", "reporters: "]
    static let byPrefixStarts = ByteSet(firstBytesOf: byPrefixes)
    /// The length of each of `byPrefixes` in Characters (a dash is one Character of three bytes).
    private static let byPrefixLengths = byPrefixes.map(\.count)
    private static let byPrefixTable = PrefixTable(byPrefixes)

    private static func byPrefixLength(_ line: inout TextLine, _ page: LinePage) -> Int? {
        // the classifier's inline gate passes exactly `byPrefixStarts` (which holds "b"): no lazy set to fetch
        guard line.end > line.start, LineClassifier.Gates.byline(line.firstLowerByte) else { return nil }
        return byPrefixTable.firstMatch(foldingBytes: page.bytes(line)).map { byPrefixLengths[$0] }
    }

    /// "ByTom Fenwick": "By" glued to a capitalised name on a short line (of at most six words, opening with "b" or "B").
    private static func gluedByLength(_ text: Substring) -> Int? {
        let bytes = text.utf8
        guard bytes.count > 4 else { return nil }
        var index = bytes.startIndex
        guard bytes[index] == UInt8(ascii: "B") else { return nil }
        index = bytes.index(after: index)
        guard bytes[index] == UInt8(ascii: "y") else { return nil }
        index = bytes.index(after: index)
        let third = bytes[index]
        guard third >= UInt8(ascii: "A") && third <= UInt8(ascii: "Z") else { return nil }
        index = bytes.index(after: index)
        // "BYU", "BYD": a word in capitals is not a glued byline
        guard bytes[index] >= UInt8(ascii: "a") && bytes[index] <= UInt8(ascii: "z") else { return nil }
        return 2
    }
}
