/// Sixteen bytes a step for the line-end scan (`scanToLineEnd`): the bytes' classes are found by vector compares,
/// then read as two words with bit 7 of each byte set where the class holds, as the eight-byte steps read them.
extension LineFlags {
    /// Bit 7 of each of the first `count` (0...16) lanes, as two words.
    @inline(__always)
    static func lanesBelow(_ count: Int) -> (UInt64, UInt64) {
        let all: UInt64 = 0x8080_8080_8080_8080
        if count >= 8 { return (all, count >= 16 ? all : all & ((1 &<< UInt64(8 &* (count &- 8))) &- 1)) }
        return (all & ((1 &<< UInt64(8 &* count)) &- 1), 0)
    }

    /// The sixteen printable ASCII bytes `lanes` at `index` of `rest`, those in `valid` read (the lanes before a line
    /// end): their word starts (after `carry`, which is updated) added to `count`, and their marks noted, as
    /// `partialChunk` reads a last chunk of eight bytes.
    @inline(__always)
    mutating func asciiLanes(_ rest: UnsafeBufferPointer<UInt8>, _ index: Int, _ lanes: SIMD16<UInt8>, _ valid: (UInt64, UInt64),
                             _ count: Int, _ carry: inout UInt64,
                             _ digits: inout UInt64, _ commas: inout UInt64, _ quotes: inout UInt64) -> Int {
        let signed = SIMD16<Int8>(truncatingIfNeeded: lanes)
        let spaces = unsafeBitCast(lanes .== ByteLanes.splat(0x20), to: (UInt64, UInt64).self)
        let spaces1 = spaces.0 & valid.0, spaces2 = spaces.1 & valid.1
        let starts1 = ~spaces1 & (spaces1 &<< 8 | carry) & valid.0
        let starts2 = ~spaces2 & (spaces2 &<< 8 | spaces1 &>> 56) & valid.1
        carry = spaces2 &>> 56
        // "!" to "?": digits and the punctuation the flags look for
        let marks = unsafeBitCast((signed .> SIMD16<Int8>(repeating: 0x20)) .& (signed .< SIMD16<Int8>(repeating: 0x40)),
                                  to: (UInt64, UInt64).self)
        let marks1 = marks.0 & valid.0, marks2 = marks.1 & valid.1
        if marks1 | marks2 != 0 {
            let raw = UnsafeRawPointer(rest.baseAddress!)
            if marks1 != 0 {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                noteMarks(rest, index, word, word & 0x7F7F_7F7F_7F7F_7F7F, marks1, &digits, &commas, &quotes)
            }
            if marks2 != 0 {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index &+ 8, as: UInt64.self))
                noteMarks(rest, index &+ 8, word, word & 0x7F7F_7F7F_7F7F_7F7F, marks2, &digits, &commas, &quotes)
            }
        }
        return count &+ Int(truncatingIfNeeded: (((starts1 &>> 7) &+ (starts2 &>> 7)) &* 0x0101_0101_0101_0101) &>> 56)
    }

    /// The digits, commas and straight quotation marks of whole sixteen-byte steps, gathered lane by lane and
    /// reduced once, at the line end.
    struct LaneMarks {
        var digits = SIMDMask<SIMD16<Int8>>(repeating: false)
        var commas = SIMDMask<SIMD16<Int8>>(repeating: false)
        var quotes = SIMDMask<SIMD16<Int8>>(repeating: false)
    }

    /// `asciiLanes` on all sixteen lanes: digits, commas and quotes gathered into `marks` without a branch, and
    /// only the ".", ":" and "/" lanes looked at one by one (`notePunctuation`, as `noteMarks` does).
    @inline(__always)
    mutating func wholeLanes(_ rest: UnsafeBufferPointer<UInt8>, _ index: Int, _ lanes: SIMD16<UInt8>, _ count: Int,
                             _ carry: inout UInt64, _ marks: inout LaneMarks) -> Int {
        let all: UInt64 = 0x8080_8080_8080_8080
        let signed = SIMD16<Int8>(truncatingIfNeeded: lanes)
        let spaces = unsafeBitCast(lanes .== ByteLanes.splat(0x20), to: (UInt64, UInt64).self)
        let spaces1 = spaces.0 & all, spaces2 = spaces.1 & all
        let starts1 = ~spaces1 & (spaces1 &<< 8 | carry)
        let starts2 = ~spaces2 & (spaces2 &<< 8 | spaces1 &>> 56)
        carry = spaces2 &>> 56
        marks.digits = marks.digits .| ((signed .> SIMD16<Int8>(repeating: 0x2F)) .& (signed .< SIMD16<Int8>(repeating: 0x3A)))
        marks.commas = marks.commas .| (lanes .== ByteLanes.splat(UInt8(ascii: ",")))
        marks.quotes = marks.quotes .| (lanes .== ByteLanes.splat(UInt8(ascii: "\"")))
        let looks = unsafeBitCast((lanes .== ByteLanes.splat(UInt8(ascii: "."))) .| (lanes .== ByteLanes.splat(UInt8(ascii: ":")))
            .| (lanes .== ByteLanes.splat(UInt8(ascii: "/"))), to: (UInt64, UInt64).self)
        if looks.0 | looks.1 != 0 {
            var low = looks.0 & all, high = looks.1 & all
            while low != 0 { notePunctuation(rest, at: index &+ low.trailingZeroBitCount &>> 3); low &= low &- 1 }
            while high != 0 { notePunctuation(rest, at: index &+ 8 &+ high.trailingZeroBitCount &>> 3); high &= high &- 1 }
        }
        return count &+ Int(truncatingIfNeeded: (((starts1 &>> 7) &+ (starts2 &>> 7)) &* 0x0101_0101_0101_0101) &>> 56)
    }
}
