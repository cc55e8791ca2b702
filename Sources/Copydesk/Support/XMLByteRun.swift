/// A growable byte buffer: the markup `XMLStreamWriter` serializes itself (text-level elements,
/// character data, indentation) collects here until it is handed to libxml2 as one raw run.
///
/// It owns its memory (noncopyable, freed on destruction), so an append is a capacity check and a
/// copy, without `Array`'s uniqueness checks on every small piece.
struct XMLByteRun: ~Copyable {
    private(set) var base: UnsafeMutablePointer<UInt8>
    /// Bytes written (`XMLByteRun+Reserved` appends without a capacity check and moves it itself).
    var count = 0
    private var capacity: Int

    /// Creates an empty run with room for `capacity` bytes.
    init(capacity: Int = 2048) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// True when nothing is waiting to be handed on.
    var isEmpty: Bool { count == 0 }

    /// Forgets the bytes written (the memory is kept for the next run).
    mutating func removeAll() { count = 0 }

    /// Appends one byte.
    @inline(__always) mutating func append(_ byte: UInt8) {
        if count == capacity { grow(count + 1) }
        base[count] = byte
        count += 1
    }

    /// Appends `length` bytes from `start`.
    @inline(__always) mutating func append(_ start: UnsafePointer<UInt8>, count length: Int) {
        guard length > 0 else { return }
        if count + length > capacity { grow(count + length) }
        ByteCopy.copy(start, to: base + count, count: length)
        count += length
    }

    /// Appends the bytes of `bytes[from..<to]`.
    @inline(__always) mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) {
        guard to > from, let start = bytes.baseAddress else { return }
        append(start + from, count: to - from)
    }

    /// Appends a literal's UTF-8 bytes.
    @inline(__always) mutating func append(_ literal: StaticString) {
        append(literal.utf8Start, count: literal.utf8CodeUnitCount)
    }

    /// Appends `byte` and then `name` with one capacity check (`<` and a tag name).
    @inline(__always) mutating func append(_ byte: UInt8, _ name: StaticString) {
        let length = name.utf8CodeUnitCount
        reserve(length + 1)
        base[count] = byte
        ByteCopy.copy(name.utf8Start, to: base + count + 1, count: length)
        count += length + 1
    }

    /// Appends `</name>` with one capacity check.
    @inline(__always) mutating func appendEndTag(_ name: StaticString) {
        let length = name.utf8CodeUnitCount
        reserve(length + 3)
        base[count] = UInt8(ascii: "<")
        base[count + 1] = UInt8(ascii: "/")
        ByteCopy.copy(name.utf8Start, to: base + count + 2, count: length)
        base[count + 2 + length] = UInt8(ascii: ">")
        count += length + 3
    }

    /// Writes ` name="` at `p` (room already reserved) and returns the position right after it.
    @inline(__always) private static func openAttribute(_ name: StaticString, at p: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        let nameLength = name.utf8CodeUnitCount
        p[0] = UInt8(ascii: " ")
        ByteCopy.copy(name.utf8Start, to: p + 1, count: nameLength)
        p[nameLength + 1] = UInt8(ascii: "=")
        p[nameLength + 2] = UInt8(ascii: "\"")
        return p + nameLength + 3
    }

    /// Appends ` name="value"` with one capacity check; `value` must need no escaping.
    @inline(__always) mutating func appendAttribute(_ name: StaticString, plain value: UnsafeBufferPointer<UInt8>) {
        let nameLength = name.utf8CodeUnitCount, length = value.count
        reserve(nameLength + length + 4)
        let p = Self.openAttribute(name, at: base + count)
        if length > 0 { ByteCopy.copy(value.baseAddress!, to: p, count: length) }
        p[length] = UInt8(ascii: "\"")
        count = p + length + 1 - base
    }

    /// Appends ` name="` + `prefix` + `value` in decimal + `"` with one capacity check.
    @inline(__always) mutating func appendAttribute(_ name: StaticString, prefix: StaticString, decimal value: Int) {
        let nameLength = name.utf8CodeUnitCount, prefixLength = prefix.utf8CodeUnitCount
        reserve(nameLength + prefixLength + 25)
        var p = Self.openAttribute(name, at: base + count)
        if prefixLength > 0 { ByteCopy.copy(prefix.utf8Start, to: p, count: prefixLength) }
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
                ByteCopy.copy(digits.baseAddress!, to: p, count: digits.count)
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
            ByteCopy.copy(ByteCopy.lineStart.utf8Start, to: p, count: indent + 1)
            p += indent + 1
        }
        p[0] = UInt8(ascii: "<")
        ByteCopy.copy(name.utf8Start, to: p + 1, count: n)
        p += n + 1
        if length == 0 {
            p[0] = UInt8(ascii: "/")
            p[1] = UInt8(ascii: ">")
            count = p + 2 - base
            return
        }
        p[0] = UInt8(ascii: ">")
        ByteCopy.copy(text.baseAddress!, to: p + 1, count: length)
        p += length + 1
        p[0] = UInt8(ascii: "<")
        p[1] = UInt8(ascii: "/")
        ByteCopy.copy(name.utf8Start, to: p + 2, count: n)
        p[n + 2] = UInt8(ascii: ">")
        count = p + n + 3 - base
    }

    /// Appends `value` in decimal, as `String(value)` spells it.
    mutating func append(decimal value: Int) {
        DecimalDigits.withBytes(of: value) { append($0.baseAddress!, count: $0.count) }
    }

    /// Gives the memory back (keeping a small buffer) when it is larger than `limit` bytes; the run
    /// must be empty.
    mutating func release(above limit: Int) {
        guard capacity > limit, count == 0 else { return }
        base.deallocate()
        capacity = 2048
        base = .allocate(capacity: capacity)
    }

    /// Makes room for at least `extra` more bytes.
    @inline(__always) mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    /// Calls `body` with the bytes written so far.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    private mutating func grow(_ needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        larger.update(from: base, count: count)
        base.deallocate()
        base = larger
        capacity = newCapacity
    }
}
