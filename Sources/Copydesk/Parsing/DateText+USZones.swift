/// US time zones printed without standard or daylight time ("10:00 a.m. ET"): the offset the date had there.
extension DateText {
    /// The ISO offset of `zone` when it is a US zone named without standard or daylight time ("US-5" for ET, the
    /// standard offset in hours) at local time `hour` of `y`-`m`-`d`: daylight time (one hour more) from 2:00 on the
    /// second Sunday of March to 2:00 on the first Sunday of November, the rule since 2007. `nil` for other zones;
    /// for earlier years an empty offset (a local time: the offset is left unknown rather than guessed).
    static func usZoneOffset(_ zone: String, _ y: Int, _ m: Int, _ d: Int, hour: Int) -> String? {
        guard zone.utf8.first == UInt8(ascii: "U"), zone.hasPrefix("US-"), let standard = Int(zone.dropFirst(3)) else { return nil }
        guard y >= 2007 else { return "" }
        let hours = standard - (usDaylightTime(y, m, d, hour: hour) ? 1 : 0)
        return "-" + (hours < 10 ? "0" : "") + String(hours) + ":00"
    }

    /// The ISO offset of table zone `zone` (an index of `zoneList`) at local time `hour` of `y`-`m`-`d`.
    static func zoneOffset(_ zone: Int, _ y: Int, _ m: Int, _ d: Int, hour: Int) -> String {
        usZoneOffset(zoneList[zone].1, y, m, d, hour: hour) ?? zoneList[zone].1
    }

    /// True when local time `hour` of `y`-`m`-`d` falls in US daylight time (the rule since 2007).
    static func usDaylightTime(_ y: Int, _ m: Int, _ d: Int, hour: Int) -> Bool {
        if m < 3 || m > 11 { return false }
        if m > 3 && m < 11 { return true }
        let firstSunday = 1 + (7 - weekday(y, m, 1)) % 7
        if m == 3 { let start = firstSunday + 7; return d > start || d == start && hour >= 2 }
        return d < firstSunday || d == firstSunday && hour < 2
    }

    /// The day of the week of a Gregorian date, 0 for Sunday.
    static func weekday(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let shifts = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let year = m < 3 ? y - 1 : y
        return (year + year / 4 - year / 100 + year / 400 + shifts[m - 1] + d) % 7
    }
}
