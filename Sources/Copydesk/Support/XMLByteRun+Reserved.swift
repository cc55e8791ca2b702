/// Appends into room reserved before (`reserve`), without a capacity check each: the writers' one-step
/// lines (a whole text-level element at once) reserve once for a stretch of literals and numbers.
extension XMLByteRun {
    /// Appends a literal's bytes; the room must be reserved.
    @inline(__always) mutating func appendReserved(_ literal: StaticString) {
        ByteCopy.copy(literal.utf8Start, to: base + count, count: literal.utf8CodeUnitCount)
        count &+= literal.utf8CodeUnitCount
    }

    /// Appends `value` in decimal as `String(value)` spells it; 20 bytes of room must be reserved.
    @inline(__always) mutating func appendReserved(decimal value: Int) {
        let p = base + count
        if UInt(bitPattern: value) < 10 {
            p[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value)
            count &+= 1
        } else if UInt(bitPattern: value) < 100 {
            let tens = (value &* 103) &>> 10  // value / 10 for value < 179
            p[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: tens)
            p[1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value &- tens &* 10)
            count &+= 2
        } else if UInt(bitPattern: value) < 1000 {
            let hundreds = (value &* 41) &>> 12  // value / 100 for value < 1000
            let rest = value &- hundreds &* 100
            let tens = (rest &* 103) &>> 10
            p[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: hundreds)
            p[1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: tens)
            p[2] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest &- tens &* 10)
            count &+= 3
        } else {
            count &+= DecimalDigits.withBytes(of: value) { digits in
                ByteCopy.copy(digits.baseAddress!, to: p, count: digits.count)
                return digits.count
            }
        }
    }

    /// Appends `length` bytes from `start` into room reserved before.
    @inline(__always) mutating func appendReserved(_ start: UnsafePointer<UInt8>, count length: Int) {
        ByteCopy.copy(start, to: base + count, count: length)
        count &+= length
    }
}
