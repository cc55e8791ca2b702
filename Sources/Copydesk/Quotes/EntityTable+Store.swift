/// The table's stores written: name and role bytes copied into `textStore`, keys into `keyStore`.
extension EntityTable {
    /// Appends `b[from..<to]` to the table's text: the buffer grows (rarely) to hold it, then one
    /// copy, with no count change and no generic append (a name is a few bytes).
    @inline(__always)
    mutating func appendText(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
        let n = to &- from
        guard n > 0 else { return }
        reserveText(n)
        textStore.withUnsafeMutableBufferPointer { out in
            (out.baseAddress! + textCount).update(from: b.baseAddress! + from, count: n)
        }
        textCount &+= n
    }

    /// Appends one space to the table's text.
    @inline(__always)
    mutating func appendSpace() {
        reserveText(1)
        textStore[textCount] = 0x20
        textCount &+= 1
    }

    /// Room in `textStore` for `n` more bytes after the table's text.
    @inline(__always)
    mutating func reserveText(_ n: Int) {
        let need = textCount &+ n
        if textStore.count < need { textStore.append(contentsOf: repeatElement(0, count: Swift.max(need, 2 &* textStore.count) &- textStore.count)) }
    }

    /// Appends the words at `indices` one space apart, without possessive endings, to `textStore`.
    mutating func storeText(_ indices: [Int], _ tokens: TokenList) -> Range<Int> {
        let start = textCount
        tokens.bytes.withUnsafeBufferPointer { b in
            for (n, k) in indices.enumerated() {
                if n > 0 { appendSpace() }
                appendText(b, tokens[k].start, tokens[k].stemEnd)
            }
        }
        return start..<textCount
    }
}
