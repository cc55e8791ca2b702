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

    @Test("outputs pass the external validators (JSON Schema, python csv, ninjs 3.1)")
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
            if let problems = try ExternalValidators.ninjsProblems(in: ninjs) { #expect(problems == []) } else { print("note: ../shared or python3 missing, ninjs check skipped") }
        }
    }
}
