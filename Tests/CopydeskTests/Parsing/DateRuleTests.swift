@testable import Copydesk
import Foundation
import Testing

@Suite("Dates")
struct DateRuleTests {
    @Test("absolute dates in many shapes read as ISO 8601", arguments: [
        ("Updated 5:27 am CST, Wednesday, November 20, 2019", "5:27 am CST, Wednesday, November 20, 2019", "2019-11-20T05:27:00-06:00"),
        ("2019-11-18T23:30:00Z", "2019-11-18T23:30:00Z", "2019-11-18T23:30:00Z"),
        ("11/19/19 06:56 AM EST", "11/19/19 06:56 AM EST", "2019-11-19T06:56:00-05:00"),
        ("20 Nov 2019 08:00 GMT", "20 Nov 2019 08:00 GMT", "2019-11-20T08:00:00Z"),
        ("Published Nov. 19, 2019, 8:41 PM UTC", "Nov. 19, 2019, 8:41 PM UTC", "2019-11-19T20:41:00Z"),
        ("21:17 18.11.2019Get short URL", "21:17 18.11.2019", "2019-11-18T21:17:00"),
        ("19 November 2019", "19 November 2019", "2019-11-19"),
        ("November 19, 20195:00 AM ET", "November 19, 20195:00 AM ET", "2019-11-19T05:00:00-05:00"),
        // numeric offsets: after a time, or glued to a zone of offset zero
        ("2025-02-03T16:52:00+01:00", "2025-02-03T16:52:00+01:00", "2025-02-03T16:52:00+01:00"),
        ("2025-02-03T16:52:00-0500", "2025-02-03T16:52:00-0500", "2025-02-03T16:52:00-05:00"),
        ("Updated 4:52 PM GMT+1, February 3, 2025", "4:52 PM GMT+1, February 3, 2025", "2025-02-03T16:52:00+01:00"),
        ("3 Feb 2025 09:15 UTC+5:30", "3 Feb 2025 09:15 UTC+5:30", "2025-02-03T09:15:00+05:30"),
        ("3 Feb 2025 09:15 GMT-4", "3 Feb 2025 09:15 GMT-4", "2025-02-03T09:15:00-04:00"),
        // a time range is no offset; an offset past 14 hours is not read
        ("3 Feb 2025 10:00-11:00", "3 Feb 2025 10:00", "2025-02-03T10:00:00"),
        ("3 Feb 2025 09:15 GMT+25", "3 Feb 2025 09:15 GMT", "2025-02-03T09:15:00Z"),
        // US zones without standard or daylight time take the offset of the date
        ("Feb. 3, 2025 10:00 a.m. ET", "Feb. 3, 2025 10:00 a.m. ET", "2025-02-03T10:00:00-05:00"),
        ("July 4, 2024, 9:30 PM PT", "July 4, 2024, 9:30 PM PT", "2024-07-04T21:30:00-07:00"),
        ("June 1, 2005 10:00 ET", "June 1, 2005 10:00 ET", "2005-06-01T10:00:00"),
    ])
    func absolute(line: String, text: String, iso: String) throws {
        let match = try #require(DateRule.match(textLine(line)))
        #expect(match.published.text == text)
        #expect(match.published.iso == iso)
    }

    @Test("US daylight time runs from 2:00 on March's second Sunday to 2:00 on November's first (2007 rule)")
    func usDaylightTime() {
        #expect(DateText.weekday(2025, 3, 9) == 0 && DateText.weekday(2025, 11, 2) == 0 && DateText.weekday(2024, 2, 29) == 4)
        #expect(!DateText.usDaylightTime(2025, 3, 9, hour: 1) && DateText.usDaylightTime(2025, 3, 9, hour: 3))
        #expect(DateText.usDaylightTime(2025, 11, 2, hour: 1) && !DateText.usDaylightTime(2025, 11, 2, hour: 2))
        #expect(!DateText.usDaylightTime(2025, 1, 15, hour: 12) && DateText.usDaylightTime(2025, 7, 15, hour: 12))
        #expect(DateText.usZoneOffset("US-6", 2019, 3, 12, hour: 15) == "-05:00")
        #expect(DateText.usZoneOffset("US-8", 2019, 12, 1, hour: 15) == "-08:00")
        #expect(DateText.usZoneOffset("-05:00", 2019, 12, 1, hour: 15) == nil)
    }

    @Test("the daylight rule agrees with the system's America/New_York zone at noon on every day of 2007-2030")
    func usDaylightTimeAgainstTimeZone() throws {
        let zone = try #require(TimeZone(identifier: "America/New_York"))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        for year in 2007...2030 {
            for month in 1...12 {
                let days = try #require(calendar.range(of: .day, in: .month, for: calendar.date(from: DateComponents(year: year, month: month))!))
                for day in days {
                    let noon = try #require(calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12)))
                    #expect(DateText.usDaylightTime(year, month, day, hour: 12) == zone.isDaylightSavingTime(for: noon), "\(year)-\(month)-\(day)")
                }
            }
        }
    }

    @Test("relative dates keep their text and have no ISO reading")
    func relative() throws {
        let match = try #require(DateRule.match(textLine("Published 22 hours ago")))
        #expect(match.published == DateStamp(text: "22 hours ago", iso: nil))
    }

    @Test("a second date labelled as an update is kept apart")
    func updated() throws {
        let match = try #require(DateRule.match(textLine("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019")))
        #expect(match.published.text == "10:48, Tue, Nov 19, 2019")
        #expect(match.updated?.text == "11:05, Tue, Nov 19, 2019")
        let glued = try #require(DateRule.match(textLine("Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.")))
        #expect(glued.published.text == "Nov. 20, 2019")
        #expect(glued.updated?.iso == "2019-11-20T01:35:00")
        #expect(DateRule.match(textLine("updated: Nov 20 2019, 15:24pm ist"))?.labelledUpdate == true)
        #expect(DateRule.match(textLine("Updated on February 3, 2025 at 11:02 AM GMT+1"))?.labelledUpdate == true)
        #expect(DateRule.match(textLine("Last modified on Sat 4 May 2019 12.31 BST"))?.labelledUpdate == true)
        #expect(DateRule.match(textLine("Published on February 3, 2025"))?.labelledUpdate == false)
        // the update first, the publication after its label
        let both = DateRule.match(textLine("Updated March 14, 2025 at 9:42 p.m. EDT|Published March 14, 2025 at 6:15 p.m. EDT"))
        #expect(both?.published == DateStamp(text: "March 14, 2025 at 6:15 p.m. EDT", iso: "2025-03-14T18:15:00-04:00"))
        #expect(both?.updated == DateStamp(text: "March 14, 2025 at 9:42 p.m. EDT", iso: "2025-03-14T21:42:00-04:00"))
        #expect(both?.labelledUpdate == false)
        #expect(both == RefDateRule.match(textLine("Updated March 14, 2025 at 9:42 p.m. EDT|Published March 14, 2025 at 6:15 p.m. EDT")))
    }

    @Test("sentences that mention a date are not date lines")
    func notDates() {
        #expect(DateRule.match(textLine("The meeting on November 20, 2019 was attended by hundreds of delegates from abroad.")) == nil)
        #expect(DateRule.match(textLine("He said: \"See you on May 5, 2020\"")) == nil)
        #expect(DateRule.match(textLine("Thunder: Host the Lakers on Friday.")) == nil)
    }
}
