/// A short series label stacked over the headline, and a bare name and its job title under the date.
extension HeaderReader {
    /// True when candidate `position` (a line of `candidates`, line indices in order) is a kicker: at most three words,
    /// no sentence, and right above two title-like lines of five words or more (the headline and its standfirst, neither
    /// ending with a full stop). A short headline over a standfirst has one such line under it, not two.
    func isKicker(_ candidates: UnsafeBufferPointer<Int32>, at position: Int) -> Bool {
        guard position + 2 < candidates.count else { return false }
        let base = lines.baseAddress!
        let kicker = base + Int(candidates[position])
        guard kicker.pointee.words <= 3, !kicker.pointee.endsLikeSentence else { return false }
        for next in (position + 1)...(position + 2) {
            let line = base + Int(candidates[next])
            guard line.pointee.words >= 5, line.pointee.lastByte != UInt8(ascii: ".") else { return false }
        }
        return true
    }

    /// True for a label its punctuation marks as a kicker, not a section: one to six words closed by a dash
    /// ("DRY SPELL —") or in capitals wrapped in quotation marks ("'HE WAS OUR WORLD'"; a quoted headline has lower case).
    static func isMarkedKicker(_ line: borrowing TextLine, _ page: LinePage) -> Bool {
        guard (1...6).contains(line.words) else { return false }
        let bytes = page.bytes(line)
        guard bytes.count >= 3 else { return false }
        let last = bytes[bytes.count - 1]
        if last == UInt8(ascii: "-") { return bytes[bytes.count - 2] == UInt8(ascii: " ") }
        if bytes.count >= 4, bytes[bytes.count - 3] == 0xE2, bytes[bytes.count - 2] == 0x80, last == 0x94 || last == 0x93 {
            return true  // "—", "–"
        }
        return opensQuote(bytes) && closesQuote(bytes) && !bytes.contains(where: { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
    }

    /// True when `bytes` open with ', ", ‘ or “.
    private static func opensQuote(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = bytes[0]
        if first == UInt8(ascii: "'") || first == UInt8(ascii: "\"") { return true }
        return first == 0xE2 && bytes[1] == 0x80 && (bytes[2] == 0x98 || bytes[2] == 0x9C)
    }

    /// True when `bytes` close with ', ", ’ or ”.
    private static func closesQuote(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count, last = bytes[n - 1]
        if last == UInt8(ascii: "'") || last == UInt8(ascii: "\"") { return true }
        return n >= 6 && bytes[n - 3] == 0xE2 && bytes[n - 2] == 0x80 && (last == 0x99 || last == 0x9D)
    }

    /// A bare name a line or two under the last date `clusterEnd` and above `end` ("Heard on Morning Edition", then
    /// "Greta Holm"), or `nil`.
    func bareName(under clusterEnd: Int, upTo end: Int, _ page: LinePage) -> Int? {
        for index in (clusterEnd + 1)..<min(end, clusterEnd + 4) where kinds[index] == .text || kinds[index] == .navigation {
            let line = lines.baseAddress! + index
            if (2...4).contains(line.pointee.words), !line.pointee.endsLikeSentence, BylineRule.looksLikeName(page.text(line.pointee)),
               !BylineRule.isRole(page.text(line.pointee)), !BylineRule.isButtonLabel(page.text(line.pointee)) {
                return index
            }
        }
        return nil
    }

    /// The line under the name line `name` when it is a job title of two to six words ("Cost of living correspondent")
    /// and still above `end`, or `nil`.
    func roleLine(under name: Int, upTo end: Int, _ page: LinePage) -> Int? {
        let below = name + 1
        guard below < end, kinds[below] == .text, (2...6).contains(lines[below].words), !lines[below].endsLikeSentence,
              BylineRule.isRole(page.text(lines[below])) else { return nil }
        return below
    }

    /// The first candidate at or after `from` of four words or more written in title case (`isTitleCase`), or `nil`.
    static func firstTitleCase(_ candidates: UnsafeBufferPointer<Int32>, from: Int, _ lines: UnsafeBufferPointer<TextLine>,
                               _ page: LinePage) -> Int? {
        (from..<candidates.count).first { lines[Int(candidates[$0])].words >= 4 && isTitleCase(page.text(lines[Int(candidates[$0])])) }
    }

    /// True when at least four words of `text` open with a letter and three in five of them with a capital.
    static func isTitleCase(_ text: Substring) -> Bool {
        let words = text.spaceWords.filter { $0.first?.isLetter == true }
        return words.count >= 4 && words.filter({ $0.first?.isUppercase == true }).count * 5 >= words.count * 3
    }
}

