/// A list of phrases looked up in one pass over a line: the earliest-listed phrase that occurs
/// anywhere wins, exactly as a loop of `contains` checks in list order would decide.
/// A bit table of the phrases' first two bytes skips almost every position without a comparison.
/// Immutable, and a class so a look-up reaches its eleven tables by reference (as a struct kept in a rule's tables it was
/// copied onto the stack for every call).
final class PhraseTable: Sendable {
    /// The phrases' UTF-8 bytes, in list order, one after another; phrase `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    /// The phrase indices grouped by first byte (ascending within a group); group `b` is
    /// `byFirstByte[groupStarts[b]..<groupStarts[b + 1]]`.
    private let byFirstByte: [Int]
    private let groupStarts: [Int]
    /// Bit `first << 8 | second` is set when a phrase starts with those two bytes.
    private let pairs: [UInt64]
    /// As `pairs`, with each ASCII lowercase letter of a pair also set as its capital: a raw byte pair whose
    /// folded bytes open a phrase has its bit set.
    private let foldedPairs: [UInt64]
    /// The same two tables for each phrase's second and third bytes (empty when a phrase has only two): a position
    /// whose next two bytes are no phrase's second and third starts no phrase.
    private let nextPairs: [UInt64], foldedNextPairs: [UInt64]
    /// Length of the shortest phrase.
    private let shortest: Int
    /// Horspool shifts for a window of `shortest` bytes, by a hash of the three bytes the window ends on with 0x20
    /// set (`skipShifts`): how far the window may move on without passing the end of any phrase's first `shortest`
    /// bytes (hash collisions only make a shift smaller), for text read as it is or with A–Z folded.
    /// Empty when the phrases are too short to skip.
    private let shifts: [UInt8]

    /// A table of `phrases` (each at least two bytes long), kept in their order.
    init(_ phrases: [String]) {
        let utf8 = phrases.map { Array($0.utf8) }
        precondition(utf8.allSatisfy { $0.count >= 2 }, "PhraseTable phrases need two bytes or more")
        var bits = [UInt64](repeating: 0, count: 1024)
        var folded = [UInt64](repeating: 0, count: 1024)
        var next = [UInt64](repeating: 0, count: 1024), foldedNext = [UInt64](repeating: 0, count: 1024)
        /// Sets the bits of `first`, `second` in `plain` and, with each lowercase letter also as its capital, in `variants`.
        func insert(_ first: UInt8, _ second: UInt8, _ plain: inout [UInt64], _ variants: inout [UInt64]) {
            let pair = Int(first) << 8 | Int(second)
            plain[pair >> 6] |= 1 << UInt64(pair & 63)
            // each byte, and its capital when it is a lowercase letter (no array of forms built per pair)
            let firstForms = first &- 97 < 26 ? 2 : 1, secondForms = second &- 97 < 26 ? 2 : 1
            for one in 0..<firstForms {
                for two in 0..<secondForms {
                    let variant = Int(one == 0 ? first : first - 32) << 8 | Int(two == 0 ? second : second - 32)
                    variants[variant >> 6] |= 1 << UInt64(variant & 63)
                }
            }
        }
        var groups = [[Int]](repeating: [], count: 256)
        for (index, phrase) in utf8.enumerated() {
            groups[Int(phrase[0])].append(index)
            insert(phrase[0], phrase[1], &bits, &folded)
            if phrase.count >= 3 { insert(phrase[1], phrase[2], &next, &foldedNext) }
        }
        bytes = utf8.flatMap { $0 }
        starts = PrefixSums.offsets(utf8.map { $0.count })
        byFirstByte = groups.flatMap { $0 }
        groupStarts = PrefixSums.offsets(groups.map { $0.count })
        pairs = bits
        foldedPairs = folded
        let three = utf8.allSatisfy { $0.count >= 3 }
        nextPairs = three ? next : []
        foldedNextPairs = three ? foldedNext : []
        shortest = utf8.map { $0.count }.min() ?? 2
        shifts = Self.skipShifts(utf8, window: shortest)
    }

    /// The index of the earliest-listed phrase in `hay` (read with A–Z folded when `folding`), or `nil`. The skipping
    /// loop reads only the shift table; a window that may start a phrase is checked out of line (`earliest`), so a
    /// line that starts none loads none of the phrase tables.
    @inline(__always)
    func scan(_ hay: UnsafeBufferPointer<UInt8>, folding: Bool) -> Int? {
        let total = hay.count
        guard total >= shortest, let text = hay.baseAddress else { return nil }
        var best = Int.max
        if shifts.isEmpty {
            var position = 0
            while position &+ 1 < total {
                best = earliest(hay, at: position, before: best, folding: folding)
                if best == 0 { break }
                position &+= 1
            }
        } else {
            // Horspool over a window of `shortest` bytes (four or more): only a window ending on three bytes that end
            // some phrase's first `shortest` bytes can start a phrase, every other window end moves on by its shift.
            shifts.withUnsafeBufferPointer { shifts in
                let last = shortest &- 1
                var end = last
                while end < total {
                    let shift = Int(shifts[Self.tripleSlot(endingAt: text + end)])
                    if shift > 0 { end &+= shift; continue }
                    best = earliest(hay, at: end &- last, before: best, folding: folding)
                    if best == 0 { return }
                    end &+= 1
                }
            }
        }
        return best == Int.max ? nil : best
    }

    /// The earliest-listed phrase listed before `best` that starts at `position` of `hay` (read with A–Z folded when
    /// `folding`), else `best`: its opening pair and next pair tested on their bit tables, then its first byte's group.
    @inline(never)
    private func earliest(_ hay: UnsafeBufferPointer<UInt8>, at position: Int, before best: Int, folding: Bool) -> Int {
        let total = hay.count, text = hay.baseAddress!
        let one = text[position], two = text[position &+ 1]
        let pair = Int(one) << 8 | Int(two)
        guard folding ? Self.holds(foldedPairs, pair) : Self.holds(pairs, pair) else { return best }
        if !nextPairs.isEmpty {
            guard position &+ 2 < total else { return best }
            let next = Int(two) << 8 | Int(text[position &+ 2])
            guard folding ? Self.holds(foldedNextPairs, next) : Self.holds(nextPairs, next) else { return best }
        }
        let first = folding ? Int(FoldedBytes.fold(one)) : Int(one)
        return bytes.withUnsafeBufferPointer { phraseBytes in
            for slot in groupStarts[first]..<groupStarts[first &+ 1] {
                let index = byFirstByte[slot]
                if index >= best { break }
                let start = starts[index], count = starts[index &+ 1] &- start
                guard position &+ count <= total else { continue }
                let needle = UnsafeBufferPointer(rebasing: phraseBytes[start..<(start &+ count)])
                if folding ? FoldedBytes.equal(hay, at: position, needle) : ByteSearch.equal(text + position, needle, count: count) { return index }
            }
            return best
        }
    }

    /// True when bit `index` of `table` is set (the table read in place: no copy of the array is kept).
    @inline(__always)
    private static func holds(_ table: [UInt64], _ index: Int) -> Bool {
        table.withUnsafeBufferPointer { $0[index >> 6] & (1 << UInt64(index & 63)) != 0 }
    }
}
