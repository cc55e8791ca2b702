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
    /// False while the builder writes into memory it was lent (`document`), true once it owns it.
    private var ownsStorage = true

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

    mutating func beginObject() { beginValue(); put(UInt8(ascii: "{")); open() }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { beginValue(); put(UInt8(ascii: "[")); open() }
    mutating func endArray() { close(UInt8(ascii: "]")) }

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

    /// `"key": "value"` (or `null`).
    mutating func field(_ name: StaticString, _ value: String?) {
        guard let value else { key(name); null(); return }
        if value.utf8.withContiguousStorageIfAvailable({ plainField(name, $0) }) != true { key(name); string(value) }
    }
    /// `"key": 12` (or `null`).
    mutating func field(_ name: StaticString, _ value: Int?) {
        guard let value else { key(name); null(); return }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for any Int in decimal
        let written = withUnsafeMutableBytes(of: &digits) { buffer -> Bool in
            var at = buffer.count
            var magnitude = value.magnitude
            repeat {
                at -= 1
                buffer[at] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 { at -= 1; buffer[at] = UInt8(ascii: "-") }
            let text = UnsafeBufferPointer(start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self) + at, count: buffer.count - at)
            return plainField(name, text, quoted: false)
        }
        if !written { key(name); int(value) }
    }
    /// `"key": true`.
    mutating func field(_ name: StaticString, _ value: Bool) {
        let literal: StaticString = value ? "true" : "false"
        if !plainField(name, UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount), quoted: false) {
            key(name); bool(value)
        }
    }
    /// `"key": ["a", "b"]`.
    mutating func field(_ name: StaticString, _ values: [String]) {
        key(name)
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    // MARK: - Internals

    private var pendingKey = false

    /// `"name": "value"` (or a bare value when not `quoted`) with one capacity check, when the
    /// value needs no escaping; false, with nothing written, otherwise. Most fields take this path.
    @inline(__always)
    private mutating func plainField(_ name: StaticString, _ utf8: UnsafeBufferPointer<UInt8>, quoted: Bool = true) -> Bool {
        let n = utf8.count
        let width = indentWidth > 0 && count > 0 ? depth &* indentWidth + 1 : 0
        // Unquoted values are numbers and literals: nothing in them to escape.
        guard width < ByteCopy.lineStart.utf8CodeUnitCount, !quoted || n == 0 || Self.isPlain(utf8.baseAddress!, n) else { return false }
        let nameLength = name.utf8CodeUnitCount
        reserve(width + nameLength + n + 8)
        var p = storage + count
        let bit: UInt64 = 1 &<< UInt64(depth)
        if commaBits & bit != 0 { p.pointee = UInt8(ascii: ","); p += 1 }
        commaBits |= bit
        ByteCopy.copy(ByteCopy.lineStart.utf8Start, to: p, count: width)
        p += width
        p.pointee = UInt8(ascii: "\"")
        ByteCopy.copy(name.utf8Start, to: p + 1, count: nameLength)
        p += nameLength + 1
        p[0] = UInt8(ascii: "\"")
        p[1] = UInt8(ascii: ":")
        p += 2
        if indentWidth > 0 { p.pointee = UInt8(ascii: " "); p += 1 }
        if quoted { p.pointee = UInt8(ascii: "\""); p += 1 }
        if n > 0 { ByteCopy.copy(utf8.baseAddress!, to: p, count: n) }
        p += n
        if quoted { p.pointee = UInt8(ascii: "\""); p += 1 }
        count = p - storage
        return true
    }

    @inline(__always) private mutating func beginValue() {
        if pendingKey { pendingKey = false; return }
        separate()
    }

    @inline(__always) private mutating func separate() {
        let bit: UInt64 = 1 &<< UInt64(depth)
        if commaBits & bit != 0 { put(UInt8(ascii: ",")) }
        commaBits |= bit
        newline()
    }

    @inline(__always) private mutating func open() {
        depth += 1
        precondition(depth < 64, "JSONOutput nests at most 63 containers")
        commaBits &= ~(1 &<< UInt64(depth))
    }

    @inline(__always) private mutating func close(_ bracket: UInt8) {
        let hadItems = commaBits & (1 &<< UInt64(depth)) != 0
        depth -= 1
        if hadItems { newline() }
        put(bracket)
    }

    @inline(__always) private mutating func newline() {
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

    private mutating func appendLiteral(_ text: StaticString) {
        put(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// `value` in decimal, as `String(value)` spells it.
    private mutating func appendDecimal(_ value: Int) {
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

    @inline(__always) private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    @inline(__always) private mutating func put(_ byte: UInt8) {
        if count == capacity { grow(count + 1) }
        storage[count] = byte
        count += 1
    }

    @inline(__always) private mutating func put(_ piece: UnsafeBufferPointer<UInt8>) {
        guard let source = piece.baseAddress, piece.count > 0 else { return }
        reserve(piece.count)
        ByteCopy.copy(source, to: storage + count, count: piece.count)
        count += piece.count
    }

    private mutating func grow(_ needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        larger.update(from: storage, count: count)
        if ownsStorage { storage.deallocate() }
        storage = larger
        capacity = newCapacity
        ownsStorage = true
    }

    private mutating func appendString(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ appendQuoted($0) }) == nil {
            var copy = text
            copy.withUTF8 { appendQuoted($0) }
        }
    }

    /// `"utf8"`: text with nothing to escape (nearly all of it) is checked and copied in one go.
    @inline(__always) private mutating func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        let n = utf8.count
        reserve(n + 2)
        storage[count] = UInt8(ascii: "\"")
        if let base = utf8.baseAddress, Self.isPlain(base, n) {
            ByteCopy.copy(base, to: storage + count + 1, count: n)
            storage[count + 1 + n] = UInt8(ascii: "\"")
            count += n + 2
            return
        }
        count += 1
        appendEscaped(utf8)
        put(UInt8(ascii: "\""))
    }

    /// True when none of the `n` bytes at `p` needs escaping (short texts: one or two word tests;
    /// longer ones: sixteen bytes per step, the last step overlapping the one before).
    @inline(__always) private static func isPlain(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        if n >= 16 {
            var i = 0
            while i + 16 <= n {
                if mayNeedEscape16(ByteLanes.load(p + i)) { return false }
                i += 16
            }
            return i == n || !mayNeedEscape16(ByteLanes.load(p + n - 16))
        }
        let raw = UnsafeRawPointer(p)
        if n >= 8 {
            return !mayNeedEscape(raw.loadUnaligned(as: UInt64.self)) && !mayNeedEscape(raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self))
        }
        return n == 0 || !mayNeedEscape(shortWord(p, n))
    }

    /// True when one of sixteen bytes is a control, `"`, `\\` or DEL.
    @inline(__always) private static func mayNeedEscape16(_ v: SIMD16<UInt8>) -> Bool {
        ByteLanes.any((v .< ByteLanes.splat(0x20)) .| (v .== ByteLanes.splat(0x22)) .| (v .== ByteLanes.splat(0x5C))
            .| (v .== ByteLanes.splat(0x7F)))
    }

    /// Copies runs of bytes that need no escaping in one go (sixteen bytes checked per step); escapes the rest.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress else { return }
        let n = utf8.count
        var runStart = 0, i = 0
        while i < n {
            let remaining = n - i
            if remaining >= 16 {
                if !Self.mayNeedEscape16(ByteLanes.load(base + i)) { i += 16; continue }
                if !Self.mayNeedEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { i += 8 }
            } else if remaining >= 8 {
                if !Self.mayNeedEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { i += 8; continue }
            } else if !Self.mayNeedEscape(Self.shortWord(base + i, remaining)) {
                break
            }
            // Look at the next (up to) eight bytes one by one.
            let end = min(i + 8, n)
            while i < end {
                let byte = base[i]
                i += 1
                if byte >= 0x20, byte != 0x22, byte != 0x5C, byte != 0x7F { continue }
                if runStart < i - 1 { put(UnsafeBufferPointer(rebasing: utf8[runStart..<i - 1])) }
                appendEscaped(byte)
                runStart = i
            }
        }
        if runStart < n { put(UnsafeBufferPointer(rebasing: utf8[runStart...])) }
    }

    /// The 1–7 bytes at `p` in one word for a `mayNeedEscape` test (bytes may repeat; padding is `A`).
    @inline(__always) private static func shortWord(_ p: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        let raw = UnsafeRawPointer(p)
        if length >= 4 {
            return UInt64(raw.loadUnaligned(as: UInt32.self))
                | UInt64(raw.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)) << 32
        }
        return 0x4141_4141_4100_0000 | UInt64(p[0]) | UInt64(p[length / 2]) << 8 | UInt64(p[length - 1]) << 16
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
