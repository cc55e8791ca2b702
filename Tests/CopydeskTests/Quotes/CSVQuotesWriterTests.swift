@testable import Copydesk
import Foundation
import Testing

@Suite("csv-quotes writer")
struct CSVQuotesWriterTests {
    static let header = "article_id,quote_index,speaker,speaker_role,speaker_kind,cue,kind,paragraph,start,end,quote"

    static func hostileArticle() -> Article {
        var article = QuoteFixtures.article(["x"])
        article.id = "=cmd|' /C calc'!A0"
        article.quotes = [
            Quote(text: "Yes, \"really\", now\r\nand then", speaker: Speaker(name: "Lee, Ann", role: "@chief", kind: .person),
                  cue: "said", paragraph: 0, start: 0, end: 1),
            Quote(text: "-1+2", speaker: nil, cue: nil, paragraph: 0, start: 0, end: 1, kind: .partial, continued: true),
            Quote(text: "+SUM(A1:A9)", speaker: Speaker(name: "\tTab Org", kind: .organization), cue: "=told", paragraph: 0, start: 0, end: 1),
            Quote(text: "plain 中文 ‘text’", speaker: nil, cue: nil, paragraph: 0, start: 0, end: 1),
        ]
        return article
    }

    /// Reads CSV bytes back with python3's csv module; nil when python3 is missing.
    static func pythonRows(_ bytes: [UInt8]) throws -> [[String]]? {
        let url = try TestPaths.temporaryDirectory().appendingPathComponent("q.csv")
        try Data(bytes).write(to: url)
        let script = "import csv,json,sys\nwith open(sys.argv[1], newline='', encoding='utf-8') as f: print(json.dumps(list(csv.reader(f, strict=True))))"
        guard let result = try ProcessRunner.python(["-c", script, url.path]) else { return nil }
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode([[String]].self, from: Data(result.stdout))
    }

    @Test("header row exactly as the contract, CRLF line ends")
    func headerAndLineEnds() throws {
        let text = String(decoding: try CSVQuotesWriter().write(QuoteFixtures.article(["No quotes here."])), as: UTF8.self)
        #expect(text == Self.header + "\r\n")
        #expect(CSVQuotesWriter.columns.joined(separator: ",") == Self.header)
    }

    @Test("hostile cells survive a real CSV parser: commas, quotes, newlines, formula prefixes")
    func hostileCells() throws {
        let bytes = try CSVQuotesWriter().write(Self.hostileArticle())
        guard let rows = try Self.pythonRows(bytes) else { print("skipped: python3 not available"); return }
        #expect(rows.count == 5)
        #expect(rows[0] == CSVQuotesWriter.columns)
        #expect(rows[1] == ["'=cmd|' /C calc'!A0", "0", "Lee, Ann", "'@chief", "person", "said", "direct", "0", "0", "1",
                            "Yes, \"really\", now\r\nand then"])
        #expect(rows[2][2] == "" && rows[2][5] == "" && rows[2][10] == "'-1+2" && rows[2][6] == "partial")
        #expect(rows[3][2] == "'\tTab Org" && rows[3][4] == "organization" && rows[3][5] == "'=told" && rows[3][10] == "'+SUM(A1:A9)")
        #expect(rows[4][10] == "plain 中文 ‘text’")
        // No cell a spreadsheet would run as a formula.
        for row in rows.dropFirst() {
            for cell in row { #expect(!["=", "+", "@", "\t", "\r"].contains(cell.first.map(String.init) ?? "")) }
        }
    }

    @Test("merged output: header once, then every article's rows in order")
    func merged() throws {
        let one = try WriterTests.exampleArticle()
        var two = Self.hostileArticle()
        two.id = "second"
        let bytes = try CSVQuotesWriter().writeMerged([one, two, QuoteFixtures.article(["none"])])
        guard let rows = try Self.pythonRows(bytes) else { print("skipped: python3 not available"); return }
        #expect(rows.filter { $0 == CSVQuotesWriter.columns }.count == 1)
        #expect(rows.count == 1 + one.quotes.count + two.quotes.count)
        #expect(rows[1][0] == one.id && rows.last?[0] == "second")
    }

    @Test("the example's rows point at the quoted words and match the model")
    func exampleRows() throws {
        let article = try WriterTests.exampleArticle()
        guard let rows = try Self.pythonRows(try CSVQuotesWriter().write(article)) else { print("skipped: python3 not available"); return }
        #expect(rows.count == article.quotes.count + 1)
        for (row, quote) in zip(rows.dropFirst(), article.quotes) {
            #expect(row[10] == quote.text && row[2] == (quote.speaker?.name ?? ""))
            #expect(Int(row[8]) == quote.start && Int(row[9]) == quote.end && Int(row[7]) == quote.paragraph)
        }
    }

    @Test("convert --to csv writes the table to standard output")
    func endToEnd() throws {
        let result = try ProcessRunner.convert(["--to", "csv", TestPaths.exampleArticle.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.hasPrefix(Self.header + "\r\n"))
        #expect(result.stdoutText.contains("Wang Zhigang"))
    }
}
