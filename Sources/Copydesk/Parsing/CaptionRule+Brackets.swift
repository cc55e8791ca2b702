/// Byte tests that let the bracketed and named-source credit paths skip text they cannot read as a credit,
/// before any lowered copy, word list or set lookup is built.
extension CaptionRule {
    /// `labels` as a table of openings (capitals folded), in their order.
    static let labelOpenings = PrefixTable(labels)

    /// The Character count of each of `labels`, counted once.
    static let labelCounts = labels.map { $0.count }

    /// Where `parenthesisedCredit` finds the bracket on the bytes: the opening bracket's index and the content between
    /// the brackets; `.some(nil)` when the line ends with no bracket or holds no opening one. When the byte before the
    /// closing bracket and both neighbours of the opening one are ASCII, each bracket is a Character of its own and the
    /// byte offsets are the Character reading's; otherwise `nil`, for that reading.
    static func bracketOnBytes(_ line: Substring) -> (open: Substring.Index, content: Substring)?? {
        let offsets: Int?? = line.withUTF8Bytes { bytes in
            let count = bytes.count
            guard count >= 2, bytes[count - 2] < 0x80 else { return nil }
            let close = bytes[count - 1]
            guard close == UInt8(ascii: ")") || close == UInt8(ascii: "]") else { return .some(nil) }
            guard let open = bytes.lastIndex(of: close == UInt8(ascii: ")") ? UInt8(ascii: "(") : UInt8(ascii: "[")) else { return .some(nil) }
            return (open == 0 || bytes[open - 1] < 0x80) && bytes[open + 1] < 0x80 ? .some(open) : .none  // not a bare `nil`: it read as `.some(nil)`
        }
        guard let offsets else { return nil }
        guard let open = offsets else { return .some(nil) }
        let utf8 = line.utf8
        let openIndex = utf8.index(utf8.startIndex, offsetBy: open)
        return (openIndex, line[utf8.index(after: openIndex)..<utf8.index(before: utf8.endIndex)])
    }

    /// True when `bytes` end with the bytes of one of `namedSources` (what `fastHasSuffix` tests): the text's last
    /// eight bytes (fewer on a shorter text) are compared with each source's in one masked word compare, and only
    /// a source longer than eight bytes whose last eight match is compared further.
    static func endsWithNamedSource(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard count >= 3, mayEndNamedSource(bytes[count - 1]) else { return false }
        let end = SuffixWords.lastEight(bytes)
        // the last three bytes sit in the word's high bytes: most lines end with none of the sources' last three
        return mayEndNamedSource(tail: UInt32(truncatingIfNeeded: end >> 40)) && namedSourceSuffixes.anyEnds(bytes, lastEight: end)
    }

    /// `namedSources` as suffix words, built once.
    private static let namedSourceSuffixes = SuffixWords(namedSources)

    /// False only when `parenthesisedCredit` returns `nil` for the bracket content `inside`: an ASCII content
    /// (lowered by folding A–Z) needs a label opening, "via ", a "photo" opening, a "/", a single word (a lone
    /// agency) or a named source at its end. Other content is always read in full.
    static func bracketMayHoldCredit(_ inside: Substring) -> Bool {
        inside.withUTF8Bytes { bytes in bytes.allSatisfy({ $0 < 0x80 }) ? bracketMayHoldCredit(bytes) : true }
    }

    /// `bracketMayHoldCredit` for ASCII content `bytes`.
    static func bracketMayHoldCredit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        labelOpenings.firstMatch(foldingBytes: bytes) != nil || bytes.contains(UInt8(ascii: "/"))
            || FoldedBytes.contains(bytes, "via ") || FoldedBytes.equal(bytes, at: 0, "photo") || opensWithPictureBy(bytes) || ByteSearch.wordCount(bytes) <= 1
            || endsWithNamedSource(bytes) || isOutletCredit(bytes)
    }

    /// `pictureSources` as a table looked up by bytes with A–Z folded.
    static let pictureSourceTable = FoldedKeyTable(pictureSources.sorted().map { ($0, true) })

    /// The unlabelled-credit tests of `parenthesisedCredit` for ASCII bracket content `inside` (where lowering is
    /// folding A–Z and every Character is one byte), on its bytes; `before` is the line before the bracket.
    static func asciiBracketMayCredit(_ inside: Substring, before: Substring) -> Bool {
        inside.withUTF8Bytes { bytes in
            asciiBracketMayCredit(bytes) { before.trimmedSpace.fastHasSuffix(".") && before.wordCount >= 6 }
        }
    }

    /// `asciiBracketMayCredit` on the bytes of the content and of the ASCII line before the bracket.
    static func asciiBracketMayCredit(_ bytes: UnsafeBufferPointer<UInt8>, before: UnsafeBufferPointer<UInt8>) -> Bool {
        asciiBracketMayCredit(bytes) { endsWithFullStop(before) && ByteSearch.wordCount(before) >= 6 }
    }

    /// `asciiBracketMayCredit` on the content's bytes; `closesSentence` tells whether the line before the bracket ends
    /// with a full stop and holds six words or more (asked only for a lone picture source or an outlet credit).
    @inline(__always)
    private static func asciiBracketMayCredit(_ bytes: UnsafeBufferPointer<UInt8>, closesSentence: () -> Bool) -> Bool {
        if isOutletCredit(bytes), closesSentence() { return true }  // "(ABC News: Jo Roe)", "(Jo Roe for The Post)"
        let words = ByteSearch.wordCount(bytes)
        let soleAgency = words == 1 && pictureSourceTable.value(foldingBytes: bytes) != nil && closesSentence()
        let namedSource = soleAgency || words <= 5 && endsWithNamedSource(bytes)
        let pictureBy = opensWithPictureBy(bytes)  // "(Picture by Jo Roe)"
        guard FoldedBytes.contains(bytes, "via ") || FoldedBytes.equal(bytes, at: 0, "photo") || pictureBy || namedSource
            || bytes.contains(UInt8(ascii: "/")) else { return false }
        let agencyMention = mentionsPictureSource(bytes) || FoldedBytes.contains(bytes, " photo/") || FoldedBytes.equal(bytes, at: 0, "photo/")
        return (agencyMention || namedSource || pictureBy || FoldedBytes.contains(bytes, "photo")) && words &- fileNoteWords(bytes) <= 8
    }

    /// `before.trimmedSpace.fastHasSuffix(".")` for ASCII `before`: its last byte that is no ASCII space is ".".
    private static func endsWithFullStop(_ before: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = before.count
        while end > 0, ByteSearch.isASCIISpace(before[end &- 1]) { end &-= 1 }
        return end > 0 && before[end &- 1] == UInt8(ascii: ".")
    }

    /// True when a space-separated word of ASCII `bytes`, without its "," and "/" bytes and A–Z folded, is one of
    /// `pictureSources` (the word list `parenthesisedCredit` tests, read in place).
    static func mentionsPictureSource(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { word in
            var index = 0
            let total = bytes.count
            while index < total {
                while index < total, ByteSearch.isASCIISpace(bytes[index]) { index += 1 }
                guard index < total else { break }
                var kept = 0, fits = true
                while index < total, !ByteSearch.isASCIISpace(bytes[index]) {
                    let byte = bytes[index]
                    index += 1
                    guard byte != UInt8(ascii: ","), byte != UInt8(ascii: "/") else { continue }
                    if kept < word.count { word[kept] = byte; kept += 1 } else { fits = false }
                }
                // no source is longer than the buffer: a longer word names none
                if fits, pictureSourceTable.value(foldingBytes: UnsafeBufferPointer(rebasing: word[0..<kept])) != nil { return true }
            }
            return false
        }
    }
}
