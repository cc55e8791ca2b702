/// What the parser keeps from one article to the next on one worker: the quote stage's buffers
/// and tables (`QuoteWorkspace`), and a batch worker's input array. A caller that parses many articles on one thread passes
/// the same workspace to `ArticleParser.parse(bytes:id:path:reusing:)` for each of them and gets the
/// same articles as `parse(bytes:id:path:)`, without allocating that storage again per article.
/// A workspace is not shared between threads: give each worker its own.
public struct ParseWorkspace: Sendable {
    /// The quote finder's paragraph buffers, entity table and resolver storage.
    var quotes = QuoteWorkspace()
    /// The array a batch worker read its last input file into (`InputFile.read(_:maxBytes:into:)`),
    /// reused for the next file once the parsed article no longer needs it.
    var input: [UInt8] = []

    /// An empty workspace.
    public init() {}
}
