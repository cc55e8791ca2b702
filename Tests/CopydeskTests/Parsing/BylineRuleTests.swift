@testable import Copydesk
import Testing

@Suite("Bylines")
struct BylineRuleTests {
    private func names(_ line: String) -> [String]? { BylineRule.match(textLine(line))?.names.map(\.name) }

    @Test("By X and Y, one entry per person")
    func byAndAnd() {
        #expect(names("By Jane Roe and John Doe") == ["Jane Roe", "John Doe"])
        #expect(names("BY JANE ROE, JOHN DOE & MARY MAJOR") == ["JANE ROE", "JOHN DOE", "MARY MAJOR"])
        #expect(names("Written by Ann Example") == ["Ann Example"])
    }

    @Test("outlets after the names are dropped: glued, after a bar, or after a comma")
    func outlets() {
        #expect(names("By Jonathan GarberFOXBusiness") == ["Jonathan Garber"])
        #expect(names("By Andy Sahadeo | Fox News") == ["Andy Sahadeo"])
        #expect(names("By Jane Roe, CNN Business") == ["Jane Roe"])
        #expect(names("By Jane Roe and John Doe, The Washington Post") == ["Jane Roe", "John Doe"])
        #expect(names("By Jane Roe in Nairobi") == ["Jane Roe"])
        #expect(BylineRule.match(textLine("By JANE ROE Associated Press"))?.names == [BylineEntry(name: "JANE ROE", role: "Associated Press")])
    }

    @Test("a role is kept apart from the name")
    func roles() throws {
        let match = try #require(BylineRule.matchUnlabelled(textLine("Robert Burns, AP National Security Writer")))
        #expect(match.names == [BylineEntry(name: "Robert Burns", role: "AP National Security Writer")])
        let dashed = try #require(BylineRule.match(textLine("By Yasemin Saplakoglu - Staff Writer 2019-11-18T23:30:00Z Health")))
        #expect(dashed.names == [BylineEntry(name: "Yasemin Saplakoglu", role: "Staff Writer")])
        #expect(dashed.date?.published.iso == "2019-11-18T23:30:00Z")
        #expect(dashed.section == "Health")
    }

    @Test("a wire agency alone is the byline; a place after it is not a person")
    func agency() {
        #expect(BylineRule.matchUnlabelled(textLine("Reuters, Washington,"))?.names.map(\.name) == ["Reuters"])
        #expect(BylineRule.matchUnlabelled(textLine("Meg Kinnard and Errin Haines, Associated Press"))?.names.map(\.name)
                == ["Meg Kinnard", "Errin Haines"])
    }

    @Test("a date on the byline line is split off")
    func withDate() throws {
        let match = try #require(BylineRule.match(textLine("By Tess Bonn - 11/19/19 06:56 AM EST")))
        #expect(match.names.map(\.name) == ["Tess Bonn"])
        #expect(match.date?.published.text == "11/19/19 06:56 AM EST")
    }

    @Test("credit lines name reporters but not editors")
    func creditLine() {
        let line = textLine("Reporting by Ann Roe; additional reporting by Bo Lee and Cy Doe; Editing by Di Fox")
        #expect(BylineRule.creditLine(line)?.map(\.name) == ["Ann Roe", "Bo Lee", "Cy Doe"])
    }

    @Test("organisations and sentences are not bylines")
    func notBylines() {
        #expect(BylineRule.match(textLine("by European Space Agency")) == nil)
        #expect(BylineRule.match(textLine("By the time the police arrived, the crowd had gone.")) == nil)
        #expect(BylineRule.people(in: "Trevor J. Mitchell Sioux Falls Argus Leader").map(\.name) == ["Trevor J. Mitchell"])
    }
}
