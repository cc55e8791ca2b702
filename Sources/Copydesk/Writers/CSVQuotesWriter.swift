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

    /// `write(_:)` into the array the last document was returned in (kept in `workspace`).
    public func write(_ article: borrowing Article, reusing workspace: inout WriterWorkspace) throws -> [UInt8] {
        guard !article.quotes.isEmpty else { return Self.header }
        let capacity = Self.bound(of: article, header: true)
        DocumentBuffer.extend(&workspace.csv, to: capacity)
        let written = workspace.csv.withUnsafeMutableBufferPointer { Self.fill(article, header: true, capacity: capacity, into: $0.baseAddress!) }
        return DocumentBuffer.take(&workspace.csv, count: written)
    }

    /// The header (when asked) and one row per quote, written straight into the array returned.
    static func rows(of article: borrowing Article, header: Bool) -> [UInt8] {
        guard !article.quotes.isEmpty else { return header ? Self.header : [] }
        let capacity = bound(of: article, header: header)
        return [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            initialized = fill(article, header: header, capacity: capacity, into: buffer.baseAddress!)
        }
    }

    /// The most bytes the rows (and the header, when asked) can take: `CSVCells.bound` per text cell.
    static func bound(of article: borrowing Article, header: Bool) -> Int {
        StoredText.elements(article.quotes) { quotes in  // strings read in place (`StoredText`)
            let idBound = CSVCells.bound(article.id)
            var capacity = header ? Self.header.count : 0
            for index in quotes.indices {
                let quote = quotes.baseAddress! + index
                capacity += idBound + StoredText.bytes(&quote.pointee.text) { 2 * $0.count + 3 } + CSVCells.bound(stored: &quote.pointee.cue) + 128
                if StoredText.isPresent(&quote.pointee.speaker) {
                    capacity += StoredText.bytes(&quote.pointee.speaker!.name) { 2 * $0.count + 3 } + CSVCells.bound(stored: &quote.pointee.speaker!.role)
                }
            }
            return capacity
        }
    }

    /// Writes the header (when asked) and one row per quote at `start` (room for `capacity` bytes,
    /// `bound`) and returns the bytes written. Fields are read in place (a copied quote would
    /// retain and release each of its strings); the id cell is the same on every row: it is checked
    /// and written once, then copied.
    @inline(__always)
    static func fill(_ article: borrowing Article, header: Bool, capacity: Int, into start: UnsafeMutablePointer<UInt8>) -> Int {
        StoredText.elements(article.quotes) { quotes in
            var cells = CSVCells(start)
            if header { cells.literal(Self.header) }
            let idStart = cells.cursor
            cells.text(article.id)
            let idCell = UnsafeBufferPointer(start: idStart, count: cells.cursor - idStart)
            for index in quotes.indices {
                if index > 0 { cells.copy(idCell) }
                cells.comma()
                row(quotes.baseAddress! + index, index, into: &cells)
            }
            let written = cells.cursor - start
            precondition(written <= capacity, "CSV rows outgrew their bound")
            return written
        }
    }

    /// A quote's row after its id cell and comma, CRLF included; its strings read in place (`StoredText`).
    @inline(__always) private static func row(_ quote: UnsafeMutablePointer<Quote>, _ index: Int, into cells: inout CSVCells) {
        cells.number(index); cells.comma()
        if StoredText.isPresent(&quote.pointee.speaker) {
            StoredText.bytes(&quote.pointee.speaker!.name) { cells.text(bytes: $0) }; cells.comma()
            StoredText.bytes(&quote.pointee.speaker!.role) { cells.text(bytes: $0) }; cells.comma()
            cells.literal(quote.pointee.speaker!.kind == .person ? "person" : "organization"); cells.comma()
        } else {
            cells.comma(); cells.comma(); cells.comma()
        }
        StoredText.bytes(&quote.pointee.cue) { cells.text(bytes: $0) }; cells.comma()
        cells.literal(quote.pointee.kind == .direct ? "direct" : "partial"); cells.comma()
        cells.number(quote.pointee.paragraph); cells.comma()
        cells.number(quote.pointee.start); cells.comma()
        cells.number(quote.pointee.end); cells.comma()
        StoredText.bytes(&quote.pointee.text) { cells.text(bytes: $0) }
        cells.lineEnd()
    }
}
