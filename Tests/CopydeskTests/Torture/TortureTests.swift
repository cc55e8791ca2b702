@testable import Copydesk
import Foundation
import Testing

/// Every hostile input: no crash, no hang, and either outputs that validate for every registered
/// format or a clear `CopydeskError` naming the input and the reason.
@Suite("Torture: hostile inputs", .timeLimit(.minutes(5)))
struct TortureTests {
    @Test("the catalogue holds at least 30 distinct hostile inputs")
    func catalogue() {
        let names = TortureCatalogue.all.map(\.name)
        #expect(names.count >= 30)
        #expect(Set(names).count == names.count)
        #expect(TortureCatalogue.all.contains { $0.outcome == .notText })
        #expect(!TortureCatalogue.fixtures.isEmpty, "Fixtures/torture should hold the fuzzer's findings")
    }

    @Test("parses and every writer's output validates, or a clear not-text error", arguments: TortureCatalogue.all)
    func survives(_ input: TortureInput) throws {
        switch input.outcome {
        case .notText:
            do {
                let article = try ArticleParser().parse(bytes: input.bytes, id: input.name, path: input.path)
                Issue.record("expected a not-text error, got an article with \(article.body.count) blocks")
            } catch let error as CopydeskError {
                #expect(error.code == .notText)
                #expect(error.input == input.path)
                #expect(error.description.hasPrefix(input.path + ": not text"))
                #expect(!error.description.contains("\n"))
            }
        case .converts:
            let article = try ArticleParser().parse(bytes: input.bytes, id: input.name, path: input.path)
            if let encoding = input.encoding { #expect(article.source.encoding == encoding) }
            #expect(article.source.bytes == input.bytes.count)
            #expect(OutputChecks.modelProblems(article) == [])
            for format in WriterRegistry.formats {
                let output = try format.writer.write(article)
                #expect(OutputChecks.problems(format: format.name, output: output, article: article) == [], "\(format.name)")
                let merged = try format.writer.writeMerged([article, article])
                #expect(String(validating: merged, as: UTF8.self) != nil && !merged.contains(0), "\(format.name) merged")
            }
        }
    }

    @Test("outputs pass the external validators (Article JSON Schema, python csv, ninjs 3.1)")
    func externalValidation() throws {
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String: [URL]] = [:]
        // Inputs above 64 KB get the in-process checks only: the external tools are slow on them.
        for input in TortureCatalogue.all where input.outcome == .converts && input.bytes.count <= 65_536 {
            let article = try ArticleParser().parse(bytes: input.bytes, id: input.name, path: input.path)
            for format in WriterRegistry.formats {
                let url = folder.appendingPathComponent("\(input.name).\(format.fileExtension)")
                try Data(try format.writer.write(article)).write(to: url)
                files[format.name, default: []].append(url)
            }
        }
        #expect(files["json"]?.count ?? 0 >= 30)
        if let problems = try ArticleSchema.problems(in: files["json"] ?? []) {
            #expect(problems == [])
        } else {
            print("note: python3 jsonschema missing, Article schema validation skipped")
        }
        if let csv = files["csv-quotes"] {
            if let problems = try ExternalValidators.csvProblems(in: csv) { #expect(problems == []) } else { print("note: python3 missing, CSV check skipped") }
        }
        if let ninjs = files["ninjs"] {
            let documents = try ninjs.map { (name: $0.lastPathComponent, bytes: [UInt8](try Data(contentsOf: $0))) }
            if let problems = try NinjsValidator.problems(in: documents) { #expect(problems == []) } else { print("note: ../shared or jsonschema missing, ninjs check skipped") }
        }
    }
}

/// The checks themselves must catch broken outputs, or the suite proves nothing.
@Suite("Torture validators catch broken outputs")
struct TortureValidatorSelfTests {
    let article = ArticleParser().parse(text: "Headline\nBody text.", id: "t")

    @Test("broken XML, JSON, NUL and invalid UTF-8 are reported")
    func inProcess() {
        #expect(!OutputChecks.problems(format: "xml", output: Array("<a>&</a>".utf8), article: article).isEmpty)
        #expect(!OutputChecks.problems(format: "xml", output: Array("<a>\u{1}</a>".utf8), article: article).isEmpty)
        #expect(!OutputChecks.problems(format: "json", output: Array("{\"a\":\"\u{1}\"}".utf8), article: article).isEmpty)
        #expect(!OutputChecks.problems(format: "text", output: [0x41, 0x00], article: article).isEmpty)
        #expect(!OutputChecks.problems(format: "text", output: [0x41, 0xFF], article: article).isEmpty)
    }

    @Test("a live formula cell and a bad header are reported by the CSV check")
    func csv() throws {
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let header = "article_id,quote_index,speaker,speaker_role,speaker_kind,cue,kind,paragraph,start,end,quote\r\n"
        let live = folder.appendingPathComponent("live.csv"), bad = folder.appendingPathComponent("bad.csv")
        try Data((header + "a,0,=cmd,,,said,direct,0,0,1,x\r\n").utf8).write(to: live)
        try Data("id,quote\r\n".utf8).write(to: bad)
        guard let problems = try ExternalValidators.csvProblems(in: [live, bad]) else { print("note: python3 missing"); return }
        #expect(problems.count == 2)
    }
}
