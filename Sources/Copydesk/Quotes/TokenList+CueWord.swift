/// The text of a cue verb, with the most common reporting verbs given as literals.
extension TokenList {
    /// `text(i)`: a word whose bytes spell one of the commonest reporting verbs exactly (as
    /// lower-case ASCII) is returned as that literal, with no String built from its bytes.
    func cueWord(_ i: Int) -> String {
        let t = items[i]
        let n = t.stemEnd &- t.start
        if n >= 3, n <= 8, let literal = Self.commonCue(Self.packed(bytes, t.start, n)) { return literal }
        return text(i)
    }

    /// The `n` bytes at `start` (at most eight) in a word, the first in the lowest byte.
    @inline(__always)
    static func packed(_ bytes: [UInt8], _ start: Int, _ n: Int) -> UInt64 {
        bytes.withUnsafeBufferPointer { b in
            var w: UInt64 = 0
            for k in 0..<n { w |= UInt64(b[start &+ k]) &<< (8 &* UInt64(k)) }
            return w
        }
    }

    /// The literal whose bytes, packed as by `packed`, are `w` (nil for every other word).
    static func commonCue(_ w: UInt64) -> String? {
        switch w {
        case 0x6469_6173: return "said"
        case 0x7379_6173: return "says"
        case 0x79_6173: return "say"
        case 0x646C_6F74: return "told"
        case 0x73_6C6C_6574: return "tells"
        case 0x64_6564_6461: return "added"
        case 0x7364_6461: return "adds"
        case 0x65_746F_7277: return "wrote"
        case 0x7365_7469_7277: return "writes"
        case 0x64_656B_7361: return "asked"
        case 0x64_6574_6F6E: return "noted"
        case 0x6465_6E72_6177: return "warned"
        case 0x6465_7473_6973_6E69: return "insisted"
        case 0x6465_7461_7473: return "stated"
        case 0x64_6574_6565_7774: return "tweeted"
        case 0x6465_7567_7261: return "argued"
        case 0x64_656D_6961_6C63: return "claimed"
        case 0x64_6569_6C70_6572: return "replied"
        case 0x6465_6C6C_6163_6572: return "recalled"
        default: return nil
        }
    }

    /// Every literal `commonCue` can return (for tests).
    static let commonCues = ["said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "asked", "noted",
                             "warned", "insisted", "stated", "tweeted", "argued", "claimed", "replied", "recalled"]
}
