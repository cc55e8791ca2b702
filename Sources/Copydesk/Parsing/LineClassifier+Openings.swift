/// The first tests of some rules, answered by the classifier on the line's bytes read at its offsets
/// (`TextLine.withLineBytes`): a rule whose own first test fails is not called, and the line's `Substring` is not
/// decoded for it. Each is exactly the test its rule starts with (capitals folded, as on the lowered line).
extension LineClassifier {
    /// The opening tests, one per rule.
    enum Openings {
        /// `PrintEditionRule.match`'s first test: the line opens with "this article appeared in".
        @inline(__always)
        static func printEdition(_ line: inout TextLine) -> Bool {
            line.withLineBytes { FoldedBytes.equal($0, at: 0, "this article appeared in") }
        }

        /// `CaptionRule.match`'s openings: "©" or "image c".
        @inline(__always)
        static func copyrightCaption(_ line: inout TextLine) -> Bool {
            line.withLineBytes { FoldedBytes.equal($0, at: 0, "©") || FoldedBytes.equal($0, at: 0, "image c") }
        }

        /// `isBreadcrumb`'s first test: "home " or "home>".
        @inline(__always)
        static func breadcrumb(_ line: inout TextLine) -> Bool {
            line.withLineBytes { FoldedBytes.equal($0, at: 0, "home ") || FoldedBytes.equal($0, at: 0, "home>") }
        }

        /// `BylineRule.creditLine`'s openings: "reporting by", "writing by" or "compiled by".
        @inline(__always)
        static func creditLine(_ line: inout TextLine) -> Bool {
            line.withLineBytes {
                FoldedBytes.equal($0, at: 0, "reporting by") || FoldedBytes.equal($0, at: 0, "writing by") || FoldedBytes.equal($0, at: 0, "compiled by")
            }
        }

        /// The "By …" attribution's opening: "by ".
        @inline(__always)
        static func by(_ line: inout TextLine) -> Bool {
            line.withLineBytes { FoldedBytes.equal($0, at: 0, "by ") }
        }
    }
}
