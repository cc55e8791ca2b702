/// A growable byte buffer: the markup `XMLStreamWriter` serializes itself (text-level elements,
/// character data, indentation) collects here until it is handed to libxml2 as one raw run.
///
/// It owns its memory (noncopyable, freed on destruction), so an append is a capacity check and a
/// copy, without `Array`'s uniqueness checks on every small piece; or it writes into memory it was
/// lent (`lend`: a kept session writes a document straight into the array it returns).
struct XMLByteRun: ~Copyable {
    private(set) var base: UnsafeMutablePointer<UInt8>
    /// Bytes written (`XMLByteRun+Reserved` appends without a capacity check and moves it itself).
    var count = 0
    private var capacity: Int
    /// False while the run writes into memory it was lent (it then never frees `base`).
    private(set) var ownsStorage = true

    /// Creates an empty run with room for `capacity` bytes.
    init(capacity: Int = 2048) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { if ownsStorage { base.deallocate() } }

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
        XMLByteRun.copyBytes(start, to: base + count, count: length)
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
        XMLByteRun.copyBytes(name.utf8Start, to: base + count + 1, count: length)
        count += length + 1
    }

    /// Appends `</name>` with one capacity check.
    @inline(__always) mutating func appendEndTag(_ name: StaticString) {
        let length = name.utf8CodeUnitCount
        reserve(length + 3)
        base[count] = UInt8(ascii: "<")
        base[count + 1] = UInt8(ascii: "/")
        XMLByteRun.copyBytes(name.utf8Start, to: base + count + 2, count: length)
        base[count + 2 + length] = UInt8(ascii: ">")
        count += length + 3
    }

    /// Appends `value` in decimal, as `String(value)` spells it.
    mutating func append(decimal value: Int) {
        DecimalDigits.withBytes(of: value) { append($0.baseAddress!, count: $0.count) }
    }

    /// Gives the memory back (keeping a small buffer) when it is larger than `limit` bytes; the run
    /// must be empty.
    mutating func release(above limit: Int) {
        guard capacity > limit, count == 0 else { return }
        if ownsStorage { base.deallocate() }
        ownsStorage = true
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
        if ownsStorage { base.deallocate() }
        base = larger
        capacity = newCapacity
        ownsStorage = true
    }

    /// Empties the run and makes it write into `buffer` (not freed here) until that is full; its
    /// own memory is freed.
    mutating func lend(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        if ownsStorage { base.deallocate() }
        base = buffer.baseAddress!
        capacity = buffer.count
        count = 0
        ownsStorage = false
    }

    /// Ends a loan (or frees memory the run moved to when the loan was full): the run is empty and
    /// holds no memory (its next append allocates).
    mutating func endLoan() {
        if ownsStorage { base.deallocate() }
        capacity = 0
        count = 0
        ownsStorage = false
    }
}
