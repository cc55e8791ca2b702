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

    /// One row per quote, written straight into `out` (no per-cell strings; fields read in place).
    private func appendRows(of article: Article, to out: inout [UInt8]) {
        let quotes = article.quotes
        guard !quotes.isEmpty else { return }
        out.reserveCapacity(out.count + quotes.count * 320)
        for index in quotes.indices {
            Self.appendText(article.id, to: &out); out.append(UInt8(ascii: ","))
            Self.appendNumber(index, to: &out); out.append(UInt8(ascii: ","))
            Self.appendText(quotes[index].speaker?.name, to: &out); out.append(UInt8(ascii: ","))
            Self.appendText(quotes[index].speaker?.role, to: &out); out.append(UInt8(ascii: ","))
            if let kind = quotes[index].speaker?.kind { Self.appendField(kind.rawValue, to: &out) }
            out.append(UInt8(ascii: ","))
            Self.appendText(quotes[index].cue, to: &out); out.append(UInt8(ascii: ","))
            Self.appendField(quotes[index].kind.rawValue, to: &out); out.append(UInt8(ascii: ","))
            Self.appendNumber(quotes[index].paragraph, to: &out); out.append(UInt8(ascii: ","))
            Self.appendNumber(quotes[index].start, to: &out); out.append(UInt8(ascii: ","))
            Self.appendNumber(quotes[index].end, to: &out); out.append(UInt8(ascii: ","))
            Self.appendText(quotes[index].text, to: &out)
            out.append(13); out.append(10)
        }
    }

    private func appendRow(_ cells: [String], to out: inout [UInt8]) {
        for (i, cell) in cells.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            Self.appendField(cell, to: &out)
        }
        out.append(13); out.append(10)
    }

    /// A text cell is made inert for spreadsheets: a leading `'` before `=`, `+`, `-`, `@`, tab or CR.
    private static func needsGuard(_ first: UInt8) -> Bool {
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 9, 13: return true
        default: return false
        }
    }

    /// `text(value)` as a field, without building the guarded string.
    private static func appendText(_ value: String?, to out: inout [UInt8]) {
        guard let value else { return }
        XMLStreamWriter.withBytes(of: value) { bytes in
            guard let first = bytes.first else { return }
            appendField(bytes, guarded: needsGuard(first), to: &out)
        }
    }

    /// A non-negative or negative integer, as `String(value)` spells it.
    private static func appendNumber(_ value: Int, to out: inout [UInt8]) {
        guard value < 0 || value > 9 else { out.append(UInt8(ascii: "0") + UInt8(value)); return }
        XMLStreamWriter.withBytes(of: String(value)) { out.append(contentsOf: $0) }
    }

    /// Appends `field` as RFC 4180 requires: quoted when it holds a comma, a quote, CR or LF.
    static func appendField(_ field: String, to out: inout [UInt8]) {
        XMLStreamWriter.withBytes(of: field) { appendField($0, guarded: false, to: &out) }
    }

    /// Appends `bytes` (after a `'` when `guarded`), quoted when they hold a comma, a quote, CR or LF.
    private static func appendField(_ bytes: UnsafeBufferPointer<UInt8>, guarded: Bool, to out: inout [UInt8]) {
        let needsQuotes = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        if needsQuotes { out.append(UInt8(ascii: "\"")) }
        if guarded { out.append(UInt8(ascii: "'")) }
        if !needsQuotes {
            out.append(contentsOf: bytes)
            return
        }
        for b in bytes {
            if b == UInt8(ascii: "\"") { out.append(b) }
            out.append(b)
        }
        out.append(UInt8(ascii: "\""))
    }
}
