/// A registered output format: its names, file extension, description and writer.
public struct OutputFormat: Sendable {
    /// The canonical name used with `--to` ("json").
    public let name: String
    /// Other accepted names ("newsml" for `xml`).
    public let aliases: [String]
    /// File extension without the dot, for one article's output ("json").
    public let fileExtension: String
    /// File extension of the merged output of many articles ("jsonl" for `json`).
    public let mergedExtension: String
    /// A one-line description for `--list-formats` and help.
    public let summary: String
    /// The writer itself.
    public let writer: any ArticleWriter

    /// Creates a format entry.
    public init(name: String, aliases: [String] = [], fileExtension: String, mergedExtension: String? = nil,
                summary: String, writer: any ArticleWriter) {
        self.name = name
        self.aliases = aliases
        self.fileExtension = fileExtension
        self.mergedExtension = mergedExtension ?? fileExtension
        self.summary = summary
        self.writer = writer
    }

    /// True when `candidate` is this format's name or one of its aliases (case-insensitive).
    public func answers(to candidate: String) -> Bool {
        let wanted = candidate.lowercased()
        return name == wanted || aliases.contains(wanted)
    }
}
