/// Whole attributes and one-line leaf elements for `XMLByteRun`, each with one capacity check.
extension XMLByteRun {
    /// Writes ` name="` at `p` (room already reserved) and returns the position right after it.
    @inline(__always) fileprivate static func openAttribute(_ name: StaticString, at p: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        let nameLength = name.utf8CodeUnitCount
        p[0] = UInt8(ascii: " ")
        XMLByteRun.copyBytes(name.utf8Start, to: p + 1, count: nameLength)
        p[nameLength + 1] = UInt8(ascii: "=")
        p[nameLength + 2] = UInt8(ascii: "\"")
        return p + nameLength + 3
    }

    /// Appends ` name="value"` with one capacity check; `value` must need no escaping.
    @inline(__always) mutating func appendAttribute(_ name: StaticString, plain value: UnsafeBufferPointer<UInt8>) {
        let nameLength = name.utf8CodeUnitCount, length = value.count
        reserve(nameLength + length + 4)
        let p = Self.openAttribute(name, at: base + count)
        if length > 0 { XMLByteRun.copyBytes(value.baseAddress!, to: p, count: length) }
        p[length] = UInt8(ascii: "\"")
        count = p + length + 1 - base
    }

    /// Appends ` name="` + `prefix` + `value` in decimal + `"` with one capacity check.
    @inline(__always) mutating func appendAttribute(_ name: StaticString, prefix: StaticString, decimal value: Int) {
        let nameLength = name.utf8CodeUnitCount, prefixLength = prefix.utf8CodeUnitCount
        reserve(nameLength + prefixLength + 25)
        var p = Self.openAttribute(name, at: base + count)
        if prefixLength > 0 { XMLByteRun.copyBytes(prefix.utf8Start, to: p, count: prefixLength) }
        p += prefixLength
        if value >= 0, value < 10 {
            p[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value)
            p += 1
        } else if value >= 10, value < 1000 {  // quote offsets and paragraph numbers: no digit loop
            let hundreds = value / 100, rest = value % 100
            if hundreds > 0 { p[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: hundreds); p += 1 }
            p[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest / 10)
            p[1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
            p += 2
        } else {
            p += DecimalDigits.withBytes(of: value) { digits in
                XMLByteRun.copyBytes(digits.baseAddress!, to: p, count: digits.count)
                return digits.count
            }
        }
        p[0] = UInt8(ascii: "\"")
        count = p + 1 - base
    }

    /// Appends a new line indented by `indent` spaces (none when `indent` is negative), then
    /// `<name>text</name>` (`<name/>` for empty text), with one capacity check; `text` must need no
    /// escaping (`XMLEscape.isCleanText`) and `indent` must fit `ByteCopy.lineStart`.
    @inline(__always) mutating func appendLeaf(indent: Int, _ name: StaticString, clean text: UnsafeBufferPointer<UInt8>) {
        let n = name.utf8CodeUnitCount, length = text.count
        reserve(indent + 1 + 2 * n + length + 5)
        var p = base + count
        if indent >= 0 {
            XMLByteRun.copyBytes(ByteCopy.lineStart.utf8Start, to: p, count: indent + 1)
            p += indent + 1
        }
        p[0] = UInt8(ascii: "<")
        XMLByteRun.copyBytes(name.utf8Start, to: p + 1, count: n)
        p += n + 1
        if length == 0 {
            p[0] = UInt8(ascii: "/")
            p[1] = UInt8(ascii: ">")
            count = p + 2 - base
            return
        }
        p[0] = UInt8(ascii: ">")
        XMLByteRun.copyBytes(text.baseAddress!, to: p + 1, count: length)
        p += length + 1
        p[0] = UInt8(ascii: "<")
        p[1] = UInt8(ascii: "/")
        XMLByteRun.copyBytes(name.utf8Start, to: p + 2, count: n)
        p[n + 2] = UInt8(ascii: ">")
        count = p + n + 3 - base
    }
}
