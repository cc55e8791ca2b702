/// `split(separator: ",")` and ASCII Character searches read from UTF-8 bytes: the generic versions walk
/// Characters, which costs far more than the short lines they read.
extension Substring {
    /// The non-empty pieces between commas, exactly as `split(separator: ",")` returns them.
    /// A comma with an ASCII byte (or the line's edge) on both sides is a Character of its own; when a
    /// comma touches a non-ASCII byte (it may join a grapheme cluster) the Character split decides.
    func commaPieces() -> [Substring] { pieces(separatedBy: UInt8(ascii: ",")) }

    /// `split(separator:)` for the ASCII Character `separator`, cut on the bytes as `commaPieces` cuts.
    func pieces(separatedBy separator: UInt8) -> [Substring] {
        let cuts: [Int]? = withUTF8Bytes { bytes in
            var cuts: [Int] = []
            for index in 0..<bytes.count where bytes[index] == separator {
                if index > 0 && bytes[index - 1] >= 0x80 || index + 1 < bytes.count && bytes[index + 1] >= 0x80 { return nil }
                cuts.append(index)
            }
            return cuts
        }
        guard let cuts else { return split(separator: Character(Unicode.Scalar(separator))) }
        if cuts.isEmpty { return isEmpty ? [] : [self] }
        let utf8 = self.utf8
        var pieces: [Substring] = []
        pieces.reserveCapacity(cuts.count + 1)
        var start = 0
        for cut in cuts + [utf8.count] {
            if cut > start {
                let lower = utf8.index(utf8.startIndex, offsetBy: start)
                pieces.append(self[lower..<utf8.index(lower, offsetBy: cut - start)])
            }
            start = cut + 1
        }
        return pieces
    }

    /// `lastIndex(of:)` for an ASCII Character, found on the bytes: the last such byte with ASCII
    /// neighbours is that Character; next to a non-ASCII byte the Characters are searched instead.
    func lastIndex(ofASCII byte: UInt8) -> Index? {
        let found: Int?? = withUTF8Bytes { bytes in
            guard let position = bytes.lastIndex(of: byte) else { return .some(nil) }  // no byte, no Character
            let clean = (position == 0 || bytes[position - 1] < 0x80) && (position + 1 == bytes.count || bytes[position + 1] < 0x80)
            return clean ? .some(position) : .none  // not a bare `nil`: it read as `.some(nil)`, "no such Character"
        }
        guard let found else { return lastIndex(of: Character(Unicode.Scalar(byte))) }
        return found.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }

    /// `firstIndex(of:)` for an ASCII Character, found on the bytes as `lastIndex(ofASCII:)` does: the first such
    /// byte with ASCII neighbours is that Character (no earlier byte is); next to a non-ASCII byte the Characters are searched.
    func firstIndex(ofASCII byte: UInt8) -> Index? {
        let found: Int?? = withUTF8Bytes { bytes in
            guard let position = bytes.firstIndex(of: byte) else { return .some(nil) }  // no byte, no Character
            let clean = (position == 0 || bytes[position - 1] < 0x80) && (position + 1 == bytes.count || bytes[position + 1] < 0x80)
            return clean ? .some(position) : .none
        }
        guard let found else { return firstIndex(of: Character(Unicode.Scalar(byte))) }
        return found.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }
}
