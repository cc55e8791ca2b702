/// A list of line openings looked up by a line's first eight bytes: each phrase keeps its opening eight bytes
/// packed into one word with a mask, so a line is compared byte by byte only with phrases whose opening it shares.
/// The answer is the earliest-listed phrase the bytes start with, exactly as a loop of prefix tests in list order.
/// A look-up loads (and folds) the line's opening word once: its opening pair, its five-byte gate and every slot's
/// compare read that word.
/// Immutable, and a class so a look-up reaches its tables by reference instead of copying them per call.
final class PrefixTable: Sendable {
    /// One phrase in group order: its first eight bytes (fewer for shorter phrases) packed little-endian, their mask,
    /// its byte length and its index in the list.
    struct Slot {
        let head: UInt64, mask: UInt64, length: Int, index: Int
    }

    /// The phrases grouped by first byte, in list order within a group: group `b` is `slots[starts[b]..<starts[b + 1]]`.
    private let slots: [Slot], starts: [Int]
    /// Per phrase: its bytes past the eighth, phrase `i`'s at `tailBytes[tailStarts[i]..<tailStarts[i + 1]]`.
    private let tailBytes: [UInt8], tailStarts: [Int]
    /// Bit `first << 8 | second` is set when a phrase opens with those two bytes (every second byte for a
    /// one-byte phrase): a line of two bytes or more whose opening pair is unset starts with no phrase.
    private let pairs: [UInt64]
    /// The five-byte gate (`PrefixTable+Heads`): bit `fiveSlot` of each phrase's first five bytes, and the first bytes
    /// of the phrases shorter than five.
    let fives: [UInt64], shortFirsts: ByteSet

    /// A table of `phrases` (none empty), kept in their order.
    init(_ phrases: [String]) {
        let bytes = phrases.map { Array($0.utf8) }
        precondition(bytes.allSatisfy { !$0.isEmpty }, "PrefixTable phrases need a byte")
        var groups = [[Int]](repeating: [], count: 256)
        for (index, phrase) in bytes.enumerated() { groups[Int(phrase[0])].append(index) }
        slots = groups.flatMap { $0 }.map { index in
            let phrase = bytes[index]
            let mask = phrase.count >= 8 ? UInt64.max : (UInt64(1) << UInt64(8 * phrase.count)) - 1
            return Slot(head: phrase.withUnsafeBufferPointer { PackedBytes.head($0) }, mask: mask, length: phrase.count, index: index)
        }
        starts = PrefixSums.offsets(groups.map { $0.count })
        tailBytes = bytes.flatMap { $0.dropFirst(8) }
        tailStarts = PrefixSums.offsets(bytes.map { max(0, $0.count - 8) })
        var bits = [UInt64](repeating: 0, count: 1024)
        for phrase in bytes {
            for second in phrase.count >= 2 ? phrase[1]...phrase[1] : 0...255 {
                let pair = Int(phrase[0]) << 8 | Int(second)
                bits[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        pairs = bits
        (fives, shortFirsts) = Self.fiveGate(bytes)
    }

    /// False when no phrase opens with the folded bytes `first`, `second` (the opening of a text of two bytes or more):
    /// `firstMatch(foldingBytes:)` then returns `nil` at its first test. Callers test it inline and skip the call.
    @inline(__always)
    func mayOpen(foldedFirst first: UInt8, second: UInt8) -> Bool {
        let pair = Int(first) << 8 | Int(second)
        return pairs.withUnsafeBufferPointer { $0[pair >> 6] & (1 << UInt64(pair & 63)) != 0 }
    }

    /// The index of the earliest-listed phrase that `text`'s UTF-8 bytes start with, or `nil`.
    func firstMatch(in text: String) -> Int? {
        ByteSearch.withBytes(of: text) { firstMatch(bytes: $0, folding: false) }
    }

    /// `firstMatch(in: TextLine.asciiLowercased(text))`: the phrases (lowercase) against `text`'s bytes with A–Z lowered.
    func firstMatch(folding text: Substring) -> Int? {
        text.withUTF8Bytes { firstMatch(bytes: $0, folding: true) }
    }

    /// `firstMatch(folding:)` for text given as its UTF-8 `bytes`.
    func firstMatch(foldingBytes bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        firstMatch(bytes: bytes, folding: true)
    }

    /// The earliest-listed phrase `bytes` (read with A–Z folded when `folding`) start with: the opening word loaded once,
    /// then the pair gate, the five-byte gate and the first byte's group, all on that word.
    @inline(__always)
    private func firstMatch(bytes: UnsafeBufferPointer<UInt8>, folding: Bool) -> Int? {
        let count = bytes.count
        guard count > 0 else { return nil }
        let raw = PackedBytes.head(bytes)
        let head = folding ? FoldedBytes.fold(word: raw) : raw
        let first = Int(truncatingIfNeeded: head & 0xFF)
        if count >= 2 {
            let pair = first << 8 | Int(truncatingIfNeeded: head >> 8 & 0xFF)
            guard pairs.withUnsafeBufferPointer({ $0[pair >> 6] & (1 << UInt64(pair & 63)) != 0 }) else { return nil }
            if count >= 5, !shortFirsts.contains(UInt8(truncatingIfNeeded: first)), !mayOpen(fiveBytes: head & 0xFF_FFFF_FFFF) { return nil }
        }
        let group = starts[first]..<starts[first &+ 1]
        guard !group.isEmpty else { return nil }
        return firstMatch(inBytes: bytes, head: head, group: group, folding: folding)
    }

    /// The first slot of `group` whose opening word `head` (the packed, and folded when `folding`, opening of `bytes`)
    /// matches, and whose tail then matches too.
    private func firstMatch(inBytes bytes: UnsafeBufferPointer<UInt8>, head: UInt64, group: Range<Int>, folding: Bool) -> Int? {
        let count = bytes.count
        return slots.withUnsafeBufferPointer { slots in
            for slot in group {
                let entry = slots[slot]
                guard count >= entry.length, head & entry.mask == entry.head else { continue }
                let start = tailStarts[entry.index], end = tailStarts[entry.index &+ 1]
                if start == end { return entry.index }
                let same = tailBytes.withUnsafeBufferPointer {
                    let tail = UnsafeBufferPointer(rebasing: $0[start..<end])
                    return folding ? FoldedBytes.equal(bytes, at: 8, tail) : ByteSearch.equal(bytes.baseAddress! + 8, tail, count: tail.count)
                }
                if same { return entry.index }
            }
            return nil
        }
    }
}
