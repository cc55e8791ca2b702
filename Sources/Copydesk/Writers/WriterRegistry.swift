import Foundation

/// The one literal list of output formats. `--list-formats`, help and look-ups all read it.
public enum WriterRegistry {
    /// Every registered format, in the order `--list-formats` shows them.
    public static let formats: [OutputFormat] = [
        OutputFormat(name: "json", aliases: ["article-json"], fileExtension: "json", mergedExtension: "jsonl",
                     summary: "Canonical Article JSON (merged: JSON Lines, one article per line)",
                     writer: JSONArticleWriter()),
        OutputFormat(name: "text", aliases: ["txt", "plain"], fileExtension: "txt",
                     summary: "Clean article text: headline, standfirst, byline, date, then the body",
                     writer: TextArticleWriter()),
        OutputFormat(name: "xml", aliases: ["newsml"], fileExtension: "xml",
                     summary: "IPTC NewsML-G2 2.35 newsItem, XHTML body with quotes marked up (merged: a newsMessage)",
                     writer: NewsMLWriter()),
        OutputFormat(name: "ninjs", aliases: ["ninjs3"], fileExtension: "ninjs.json", mergedExtension: "ninjs.jsonl",
                     summary: "IPTC ninjs 3.1 JSON, XHTML body with quotes marked up (merged: JSON Lines)",
                     writer: NinjsWriter()),
        OutputFormat(name: "csv-quotes", aliases: ["csv", "quotes"], fileExtension: "csv",
                     summary: "The quote table as CSV (RFC 4180, UTF-8, CRLF): one row per quote with its speaker",
                     writer: CSVQuotesWriter()),
    ]

    /// The format registered under `name` or one of its aliases.
    public static func format(named name: String) throws -> OutputFormat {
        if let found = formats.first(where: { $0.answers(to: name) }) { return found }
        let known = formats.map(\.name).joined(separator: ", ")
        throw CopydeskError(.unknownFormat, input: name, reason: "unknown format (known: \(known))")
    }

    /// Looks up a comma-separated list such as "json,xml"; duplicates are dropped, order kept.
    public static func formats(list: String) throws -> [OutputFormat] {
        var result: [OutputFormat] = []
        for part in list.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { continue }
            let format = try format(named: name)
            if !result.contains(where: { $0.name == format.name }) { result.append(format) }
        }
        guard !result.isEmpty else {
            throw CopydeskError(.unknownFormat, input: list, reason: "no format named")
        }
        return result
    }
}
