/// `"key": value` fields for `JSONOutput`: a field whose value needs no escaping is written with
/// one capacity check (`plainField`); the rest go through `key` and the value calls.
extension JSONOutput {
    /// `"key": "value"` (or `null`).
    mutating func field(_ name: StaticString, _ value: String?) {
        guard let value else { key(name); null(); return }
        if value.utf8.withContiguousStorageIfAvailable({ plainField(name, $0) }) != true { key(name); string(value) }
    }
    /// `"key": 12` (or `null`).
    mutating func field(_ name: StaticString, _ value: Int?) {
        guard let value else { key(name); null(); return }
        let written = DecimalDigits.withBytes(of: value) { plainField(name, $0, quoted: false) }
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

    /// `"name": "value"` (or a bare value when not `quoted`) with one capacity check, when the
    /// value needs no escaping; false, with nothing written, otherwise. Most fields take this path.
    @inline(__always)
    fileprivate mutating func plainField(_ name: StaticString, _ utf8: UnsafeBufferPointer<UInt8>, quoted: Bool = true) -> Bool {
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
}
