/// The last rules of `KnownPhrases.reason(for:)`: openings and endings tested on the line's bytes, read once.
extension KnownPhrases {
    /// The rules of `reason(for:)` after its table look-ups found nothing (a line of at most 20 words, no quote mark).
    /// The line is read in place (never written), its bytes once for all the prefix and suffix tests (capitals folded,
    /// as on the lowered line).
    static func tail(_ line: inout TextLine, _ page: LinePage) -> DiscardReason? {
        let words = line.words
        if line.hasURL && words <= 20 { return .promo }
        let first = line.firstLowerByte, last = line.lastByte | 0x20  // each prefix below starts with the letter tested before it
        let bytes = page.bytes(line)
        /// `text.hasFoldedPrefix(pattern)` and `text.hasFoldedSuffix(pattern)` on the bytes.
        @inline(__always) func opens(_ pattern: StaticString) -> Bool { FoldedBytes.equal(bytes, at: 0, pattern) }
        @inline(__always) func ends(_ pattern: StaticString) -> Bool {
            FoldedBytes.equal(bytes, at: bytes.count &- pattern.utf8CodeUnitCount, pattern)
        }
        if first == UInt8(ascii: "f"), words <= 15, opens("follow "), !opens("follow the latest"), !opens("follow live"),
           !opens("follow our live") { return .share }
        // (twenty-first pass) "Like Business on Facebook, follow @TribuneBiz …", a longer follow line, an update note
        if first == UInt8(ascii: "f") || first == UInt8(ascii: "l"), isSocialFollow(bytes) { return .share }
        if first == UInt8(ascii: "u"), line.hasDigit, isUpdateNote(bytes) { return .label }
        if first == UInt8(ascii: "s") {
            if words <= 8, opens("share ") { return .share }
            if words <= 3, opens("search ") { return .navigation }
        }
        // "…read", "…comments", "…shares": each suffix opens with a space, so a one-word (trimmed) line ends with none
        if words >= 2, words <= 4, last == UInt8(ascii: "d") || last == UInt8(ascii: "s"),
           ends(" min read") || ends(" minute read") || ends(" comments") || ends(" shares") { return ends("read") ? .promo : .share }
        if words >= 2, words <= 5, last == UInt8(ascii: "r"), ends(" avatar") { return .mediaLabel }  // "Ellie Marchetti avatar"
        // (twenty-second pass) a list header ending with ":" ("More College Basketball:")
        if first == UInt8(ascii: "m"), words <= 5, opens("more from ") || opens("more in ") || opens("more on ")
            || last == UInt8(ascii: ":") && opens("more ") { return .list }
        if first == UInt8(ascii: "l"), words <= 20, opens("listen to "), FoldedBytes.contains(bytes, " live") { return .promo }
        if first == UInt8(ascii: "w"), words <= 8, opens("watch "), ends(" live") { return .promo }  // "Watch FOX 5 DC Live"
        // (round 11) a video prompt ("Watch the latest edition of BizTech below:"), an audio widget ("Listen on Morning Report")
        if first == UInt8(ascii: "w"), words <= 12, opens("watch "), ends(" below:") || ends(" below") { return .promo }
        if first == UInt8(ascii: "l"), words <= 6, !line.endsLikeSentence, opens("listen on ") { return .promo }
        // (round 13) an ad slot's label naming its network: "Ads by Google", "Ads by The Star"
        if first == UInt8(ascii: "a"), words >= 3, words <= 6, opens("ads by ") { return .advertisement }
        if words <= 4, line.hasDigit, first == UInt8(ascii: "a") || first == UInt8(ascii: "t") { return numberedLabel(bytes) }
        return nil
    }

    /// True for an audio player's title, quote marks and all: a line of at most twenty words opening with "Listen to "
    /// and ending with ":" ("Listen to “It's All Good: A Block Club Chicago Podcast”:"); gated on its first and last byte.
    @inline(__always)
    static func isListenTitle(_ line: TextLine, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        line.firstLowerByte == UInt8(ascii: "l") && line.lastByte == UInt8(ascii: ":") && line.words <= 20
            && FoldedBytes.equal(bytes, at: 0, "listen to ")
    }

    /// The reason for a numbered label of at most four words: an advertisement slot's ("Advertisement 2") or a reading
    /// time's ("Time to 4 min.", "Time to read 5 min").
    static func numberedLabel(_ bytes: UnsafeBufferPointer<UInt8>) -> DiscardReason? {
        if FoldedBytes.equal(bytes, at: 0, "advertisement "), bytes.count <= 17,
           bytes[14...].allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }) { return .advertisement }
        guard FoldedBytes.equal(bytes, at: 0, "time to ") else { return nil }
        let count = bytes.count
        return FoldedBytes.equal(bytes, at: count &- 5, " min.") || FoldedBytes.equal(bytes, at: count &- 4, " min") ? .promo : nil
    }
}
