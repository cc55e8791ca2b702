import Foundation

/// How `TreeWalker` orders a listing and finds the inputs whose outputs clash, without hashing.
extension TreeWalker {
    /// One listed name: the name, its `d_type`, and its sort key (`sortKey(_:)`).
    typealias Entry = (name: String, type: UInt8, key: UInt64)

    /// The first eight UTF-8 bytes of `name` as a big-endian number, zero-padded: two names whose keys
    /// differ are in the order of their keys (names hold no NUL byte); equal keys need the full compare.
    static func sortKey(_ name: String) -> UInt64 {
        let key = name.utf8.withContiguousStorageIfAvailable { bytes -> UInt64 in
            var key: UInt64 = 0
            for k in 0..<8 { key = key << 8 | UInt64(k < bytes.count ? bytes[k] : 0) }
            return key
        }
        if let key { return key }
        return name.utf8.prefix(8).enumerated().reduce(0) { $0 | UInt64($1.element) << (56 - 8 * $1.offset) }
    }

    /// Per entry of a listing sorted by name bytes, whether another entry with a stem (a file the patterns
    /// match: `stems[k]` not empty) has the same stem. That is the per-stem rule of `OutputClaims`, found
    /// without counting: every name `S.x` of stem `S` lies in the run of names that start with `S.`, so each
    /// entry is compared with the names after it in that run (usually none). Nil, for the counts to decide,
    /// when a stem is not ASCII (String equality is canonical, not bytewise), a stem is its whole name (no
    /// extension: the name sorts away from that run), or the runs are long (a pathological listing).
    static func repeatedStems(_ entries: [Entry], _ stems: [String]) -> [Bool]? {
        var repeated = [Bool](repeating: false, count: entries.count)
        var budget = 2 * entries.count + 64
        for i in entries.indices where !stems[i].isEmpty {
            guard stems[i].utf8.count < entries[i].name.utf8.count, isASCII(stems[i]) else { return nil }
            var j = i + 1
            while j < entries.count, startsWithStemAndDot(entries[j].name, stems[i]) {
                budget -= 1
                if budget < 0 { return nil }
                if stems[j] == stems[i] { repeated[i] = true; repeated[j] = true }
                j += 1
            }
        }
        return repeated
    }

    /// True when every byte of `text` is ASCII.
    static func isASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// True when `name` starts with the bytes of `stem` followed by ".".
    static func startsWithStemAndDot(_ name: String, _ stem: String) -> Bool {
        let found = name.utf8.withContiguousStorageIfAvailable { n in
            stem.utf8.withContiguousStorageIfAvailable { s in
                n.count > s.count && n[s.count] == UInt8(ascii: ".") && (s.isEmpty || memcmp(n.baseAddress!, s.baseAddress!, s.count) == 0)
            }
        }
        if let found = found ?? nil { return found }
        let n = Array(name.utf8), s = Array(stem.utf8)
        return n.count > s.count && n[s.count] == UInt8(ascii: ".") && n.starts(with: s)
    }
}
