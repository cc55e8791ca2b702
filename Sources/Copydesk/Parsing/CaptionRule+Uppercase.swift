/// The capital test `labelledMatch` makes on a label's first Character, read on the bytes when they decide it.
extension CaptionRule {
    /// `line[index].isUppercase`: a Character that is one ASCII byte (followed by the end or by another ASCII byte,
    /// CR LF aside) is a capital exactly when it is A–Z; any other Character is read as a `Character`.
    static func isUppercaseCharacter(at index: Substring.Index, in line: Substring) -> Bool {
        let offset = line.utf8.distance(from: line.startIndex, to: index)
        let decided: Bool? = line.withUTF8Bytes { bytes in
            guard offset < bytes.count, case let byte = bytes[offset], byte < 0x80 else { return nil }
            if offset + 1 < bytes.count, bytes[offset + 1] >= 0x80 || byte == 0x0D && bytes[offset + 1] == 0x0A { return nil }
            return byte &- UInt8(ascii: "A") < 26
        }
        return decided ?? line[index].isUppercase
    }
}
