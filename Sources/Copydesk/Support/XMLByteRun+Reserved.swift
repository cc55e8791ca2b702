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
        if UInt(bitPattern: value) < 1000 {
            count &+= DecimalDigits.writeBelowThousand(value, to: p)
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
