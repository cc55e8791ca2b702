/// What the date tables say of one lowercased word, packed in bits: its month, its zone, and whether it is glue,
/// a relative unit or one of the words `find` compares by name. Built once from `months`, `zones`, `glue` and
/// `relativeUnits`, so a word is looked up once instead of once per comparison.
typealias WordInfo = UInt32

extension DateText {
    /// Month names and their abbreviations, lowercased, with the month number.
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9,
        "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
        "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
        // the months as Italian, French, German, Spanish and Portuguese pages print them ("19 novembre 2024"), in ASCII
        // and nine letters at most, leaving out words that are names or English words too ("Mars", "Mai", "Mayo", "Julio")
        "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "agosto": 8,
        "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12, "janvier": 1, "avril": 4, "juin": 6, "juillet": 7,
        "septembre": 9, "octobre": 10, "januar": 1, "februar": 2, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
        "enero": 1, "febrero": 2, "abril": 4, "junio": 6, "octubre": 10, "noviembre": 11, "diciembre": 12, "janeiro": 1,
        "fevereiro": 2, "maio": 5, "junho": 6, "julho": 7, "setembro": 9, "outubro": 10, "dezembro": 12,
    ]
    /// Time-zone abbreviations, lowercased, with their ISO 8601 offset.
    static let zones: [String: String] = [
        "utc": "Z", "gmt": "Z", "z": "Z", "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00", "mst": "-07:00",
        "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00", "bst": "+01:00", "cet": "+01:00", "cest": "+02:00", "ist": "+05:30",
        "jst": "+09:00", "hkt": "+08:00", "sgt": "+08:00", "aest": "+10:00", "msk": "+03:00",
        // US zones named without standard or daylight time: the offset follows the date (`usZoneOffset`)
        "et": "US-5", "ct": "US-6", "mt": "US-7", "pt": "US-8",
    ]
    /// Words that may sit inside a date expression without ending it (am/pm, weekdays, ordinals).
    static let glue: Set<String> = ["am", "pm", "a", "m", "p", "t", "at", "on", "of", "th", "st", "nd", "rd",
                                            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]
    /// Units of a relative date ("22 hours ago").
    static let relativeUnits: Set<String> = ["second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours",
                                                     "hr", "hrs", "day", "days", "week", "weeks", "month", "months"]

    /// The bits of `WordInfo` (the month number sits in bits 0–3, the zone index + 1 in bits 4–8).
    enum Word {
        static let glue: WordInfo = 1 << 9, relative: WordInfo = 1 << 10, am: WordInfo = 1 << 11, pm: WordInfo = 1 << 12
        static let a: WordInfo = 1 << 13, p: WordInfo = 1 << 14, m: WordInfo = 1 << 15, t: WordInfo = 1 << 16
        static let ago: WordInfo = 1 << 17, today: WordInfo = 1 << 18, yesterday: WordInfo = 1 << 19

        /// The month a word names (1–12), or 0.
        @inline(__always) static func month(_ info: WordInfo) -> Int { Int(info & 0xF) }
        /// The index in `zoneList` of the zone a word names, or -1.
        @inline(__always) static func zone(_ info: WordInfo) -> Int { Int((info >> 4) & 0x1F) - 1 }
    }

    /// The zone abbreviations in a fixed order, and their ISO offsets.
    static let zoneList: [(String, String)] = zones.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }

    /// Every word the date tables know, with its `WordInfo`.
    static let wordInfo: [String: WordInfo] = {
        var table: [String: WordInfo] = [:]
        for (name, month) in months { table[name, default: 0] |= WordInfo(month) }
        for (index, zone) in zoneList.enumerated() { table[zone.0, default: 0] |= WordInfo(index + 1) << 4 }
        for word in glue { table[word, default: 0] |= Word.glue }
        for word in relativeUnits { table[word, default: 0] |= Word.relative }
        let named: [(String, WordInfo)] = [("am", Word.am), ("pm", Word.pm), ("a", Word.a), ("p", Word.p), ("m", Word.m), ("t", Word.t),
                                           ("ago", Word.ago), ("today", Word.today), ("yesterday", Word.yesterday)]
        for (word, bit) in named { table[word, default: 0] |= bit }
        return table
    }()

    /// `wordInfo` keyed by `packedLetters` (every key is at most nine ASCII letters).
    static let wordTable = PackedWordTable(wordInfo)
}

/// An open-addressed table from words packed by `DateText.packedLetters` to their `WordInfo`: a few
/// instructions per lookup instead of hashing a `String`. Immutable, and a class so a rule fetching it holds one
/// reference instead of copying its three arrays.
final class PackedWordTable: Sendable {
    private let keys: [UInt64]
    private let values: [WordInfo]
    private let mask: Int
    /// Per ASCII letter (its low five bits): bit `length` set when a word of that length opens with it, so most runs of
    /// letters are ruled out before they are packed and hashed.
    private let shapes: [UInt16]

    /// The table of `words` (lowercase ASCII letters, at most nine each).
    init(_ words: [String: WordInfo]) {
        var size = 64
        while size < words.count * 4 { size <<= 1 }
        var keys = [UInt64](repeating: 0, count: size), values = [WordInfo](repeating: 0, count: size)
        var shapes = [UInt16](repeating: 0, count: 32)
        for (word, info) in words {
            shapes[Int(word.utf8.first ?? 0) & 31] |= 1 << UInt16(word.utf8.count)
            let packed = Array(word.utf8).withUnsafeBufferPointer { DateText.packedLetters($0, 0, $0.count) }
            precondition(word.utf8.count <= 9 && packed != 0, "date words are one to nine ASCII letters")
            var slot = Self.slot(packed, size - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = packed
            values[slot] = info
        }
        self.keys = keys
        self.values = values
        self.shapes = shapes
        mask = size - 1
    }

    /// False when no word of `length` letters (1–9) opens with the ASCII letter `first` (either case): the run's
    /// `info` is then 0.
    @inline(__always)
    func mayHold(first: UInt8, length: Int) -> Bool {
        shapes.withUnsafeBufferPointer { $0[Int(first) & 31] & (1 << UInt16(truncatingIfNeeded: length)) != 0 }
    }

    @inline(__always)
    private static func slot(_ packed: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask }

    /// The `WordInfo` of the word packed as `packed` (not 0), or 0 for a word the tables do not hold.
    @inline(__always)
    func info(packed: UInt64) -> WordInfo {
        keys.withUnsafeBufferPointer { keys in
            var slot = Self.slot(packed, mask)
            while case let key = keys[slot], key != 0 {
                if key == packed { return values[slot] }
                slot = (slot + 1) & mask
            }
            return 0
        }
    }
}
