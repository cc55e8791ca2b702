/// Appends into room reserved before (`reserve`), without a capacity check each: the writers' one-step
/// lines (a whole text-level element at once) reserve once for a stretch of literals and numbers.
extension XMLByteRun {
    /// Appends a literal's bytes; the room must be reserved.
    @inline(__always) mutating func appendReserved(_ literal: StaticString) {
        XMLByteRun.copyBytes(literal.utf8Start, to: base + count, count: literal.utf8CodeUnitCount)
        count &+= literal.utf8CodeUnitCount
    }

    /// Appends `value` in decimal as `String(value)` spells it; 20 bytes of room must be reserved.
    @inline(__always) mutating func appendReserved(decimal value: Int) {
        let p = base + count
        if UInt(bitPattern: value) < 1000 {
            count &+= DecimalDigits.writeBelowThousand(value, to: p)
        } else {
            count &+= DecimalDigits.withBytes(of: value) { digits in
                XMLByteRun.copyBytes(digits.baseAddress!, to: p, count: digits.count)
                return digits.count
            }
        }
    }

    /// Appends `length` bytes from `start` into room reserved before.
    @inline(__always) mutating func appendReserved(_ start: UnsafePointer<UInt8>, count length: Int) {
        XMLByteRun.copyBytes(start, to: base + count, count: length)
        count &+= length
    }
}

extension XMLByteRun {
    /// `ByteCopy.copy`, but 1–3 bytes (a one- or two-letter tag name such as `p` or `li`, the line
    /// break of the first levels) are copied by one byte and one two-byte store: the plain byte loop
    /// there compiles to a call of `memcpy`.
    @inline(__always) static func copyBytes(_ source: UnsafeRawPointer, to target: UnsafeMutableRawPointer, count: Int) {
        guard count < 4 else { return ByteCopy.copy(source, to: target, count: count) }
        guard count > 0 else { return }
        target.storeBytes(of: source.load(as: UInt8.self), as: UInt8.self)
        guard count > 1 else { return }
        target.storeBytes(of: source.loadUnaligned(fromByteOffset: count - 2, as: UInt16.self), toByteOffset: count - 2, as: UInt16.self)
    }
}
