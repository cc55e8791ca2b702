/// The classifier's opening-byte gates.
extension LineClassifier {
    /// The opening bytes (capitals folded) some rules need, as comparisons with no table to load:
    /// `ClassifierGateTests` checks them against the tables they stand for.
    enum Gates {
        /// A first byte of `relatedPrefixes`.
        @inline(__always) static func related(_ b: UInt8) -> Bool {
            b == UInt8(ascii: "r") || b == UInt8(ascii: "s") || b == UInt8(ascii: "m") || b == UInt8(ascii: "a") || b == UInt8(ascii: "d")
        }
        /// A first byte of the print-edition notes' openings ("this article appeared in", "appeared in the", "published in").
        @inline(__always) static func printEdition(_ b: UInt8) -> Bool {
            b == UInt8(ascii: "t") || b == UInt8(ascii: "a") || b == UInt8(ascii: "p")
        }
        /// A first byte of the openings `BylineRule.creditLine` accepts.
        @inline(__always) static func creditLine(_ b: UInt8) -> Bool {
            b == UInt8(ascii: "r") || b == UInt8(ascii: "w") || b == UInt8(ascii: "c")
        }
        /// False for a one-word line (no space byte) not opening with "b": every "By" opening but "by:" holds a space, and
        /// "by:" and a glued "ByName" open with "b". The print-edition and credit-line openings hold a space too.
        @inline(__always) static func bylineWords(_ b: UInt8, _ words: Int) -> Bool { words >= 2 || b == UInt8(ascii: "b") }
        /// A first byte of `BylineRule`'s "By" openings (a glued "ByName" opens with "b" too).
        @inline(__always) static func byline(_ b: UInt8) -> Bool {
            b == UInt8(ascii: "b") || b == UInt8(ascii: "w") || b == UInt8(ascii: "s") || b == UInt8(ascii: "t") || b == UInt8(ascii: "p")
                || b == UInt8(ascii: "a") || b == UInt8(ascii: "r")
        }
    }
}
