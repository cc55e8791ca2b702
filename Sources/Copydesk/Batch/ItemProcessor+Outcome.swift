extension ItemProcessor {
    /// The outcome of one item: its result and, in merge mode, the article and its entries.
    ///
    /// Outcomes are moved through the engine's reorder ring; the merge-only part is boxed so that an
    /// outcome stays small (an `Article` held inline would be copied byte by byte at every move).
    struct Outcome: Sendable {
        var result: BatchItemResult
        /// The converted article and its merged entries (merge mode only).
        var merged: Merged? = nil

        /// The converted article (merge mode), else nil.
        var article: Article? { merged?.article }
        /// The article's merged entries, one per format (merge mode), else empty.
        var entries: [[UInt8]] { merged?.entries ?? [] }

        /// A converted article and its entries, shared rather than copied on the way to the merged outputs.
        final class Merged: Sendable {
            let article: Article
            let entries: [[UInt8]]

            init(article: Article, entries: [[UInt8]]) {
                self.article = article
                self.entries = entries
            }
        }
    }
}
