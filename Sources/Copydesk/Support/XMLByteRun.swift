/// A growable byte buffer: the markup `XMLStreamWriter` serializes itself (text-level elements,
/// character data, indentation) collects here until it is handed to libxml2 as one raw run.
///
/// It owns its memory (noncopyable, freed on destruction), so an append is a capacity check and a
/// copy, without `Array`'s uniqueness checks on every small piece.
struct XMLByteRun: ~Copyable {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
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

    /// Appends ` name="value"` with one capacity check; `value` must need no escaping.
    mutating func appendAttribute(_ name: StaticString, plain value: UnsafeBufferPointer<UInt8>) {
        let nameLength = name.utf8CodeUnitCount, length = value.count
        reserve(nameLength + length + 4)
        var p = base + count
        p[0] = UInt8(ascii: " ")
        ByteCopy.copy(name.utf8Start, to: p + 1, count: nameLength)
        p += nameLength + 1
        p[0] = UInt8(ascii: "=")
        p[1] = UInt8(ascii: "\"")
        p += 2
        if length > 0 { ByteCopy.copy(value.baseAddress!, to: p, count: length) }
        p[length] = UInt8(ascii: "\"")
        count = p + length + 1 - base
    }

    /// Appends `value` in decimal, as `String(value)` spells it.
    mutating func append(decimal value: Int) {
        DecimalDigits.withBytes(of: value) { append($0.baseAddress!, count: $0.count) }
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
