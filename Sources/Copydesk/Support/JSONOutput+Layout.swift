/// Separators, indentation and the byte buffer behind `JSONOutput`.
extension JSONOutput {
    @inline(__always) mutating func beginValue() {
        if pendingKey { pendingKey = false; return }
        separate()
    }

    @inline(__always) mutating func separate() {
        let bit: UInt64 = 1 &<< UInt64(depth)
        if commaBits & bit != 0 { put(UInt8(ascii: ",")) }
        commaBits |= bit
        newline()
    }

    @inline(__always) mutating func open() {
        depth += 1
        precondition(depth < 64, "JSONOutput nests at most 63 containers")
        commaBits &= ~(1 &<< UInt64(depth))
    }

    @inline(__always) mutating func close(_ bracket: UInt8) {
        let hadItems = commaBits & (1 &<< UInt64(depth)) != 0
        depth -= 1
        if hadItems { newline() }
        put(bracket)
    }

    @inline(__always) mutating func newline() {
        guard indentWidth > 0, count > 0 else { return }
        var width = depth &* indentWidth
        reserve(width + 1)
        if width < ByteCopy.lineStart.utf8CodeUnitCount {
            ByteCopy.copy(ByteCopy.lineStart.utf8Start, to: storage + count, count: width + 1)
            count &+= width + 1
            return
        }
        storage[count] = UInt8(ascii: "\n")
        count += 1
        while width > 0 {
            let run = min(width, ByteCopy.spaces.utf8CodeUnitCount)
            ByteCopy.copy(ByteCopy.spaces.utf8Start, to: storage + count, count: run)
            count += run
            width -= run
        }
    }

    @inline(__always) mutating func appendLiteral(_ text: StaticString) {
        put(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// `value` in decimal, as `String(value)` spells it: 0–999 (line numbers, counts, offsets:
    /// most numbers written) without a digit loop, the rest through `appendDecimalDigits`.
    @inline(__always) mutating func appendDecimal(_ value: Int) {
        guard UInt(bitPattern: value) < 1000 else { appendDecimalDigits(value); return }
        reserve(3)
        appendReservedDecimal(value)
    }

    /// `appendDecimal` into room reserved before (20 bytes): 0–999 with no capacity check.
    @inline(__always) mutating func appendReservedDecimal(_ value: Int) {
        guard UInt(bitPattern: value) < 1000 else { appendDecimalDigits(value); return }
        count &+= DecimalDigits.writeBelowThousand(value, to: storage + count)
    }

    /// `value` in decimal by the digit loop (any `Int`).
    mutating func appendDecimalDigits(_ value: Int) {
        reserve(20)
        if value < 0 { storage[count] = UInt8(ascii: "-"); count += 1 }
        var magnitude = value.magnitude
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 { digits += 1; rest /= 10 }
        var at = count + digits
        count = at
        repeat {
            at -= 1
            storage[at] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }

    @inline(__always) mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    @inline(__always) mutating func put(_ byte: UInt8) {
        if count == capacity { grow(count + 1) }
        storage[count] = byte
        count += 1
    }

    @inline(__always) mutating func put(_ piece: UnsafeBufferPointer<UInt8>) {
        guard let source = piece.baseAddress, piece.count > 0 else { return }
        reserve(piece.count)
        ByteCopy.copy(source, to: storage + count, count: piece.count)
        count += piece.count
    }

    mutating func grow(_ needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        larger.update(from: storage, count: count)
        if ownsStorage { storage.deallocate() }
        storage = larger
        capacity = newCapacity
        ownsStorage = true
    }
}

/// Raw pieces for writers that lay out fixed-shape objects themselves (`JSONArticleWriter`'s
/// arrays): the caller writes separators and indentation as literals.
extension JSONOutput {
    /// The indentation width the builder was made with (0: compact).
    var indent: Int { indentWidth }

    /// `value` as a quoted, escaped JSON string, or `null`.
    @inline(__always) mutating func appendString(orNull value: String?) {
        if let value { appendString(value) } else { appendLiteral("null") }
    }

    /// `value` in decimal, or `null`.
    @inline(__always) mutating func appendDecimal(orNull value: Int?) {
        if let value { appendDecimal(value) } else { appendLiteral("null") }
    }

    /// Records that the innermost open container holds items written as raw pieces, so that it
    /// closes on a new line and a later item gets a comma.
    @inline(__always) mutating func markItems() { commaBits |= 1 &<< UInt64(depth) }
}

/// Unchecked pieces for items whose room `reserve` made beforehand (the long arrays of
/// `JSONArticleWriter`): no capacity check per piece, and no call inside the string copy.
extension JSONOutput {
    /// `text`, with no capacity check: the caller reserved room for it.
    @inline(__always) mutating func appendReservedLiteral(_ text: StaticString) {
        ByteCopy.copy(text.utf8Start, to: storage + count, count: text.utf8CodeUnitCount)
        count &+= text.utf8CodeUnitCount
    }

    /// `"utf8"` when nothing in it needs escaping (room for `utf8.count + 2` bytes reserved by the
    /// caller); false, with nothing written, otherwise.
    @inline(__always) mutating func appendReservedPlainQuoted(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = utf8.count
        guard n == 0 || Self.isPlain(utf8.baseAddress!, n) else { return false }
        let p = storage + count
        p[0] = UInt8(ascii: "\"")
        if n > 0 { ByteCopy.copy(utf8.baseAddress!, to: p + 1, count: n) }
        p[n &+ 1] = UInt8(ascii: "\"")
        count &+= n &+ 2
        return true
    }
}
