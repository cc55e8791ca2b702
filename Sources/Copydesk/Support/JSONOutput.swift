/// A tiny streaming JSON builder over UTF-8 bytes: deterministic, pretty, no escaped slashes.
///
/// Writers use it instead of `JSONEncoder` to fix the key order and to stay fast.
struct JSONOutput {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    private var needsComma = [false]
    private let indentWidth: Int

    /// Creates a builder; `indent` 0 writes compact single-line JSON.
    init(indent: Int = 2, capacity: Int = 4096) {
        indentWidth = indent
        bytes.reserveCapacity(capacity)
    }

    mutating func beginObject() { beginValue(); bytes.append(UInt8(ascii: "{")); open() }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { beginValue(); bytes.append(UInt8(ascii: "[")); open() }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes `"key": ` inside an object; the value follows. Keys are literals: ASCII, copied as
    /// they are (no escaping needed).
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        if indentWidth > 0 { bytes.append(UInt8(ascii: " ")) }
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

    /// The document with a final newline; the builder is not used afterwards.
    mutating func finished() -> [UInt8] {
        bytes.append(0x0A)
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
        if needsComma[depth] { bytes.append(UInt8(ascii: ",")) }
        needsComma[depth] = true
        newline()
    }

    private mutating func open() {
        depth += 1
        if needsComma.count <= depth { needsComma.append(false) } else { needsComma[depth] = false }
    }

    private mutating func close(_ bracket: UInt8) {
        let hadItems = needsComma[depth]
        depth -= 1
        if hadItems { newline() }
        bytes.append(bracket)
    }

    private mutating func newline() {
        guard indentWidth > 0, !bytes.isEmpty else { return }
        bytes.append(UInt8(ascii: "\n"))
        var count = depth * indentWidth
        while count > 0 {
            let run = min(count, Self.spaces.count)
            bytes.append(contentsOf: Self.spaces[0..<run])
            count -= run
        }
    }

    /// Indentation copied in one go instead of one space at a time.
    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    private mutating func appendLiteral(_ text: String) { bytes.append(contentsOf: text.utf8) }

    private mutating func appendString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            // Copy runs of bytes that need no escaping in one go; escape the rest.
            var runStart = 0
            for i in 0..<utf8.count {
                let byte = utf8[i]
                if byte >= 0x20, byte != 0x22, byte != 0x5C, byte != 0x7F { continue }
                if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
                appendEscaped(byte)
                runStart = i + 1
            }
            if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
        case 0x0A: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
        default:
            bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                      Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0xF)]])
        }
    }
}
