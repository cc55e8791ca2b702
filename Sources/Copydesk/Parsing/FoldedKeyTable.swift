/// A table of lowercase string keys looked up by a line's bytes with A–Z folded: the answer of
/// `table[TextLine.asciiLowercased(text)]` for a `[String: Value]` table, without building the lowered
/// string or hashing it with `Hasher`. Keys are compared byte for byte; callers keep it for tables whose
/// keys no other byte sequence is canonically equivalent to (no ";" or "`", no composable characters).
/// Each slot keeps its key's first and last eight bytes as two words, so a look-up folds the text's bytes once (two
/// word loads, as the hash reads them) and compares a key of up to sixteen bytes with two word compares.
/// Immutable, and a class so a look-up reaches its tables by reference instead of copying them per call.
final class FoldedKeyTable<Value: Sendable>: Sendable {
    /// One slot of the open-addressing table: a key's `words`, its byte length and its index + 1 (0: an empty slot).
    struct Slot {
        var head: UInt64 = 0, tail: UInt64 = 0
        var entry: Int32 = 0, count: Int32 = 0
    }

    /// The keys' bytes one after another; key `i` is `bytes[starts[i]..<starts[i + 1]]` (read past sixteen bytes only).
    private let bytes: [UInt8], starts: [Int]
    private let values: [Value]
    /// The slots; their count is a power of two, at least four times the keys.
    private let slots: [Slot]
    private let mask: Int

    /// A table of `entries` (lowercase keys, no duplicates).
    init(_ entries: [(String, Value)]) {
        let keys = entries.map { Array($0.0.utf8) }
        bytes = keys.flatMap { $0 }
        starts = PrefixSums.offsets(keys.map { $0.count })
        values = entries.map { $0.1 }
        var size = 16
        while size < keys.count * 4 { size <<= 1 }
        var table = [Slot](repeating: Slot(), count: size)
        for (index, key) in keys.enumerated() {
            // the key's words as they are (a capital in a key never equals a folded byte) and its hash as a line's
            let (head, tail) = key.withUnsafeBufferPointer { Self.words($0) }
            var slot = Self.hash(FoldedBytes.fold(word: head), FoldedBytes.fold(word: tail), key.count) & (size - 1)
            while table[slot].entry != 0 { slot = (slot + 1) & (size - 1) }
            table[slot] = Slot(head: head, tail: tail, entry: Int32(index + 1), count: Int32(key.count))
        }
        slots = table
        mask = size - 1
    }

    /// The value of the key equal to `text`'s bytes with A–Z folded, or `nil`.
    func value(folding text: Substring) -> Value? {
        text.withUTF8Bytes { value(foldingBytes: $0) }
    }

    /// `value(folding:)` for text given as its UTF-8 bytes `hay`.
    func value(foldingBytes hay: UnsafeBufferPointer<UInt8>) -> Value? {
        let count = hay.count
        let (rawHead, rawTail) = Self.words(hay)
        let head = FoldedBytes.fold(word: rawHead), tail = count >= 8 ? FoldedBytes.fold(word: rawTail) : 0  // 0 below eight bytes
        var slot = Self.hash(head, tail, count) & mask
        let found: Int = slots.withUnsafeBufferPointer { slots in
            while true {
                let entry = Int(slots[slot].entry)
                if entry == 0 { return 0 }
                if Int(slots[slot].count) == count, slots[slot].head == head, slots[slot].tail == tail,
                   count <= 16 || middleEqual(hay, key: entry &- 1) {
                    return entry
                }
                slot = (slot &+ 1) & mask
            }
        }
        return found == 0 ? nil : values[found &- 1]
    }

    /// True when `hay`'s bytes 8 to `count - 8` with A–Z folded equal key `key`'s (a key of more than sixteen bytes).
    private func middleEqual(_ hay: UnsafeBufferPointer<UInt8>, key: Int) -> Bool {
        bytes.withUnsafeBufferPointer { keyBytes in
            let start = starts[key]
            for offset in 8..<(hay.count &- 8) where FoldedBytes.fold(hay[offset]) != keyBytes[start &+ offset] { return false }
            return true
        }
    }

    /// The first eight bytes and the last eight of `bytes` as two little-endian words (`PackedBytes.words`).
    @inline(__always)
    static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) { PackedBytes.words(bytes) }

    /// A multiplicative hash of the length and the folded first and last words (keys are lowercase, so they hash as
    /// their lines do).
    @inline(__always)
    private static func hash(_ head: UInt64, _ tail: UInt64, _ count: Int) -> Int {
        var state = (head ^ UInt64(truncatingIfNeeded: count)) &* 0x9E37_79B9_7F4A_7C15
        state = (state ^ (state >> 31) ^ tail) &* 0xFF51_AFD7_ED55_8CCD
        return Int(truncatingIfNeeded: state >> 29)
    }
}

/// Text's opening (and closing) bytes packed into words with a few loads, none past the text's end.
enum PackedBytes {
    /// The first eight bytes of `bytes` packed little-endian (byte `i` in bits `8i..<8i + 8`), the bits past a shorter
    /// text's end zero.
    @inline(__always)
    static func head(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        guard count > 0 else { return 0 }
        let base = UnsafeRawPointer(bytes.baseAddress!)
        if count >= 8 { return UInt64(littleEndian: base.loadUnaligned(as: UInt64.self)) }
        return short(base, count)
    }

    /// The first eight bytes and the last eight of `bytes` as two words (two word loads); under eight bytes, `head`
    /// and a last word of 0. Equal words and equal lengths mean equal bytes for text of up to sixteen bytes.
    @inline(__always)
    static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        let count = bytes.count
        guard count > 0 else { return (0, 0) }
        let base = UnsafeRawPointer(bytes.baseAddress!)
        if count >= 8 {
            return (UInt64(littleEndian: base.loadUnaligned(as: UInt64.self)),
                    UInt64(littleEndian: base.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)))
        }
        return (short(base, count), 0)
    }

    /// One to seven bytes at `base` packed: two overlapping four-byte loads from four bytes (a byte both hold lands on
    /// the same bits), else the first, middle and last bytes (some of them the same).
    @inline(__always)
    private static func short(_ base: UnsafeRawPointer, _ count: Int) -> UInt64 {
        if count >= 4 {
            let low = UInt64(UInt32(littleEndian: base.loadUnaligned(as: UInt32.self)))
            let high = UInt64(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)))
            return low | high << UInt64(8 &* (count &- 4))
        }
        let bytes = base.assumingMemoryBound(to: UInt8.self), middle = count >> 1
        return UInt64(bytes[0]) | UInt64(bytes[middle]) << UInt64(8 &* middle) | UInt64(bytes[count &- 1]) << UInt64(8 &* (count &- 1))
    }
}
