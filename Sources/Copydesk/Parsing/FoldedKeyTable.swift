/// A table of lowercase string keys looked up by a line's bytes with A–Z folded: the answer of
/// `table[TextLine.asciiLowercased(text)]` for a `[String: Value]` table, without building the lowered
/// string or hashing it with `Hasher`. Keys are compared byte for byte; callers keep it for tables whose
/// keys no other byte sequence is canonically equivalent to (no ";" or "`", no composable characters).
/// Immutable, and a class so a look-up reaches its tables by reference instead of copying them per call.
final class FoldedKeyTable<Value: Sendable>: Sendable {
    /// The keys' bytes one after another; key `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private let bytes: [UInt8], starts: [Int]
    private let values: [Value]
    /// Key index + 1 per slot, 0 for an empty slot; the slot count is a power of two, at least four times the keys.
    private let slots: [Int32]
    private let mask: Int

    /// A table of `entries` (lowercase keys, no duplicates).
    init(_ entries: [(String, Value)]) {
        let keys = entries.map { Array($0.0.utf8) }
        bytes = keys.flatMap { $0 }
        starts = PrefixSums.offsets(keys.map { $0.count })
        values = entries.map { $0.1 }
        var size = 16
        while size < keys.count * 4 { size <<= 1 }
        var table = [Int32](repeating: 0, count: size)
        for (index, key) in keys.enumerated() {
            var slot = key.withUnsafeBufferPointer { Self.hash($0) } & (size - 1)
            while table[slot] != 0 { slot = (slot + 1) & (size - 1) }
            table[slot] = Int32(index + 1)
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
        var slot = Self.hash(hay) & mask
        return slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { keyBytes in
                while case let entry = Int(slots[slot]), entry != 0 {
                    let start = starts[entry - 1], count = starts[entry] - start
                    if count == hay.count, FoldedBytes.equal(hay, at: 0, UnsafeBufferPointer(rebasing: keyBytes[start..<(start + count)])) {
                        return values[entry - 1]
                    }
                    slot = (slot + 1) & mask
                }
                return nil
            }
        }
    }

    /// A multiplicative hash of the length and the first and last eight bytes with A–Z folded (keys are lowercase,
    /// so they hash as their lines do), read as two word loads (bytes packed one by one below eight).
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let count = bytes.count
        var head: UInt64 = 0, tail: UInt64 = 0
        if count >= 8 {
            let base = UnsafeRawPointer(bytes.baseAddress!)
            head = UInt64(littleEndian: base.loadUnaligned(as: UInt64.self))
            tail = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        } else {
            for offset in 0..<count { head |= UInt64(bytes[offset]) << UInt64(8 * offset) }
        }
        var state = (FoldedBytes.fold(word: head) ^ UInt64(count)) &* 0x9E37_79B9_7F4A_7C15
        state = (state ^ (state >> 31) ^ FoldedBytes.fold(word: tail)) &* 0xFF51_AFD7_ED55_8CCD
        return Int(truncatingIfNeeded: state >> 29)
    }
}
