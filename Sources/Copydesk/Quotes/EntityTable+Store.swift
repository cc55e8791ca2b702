/// The table's stores written: name and role bytes copied into `textStore`, keys into `keyStore`.
extension EntityTable {
    /// Appends the words of `tokens[range]` one space apart, a comma right after its word (as printed, or without
    /// possessive endings) to `textStore` and returns their range: `tokens.joined(range, printed:)`'s bytes.
    @inline(__always)
    mutating func storeText(_ range: Range<Int>, _ tokens: TokenList, printed: Bool) -> Range<Int> {
        let start = textCount
        tokens.bytes.withUnsafeBufferPointer { b in
            // Words one space apart (each whole but the last) are already the joined text.
            let contiguous = tokens.items.withUnsafeBufferPointer { t in
                var k = range.lowerBound
                while k + 1 < range.upperBound, t[k + 1].start == t[k].end + 1, b[t[k].end] == 0x20,
                      printed || t[k].stemEnd == t[k].end { k += 1 }
                return k + 1 >= range.upperBound
            }
            if contiguous, let last = range.last {
                appendText(b, tokens[range.lowerBound].start, printed ? tokens[last].end : tokens[last].stemEnd)
                return
            }
            for k in range {
                let t = tokens[k]
                if k > range.lowerBound, t.kind != .comma, t.start != tokens[k - 1].end || tokens.spacedSeam(k, range) { appendSpace() }
                appendText(b, t.start, printed ? t.end : t.stemEnd)
            }
        }
        return start..<textCount
    }


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
