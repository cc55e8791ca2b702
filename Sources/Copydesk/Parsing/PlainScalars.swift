/// A few common non-ASCII marks — no-break space, en and em dash, curly quotes, ellipsis — that stand as
/// Characters of their own: none of them is a letter, a digit, a combining or joining mark or a prepended
/// mark, so next to ASCII bytes or each other every scalar is one Character. Text made only of ASCII (no CR)
/// and these is "plain": Characters are its scalars, and rules may read it on its bytes.
enum PlainScalars {
    /// The byte length of the listed mark starting at `index`, or 0 when none does.
    @inline(__always)
    static func length(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead == 0xC2 { return index + 1 < bytes.count && bytes[index + 1] == 0xA0 ? 2 : 0 }
        guard lead == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return 0 }
        switch bytes[index + 2] {
        case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6: return 3
        default: return 0
        }
    }

    /// True when `bytes` hold only ASCII other than CR, and listed marks.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        // eight bytes at a time while they are ASCII without CR; the first other chunk is read byte by byte from its start
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let cr = word ^ 0x0D0D_0D0D_0D0D_0D0D  // a zero byte where a byte is CR
                if (word | ((cr &- 0x0101_0101_0101_0101) & ~cr)) & 0x8080_8080_8080_8080 != 0 { break }
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x0D { return false }
                index += 1
                continue
            }
            let step = length(bytes, at: index)
            if step == 0 { return false }
            index += step
        }
        return true
    }

    /// True when the listed mark at `index` (of `length` bytes) is a no-break space.
    @inline(__always)
    static func isNoBreakSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] == 0xC2
    }
}
