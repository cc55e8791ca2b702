/// A list of line openings looked up by a line's first eight bytes: each phrase keeps its opening eight bytes
/// packed into one word with a mask, so a line is compared byte by byte only with phrases whose opening it shares.
/// The answer is the earliest-listed phrase the bytes start with, exactly as a loop of prefix tests in list order.
/// Immutable, and a class so a look-up reaches its tables by reference instead of copying them per call.
final class PrefixTable: Sendable {
    /// Per phrase: its first eight bytes (fewer for shorter phrases) packed little-endian, their mask, its byte length.
    private let heads: [UInt64], masks: [UInt64], lengths: [Int]
    /// Per phrase: its bytes past the eighth.
    private let tails: [[UInt8]]
    /// Phrase indices grouped by first byte, in list order: group `b` is `order[starts[b]..<starts[b + 1]]`.
    private let order: [Int], starts: [Int]
    /// `heads`, `masks` and `lengths` in group order (slot `i` holds phrase `order[i]`), read in one pass per group.
    private let slotHeads: [UInt64], slotMasks: [UInt64], slotLengths: [Int]
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
        heads = bytes.map { Self.pack($0[...]) }
        masks = bytes.map { $0.count >= 8 ? UInt64.max : (UInt64(1) << UInt64(8 * $0.count)) - 1 }
        lengths = bytes.map { $0.count }
        tails = bytes.map { Array($0.dropFirst(8)) }
        var groups = [[Int]](repeating: [], count: 256)
        for (index, phrase) in bytes.enumerated() { groups[Int(phrase[0])].append(index) }
        order = groups.flatMap { $0 }
        starts = PrefixSums.offsets(groups.map { $0.count })
        let (allHeads, allMasks, allLengths) = (heads, masks, lengths)
        slotHeads = order.map { allHeads[$0] }
        slotMasks = order.map { allMasks[$0] }
        slotLengths = order.map { allLengths[$0] }
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

    /// False when `bytes` (two or more, A–Z folded when `folding`) open with a pair no phrase opens with.
    @inline(__always)
    private func mayOpen(_ bytes: UnsafeBufferPointer<UInt8>, folding: Bool) -> Bool {
        let first = folding ? FoldedBytes.fold(bytes[0]) : bytes[0], second = folding ? FoldedBytes.fold(bytes[1]) : bytes[1]
        let pair = Int(first) << 8 | Int(second)
        return pairs.withUnsafeBufferPointer { $0[pair >> 6] & (1 << UInt64(pair & 63)) != 0 }
    }

    /// False when no phrase opens with the folded bytes `first`, `second` (the opening of a text of two bytes or more):
    /// `firstMatch(foldingBytes:)` then returns `nil` at its first test. Callers test it inline and skip the call.
    @inline(__always)
    func mayOpen(foldedFirst first: UInt8, second: UInt8) -> Bool {
        let pair = Int(first) << 8 | Int(second)
        return pairs.withUnsafeBufferPointer { $0[pair >> 6] & (1 << UInt64(pair & 63)) != 0 }
    }

    /// Up to eight bytes packed little-endian (byte `i` in bits `8i..<8i + 8`).
    private static func pack(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var word: UInt64 = 0
        for (offset, byte) in bytes.prefix(8).enumerated() { word |= UInt64(byte) << UInt64(8 * offset) }
        return word
    }

    /// The index of the earliest-listed phrase that `text`'s UTF-8 bytes start with, or `nil`.
    func firstMatch(in text: String) -> Int? {
        guard let first = text.utf8.first else { return nil }
        let group = starts[Int(first)]..<starts[Int(first) + 1]
        guard !group.isEmpty else { return nil }
        return ByteSearch.withBytes(of: text) {
            $0.count >= 2 && !(mayOpen($0, folding: false) && mayOpen(fiveOf: $0, folding: false)) ? nil : firstMatch(inBytes: $0, group: group)
        }
    }

    /// `firstMatch(in: TextLine.asciiLowercased(text))`: the phrases (lowercase) against `text`'s bytes with A–Z lowered.
    func firstMatch(folding text: Substring) -> Int? {
        text.withUTF8Bytes { firstMatch(foldingBytes: $0) }
    }

    /// `firstMatch(folding:)` for text given as its UTF-8 `bytes`.
    func firstMatch(foldingBytes bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = bytes.first else { return nil }
        if bytes.count >= 2, !mayOpen(bytes, folding: true) || !mayOpen(fiveOf: bytes, folding: true) { return nil }
        let folded = FoldedBytes.fold(first)
        let group = starts[Int(folded)]..<starts[Int(folded) + 1]
        guard !group.isEmpty else { return nil }
        return firstMatch(inBytes: bytes, group: group, folding: true)
    }

    private func firstMatch(inBytes bytes: UnsafeBufferPointer<UInt8>, group: Range<Int>, folding: Bool = false) -> Int? {
        var head: UInt64 = 0
        if bytes.count >= 8 {
            head = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(as: UInt64.self))
        } else {
            for offset in 0..<bytes.count { head |= UInt64(bytes[offset]) << UInt64(8 * offset) }
        }
        if folding { head = FoldedBytes.fold(word: head) }
        let count = bytes.count
        // the first slot whose opening word matches, in group (list) order; its tail then decides
        var slot = group.lowerBound
        while slot < group.upperBound {
            let opens: Bool = slotHeads.withUnsafeBufferPointer { heads in
                slotMasks.withUnsafeBufferPointer { masks in
                    slotLengths.withUnsafeBufferPointer { lengths in
                        while slot < group.upperBound, count < lengths[slot] || head & masks[slot] != heads[slot] { slot += 1 }
                        return slot < group.upperBound
                    }
                }
            }
            guard opens else { return nil }
            let index = order[slot]
            slot += 1
            let tail = tails[index]
            if tail.isEmpty { return index }
            let same = tail.withUnsafeBufferPointer {
                folding ? FoldedBytes.equal(bytes, at: 8, $0) : ByteSearch.equal(bytes.baseAddress! + 8, $0, count: $0.count)
            }
            if same { return index }
        }
        return nil
    }
}
