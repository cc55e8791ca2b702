/// Cross-document evidence for a batch: lines that occur in many of its files are page furniture.
public struct FurnitureEvidence: Sendable {
    private var documentCounts: [String: Int] = [:]
    /// Number of documents added.
    public private(set) var documents = 0

    /// Creates an empty tally.
    public init() {}

    /// Counts each distinct non-blank line of `text` once.
    public mutating func add(_ text: String) {
        documents += 1
        var seen: Set<Substring> = []
        for line in LineSplitter.lines(of: text) where seen.insert(line.text).inserted {
            documentCounts[String(line.text), default: 0] += 1
        }
    }

    /// Lines found in at least `minimumDocuments` documents, ready for `ParserOptions.knownFurniture`.
    public func furniture(minimumDocuments: Int = 3) -> Set<String> {
        Set(documentCounts.lazy.filter { $0.value >= max(2, minimumDocuments) }.map(\.key))
    }
}
