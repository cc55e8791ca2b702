/// The first tests of some rules, answered by the classifier on the line's bytes read at its offsets
/// (`LinePage.bytes`): a rule whose own first test fails is not called, and the line's `Substring` is not
/// decoded for it. Each is exactly the test its rule starts with (capitals folded, as on the lowered line).
extension LineClassifier {
    /// The opening tests, one per rule.
    enum Openings {
        /// `PrintEditionRule.match`'s first test: the line opens with "this article appeared in".
        @inline(__always)
        static func printEdition(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            FoldedBytes.equal(bytes, at: 0, "this article appeared in")
        }

        /// `CaptionRule.match`'s openings: "©" or "image c".
        @inline(__always)
        static func copyrightCaption(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            FoldedBytes.equal(bytes, at: 0, "©") || FoldedBytes.equal(bytes, at: 0, "image c")
        }

        /// `isBreadcrumb`'s first test: "home " or "home>".
        @inline(__always)
        static func breadcrumb(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            FoldedBytes.equal(bytes, at: 0, "home ") || FoldedBytes.equal(bytes, at: 0, "home>")
        }

        /// `BylineRule.creditLine`'s openings: "reporting by", "writing by" or "compiled by".
        @inline(__always)
        static func creditLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            FoldedBytes.equal(bytes, at: 0, "reporting by") || FoldedBytes.equal(bytes, at: 0, "writing by")
                || FoldedBytes.equal(bytes, at: 0, "compiled by")
        }

        /// `BylineRule.match`'s openings by the line's first two bytes (`bylinePair`): most lines opening with the first
        /// letter of a "By" opening ("The", "Share", "Photo") skip the rule's call.
        @inline(__always)
        static func byline(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            bytes.count >= 2 && bylinePair(bytes[0], bytes[1])
        }

        /// True when `first` and `second`, capitals folded, open one of `BylineRule.byPrefixes` ("by", "wr", "wo", "st",
        /// "te", "po", "pu", "au", "re") or a glued "ByName" ("by"), as comparisons with no table to load.
        @inline(__always)
        static func bylinePair(_ first: UInt8, _ second: UInt8) -> Bool {
            switch FoldedBytes.fold(first) {
            case UInt8(ascii: "b"): FoldedBytes.fold(second) == UInt8(ascii: "y")
            case UInt8(ascii: "w"): FoldedBytes.fold(second) == UInt8(ascii: "r") || FoldedBytes.fold(second) == UInt8(ascii: "o")
            case UInt8(ascii: "s"): FoldedBytes.fold(second) == UInt8(ascii: "t")
            case UInt8(ascii: "t"): FoldedBytes.fold(second) == UInt8(ascii: "e")
            case UInt8(ascii: "p"): FoldedBytes.fold(second) == UInt8(ascii: "o") || FoldedBytes.fold(second) == UInt8(ascii: "u")
            case UInt8(ascii: "a"): FoldedBytes.fold(second) == UInt8(ascii: "u")
            case UInt8(ascii: "r"): FoldedBytes.fold(second) == UInt8(ascii: "e")
            default: false
            }
        }

        /// The "By …" attribution's opening: "by ".
        @inline(__always)
        static func by(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            FoldedBytes.equal(bytes, at: 0, "by ")
        }
    }
}
