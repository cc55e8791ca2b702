/// Sixteen bytes a step for the line-end scan (`scanToLineEnd`): the bytes' classes are found by vector compares.
/// Word starts are counted in vector lanes too (a lane opens a word when it is no space and the byte before it is
/// one, read by a second load one byte back), and summed once per run of steps (`LaneMarks.flushWords`).
extension LineFlags {
    /// Bit 7 of each of the first `count` (0...16) lanes, as two words.
    @inline(__always)
    static func lanesBelow(_ count: Int) -> (UInt64, UInt64) {
        let all: UInt64 = 0x8080_8080_8080_8080
        if count >= 8 { return (all, count >= 16 ? all : all & ((1 &<< UInt64(8 &* (count &- 8))) &- 1)) }
        return (all & ((1 &<< UInt64(8 &* count)) &- 1), 0)
    }

    /// The lanes whose byte is no space and whose byte before (`before`, the same sixteen bytes loaded one back)
    /// is one: the word starts of a printable ASCII step, all ones where set.
    @inline(__always)
    static func wordStarts(_ lanes: SIMD16<UInt8>, _ before: SIMD16<UInt8>) -> SIMD16<UInt8> {
        let starts = (before .== ByteLanes.splat(0x20)) .& (lanes .!= ByteLanes.splat(0x20))
        return unsafeBitCast(starts, to: SIMD16<UInt8>.self)
    }

    /// The sixteen printable ASCII bytes `lanes` at `index` of `rest`, of which the first `valid` are read (the lanes
    /// before a line end): their word starts added to `marks.words`, and their marks noted as `wholeLanes` notes them
    /// (vector compares masked to the valid lanes; only ".", ":" and "/" looked at one by one). The byte before
    /// `index` is read (`rest[-1]` when `index` is 0).
    @inline(__always)
    mutating func asciiLanes(_ rest: UnsafeBufferPointer<UInt8>, _ index: Int, _ lanes: SIMD16<UInt8>, _ valid: Int,
                             _ marks: inout LaneMarks) {
        let base = rest.baseAddress!
        let signed = SIMD16<Int8>(truncatingIfNeeded: lanes)
        let inLine = LineFlags.laneNumbers .< SIMD16<Int8>(repeating: Int8(truncatingIfNeeded: valid))
        marks.words &-= Self.wordStarts(lanes, ByteLanes.load(base + (index &- 1))) & unsafeBitCast(inLine, to: SIMD16<UInt8>.self)
        marks.digits = marks.digits .| ((signed .> SIMD16<Int8>(repeating: 0x2F)) .& (signed .< SIMD16<Int8>(repeating: 0x3A)) .& inLine)
        marks.commas = marks.commas .| ((lanes .== ByteLanes.splat(UInt8(ascii: ","))) .& inLine)
        marks.quotes = marks.quotes .| ((lanes .== ByteLanes.splat(UInt8(ascii: "\""))) .& inLine)
        let looks = unsafeBitCast(((lanes .== ByteLanes.splat(UInt8(ascii: "."))) .| (lanes .== ByteLanes.splat(UInt8(ascii: ":")))
            .| (lanes .== ByteLanes.splat(UInt8(ascii: "/")))) .& inLine, to: (UInt64, UInt64).self)
        if looks.0 | looks.1 != 0 {
            var low = looks.0 & 0x8080_8080_8080_8080, high = looks.1 & 0x8080_8080_8080_8080
            while low != 0 { notePunctuation(rest, at: index &+ low.trailingZeroBitCount &>> 3); low &= low &- 1 }
            while high != 0 { notePunctuation(rest, at: index &+ 8 &+ high.trailingZeroBitCount &>> 3); high &= high &- 1 }
        }
    }

    /// Lane `i` holds `i`.
    @inline(__always)
    static var laneNumbers: SIMD16<Int8> { SIMD16(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15) }

    /// The word starts, digits, commas and straight quotation marks of sixteen-byte steps, gathered lane by lane:
    /// the marks reduced once, at the line end; the word starts (at most one per lane and step) summed by
    /// `flushWords` before a lane can count past 255.
    struct LaneMarks {
        var words = SIMD16<UInt8>(repeating: 0)
        var digits = SIMDMask<SIMD16<Int8>>(repeating: false)
        var commas = SIMDMask<SIMD16<Int8>>(repeating: false)
        var quotes = SIMDMask<SIMD16<Int8>>(repeating: false)

        /// The word starts counted in the lanes, which are cleared.
        @inline(__always)
        mutating func flushWords() -> Int {
            let halves = unsafeBitCast(words, to: (UInt64, UInt64).self)
            words = SIMD16(repeating: 0)
            let even: UInt64 = 0x00FF_00FF_00FF_00FF
            // sixteen-bit sums of lane pairs (at most 4 × 255), then of all four pairs' sums in the top sixteen bits
            let pairs = (halves.0 & even) &+ (halves.0 &>> 8 & even) &+ (halves.1 & even) &+ (halves.1 &>> 8 & even)
            return Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) &>> 48)
        }
    }

    /// `asciiLanes` on all sixteen lanes: word starts, digits, commas and quotes gathered into `marks` without a
    /// branch, and only the ".", ":" and "/" lanes looked at one by one (`notePunctuation`, as `noteMarks` does).
    /// Transparent: marked `@inline(__always)` it was left a call, its lanes kept in memory between steps.
    @_transparent
    mutating func wholeLanes(_ rest: UnsafeBufferPointer<UInt8>, _ index: Int, _ lanes: SIMD16<UInt8>, _ marks: inout LaneMarks) {
        let all: UInt64 = 0x8080_8080_8080_8080
        let base = rest.baseAddress!
        let signed = SIMD16<Int8>(truncatingIfNeeded: lanes)
        marks.words &-= Self.wordStarts(lanes, ByteLanes.load(base + (index &- 1)))
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
    }
}
