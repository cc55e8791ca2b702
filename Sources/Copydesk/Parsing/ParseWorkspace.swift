/// What the parser keeps from one article to the next on one worker: today the quote stage's
/// buffers and tables (`QuoteWorkspace`). A caller that parses many articles on one thread passes
/// the same workspace to `ArticleParser.parse(bytes:id:path:reusing:)` for each of them and gets the
/// same articles as `parse(bytes:id:path:)`, without allocating that storage again per article.
/// A workspace is not shared between threads: give each worker its own.
public struct ParseWorkspace: Sendable {
    /// The quote finder's paragraph buffers, entity table and resolver storage.
    var quotes = QuoteWorkspace()

    /// An empty workspace.
    public init() {}
}
