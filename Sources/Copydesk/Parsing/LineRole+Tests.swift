/// Case tests on a role that read its tag in place: `role == .text` builds and compares two enum values
/// (copying the payload of a caption or byline), these look at the case alone.
extension LineRole {
    /// `self == .text`.
    @inline(__always) var isText: Bool {
        if case .text = self { return true }
        return false
    }

    /// `self == .duplicate`.
    @inline(__always) var isDuplicate: Bool {
        if case .duplicate = self { return true }
        return false
    }

    /// `self == .embed`.
    @inline(__always) var isEmbed: Bool {
        if case .embed = self { return true }
        return false
    }

    /// `self == .furniture(reason)`.
    @inline(__always) func isFurniture(_ reason: DiscardReason) -> Bool {
        if case .furniture(let own) = self { return own == reason }
        return false
    }

    /// True for `.date`.
    @inline(__always) var isDate: Bool {
        if case .date = self { return true }
        return false
    }
}

/// A one-symbol line compared by its bytes: the symbols here have no other canonically equal spelling, so
/// byte equality is `Substring ==`.
enum SymbolLine {
    /// `isPathSeparator(page.text(line), bar:)` for a line of `page` read in place: every separator ends with "/", ">", "|" or the
    /// last byte of "»" (BB) or "›" (BA), so other lines are answered from their last byte, with no copy of the text.
    @inline(__always)
    static func isPathSeparator(_ line: UnsafePointer<TextLine>, _ page: LinePage, bar: Bool) -> Bool {
        let last = line.pointee.lastByte
        guard last == UInt8(ascii: "/") || last == UInt8(ascii: ">") || last == UInt8(ascii: "|") || last == 0xBB || last == 0xBA else {
            return false
        }
        return isPathSeparator(page.text(line.pointee), bar: bar)
    }

    /// True when `text` is one of "/", ">", "›", "»" and, with `bar`, "|".
    static func isPathSeparator(_ text: Substring, bar: Bool) -> Bool {
        let utf8 = text.utf8
        switch utf8.count {
        case 1:
            let byte = utf8.first!
            return byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") || bar && byte == UInt8(ascii: "|")
        case 2:
            return utf8.first! == 0xC2 && utf8.last! == 0xBB  // »
        case 3:
            var iterator = utf8.makeIterator()
            return iterator.next() == 0xE2 && iterator.next() == 0x80 && iterator.next() == 0xBA  // ›
        default:
            return false
        }
    }
}
