/// The "By" byline rule on byte spans: an ASCII line (one byte, one Character) whose names hold no date is read with no
/// `Substring` (the usual byline); a line that may hold a date takes `labelledTail`.
extension BylineRule {
    /// `labelledTail` for the bytes of an ASCII line (no CR or LF) past its opening of `start` bytes, when the rest
    /// holds no date (`DateText.mayHoldDate` false): the match, its names empty when the rule finds none or a name is an
    /// organisation; `nil` when the rest may hold a date (the caller reads it as text).
    static func namesAfterByASCII(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, endsLikeSentence: Bool,
                                  lastByte: UInt8) -> Match? {
        var rest = trim(bytes, min(start, bytes.count)..<bytes.count)
        guard !rest.isEmpty, bytes[rest.lowerBound] &- UInt8(ascii: "A") < 26 else { return Match(names: []) }  // `startsUppercase`
        rest = trim(bytes, rest.lowerBound..<endBeforeBracketedAddress(slice(bytes, rest)) &+ rest.lowerBound)
        guard !DateText.mayHoldDate(slice(bytes, rest)) else { return nil }
        if endsLikeSentence && lastByte != UInt8(ascii: ".") { return Match(names: []) }
        let names = peopleASCII(slice(bytes, rest))
        guard !names.contains(where: { isOrganisation($0.name) }) else { return Match(names: []) }
        return Match(names: names)
    }

    /// `match` past its opening (`start` Characters long) on the line's `text`, read as `Substring`s.
    static func labelledTail(_ text: Substring, start: Int, endsLikeSentence: Bool, lastByte: UInt8) -> Match? {
        var rest = text.dropFirst(start).trimmedSpace
        guard rest.startsUppercase else { return nil }
        var date: DateRule.Match?
        var section: String?
        if let found = DateText.find(in: rest), rest.distance(from: rest.startIndex, to: found.range.lowerBound) > 2 {
            date = DateRule.Match(published: DateStamp(text: String(found.text), iso: found.iso))
            let after = rest[found.range.upperBound...].trimmedSpace
            // a section, never an update's time ("… Nov. 20, 2019 Updated: 5 PM")
            if !after.isEmpty && after.wordCount <= 4 && after.startsUppercase && !after.hasDigit { section = String(after) }
            rest = rest[..<found.range.lowerBound].trimmedSpace
            while let last = rest.last, last == "-" || last == "–" || last == "—" || last == "," || last == "|" || last == "·" || last == "•" {
                rest = rest.dropLast().trimmedSpace
            }
            for joint in [" on", " at", " On"] where rest.fastHasSuffix(joint) { rest = rest.dropLast(joint.count).trimmedSpace }
        } else if endsLikeSentence && lastByte != UInt8(ascii: ".") {
            return nil
        }
        rest = rest.withUTF8Bytes { rest[..<rest.utf8.index(rest.startIndex, offsetBy: endBeforeBracketedAddress($0))] }.trimmedSpace
        let names = people(in: rest)
        guard !names.isEmpty, !names.contains(where: { isOrganisation($0.name) }) else { return nil }
        return Match(names: names, date: date, section: section)
    }
}
