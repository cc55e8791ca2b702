@testable import Copydesk
import Testing

/// Lists written with ASCII markers ("- item", "* item") inside the body.
@Suite("Plain-text lists in the body")
struct PlainTextListTests {
    private static func page(_ list: String) -> String {
        """
        World
        Flood defences to be rebuilt after the storm
        The council says work on the sea front will start in the spring.
        By Jane Smith
        The council has approved a plan to rebuild the town's flood defences after last winter's storm damaged the sea front.
        The plan includes:
        \(list)
        "We cannot wait for another storm," said council leader Mark Jones. "This work protects thousands of homes."
        Work on the defences is expected to take two years and will close parts of the promenade.
        """
    }

    @Test("'- ' and '* ' runs become list items, markers dropped, in order between the paragraphs")
    func markedRuns() {
        for marker in ["-", "*"] {
            let list = ["a new sea wall along the promenade", "raised footpaths near the harbour", "pumps"]
                .map { "\(marker) \($0)" }.joined(separator: "\n")
            let article = ArticleParser().parse(text: Self.page(list), id: "list")
            #expect(article.body.map(\.kind) == [.paragraph, .paragraph, .listItem, .listItem, .listItem, .paragraph, .paragraph])
            #expect(article.body.filter { $0.kind == .listItem }.map(\.text)
                    == ["a new sea wall along the promenade", "raised footpaths near the harbour", "pumps"])
            #expect(article.related.isEmpty)
            #expect(article.quotes.first?.speaker?.name == "Mark Jones")
        }
    }

    @Test("a lone marked line, mixed markers and a bare marker are not list items")
    func notLists() {
        let lone = ArticleParser().parse(text: Self.page("- with additional reporting from the harbour office"), id: "lone")
        #expect(!lone.body.contains { $0.kind == .listItem })
        let mixed = ArticleParser().parse(text: Self.page("- a new sea wall along the promenade\n* raised footpaths near the harbour"), id: "mixed")
        #expect(!mixed.body.contains { $0.kind == .listItem })
        let dashes = ArticleParser().parse(text: Self.page("-- a new sea wall along the promenade\n-- raised footpaths near the harbour"), id: "dashes")
        #expect(!dashes.body.contains { $0.kind == .listItem })
    }

    @Test("a list item reaches every writer as one")
    func writers() throws {
        let list = "- a new sea wall along the promenade\n- raised footpaths near the harbour"
        let article = ArticleParser().parse(text: Self.page(list), id: "list")
        let xml = String(decoding: try NewsMLWriter().write(article), as: UTF8.self)
        let items = xml.split(separator: "\n").map { $0.trimmingPrefix(while: { $0 == " " }) }
        let open = try #require(items.firstIndex(of: "<ul>"))
        #expect(Array(items[open...].prefix(4)) == ["<ul>", "<li>a new sea wall along the promenade</li>",
                                                    "<li>raised footpaths near the harbour</li>", "</ul>"])
        let text = String(decoding: try TextArticleWriter().write(article), as: UTF8.self)
        #expect(text.contains("• a new sea wall along the promenade"))
    }
}
