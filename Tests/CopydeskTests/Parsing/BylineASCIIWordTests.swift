@testable import Copydesk
import Testing

/// The byline rules' ASCII word walks (`BylineRule+ASCIIWords`) against the word-and-lowered-copy rules they replace.
@Suite("Byline ASCII word walks")
struct BylineASCIIWordTests {
    static let pieces = ["Harriet", "Vane", "Social", "affairs", "correspondent", "Correspondents", "WRITER", "writers", "Senior",
                         "editor", "Staff", "staff", "reporter", "de", "van", "J.", "News", "Press", "bureau", "Chief", "chief", "x",
                         "University", "AGENCY", "museum", "Company", "companies", "é", "Écrivain", "Zoë", "  ", "\t", "CNN", "BBC",
                         "O'Brien", "Smith-Jones", "2019", "said.", "KELVIN\u{212A}", "Societyx", "society"]

    @Test("matchNameThenRole on bytes equals the plain rule on random lines")
    func nameThenRoleEqualsPlain() {
        var mix = SeededMix(state: 0xB1_0E)
        var matched = 0, ascii = 0
        for round in 0..<6000 {
            let text = mix.text(Self.pieces, upTo: 10, separator: mix.next(6) == 0 ? "  " : " ")
            for line in TestLine.lines(of: text) {
                var fast = line, plain = line
                let got = fast.onPage(BylineRule.matchNameThenRole(inPlace:_:))
                let want = plain.onPage(BylineRule.plainMatchNameThenRole(inPlace:_:))
                #expect(got == want, "round \(round): \(text.debugDescription)")
                if got != nil { matched += 1; if line.isASCII { ascii += 1 } }
            }
        }
        #expect(ascii >= 20)  // the byte path finds names and roles, not only rejections
        #expect(matched > ascii)
    }

    @Test("the byte walk cuts known lines as the rule does")
    func knownLines() {
        let match = BylineRule.matchNameThenRole(TestLine(number: 1, text: "Harriet Vane Social affairs correspondent"))
        #expect(match?.names == [BylineEntry(name: "Harriet Vane", role: "Social affairs correspondent")])
        #expect(BylineRule.matchNameThenRole(TestLine(number: 1, text: "Vane Senior staff writer")) == nil)
        let plain = BylineRule.plainMatchNameThenRole
        var line = TestLine(number: 1, text: "Mary Jane de Souza chief bureau editor")
        #expect(line.onPage(BylineRule.matchNameThenRole(inPlace:_:)) == line.onPage(plain))
    }

    @Test("isOrganisation on bytes equals the plain rule on random names")
    func organisationEqualsPlain() {
        var mix = SeededMix(state: 0x0A9E)
        var found = 0
        for round in 0..<6000 {
            let name = mix.text(Self.pieces, upTo: 6, separator: mix.next(5) == 0 ? "\t" : " ")
            let fast = BylineRule.isOrganisation(name)
            #expect(fast == BylineRule.plainIsOrganisation(name), "round \(round): \(name.debugDescription)")
            if fast { found += 1 }
        }
        #expect(found > 100)
        #expect(BylineRule.isOrganisation("European Space AGENCY"))
        #expect(!BylineRule.isOrganisation("Agencies Report"))
    }
}
