@testable import Copydesk
import Foundation
import Testing

/// One `ParseWorkspace` reused across articles, as each batch worker does, parses every article
/// exactly as a fresh parser does, whatever the order the articles come in.
@Suite("Parser: a workspace reused across articles")
struct ParseWorkspaceTests {
    @Test("fixtures and the dev corpus: parse(bytes:reusing:) == parse(bytes:), forwards and backwards")
    func sameArticles() throws {
        let parser = ArticleParser()
        let inputs = try TestPaths.fixtureAndCorpusInputs()
        let fresh = inputs.map { try? parser.parse(bytes: $0, id: "w", path: "in.txt") }
        #expect(fresh.compactMap { $0 }.count > 10)
        #expect(fresh.contains { !($0?.quotes.isEmpty ?? true) })
        var workspace = ParseWorkspace()
        for order in [Array(inputs.indices), inputs.indices.reversed()] {
            for index in order {
                let reused = try? parser.parse(bytes: inputs[index], id: "w", path: "in.txt", reusing: &workspace)
                #expect(reused == fresh[index], "input \(index)")
            }
        }
    }

    @Test("a failed parse (not text) leaves the workspace usable for the next article")
    func afterFailure() throws {
        let parser = ArticleParser()
        let text = Array("Headline here\n\n\u{201C}We will go,\u{201D} said Jane Doe, the minister.\n".utf8)
        var workspace = ParseWorkspace()
        let first = try parser.parse(bytes: text, id: "a", reusing: &workspace)
        #expect(throws: CopydeskError.self) { try parser.parse(bytes: [0, 1, 2, 0, 0xFF, 0], id: "b", reusing: &workspace) }
        let second = try parser.parse(bytes: text, id: "a", reusing: &workspace)
        #expect(first == second)
        #expect(first.quotes.count == 1)
    }
}
