/// A cursor writing CSV cells into memory sized beforehand (`bound` per text cell): quoting,
/// quote doubling and the formula guard of `CSVQuotesWriter`, sixteen bytes checked per step.
struct CSVCells {
    /// Where the next byte goes.
    private(set) var cursor: UnsafeMutablePointer<UInt8>

    init(_ start: UnsafeMutablePointer<UInt8>) { cursor = start }

    /// The most bytes `text` can take as a cell: enclosing quotes, a guard and every byte doubled.
    @inline(__always) static func bound(_ text: String?) -> Int {
        guard let text else { return 0 }
        return 2 * text.utf8.count + 3
    }

    @inline(__always) mutating func comma() {
        cursor.pointee = UInt8(ascii: ",")
        cursor += 1
    }

    @inline(__always) mutating func lineEnd() {
        cursor[0] = 13
        cursor[1] = 10
        cursor += 2
    }

    mutating func literal(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { copy($0) }
    }

    /// A literal that never needs quoting (an enum's raw value, spelled out).
    @inline(__always) mutating func literal(_ value: StaticString) {
        copy(UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount))
    }

    /// An integer as `String(value)` spells it: 0–999 (indices, paragraphs, offsets: nearly
    /// every number) without a digit loop.
    @inline(__always) mutating func number(_ value: Int) {
        guard UInt(bitPattern: value) < 1000 else { return numberByDigits(value) }
        cursor += DecimalDigits.writeBelowThousand(value, to: cursor)
    }

    /// `number` by the digit loop (any `Int`).
    mutating func numberByDigits(_ value: Int) {
        DecimalDigits.withBytes(of: value) { copy($0) }
    }

    /// A text cell: nothing for nil or empty, else the field with a `'` guard before a character a
    /// spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR).
    mutating func text(_ value: String?) {
        guard let value else { return }
        XMLStreamWriter.withBytes(of: value) { text(bytes: $0) }
    }

    /// `text(_:)` on the cell's UTF-8 bytes.
    @inline(__always) mutating func text(bytes: UnsafeBufferPointer<UInt8>) {
        guard let first = bytes.first else { return }
        field(bytes, guarded: Self.needsGuard(first))
    }

    /// `bound(_:)` of the string stored at `text`, read in place (`StoredText`).
    @inline(__always) static func bound(stored text: inout String?) -> Int {
        StoredText.bytes(&text) { 2 * $0.count + 3 } ?? 0
    }

    static func needsGuard(_ first: UInt8) -> Bool {
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 9, 13: return true
        default: return false
        }
    }

    /// `bytes` (after a `'` when `guarded`), enclosed in quotes with inner quotes doubled when they
    /// hold a comma, a quote, CR or LF.
    mutating func field(_ bytes: UnsafeBufferPointer<UInt8>, guarded: Bool) {
        let quoted = Self.needsQuotes(bytes)
        if quoted { cursor.pointee = UInt8(ascii: "\""); cursor += 1 }
        if guarded { cursor.pointee = UInt8(ascii: "'"); cursor += 1 }
        guard quoted else { copy(bytes); return }
        guard let base = bytes.baseAddress else { return }
        let n = bytes.count
        var i = 0
        while i < n {
            if n - i >= 16, !ByteLanes.any(ByteLanes.load(base + i) .== ByteLanes.splat(0x22)) {
                ByteCopy.copy(base + i, to: cursor, count: 16)
                cursor += 16
                i += 16
                continue
            }
            if n - i < 16, n >= 16, !ByteLanes.any(ByteLanes.load(base + n - 16) .== ByteLanes.splat(0x22)) {
                ByteCopy.copy(base + i, to: cursor, count: n - i)  // the last few, in the clean last sixteen
                cursor += n - i
                break
            }
            let end = min(i + 16, n)
            while i < end {
                let byte = base[i]
                if byte == 0x22 { cursor.pointee = byte; cursor += 1 }
                cursor.pointee = byte
                cursor += 1
                i += 1
            }
        }
        cursor.pointee = UInt8(ascii: "\"")
        cursor += 1
    }

    /// True when `bytes` hold a comma, a double quote, CR or LF.
    static func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let n = bytes.count
        if n < 16 {  // ids, cues, names: one or two (overlapping) word tests cover every byte
            guard n > 0 else { return false }
            let raw = UnsafeRawPointer(base)
            let first = n >= 8 ? raw.loadUnaligned(as: UInt64.self) : ByteLanes.shortWord(base, n)
            let last = n >= 8 ? raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) : first
            return special(first) | special(last) != 0
        }
        var i = 0
        while n - i >= 16 {
            if special(ByteLanes.load(base + i)) { return true }
            i += 16
        }
        return i < n && special(ByteLanes.load(base + n - 16))
    }

    /// The plain rule `needsQuotes` follows: a comma, a double quote, CR or LF anywhere.
    static func needsQuotesPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    }

    /// Nonzero when one of the eight bytes of `word` is a comma, a double quote, CR or LF.
    @inline(__always) private static func special(_ word: UInt64) -> UInt64 {
        XMLEscape.has(word, 0x2C) | XMLEscape.has(word, 0x22) | XMLEscape.has(word, 0x0A) | XMLEscape.has(word, 0x0D)
    }

    @inline(__always) private static func special(_ v: SIMD16<UInt8>) -> Bool {
        ByteLanes.any((v .== ByteLanes.splat(0x2C)) .| (v .== ByteLanes.splat(0x22)) .| (v .== ByteLanes.splat(0x0A))
            .| (v .== ByteLanes.splat(0x0D)))
    }

    /// Copies `bytes` as they are (a cell already written, a literal).
    @inline(__always) mutating func copy(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        ByteCopy.copy(base, to: cursor, count: bytes.count)
        cursor += bytes.count
    }
}
