/// Finds the direct quotations in an article's body and resolves their speakers.
///
/// Placeholder until the quotes stage lands (issue 4): it finds nothing yet.
public struct QuoteFinder: Sendable {
    /// Creates a quote finder.
    public init() {}

    /// Every quotation in `body`, in order, with its speaker resolved from the whole article.
    public func quotes(in body: [BodyBlock]) -> [Quote] {
        []
    }
}
