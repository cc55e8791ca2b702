/// One news article in Copydesk's canonical form: what the parser found and what it set aside.
///
/// Every property is always present in the JSON form: absent values are `null` or `[]`.
public struct Article: Sendable, Codable, Equatable, Hashable {
    /// Stable identifier: the input's file name without extension, or a content hash for stdin.
    public var id: String
    /// Where the text came from and how it was read.
    public var source: Source
    /// BCP 47 language tag when known.
    public var language: String?
    /// The section or topic label ("US-China tech war").
    public var section: String?
    /// The article's headline.
    public var headline: String?
    /// Summary / dek lines, bullets stripped.
    public var standfirst: [String]
    /// Authors as printed, one entry per person.
    public var byline: [BylineEntry]
    /// The publication date as printed and, when it can be read, in ISO 8601.
    public var published: DateStamp?
    /// A second date labelled as an update.
    public var updated: DateStamp?
    /// The place line such as "BEIJING".
    public var dateline: String?
    /// Running text in order.
    public var body: [BodyBlock]
    /// Images and videos.
    public var media: [MediaItem]
    /// Related-story links found inside the text.
    public var related: [RelatedLink]
    /// The print-edition note, when the page carries one.
    public var printEdition: PrintEdition?
    /// Every direct quotation, in order.
    public var quotes: [Quote]
    /// Every input line not used above, with the reason it was set aside. Stored as ranges of the parsed
    /// text (a parsed article keeps its decoded input); each read builds the array, so keep a copy in loops.
    public var discarded: [DiscardedLine] {
        get { discardedLines.lines }
        set { discardedLines = DiscardedLines(newValue) }
    }
    /// `discarded` as stored: the texts are ranges of one string, not a String each (see `DiscardedLines`).
    var discardedLines: DiscardedLines

    /// Creates an article; every field but `id` and `source` defaults to empty.
    public init(
        id: String,
        source: Source,
        language: String? = nil,
        section: String? = nil,
        headline: String? = nil,
        standfirst: [String] = [],
        byline: [BylineEntry] = [],
        published: DateStamp? = nil,
        updated: DateStamp? = nil,
        dateline: String? = nil,
        body: [BodyBlock] = [],
        media: [MediaItem] = [],
        related: [RelatedLink] = [],
        printEdition: PrintEdition? = nil,
        quotes: [Quote] = [],
        discarded: [DiscardedLine] = []
    ) {
        self.id = id
        self.source = source
        self.language = language
        self.section = section
        self.headline = headline
        self.standfirst = standfirst
        self.byline = byline
        self.published = published
        self.updated = updated
        self.dateline = dateline
        self.body = body
        self.media = media
        self.related = related
        self.printEdition = printEdition
        self.quotes = quotes
        self.discardedLines = DiscardedLines(discarded)
    }

    /// An article with nothing found yet whose discarded lines will be kept in `discardedLines` (the parser's start).
    init(id: String, source: Source, discardedLines: DiscardedLines) {
        self.id = id
        self.source = source
        standfirst = []; byline = []; body = []; media = []; related = []; quotes = []
        self.discardedLines = discardedLines
    }

    private enum CodingKeys: String, CodingKey {
        case id, source, language, section, headline, standfirst, byline, published, updated
        case dateline, body, media, related, printEdition, quotes, discarded
    }

    /// Decodes an article; missing optional keys read as `null`, missing lists as `[]`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        source = try c.decode(Source.self, forKey: .source)
        language = try c.decodeIfPresent(String.self, forKey: .language)
        section = try c.decodeIfPresent(String.self, forKey: .section)
        headline = try c.decodeIfPresent(String.self, forKey: .headline)
        standfirst = try c.decodeIfPresent([String].self, forKey: .standfirst) ?? []
        byline = try c.decodeIfPresent([BylineEntry].self, forKey: .byline) ?? []
        published = try c.decodeIfPresent(DateStamp.self, forKey: .published)
        updated = try c.decodeIfPresent(DateStamp.self, forKey: .updated)
        dateline = try c.decodeIfPresent(String.self, forKey: .dateline)
        body = try c.decodeIfPresent([BodyBlock].self, forKey: .body) ?? []
        media = try c.decodeIfPresent([MediaItem].self, forKey: .media) ?? []
        related = try c.decodeIfPresent([RelatedLink].self, forKey: .related) ?? []
        printEdition = try c.decodeIfPresent(PrintEdition.self, forKey: .printEdition)
        quotes = try c.decodeIfPresent([Quote].self, forKey: .quotes) ?? []
        discardedLines = DiscardedLines(try c.decodeIfPresent([DiscardedLine].self, forKey: .discarded) ?? [])
    }

    /// Encodes every key, writing `null` for absent values (never a missing key).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(source, forKey: .source)
        try c.encode(language, forKey: .language)
        try c.encode(section, forKey: .section)
        try c.encode(headline, forKey: .headline)
        try c.encode(standfirst, forKey: .standfirst)
        try c.encode(byline, forKey: .byline)
        try c.encode(published, forKey: .published)
        try c.encode(updated, forKey: .updated)
        try c.encode(dateline, forKey: .dateline)
        try c.encode(body, forKey: .body)
        try c.encode(media, forKey: .media)
        try c.encode(related, forKey: .related)
        try c.encode(printEdition, forKey: .printEdition)
        try c.encode(quotes, forKey: .quotes)
        try c.encode(discarded, forKey: .discarded)
    }
}
