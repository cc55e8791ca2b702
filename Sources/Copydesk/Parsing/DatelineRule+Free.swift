/// The dateline rule on bytes, where the paragraph's first 81 scalars (all of them when it is shorter) each stand
/// alone as a Character (`GraphemeFree`): Characters are then scalars, and the rule's cuts, trims, word counts and
/// tests are made on byte offsets, with no Substring, String index or Character property. The only space-like
/// scalars there are TAB, VT, FF, space and U+00A0. Where a test needs a non-ASCII letter's case, the Character rule
/// answers.
extension DatelineRule {
    /// `dateline(in:)` of the paragraph whose UTF-8 is `bytes`; nil when the Character rule must answer.
    static func freeDateline(_ bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        guard let (cut60, cut80) = freeCuts(bytes) else { return nil }
        let head = UnsafeBufferPointer(rebasing: bytes[..<cut80])
        guard mayHoldDateline(head) else { return .some(nil) }
        switch freeGlued(UnsafeBufferPointer(rebasing: bytes[..<cut60])) {
        case .none: return nil
        case .some(.some(let place)): return .some(place)
        case .some(.none): return freeDashed(head)
        }
    }

    /// The byte offsets after the first 60 and 80 scalars (or the end), when every scalar up to the 81st stands alone.
    static func freeCuts(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        var index = 0, characters = 0
        guard freeAdvance(bytes, &index, &characters, to: 60) else { return nil }
        let cut60 = index
        guard freeAdvance(bytes, &index, &characters, to: 80) else { return nil }
        if index < bytes.count, GraphemeFree.length(bytes, at: index) == nil { return nil }
        return (cut60, index)
    }

    /// Moves `index` on by standalone scalars until `characters` reaches `count` or the bytes end; false at a scalar
    /// that is not standalone. ASCII other than CR goes eight bytes a step, resumed after any other scalar.
    @inline(__always)
    private static func freeAdvance(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int, _ characters: inout Int, to count: Int) -> Bool {
        guard let raw = UnsafeRawPointer(bytes.baseAddress) else { return true }
        while index < bytes.count && characters < count {
            if index &+ 8 <= bytes.count && characters &+ 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let stop = word & 0x8080_8080_8080_8080 | LineFlags.equalMask(word, 0x0D)
                // the ASCII bytes other than CR before the first other byte (all eight when there is none)
                let plain = stop == 0 ? 8 : stop.trailingZeroBitCount &>> 3
                if plain > 0 {
                    index &+= plain
                    characters &+= plain
                    continue
                }
            }
            guard let length = GraphemeFree.length(bytes, at: index) else { return false }
            index &+= length
            characters &+= 1
        }
        return true
    }

    /// `gluedAgencyDateline` on the first 60 scalars' bytes: nil when undecided, `.some(nil)` when there is none.
    private static func freeGlued(_ head: UnsafeBufferPointer<UInt8>) -> String?? {
        guard let open = head.firstIndex(of: UInt8(ascii: "(")),
              let close = head[open...].firstIndex(of: UInt8(ascii: ")")) else { return .some(nil) }
        for index in open + 1 ..< close {  // `isShortCapitals` on ASCII
            if head[index] >= 0x80 { return nil }
            if head[index] &- UInt8(ascii: "A") >= 26 { return .some(nil) }
        }
        guard close - open - 1 >= 2, close - open - 1 <= 8 else { return .some(nil) }
        let (start, end) = freeTrim(head, 0, open)
        guard start < end, ByteSearch.wordCount(UnsafeBufferPointer(rebasing: head[start..<end])) <= 4,
              head[end - 1] != UInt8(ascii: "."), close + 1 < head.count else { return .some(nil) }
        guard head[start] < 0x80 else { return nil }  // `startsUppercase` of a non-ASCII letter
        guard head[start] &- UInt8(ascii: "A") < 26 else { return .some(nil) }
        let next = head[close + 1]
        if next >= 0x80 {  // "—" or "–", else a letter's case
            guard next == 0xE2, head[close + 2] == 0x80, head[close + 3] == 0x94 || head[close + 3] == 0x93 else { return nil }
        } else if !(next &- UInt8(ascii: "A") < 26 || next == 0x20 || next == UInt8(ascii: "-")) {
            return .some(nil)
        }
        return .some(freeString(head, start, head[end - 1] == UInt8(ascii: ",") ? end - 1 : end))
    }

    /// The dash form of `ungatedDateline` on the first 80 scalars' bytes: nil when undecided.
    private static func freeDashed(_ head: UnsafeBufferPointer<UInt8>) -> String?? {
        guard let dash = firstDash(head) else { return .some(nil) }
        var (start, end) = freeTrim(head, 0, dash.start)
        if end > start, head[end - 1] == UInt8(ascii: ")"),
           let open = UnsafeBufferPointer(rebasing: head[start..<end]).lastIndex(of: UInt8(ascii: "(")).map({ start + $0 }) {
            guard ByteSearch.wordCount(UnsafeBufferPointer(rebasing: head[open + 1 ..< end - 1])) <= 3 else { return .some(nil) }
            (start, end) = freeTrim(head, start, open)
        }
        guard start < end, ByteSearch.wordCount(UnsafeBufferPointer(rebasing: head[start..<end])) <= 6 else { return .some(nil) }
        // the first word (up to a space or U+00A0): two Characters or more, no lowercase letter
        var index = start
        while index < end, head[index] != 0x20, head[index] != 0x09, head[index] != 0x0B, head[index] != 0x0C {
            let byte = head[index]
            if byte >= 0x80 {
                if byte == 0xC2, head[index + 1] == 0xA0 { break }
                return nil  // a non-ASCII scalar's case
            }
            if byte &- UInt8(ascii: "a") < 26 { return .some(nil) }
            index += 1
        }
        guard index - start >= 2 else { return .some(nil) }
        return .some(freeString(head, start, head[end - 1] == UInt8(ascii: ",") ? end - 1 : end))
    }

    /// `start..<end` without space-like scalars at either edge (TAB, VT, FF, space, U+00A0).
    private static func freeTrim(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Int) {
        var start = start, end = end
        while start < end {
            let byte = bytes[start]
            if byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C { start += 1 }
            else if byte == 0xC2, start + 1 < end, bytes[start + 1] == 0xA0 { start += 2 }
            else { break }
        }
        while end > start {
            let byte = bytes[end - 1]
            if byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C { end -= 1 }
            else if byte == 0xA0, end - 2 >= start, bytes[end - 2] == 0xC2 { end -= 2 }
            else { break }
        }
        return (start, end)
    }

    /// The string of `bytes[start..<end]` (whole scalars of valid UTF-8).
    private static func freeString(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}
