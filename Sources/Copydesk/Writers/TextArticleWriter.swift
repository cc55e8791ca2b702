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
        var out: [UInt8] = []
        render(article, into: &out)
        return out
    }

    /// Articles after the first are preceded by the separator line.
    public func mergedEntry(_ article: Article, index: Int) throws -> [UInt8] {
        var out: [UInt8] = []
        if index > 0 { out = Array("\(Self.mergedSeparator)\n".utf8) }
        render(article, into: &out)
        return out
    }

    /// Blocks separated by blank lines, written straight into `out` (fields read in place).
    private func render(_ a: Article, into out: inout [UInt8]) {
        out.reserveCapacity(out.count + a.source.bytes + 256)
        var first = true
        func startBlock(_ out: inout [UInt8]) {
            if !first { out.append(0x0A); out.append(0x0A) }
            first = false
        }
        if let headline = a.headline { startBlock(&out); Self.append(headline, to: &out) }
        if !a.standfirst.isEmpty {
            startBlock(&out)
            for index in a.standfirst.indices {
                if index > 0 { out.append(0x0A) }
                Self.append(a.standfirst[index], to: &out)
            }
        }
        if !a.byline.isEmpty || a.published != nil {
            startBlock(&out)
            if !a.byline.isEmpty {
                Self.append("By ", to: &out)
                Self.appendNames(a.byline, to: &out)
                if a.published != nil { out.append(0x0A) }
            }
            if let date = a.published { Self.append(date.text, to: &out) }
        }
        for index in a.body.indices {
            startBlock(&out)
            if index == 0, let dateline = a.dateline {
                Self.append(dateline, to: &out)
                Self.append(" — ", to: &out)
            } else if a.body[index].kind == .listItem {
                Self.append("• ", to: &out)
            }
            Self.append(a.body[index].text, to: &out)
        }
        out.append(0x0A)
    }

    /// "A", "A and B", "A, B and C".
    private static func appendNames(_ byline: [BylineEntry], to out: inout [UInt8]) {
        for index in byline.indices {
            if index > 0 { append(index == byline.count - 1 ? " and " : ", ", to: &out) }
            append(byline[index].name, to: &out)
        }
    }

    private static func append(_ text: String, to out: inout [UInt8]) {
        XMLStreamWriter.withBytes(of: text) { out.append(contentsOf: $0) }
    }
}
