/// A tiny streaming JSON builder over UTF-8 bytes: deterministic, pretty, no escaped slashes.
///
/// Writers use it instead of `JSONEncoder` to fix the key order and to stay fast. It writes into
/// raw memory (noncopyable; its own is freed on destruction, `document` lends it the returned
/// array's): an append is a capacity check and a copy, without `Array`'s uniqueness checks and
/// generic `append(contentsOf:)` on every small piece. The stored properties are for its own
/// files (`+Layout`, `+Strings`, `+Cursor`) only; writers filling reserved room use `cursor`.
struct JSONOutput: ~Copyable {
    /// Where the bytes go.
    var storage: UnsafeMutablePointer<UInt8>
    /// Bytes written so far.
    var count = 0
    /// Room at `storage`.
    var capacity: Int
    /// Containers open.
    var depth = 0
    /// Bit `d` set: the container at depth `d` already holds an item (so the next needs a comma).
    var commaBits: UInt64 = 0
    let indentWidth: Int
    /// False while the builder writes into memory it was lent (`document`), true once it owns it.
    var ownsStorage = true
    /// A key was just written: the next value follows it without a separator.
    var pendingKey = false

    /// Creates a builder; `indent` 0 writes compact single-line JSON.
    init(indent: Int = 2, capacity: Int = 4096) {
        indentWidth = indent
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    /// A builder that writes into `buffer` until it is full, then moves to memory of its own.
    private init(indent: Int, lending buffer: UnsafeMutableBufferPointer<UInt8>) {
        indentWidth = indent
        capacity = buffer.count
        storage = buffer.baseAddress!
        ownsStorage = false
    }

    deinit { if ownsStorage { storage.deallocate() } }

    /// A whole document ending with a newline, written straight into the array returned: `body`
    /// writes into the array's own memory (`capacity` bytes, a generous estimate), so the finished
    /// text is not copied again; only a document that outgrows the estimate is copied once more.
    @inline(__always)
    static func document(indent: Int, capacity: Int, _ body: (inout JSONOutput) throws -> Void) rethrows -> [UInt8] {
        var spilled: [UInt8]?
        let direct = try [UInt8](unsafeUninitializedCapacity: max(capacity, 64)) { buffer, initialized in
            initialized = 0
            var out = JSONOutput(indent: indent, lending: buffer)
            try body(&out)
            out.put(0x0A)
            if out.ownsStorage { spilled = out.bytes; initialized = 0 } else { initialized = out.count }
        }
        return spilled ?? direct
    }

    /// The bytes written so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    mutating func beginObject() { begin(UInt8(ascii: "{")) }
    mutating func endObject() { end(UInt8(ascii: "}")) }
    mutating func beginArray() { begin(UInt8(ascii: "[")) }
    mutating func endArray() { end(UInt8(ascii: "]")) }

    /// Separator, new line and `bracket` with one capacity check, then one level deeper.
    @inline(__always) private mutating func begin(_ bracket: UInt8) {
        let width = indentWidth > 0 && count > 0 ? depth &* indentWidth + 1 : 0
        guard !pendingKey, width < ByteCopy.lineStart.utf8CodeUnitCount else {
            beginValue(); put(bracket); open(); return
        }
        reserve(width + 2)
        var p = storage + count
        let bit: UInt64 = 1 &<< UInt64(depth)
        if commaBits & bit != 0 { p.pointee = UInt8(ascii: ","); p += 1 }
        commaBits |= bit
        ByteCopy.copy(ByteCopy.lineStart.utf8Start, to: p, count: width)
        p[width] = bracket
        count = p + width + 1 - storage
        open()
    }

    /// One level up: a new line when the container holds items, then `bracket`, with one capacity check.
    @inline(__always) private mutating func end(_ bracket: UInt8) {
        let hadItems = commaBits & (1 &<< UInt64(depth)) != 0
        depth -= 1
        let width = hadItems && indentWidth > 0 && count > 0 ? depth &* indentWidth + 1 : 0
        guard width < ByteCopy.lineStart.utf8CodeUnitCount else { if hadItems { newline() }; put(bracket); return }
        reserve(width + 1)
        ByteCopy.copy(ByteCopy.lineStart.utf8Start, to: storage + count, count: width)
        storage[count + width] = bracket
        count += width + 1
    }

    /// Writes `"key": ` inside an object; the value follows. Keys are literals: ASCII, copied as
    /// they are (no escaping needed).
    @inline(__always) mutating func key(_ name: StaticString) {
        separate()
        let length = name.utf8CodeUnitCount
        reserve(length + 4)
        storage[count] = UInt8(ascii: "\"")
        ByteCopy.copy(name.utf8Start, to: storage + count + 1, count: length)
        count += length + 1
        storage[count] = UInt8(ascii: "\"")
        storage[count + 1] = UInt8(ascii: ":")
        count += 2
        if indentWidth > 0 { storage[count] = UInt8(ascii: " "); count += 1 }
        pendingKey = true
    }

    mutating func string(_ value: String?) {
        beginValue()
        if let value { appendString(value) } else { appendLiteral("null") }
    }

    mutating func int(_ value: Int?) {
        beginValue()
        if let value { appendDecimal(value) } else { appendLiteral("null") }
    }


    mutating func bool(_ value: Bool) { beginValue(); appendLiteral(value ? "true" : "false") }
    mutating func null() { beginValue(); appendLiteral("null") }
}
