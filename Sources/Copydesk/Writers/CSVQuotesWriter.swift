/// The quote table as CSV (RFC 4180): UTF-8 without a byte-order mark, CRLF line ends, a header
/// row, then one row per quote. Fields holding a comma, a double quote, CR or LF are enclosed in
/// double quotes with inner quotes doubled. Text cells that a spreadsheet would run as a formula
/// (first character `=`, `+`, `-`, `@`, tab or CR) get a leading `'` so they stay inert. Merged
/// output is the header once, then the rows of every article in input order.
/// See `formats/csv-quotes/README.md`.
public struct CSVQuotesWriter: ArticleWriter {
    /// The header row's column names, in order.
    public static let columns = ["article_id", "quote_index", "speaker", "speaker_role", "speaker_kind", "cue", "kind",
                                 "paragraph", "start", "end", "quote"]

    /// Creates a CSV quotes writer.
    public init() {}

    /// The header row and one row per quote of `article`.
    public func write(_ article: Article) throws -> [UInt8] {
        var out = try mergedHeader()
        appendRows(of: article, to: &out)
        return out
    }

    /// The header row.
    public func mergedHeader() throws -> [UInt8] {
        var out: [UInt8] = []
        appendRow(Self.columns, to: &out)
        return out
    }

    /// The rows of one article, without a header.
    public func mergedEntry(_ article: Article, index: Int) throws -> [UInt8] {
        var out: [UInt8] = []
        appendRows(of: article, to: &out)
        return out
    }

    private func appendRows(of article: Article, to out: inout [UInt8]) {
        for (index, quote) in article.quotes.enumerated() {
            appendRow([
                Self.text(article.id), String(index), Self.text(quote.speaker?.name), Self.text(quote.speaker?.role),
                quote.speaker?.kind.rawValue ?? "", Self.text(quote.cue), quote.kind.rawValue, String(quote.paragraph),
                String(quote.start), String(quote.end), Self.text(quote.text),
            ], to: &out)
        }
    }

    private func appendRow(_ cells: [String], to out: inout [UInt8]) {
        for (i, cell) in cells.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            Self.appendField(cell, to: &out)
        }
        out.append(13); out.append(10)
    }

    /// A text cell made inert for spreadsheets: a leading `'` before `=`, `+`, `-`, `@`, tab or CR.
    static func text(_ value: String?) -> String {
        guard let value, let first = value.utf8.first else { return "" }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 9, 13: return "'" + value
        default: return value
        }
    }

    /// Appends `field` as RFC 4180 requires: quoted when it holds a comma, a quote, CR or LF.
    static func appendField(_ field: String, to out: inout [UInt8]) {
        let bytes = field.utf8
        let needsQuotes = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        guard needsQuotes else { out.append(contentsOf: bytes); return }
        out.append(UInt8(ascii: "\""))
        for b in bytes {
            if b == UInt8(ascii: "\"") { out.append(b) }
            out.append(b)
        }
        out.append(UInt8(ascii: "\""))
    }
}
