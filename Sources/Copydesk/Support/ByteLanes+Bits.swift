#if canImport(_Builtin_intrinsics.intel)
import _Builtin_intrinsics.intel
#endif

/// Lane masks as bit masks: bit `i` set for each set lane `i`, so a page's byte classes are kept as one bit a byte.
extension ByteLanes {
    /// Bit `i` for each set lane `i` of `mask` (`pmovmskb` on x86-64, `portableBits` elsewhere).
    @inline(__always)
    static func bits(_ mask: SIMDMask<SIMD16<Int8>>) -> UInt64 {
        #if canImport(_Builtin_intrinsics.intel)
        UInt64(truncatingIfNeeded: UInt16(truncatingIfNeeded: _mm_movemask_epi8(unsafeBitCast(mask, to: __m128i.self))))
        #else
        portableBits(mask)
        #endif
    }

    /// Bit `i` for each lane `i` of `lanes` above 0x7F.
    @inline(__always)
    static func highBits(_ lanes: SIMD16<UInt8>) -> UInt64 {
        bits(SIMD16<Int8>(truncatingIfNeeded: lanes) .< SIMD16<Int8>(repeating: 0))
    }

    /// `bits` with word operations only: each lane's top bit moved to its bit by one multiply per eight lanes.
    @inline(__always)
    static func portableBits(_ mask: SIMDMask<SIMD16<Int8>>) -> UInt64 {
        let halves = unsafeBitCast(mask, to: (UInt64, UInt64).self)
        let ones: UInt64 = 0x0101_0101_0101_0101, gather: UInt64 = 0x0102_0408_1020_4080
        let low = ((halves.0 & ones) &* gather) &>> 56, high = ((halves.1 & ones) &* gather) &>> 56
        return low | high &<< 8
    }
}
