/// A word's identity as a 64-bit hash of its bytes with ASCII letters lower-cased, so tables of
/// known words are sets of integers and no lower-cased String is ever built. The bytes are read
/// eight at a time and lower-cased in a register; a word of up to eight bytes never collides with
/// another of up to eight (its chunk, zero above its bytes, tells its length, and each step is a
/// bijection of the chunk), so such a word's key is the mix of its chunk alone, with no seed.
enum WordKey {
    private static let multiplier: UInt64 = 0xbf58_476d_1ce4_e5b9
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// The key of `b[start..<end]`.
    static func of(_ b: [UInt8], _ start: Int, _ end: Int) -> UInt64 {
        b.withUnsafeBufferPointer { of($0, start, end) }
    }

    /// The key of `b[start..<end]`.
    @inline(__always)
    static func of(_ b: Bytes, _ start: Int, _ end: Int) -> UInt64 {
        var h = seed(end - start)
        guard let base = b.baseAddress, end > start else { return finish(h) }
        // Most words fit one eight-byte load: the same steps as below, without the loop.
        let length = end &- start
        if length <= 8, b.count &- start >= 8 {
            return of(loaded: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self).littleEndian, length: length)
        }
        var i = start
        while end - i >= 8 {
            h = mix(h, lowered(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)))
            i += 8
        }
        if i < end {
            let tail = UInt64(truncatingIfNeeded: end - i) &* 8
            var chunk: UInt64
            if b.count - i >= 8 {
                chunk = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self).littleEndian & ((1 << tail) &- 1)
            } else {
                chunk = 0
                var shift: UInt64 = 0
                while i < end { chunk |= UInt64(base[i]) << shift; shift += 8; i += 1 }
            }
            h = mix(h, lowered(chunk))
        }
        return finish(h)
    }

    /// The key of a word of `length` (1…8) bytes that are the first bytes of `word` (eight bytes
    /// loaded from the word's start, first byte lowest): the same value as `of(_:_:_:)`.
    @inline(__always)
    static func of(loaded word: UInt64, length: Int) -> UInt64 {
        let chunk = length == 8 ? word : word & ((1 << (UInt64(truncatingIfNeeded: length) &* 8)) &- 1)
        return finish(mix(0, lowered(chunk)))
    }

    /// The key of a word of `length` (1…15) bytes loaded as `first` (its first eight bytes) and
    /// `second` (the next eight), whose bytes after the first are ASCII lower-case letters and
    /// whose first byte is an ASCII capital when `firstUpper`: the same value as `of(_:_:_:)`,
    /// with the lower-casing reduced to the one byte that can need it.
    @inline(__always)
    static func of(lowerTail first: UInt64, _ second: UInt64, length: Int, firstUpper: Bool) -> UInt64 {
        let up: UInt64 = firstUpper ? 0x20 : 0
        if length < 8 {
            return finish(mix(0, (first & ((1 << (UInt64(truncatingIfNeeded: length) &* 8)) &- 1)) | up))
        }
        if length == 8 { return finish(mix(0, first | up)) }
        let head = mix(seed(length), first | up)
        return finish(mix(head, second & ((1 << (UInt64(truncatingIfNeeded: length &- 8) &* 8)) &- 1)))
    }

    /// The key of a word of 1…8 bytes already lower-cased in `chunk`, whose higher bytes are
    /// zero: the same value as `of(_:_:_:)`.
    @inline(__always)
    static func of(masked chunk: UInt64) -> UInt64 { finish(mix(0, chunk)) }

    /// The state a key's steps start from for a word of `length` bytes: none (0) for 1…8 bytes,
    /// whose chunk alone tells the word; the length mixed in for longer words and the empty one.
    @inline(__always)
    private static func seed(_ length: Int) -> UInt64 {
        UInt(bitPattern: length &- 1) < 8 ? 0 : 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: length)
    }

    /// `of(lowerTail:_:length:firstUpper:)` of a word whose first byte is an ASCII letter or
    /// digit: setting its bit 0x20 lower-cases a capital and keeps the others, so it is set
    /// without testing which the byte is.
    @inline(__always)
    static func of(foldedHead first: UInt64, _ second: UInt64, length: Int) -> UInt64 {
        of(lowerTail: first | 0x20, second, length: length, firstUpper: false)
    }

    /// ASCII upper-case letters of the eight bytes in `w` turned lower-case; other bytes kept.
    @inline(__always)
    private static func lowered(_ w: UInt64) -> UInt64 {
        let low7 = w & (ones &* 0x7F)
        let atLeastA = low7 &+ ones &* 0x3F    // high bit set where the byte is >= "A"
        let pastZ = low7 &+ ones &* 0x25       // high bit set where the byte is > "Z"
        let upper = atLeastA & ~pastZ & ~w & (ones &* 0x80)
        return w | (upper >> 2)
    }

    @inline(__always)
    private static func mix(_ h: UInt64, _ chunk: UInt64) -> UInt64 {
        let x = (h ^ chunk) &* multiplier
        return x ^ (x >> 31)
    }

    /// The last step of every key: `mix` already spreads each chunk over all 64 bits.
    @inline(__always)
    private static func finish(_ h: UInt64) -> UInt64 { h }

    /// The key of a word given as text.
    static func of(_ word: String) -> UInt64 {
        let bytes = Array(word.utf8)
        return of(bytes, 0, bytes.count)
    }

    /// Keys of a list of words.
    static func set(_ words: [String]) -> KeySet { KeySet(keys: words.map(of)) }

    /// Keys of the space-separated words of `text`.
    static func keys(of text: String) -> [UInt64] {
        text.split(whereSeparator: { $0 == " " || $0 == "," }).map { of(String($0)) }
    }
}
