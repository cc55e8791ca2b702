/// The quote table as CSV (RFC 4180): UTF-8 without a byte-order mark, CRLF line ends, a header
/// row, then one row per quote. Fields holding a comma, a double quote, CR or LF are enclosed in
/// double quotes with inner quotes doubled. Text cells that a spreadsheet would run as a formula
/// (first character `=`, `+`, `-`, `@`, tab or CR) get a leading `'` so they stay inert. Merged
/// output is the header once, then the rows of every article in input order.
/// See `formats/csv-quotes/README.md`.
///
/// Rows are written straight into the array returned, sized once from the fields' lengths (a cell
/// of n bytes takes at most 2n + 3: quotes, guard and every byte doubled); see `CSVCells`.
public struct CSVQuotesWriter: ArticleWriter {
    /// The header row's column names, in order.
    public static let columns = ["article_id", "quote_index", "speaker", "speaker_role", "speaker_kind", "cue", "kind",
                                 "paragraph", "start", "end", "quote"]

    /// The header row's bytes, CRLF included (no column name needs quoting).
    static let header: [UInt8] = Array((columns.joined(separator: ",") + "\r\n").utf8)

    /// Creates a CSV quotes writer.
    public init() {}

    /// The header row and one row per quote of `article`.
    public func write(_ article: Article) throws -> [UInt8] { Self.rows(of: article, header: true) }

    /// The header row.
    public func mergedHeader() throws -> [UInt8] { Self.header }

    /// The rows of one article, without a header.
    public func mergedEntry(_ article: Article, index: Int) throws -> [UInt8] { Self.rows(of: article, header: false) }

    /// The header (when asked) and one row per quote, fields read in place.
    static func rows(of article: Article, header: Bool) -> [UInt8] {
        let quotes = article.quotes
        guard !quotes.isEmpty else { return header ? Self.header : [] }
        let idBound = CSVCells.bound(article.id)
        var capacity = header ? Self.header.count : 0
        for index in quotes.indices {
            capacity += idBound + CSVCells.bound(quotes[index].text) + CSVCells.bound(quotes[index].cue) + 128
            if quotes[index].speaker != nil {
                capacity += CSVCells.bound(quotes[index].speaker!.name) + CSVCells.bound(quotes[index].speaker!.role)
            }
        }
        return [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            var cells = CSVCells(buffer.baseAddress!)
            if header { cells.literal(Self.header) }
            for index in quotes.indices {
                cells.text(article.id); cells.comma()
                cells.number(index); cells.comma()
                if quotes[index].speaker != nil {
                    cells.text(quotes[index].speaker!.name); cells.comma()
                    cells.text(quotes[index].speaker!.role); cells.comma()
                    cells.plain(quotes[index].speaker!.kind.rawValue); cells.comma()
                } else {
                    cells.comma(); cells.comma(); cells.comma()
                }
                cells.text(quotes[index].cue); cells.comma()
                cells.plain(quotes[index].kind.rawValue); cells.comma()
                cells.number(quotes[index].paragraph); cells.comma()
                cells.number(quotes[index].start); cells.comma()
                cells.number(quotes[index].end); cells.comma()
                cells.text(quotes[index].text)
                cells.lineEnd()
            }
            initialized = cells.cursor - buffer.baseAddress!
            precondition(initialized <= capacity, "CSV rows outgrew their bound")
        }
    }
}
