/// The outlet closing a byline after the writer's job ("by Ana Ruiz, Staff Writer, Harbor Today"), or closing the first
/// writer's part before "and" and the next writer ("…, Senior Writer, Harbor Today and Tom Lee, …"): no writer.
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

    /// True when "and " or "& " (capitals folded) and more text follow `part` of `bytes` past its spaces, before `end`:
    /// an "and" cut closes the part inside its comma piece.
    static func andFollows(_ bytes: UnsafeBufferPointer<UInt8>, _ part: Range<Int>, end: Int) -> Bool {
        var index = part.upperBound
        while index < end, bytes[index] == 0x20 { index &+= 1 }
        let rest = end &- index
        return rest > 4 && FoldedBytes.equal(UnsafeBufferPointer(rebasing: bytes[..<end]), at: index, "and ")
            || rest > 2 && bytes[index] == UInt8(ascii: "&") && bytes[index &+ 1] == 0x20
    }

    /// `andFollows` on `Substring`s: `part`, a slice of the byline's `text`.
    static func andFollows(_ text: Substring, _ part: Substring) -> Bool {
        let rest = text[part.endIndex...].drop(while: { $0 == " " })
        return rest.utf8.count > 4 && rest.lowercased().hasPrefix("and ") || rest.utf8.count > 2 && rest.hasPrefix("& ")
    }
}
