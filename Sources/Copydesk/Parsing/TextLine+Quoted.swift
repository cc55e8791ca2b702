/// Lines printed wholly inside quote marks: a quoted subheading ("'I can't walk to the end of the garden'").
extension TextLine {
    /// True when `bytes` open with a quote mark (' " ‘ “) and close with one (' " ’ ”), holding at least two bytes
    /// between them.
    static func isWhollyQuoted(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard count >= 6, let first = bytes.first, let last = bytes.last else { return false }
        let opens = first == UInt8(ascii: "'") || first == UInt8(ascii: "\"")
            || first == 0xE2 && bytes[1] == 0x80 && (bytes[2] == 0x98 || bytes[2] == 0x9C)
        guard opens else { return false }
        if last == UInt8(ascii: "'") || last == UInt8(ascii: "\"") { return true }
        return bytes[count - 3] == 0xE2 && bytes[count - 2] == 0x80 && (last == 0x99 || last == 0x9D)
    }
}
