/// A tiny streaming JSON builder over UTF-8 bytes: deterministic, pretty, no escaped slashes.
///
/// Writers use it instead of `JSONEncoder` to fix the key order and to stay fast. It owns its
/// buffer (noncopyable, freed on destruction): an append is a capacity check and a copy, without
/// `Array`'s uniqueness checks and generic `append(contentsOf:)` on every small piece.
struct JSONOutput: ~Copyable {
    private var storage: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    private var depth = 0
    /// Bit `d` set: the container at depth `d` already holds an item (so the next needs a comma).
    private var commaBits: UInt64 = 0
    private let indentWidth: Int

    /// Creates a builder; `indent` 0 writes compact single-line JSON.
    init(indent: Int = 2, capacity: Int = 4096) {
        indentWidth = indent
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// The bytes written so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    mutating func beginObject() { beginValue(); put(UInt8(ascii: "{")); open() }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { beginValue(); put(UInt8(ascii: "[")); open() }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes `"key": ` inside an object; the value follows. Keys are literals: ASCII, copied as
    /// they are (no escaping needed).
    mutating func key(_ name: StaticString) {
        separate()
        put(UInt8(ascii: "\""))
        put(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        put(UInt8(ascii: "\""))
        put(UInt8(ascii: ":"))
        if indentWidth > 0 { put(UInt8(ascii: " ")) }
        pendingKey = true
    }

    mutating func string(_ value: String?) {
        beginValue()
        if let value { appendString(value) } else { appendLiteral("null") }
    }

    mutating func int(_ value: Int?) {
        beginValue()
        if let value { appendLiteral(String(value)) } else { appendLiteral("null") }
    }

    /// The document with a final newline; the builder is consumed.
    consuming func finished() -> [UInt8] {
        put(0x0A)
        return bytes
    }

    mutating func bool(_ value: Bool) { beginValue(); appendLiteral(value ? "true" : "false") }
    mutating func null() { beginValue(); appendLiteral("null") }

    /// `"key": "value"` (or `null`).
    mutating func field(_ name: StaticString, _ value: String?) { key(name); string(value) }
    /// `"key": 12` (or `null`).
    mutating func field(_ name: StaticString, _ value: Int?) { key(name); int(value) }
    /// `"key": true`.
    mutating func field(_ name: StaticString, _ value: Bool) { key(name); bool(value) }
    /// `"key": ["a", "b"]`.
    mutating func field(_ name: StaticString, _ values: [String]) {
        key(name)
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    // MARK: - Internals

    private var pendingKey = false

    private mutating func beginValue() {
        if pendingKey { pendingKey = false; return }
        separate()
    }

    private mutating func separate() {
        let bit: UInt64 = 1 << UInt64(depth)
        if commaBits & bit != 0 { put(UInt8(ascii: ",")) }
        commaBits |= bit
        newline()
    }

    private mutating func open() {
        depth += 1
        precondition(depth < 64, "JSONOutput nests at most 63 containers")
        commaBits &= ~(1 << UInt64(depth))
    }

    private mutating func close(_ bracket: UInt8) {
        let hadItems = commaBits & (1 << UInt64(depth)) != 0
        depth -= 1
        if hadItems { newline() }
        put(bracket)
    }

    private mutating func newline() {
        guard indentWidth > 0, count > 0 else { return }
        put(UInt8(ascii: "\n"))
        var count = depth * indentWidth
        let spaces: StaticString = "                                                                "
        while count > 0 {
            let run = min(count, spaces.utf8CodeUnitCount)
            put(UnsafeBufferPointer(start: spaces.utf8Start, count: run))
            count -= run
        }
    }

    private mutating func appendLiteral(_ text: String) {
        var text = text
        text.withUTF8 { put($0) }
    }

    @inline(__always) private mutating func put(_ byte: UInt8) {
        if count == capacity { grow(count + 1) }
        storage[count] = byte
        count += 1
    }

    @inline(__always) private mutating func put(_ piece: UnsafeBufferPointer<UInt8>) {
        guard let source = piece.baseAddress else { return }
        if count + piece.count > capacity { grow(count + piece.count) }
        (storage + count).update(from: source, count: piece.count)
        count += piece.count
    }

    private mutating func grow(_ needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        larger.update(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity = newCapacity
    }

    private mutating func appendString(_ text: String) {
        put(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            // Copy runs of bytes that need no escaping in one go; escape the rest.
            var runStart = 0
            var i = 0
            while i < utf8.count {
                if i + 8 <= utf8.count, !Self.mayNeedEscape(UnsafeRawPointer(utf8.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
                    i += 8
                    continue
                }
                let byte = utf8[i]
                i += 1
                if byte >= 0x20, byte != 0x22, byte != 0x5C, byte != 0x7F { continue }
                if runStart < i - 1 { put(UnsafeBufferPointer(rebasing: utf8[runStart..<i - 1])) }
                appendEscaped(byte)
                runStart = i
            }
            if runStart < utf8.count { put(UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        }
        put(UInt8(ascii: "\""))
    }

    /// True when one of eight bytes is a control (< 0x20), `"`, `\\` or DEL (exact: no byte is missed).
    @inline(__always) private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let below20 = (word &- ones &* 0x20) & ~word & highs
        return below20 | hasZero(word ^ (ones &* 0x22)) | hasZero(word ^ (ones &* 0x5C)) | hasZero(word ^ (ones &* 0x7F)) != 0
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): put(UInt8(ascii: "\\")); put(byte)
        case 0x0A: put(UInt8(ascii: "\\")); put(UInt8(ascii: "n"))
        case 0x0D: put(UInt8(ascii: "\\")); put(UInt8(ascii: "r"))
        case 0x09: put(UInt8(ascii: "\\")); put(UInt8(ascii: "t"))
        default:
            put(UInt8(ascii: "\\")); put(UInt8(ascii: "u")); put(UInt8(ascii: "0")); put(UInt8(ascii: "0"))
            put(Self.hexDigits[Int(byte >> 4)]); put(Self.hexDigits[Int(byte & 0xF)])
        }
    }
}
