/// The ISO 8601 text of a date `DateText` has read.
extension DateText {
    /// "YYYY-MM-DD", then "THH:MM:SS" and the zone's offset when a time is given, each number zero-padded
    /// to its width (a longer one kept whole); written on bytes (every value is at least zero).
    static func isoText(_ y: Int, _ m: Int, _ d: Int, _ time: (Int, Int, Int, Int?)?) -> String {
        String(unsafeUninitializedCapacity: 80) { buffer in
            var count = 0
            func put(_ byte: UInt8) { buffer[count] = byte; count += 1 }
            func pad(_ value: Int, _ width: Int) {
                var digits = 1, rest = value / 10
                while rest > 0 { digits += 1; rest /= 10 }
                for _ in digits..<max(width, digits) { put(UInt8(ascii: "0")) }
                var place = count + digits
                count = place
                var left = value
                repeat { place -= 1; buffer[place] = UInt8(ascii: "0") + UInt8(left % 10); left /= 10 } while left > 0
            }
            pad(y, 4); put(UInt8(ascii: "-")); pad(m, 2); put(UInt8(ascii: "-")); pad(d, 2)
            if let (h, mm, ss, zone) = time {
                put(UInt8(ascii: "T")); pad(h, 2); put(UInt8(ascii: ":")); pad(mm, 2); put(UInt8(ascii: ":")); pad(ss, 2)
                if let zone { for byte in zoneList[zone].1.utf8 { put(byte) } }
            }
            return count
        }
    }
}
