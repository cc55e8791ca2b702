/// A short list of byte strings tested as endings of a text: each entry keeps its last eight bytes (all of them
/// when shorter) as one word placed where a text's last eight bytes land when loaded, so one masked compare per
/// entry decides all but the bytes before those eight.
struct SuffixWords: Sendable {
    /// Per entry: its last eight bytes (or fewer) in the high bytes of a word, the mask of those bytes, its bytes.
    private let words: [UInt64], masks: [UInt64], entries: [[UInt8]]

    /// The endings `suffixes` (none empty).
    init(_ suffixes: [String]) {
        entries = suffixes.map { Array($0.utf8) }
        precondition(entries.allSatisfy { !$0.isEmpty }, "SuffixWords entries need a byte")
        words = entries.map { Self.lastEight(of: $0) }
        masks = entries.map { $0.count >= 8 ? UInt64.max : UInt64.max << UInt64(8 * (8 - $0.count)) }
    }

    /// The last eight bytes of `bytes` in one word, byte `count - 8 + i` in bits `8i..<8i + 8`; a shorter text
    /// fills the high bytes and leaves the low ones zero.
    @inline(__always)
    static func lastEight(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        if count >= 8 { return UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + (count - 8)).loadUnaligned(as: UInt64.self)) }
        var word: UInt64 = 0
        for index in 0..<count { word |= UInt64(bytes[index]) << UInt64(8 * (8 - count + index)) }
        return word
    }

    /// `lastEight` of an entry's bytes.
    private static func lastEight(of bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBufferPointer { lastEight($0) } }

    /// True when `bytes` (whose `lastEight` is `lastEight`) end with one of the entries.
    @inline(__always)
    func anyEnds(_ bytes: UnsafeBufferPointer<UInt8>, lastEight: UInt64) -> Bool {
        let count = bytes.count
        return words.withUnsafeBufferPointer { words in
            masks.withUnsafeBufferPointer { masks in
                for index in 0..<words.count where lastEight & masks[index] == words[index] {
                    let entry = entries[index]
                    guard entry.count <= count else { continue }
                    if entry.count <= 8 { return true }
                    // the bytes before the last eight
                    let same = entry.withUnsafeBufferPointer {
                        ByteSearch.equal(bytes.baseAddress! + (count - entry.count), $0, count: entry.count - 8)
                    }
                    if same { return true }
                }
                return false
            }
        }
    }
}
