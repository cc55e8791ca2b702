/// The clean article as plain text: headline, standfirst, byline and date, then the body,
/// blocks separated by blank lines, with no page furniture.
///
/// Merged output separates articles with a line holding only the form feed character (U+000C)
/// followed by a blank line, so a reader can split on `"\n\u{0C}\n"`.
public struct TextArticleWriter: ArticleWriter {
    /// The line that separates articles in a merged text output.
    public static let mergedSeparator = "\u{0C}"

    /// Creates a text writer.
    public init() {}

    /// The article as UTF-8 text ending with a newline.
    public func write(_ article: Article) throws -> [UInt8] {
        Array(render(article).utf8)
    }

    /// Articles after the first are preceded by the separator line.
    public func mergedEntry(_ article: Article, index: Int) throws -> [UInt8] {
        let text = render(article)
        return Array((index == 0 ? text : "\(Self.mergedSeparator)\n\(text)").utf8)
    }

    private func render(_ a: Article) -> String {
        var blocks: [String] = []
        if let headline = a.headline { blocks.append(headline) }
        if !a.standfirst.isEmpty { blocks.append(a.standfirst.joined(separator: "\n")) }
        var meta: [String] = []
        if !a.byline.isEmpty { meta.append("By " + Self.names(a.byline)) }
        if let date = a.published { meta.append(date.text) }
        if !meta.isEmpty { blocks.append(meta.joined(separator: "\n")) }
        for (index, block) in a.body.enumerated() {
            if index == 0, let dateline = a.dateline { blocks.append("\(dateline) — \(block.text)") } else {
                blocks.append(block.kind == .listItem ? "• " + block.text : block.text)
            }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private static func names(_ byline: [BylineEntry]) -> String {
        let names = byline.map(\.name)
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}
