@testable import Copydesk
import Testing

@Suite("NewsItemFacts.dateTime")
struct DateTimeOracleTests {
    /// The string-built reading `dateTime` replaced, kept as the oracle for the byte-built one.
    static func reference(_ iso: String) -> String? {
        let b = Array(iso.utf8)
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var value = 0
            for i in from..<(from + count) {
                guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                value = value * 10 + Int(b[i] - 0x30)
            }
            return value
        }
        func daysIn(month: Int, year: Int) -> Int {
            switch month {
            case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
            case 4, 6, 9, 11: return 30
            default: return 31
            }
        }
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        guard let year = digits(0, 4), year > 0, b.count >= 10, b[4] == 0x2D, b[7] == 0x2D,
              let month = digits(5, 2), let day = digits(8, 2),
              (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        var out = String(decoding: b[0..<10], as: UTF8.self)
        guard b.count > 10 else { return out + "T00:00:00Z" }
        guard b[10] == 0x54 || b[10] == 0x20, let hour = digits(11, 2), b.count >= 16, b[13] == 0x3A,
              let minute = digits(14, 2), hour < 24, minute < 60 else { return nil }
        out += "T" + String(decoding: b[11..<16], as: UTF8.self)
        var i = 16
        if i < b.count, b[i] == 0x3A {
            guard let second = digits(17, 2), second < 60 else { return nil }
            out += String(decoding: b[16..<19], as: UTF8.self)
            i = 19
            if i < b.count, b[i] == 0x2E {
                var j = i + 1
                while j < b.count, b[j] >= 0x30, b[j] <= 0x39 { j += 1 }
                guard j > i + 1 else { return nil }
                out += String(decoding: b[i..<j], as: UTF8.self)
                i = j
            }
        } else {
            out += ":00"
        }
        if i == b.count { return out + "Z" }
        if b[i] == 0x5A, i + 1 == b.count { return out + "Z" }
        guard b[i] == 0x2B || b[i] == 0x2D, let offsetHour = digits(i + 1, 2), offsetHour < 24 else { return nil }
        let sign = b[i] == 0x2B ? "+" : "-"
        let minutes: Int?
        if b.count == i + 6, b[i + 3] == 0x3A { minutes = digits(i + 4, 2) } else if b.count == i + 5 { minutes = digits(i + 3, 2) } else if b.count == i + 3 { minutes = 0 } else { minutes = nil }
        guard let offsetMinute = minutes, offsetMinute < 60 else { return nil }
        return out + sign + pad(offsetHour) + ":" + pad(offsetMinute)
    }

    @Test("the byte-built reading gives the old string-built one for every shape of date")
    func matchesReference() {
        let dates = ["2019-11-20", "2020-02-29", "2019-02-29", "2019-13-01", "0000-01-01", "2019-11-2", "2019/11/20", ""]
        let times = ["", "T05:27", "T05:27:09", "T05:27:09.123", "T05:27:09.", " 23:59", "T24:00", "T05:60", "T05:27:60", "X05:27",
                     "T5:27", "T05:27:9"]
        let zones = ["", "Z", "Zx", "+08:00", "-06:00", "+0530", "-07", "+24:00", "+08:60", "+8:00", "+08:0", "é", "+08:00:00"]
        var checked = 0
        for date in dates {
            for time in times {
                for zone in zones {
                    let iso = date + time + zone
                    #expect(NewsItemFacts.dateTime(iso) == Self.reference(iso), "\(iso.debugDescription)")
                    checked += 1
                }
            }
        }
        #expect(checked == dates.count * times.count * zones.count)
    }
}
