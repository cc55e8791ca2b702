/// What the quotes stage keeps from one article to the next on one worker: the paragraph buffers
/// (bytes, tokens, spans) and the storage of the entity table and speaker resolver. Each article
/// empties them first (capacity kept), so a worker that passes the same workspace to
/// `QuoteFinder.quotes(in:reusing:)` allocates them once instead of once per article.
public struct QuoteWorkspace: Sendable {
    /// The block being read: its byte, token and span buffers are refilled in place for each block.
    var para = ParagraphText()
    /// The decider with its resolver and entity table.
    var decider = QuoteDecider(resolver: SpeakerResolver(table: EntityTable()))
    /// The spans found by the test for the last block holding a quote (kept for its room).
    var probe: [QuoteSpan] = []

    /// An empty workspace.
    public init() {}

    /// True before the workspace has served an article.
    var isFresh: Bool { para.tokens.bytes.capacity == 0 }

    /// Ready for the next article: everything read from the last one is forgotten.
    mutating func prepare(longest: Int) {
        decider.removeAll()
        para.reserve(longest: longest)
    }
}
