@testable import Copydesk
import Testing

/// Speaker shapes met in other publishers' layouts: demonym + title before a name, local-government
/// titles, a titled person followed by "of" and an institution.
@Suite("Quote speakers beyond the dev corpus")
struct GeneralisationQuoteTests {
    private func speakers(_ quotes: [Quote]) -> [String?] { quotes.map { $0.speaker?.name } }

    @Test("'said Bavarian state premier Klaus Wendt': the name after the title, not the demonym")
    func demonymTitleName() {
        let q = QuoteFixtures.quotes(["“This is a fair deal for the regions,” said Bavarian state premier Klaus Wendt."])
        #expect(speakers(q) == ["Klaus Wendt"])
    }

    @Test("'Cllr', 'Showrunner' are titles; 'Principal X of Y School' is X")
    func titlesAndOf() {
        let q = QuoteFixtures.quotes([
            "Cllr Priya Raman, who chairs the housing board, said: “Every pound counts.”",
            "Showrunner Eli Braddock defended the ending.",
            "“We always knew,” Braddock said.",
            "Principal Lim Hui Min of Bukit Rise Secondary said parents had welcomed the move.",
            "“Most are very positive,” said Mrs Lim.",
        ])
        #expect(speakers(q) == ["Priya Raman", "Eli Braddock", "Lim Hui Min"])
    }
}
