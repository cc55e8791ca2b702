/// Character-data escaping for `XMLStreamWriter.text`, byte for byte what libxml2's
/// `xmlEncodeSpecialChars` produces (`&lt;` `&gt;` `&amp;` `&quot;` `&#13;`), without its
/// per-call allocation and `strlen`. Text with nothing to escape is passed through untouched.
enum XMLEscape {
    /// Calls `body` with the escaped UTF-8 of `text` (which must already be `XMLText.clean`).
    static func withEscaped<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var text = text
        return text.withUTF8 { utf8 in
            guard let first = firstSpecial(in: utf8) else { return body(utf8) }
            var out = [UInt8]()
            out.reserveCapacity(utf8.count + 32)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[..<first]))
            for byte in utf8[first...] {
                switch byte {
                case UInt8(ascii: "<"): out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
                case UInt8(ascii: ">"): out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
                case UInt8(ascii: "&"): out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
                case UInt8(ascii: "\""): out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
                case 0x0D: out.append(contentsOf: [0x26, 0x23, 0x31, 0x33, 0x3B])  // &#13;
                default: out.append(byte)
                }
            }
            return out.withUnsafeBufferPointer(body)
        }
    }

    /// True when `bytes` need neither cleaning (`XMLText`) nor escaping: no byte below 0x20, no
    /// 0xEF (the lead byte of U+FFFE/U+FFFF), no `<` `>` `&` `"`. One pass, eight bytes at a time.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func has(_ word: UInt64, _ byte: UInt64) -> UInt64 {
            let x = word ^ (ones &* byte)
            return (x &- ones) & ~x & highs
        }
        var i = 0
        while i + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let control = (word &- ones &* 0x20) & ~word & highs
            if control | has(word, 0xEF) | has(word, 0x3C) | has(word, 0x3E) | has(word, 0x26) | has(word, 0x22) != 0 { return false }
            i += 8
        }
        while i < bytes.count {
            switch bytes[i] {
            case 0..<0x20, 0xEF, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""): return false
            default: i += 1
            }
        }
        return true
    }

    /// The offset of the first byte that needs escaping, eight bytes at a time.
    static func firstSpecial(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func has(_ word: UInt64, _ byte: UInt64) -> Bool {
            let x = word ^ (ones &* byte)
            return (x &- ones) & ~x & highs != 0
        }
        var i = 0
        while i + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            if has(word, 0x3C) || has(word, 0x3E) || has(word, 0x26) || has(word, 0x22) || has(word, 0x0D) { break }
            i += 8
        }
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""), 0x0D: return i
            default: i += 1
            }
        }
        return nil
    }
}
