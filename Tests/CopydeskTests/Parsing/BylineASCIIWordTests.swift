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

/// `BylineRule.peopleASCII` (names cut on byte spans) against `plainPeople`, which slices `Substring`s.
@Suite("Byline people on bytes")
struct BylinePeopleBytesTests {
    static let pieces = ["Jonathan", "Garber", "GarberFOXBusiness", "Tess", "Bonn", "J.", "K.", "Mary", "de", "Souza", "Reuters", "AP",
                         "Associated Press", "Staff Writer", "staff writer", "Capitol Beat", "CNN", "BBC News", "Senior Editor", ",", ", ",
                         " and ", " And ", " AND ", " & ", "and ", " | ", "|", " |", " - ", "-", " in ", " at ", " for ", "Washington",
                         "in", "Sioux Falls Argus Leader", "reporter", "x", " ", "  ", "\t", "2019", "Zoë", "é", "O'Neil", "Smith-Jones"]

    @Test("people(in:) on bytes equals plainPeople on random bylines")
    func peopleEqualsPlain() {
        var mix = SeededMix(state: 0x9E0_91E)
        var entries = 0, roles = 0
        for round in 0..<20000 {
            let text = mix.text(Self.pieces, upTo: 12, separator: mix.next(3) == 0 ? "" : " ")
            let sub = Substring(text)
            let fast = BylineRule.people(in: sub)
            #expect(fast == BylineRule.plainPeople(in: sub), "round \(round): \(text.debugDescription)")
            entries += fast.count
            roles += fast.filter { $0.role != nil }.count
        }
        #expect(entries > 2000)  // names are kept, not only rejected
        #expect(roles > 200)
    }

    @Test("known bylines split as before")
    func knownBylines() {
        let texts = ["Jonathan GarberFOXBusiness", "X Y and Z W, Capitol Beat", "Trevor J. Mitchell Sioux Falls Argus Leader",
                     "Tess Bonn - Staff Writer", "Reuters, Jane Doe and John Roe", "Ann Lee in Washington", "and Ann Lee, Bob Ray | CNN"]
        for text in texts {
            #expect(BylineRule.people(in: Substring(text)) == BylineRule.plainPeople(in: Substring(text)), "\(text)")
        }
        #expect(BylineRule.people(in: "X Y and Z W, Capitol Beat").map(\.role) == ["Capitol Beat", "Capitol Beat"])
    }
}

/// `BylineRule.matchUnlabelled` on an ASCII line's byte spans (`unlabelledASCII`) against `plainUnlabelled`.
@Suite("Unlabelled bylines on bytes")
struct BylineUnlabelledBytesTests {
    @Test("matchUnlabelled equals the plain rule past the same gates on random lines")
    func unlabelledEqualsPlain() {
        var mix = SeededMix(state: 0x0B_1E_5A)
        let pieces = BylinePeopleBytesTests.pieces + ["Reuters,", "Staff,", "Washington,", ",,", "NEWS", "Bureau Chief", "by"]
        var found = 0
        for round in 0..<20000 {
            let text = mix.text(pieces, upTo: 9, separator: mix.next(3) == 0 ? "" : " ")
            for line in TestLine.lines(of: text) {
                let fast = BylineRule.matchUnlabelled(line)
                let plain: BylineRule.Match? = line.read { line, page in
                    guard line.words <= 10, !line.endsLikeSentence || line.lastByte == UInt8(ascii: ","), !line.hasQuoteMark,
                          BylineRule.unlabelledMayMatch(page.bytes(line)) else { return nil }
                    return BylineRule.plainUnlabelled(page.text(line))
                }
                #expect(fast == plain, "round \(round): \(text.debugDescription)")
                if fast != nil { found += 1 }
            }
        }
        #expect(found > 200)  // bylines and agencies are found, not only rejected
        #expect(BylineRule.matchUnlabelled(TestLine(number: 1, text: "Jane Doe, Staff Writer"))?.names
            == [BylineEntry(name: "Jane Doe", role: "Staff Writer")])
    }
}

/// The "By" rule and the credit-line rule on an ASCII line's byte spans against their `Substring` forms.
@Suite("By and credit lines on bytes")
struct BylineByBytesTests {
    static let openings = ["By ", "BY ", "by: ", "Written by ", "Story by ", "ByJane", "Reporting by ", "Additional reporting by ",
                           "Writing by ", "Compiled by ", "Editing by ", "; ", ";", "edited by ", "reporting by "]

    @Test("match and creditLine equal the plain rules on random lines")
    func byAndCreditEqualPlain() {
        var mix = SeededMix(state: 0xB7_C4ED)
        let pieces = BylinePeopleBytesTests.pieces + Self.openings + ["November 20, 2019", "Nov. 19", "Updated", "today", "May",
                                                                      "Agency", "University", "Published 5:27 am", "."]
        var matched = 0, credited = 0
        for round in 0..<20000 {
            let opening = Self.openings[mix.next(Self.openings.count)]
            let text = opening + mix.text(pieces, upTo: 9, separator: mix.next(3) == 0 ? "" : " ")
            for line in TestLine.lines(of: text) {
                var fast = line, plain = line
                let got = fast.onPage(BylineRule.match(inPlace:_:))
                #expect(got == plain.onPage(BylineRule.plainMatch(inPlace:_:)), "round \(round): \(text.debugDescription)")
                let credits = BylineRule.creditLine(line)
                let plainCredits: [BylineEntry]? = line.read { line, page in
                    guard LineClassifier.Openings.creditLine(page.bytes(line)) else { return nil }
                    let names = BylineRule.creditNames(page.text(line))
                    return names.isEmpty ? nil : names
                }
                #expect(credits == plainCredits, "round \(round): \(text.debugDescription)")
                if got != nil { matched += 1 }
                if credits != nil { credited += 1 }
            }
        }
        #expect(matched > 500)
        #expect(credited > 100)
    }
}
