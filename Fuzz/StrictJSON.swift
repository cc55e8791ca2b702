// A small strict JSON (RFC 8259) checker over UTF-8 bytes for the fuzzer: JSONSerialization is
// too slow to run on every execution. Rejects raw control characters in strings, bad escapes,
// unpaired \u surrogate escapes, trailing garbage and nesting deeper than 512.
struct StrictJSON {
    private let bytes: [UInt8]
    private var index = 0

    /// True when `bytes` hold exactly one JSON value (surrounded by optional white space).
    static func isValid(_ bytes: [UInt8]) -> Bool {
        var parser = StrictJSON(bytes: bytes)
        guard parser.value(depth: 0) else { return false }
        parser.skipSpace()
        return parser.index == bytes.count
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipSpace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }

    private mutating func literal(_ word: String) -> Bool {
        for expected in word.utf8 {
            guard current == expected else { return false }
            index += 1
        }
        return true
    }

    private mutating func value(depth: Int) -> Bool {
        guard depth < 512 else { return false }
        skipSpace()
        switch current {
        case UInt8(ascii: "{"): return container(close: UInt8(ascii: "}"), keyed: true, depth: depth)
        case UInt8(ascii: "["): return container(close: UInt8(ascii: "]"), keyed: false, depth: depth)
        case UInt8(ascii: "\""): return string()
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        default: return number()
        }
    }

    private mutating func container(close: UInt8, keyed: Bool, depth: Int) -> Bool {
        index += 1
        skipSpace()
        if current == close { index += 1; return true }
        while true {
            if keyed {
                skipSpace()
                guard current == UInt8(ascii: "\""), string() else { return false }
                skipSpace()
                guard current == UInt8(ascii: ":") else { return false }
                index += 1
            }
            guard value(depth: depth + 1) else { return false }
            skipSpace()
            if current == UInt8(ascii: ",") { index += 1; continue }
            guard current == close else { return false }
            index += 1
            return true
        }
    }

    private mutating func string() -> Bool {
        index += 1
        var pendingHigh = false
        while let byte = current {
            index += 1
            if byte == UInt8(ascii: "\"") { return !pendingHigh }
            if byte < 0x20 { return false }
            guard byte == UInt8(ascii: "\\") else { if pendingHigh { return false }; continue }
            guard let escape = current else { return false }
            index += 1
            if escape == UInt8(ascii: "u") {
                guard index + 4 <= bytes.count, let unit = UInt16(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16) else { return false }
                index += 4
                switch unit {
                case 0xD800...0xDBFF: if pendingHigh { return false }; pendingHigh = true
                case 0xDC00...0xDFFF: if !pendingHigh { return false }; pendingHigh = false
                default: if pendingHigh { return false }
                }
            } else {
                if pendingHigh { return false }
                guard "\"\\/bfnrt".utf8.contains(escape) else { return false }
            }
        }
        return false
    }

    private mutating func number() -> Bool {
        let start = index
        if current == UInt8(ascii: "-") { index += 1 }
        guard let first = current, (0x30...0x39).contains(first) else { return false }
        index += 1
        if first != 0x30 { while let byte = current, (0x30...0x39).contains(byte) { index += 1 } }
        if current == UInt8(ascii: ".") {
            index += 1
            guard let byte = current, (0x30...0x39).contains(byte) else { return false }
            while let byte = current, (0x30...0x39).contains(byte) { index += 1 }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard let byte = current, (0x30...0x39).contains(byte) else { return false }
            while let byte = current, (0x30...0x39).contains(byte) { index += 1 }
        }
        return index > start
    }
}
