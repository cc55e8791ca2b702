/// Scratch state the writers keep between articles on one thread: the `xml` writer's libxml2
/// writer and output buffer, made on first use and reused for every later article, and the
/// document arrays of the `xml`, `text` and `csv-quotes` writers.
///
/// Make one per worker thread and pass it to `ArticleWriter.write(_:reusing:)` for every article
/// that thread converts; never share one between threads (it is not `Sendable`). The output is
/// byte for byte what `write(_:)` gives.
public struct WriterWorkspace: ~Copyable {
    var xml: XMLWriterSession?
    /// The arrays the `text` and `csv-quotes` writers returned their last document in, reused once
    /// the caller has let go of them (`DocumentBuffer`).
    var text: [UInt8] = []
    var csv: [UInt8] = []

    /// An empty workspace; writers fill it on first use.
    public init() {}
}

extension ArticleWriter {
    /// By default `write(_:)`: the writer keeps nothing between articles.
    public func write(_ article: borrowing Article, reusing workspace: inout WriterWorkspace) throws -> [UInt8] {
        try write(article)
    }
}
