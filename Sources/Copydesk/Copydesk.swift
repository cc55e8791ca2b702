/// Copydesk: scraped news text in, clean structured article data out.
///
/// The pipeline is `ArticleParser` → `Article` → an `ArticleWriter` chosen from `WriterRegistry`.
public enum Copydesk {
    /// The library's version.
    public static let version = "0.1.0"
}
