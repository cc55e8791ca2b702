/// The outlet closing a byline after the writer's job ("by Ana Ruiz, Staff Writer, Harbor Today"): no second writer.
extension BylineRule {
    /// True when `part` of `bytes` is the byline's last comma piece and only marks stand between it and the role piece
    /// ending at `roleEnd` (no "and"): the writer's outlet, not a person.
    static func isOutletAfterRole(_ bytes: UnsafeBufferPointer<UInt8>, _ part: Range<Int>, after roleEnd: Int) -> Bool {
        guard roleEnd >= 0, roleEnd <= part.lowerBound else { return false }
        for index in roleEnd..<part.lowerBound where FoldedBytes.fold(bytes[index]) &- UInt8(ascii: "a") < 26 { return false }
        return true
    }

    /// `isOutletAfterRole` on `Substring`s: `part` and the role piece ending at `roleEnd`, both slices of `text`.
    static func isOutletAfterRole(_ text: Substring, _ part: Substring, after roleEnd: String.Index?) -> Bool {
        guard let roleEnd, roleEnd <= part.startIndex else { return false }
        return !text.base[roleEnd..<part.startIndex].contains(where: \.isLetter)
    }
}
