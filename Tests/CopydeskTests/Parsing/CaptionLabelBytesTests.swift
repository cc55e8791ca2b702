@testable import Copydesk
import Testing

/// `CaptionRule.labelledMatchASCII` (a labelled credit read on byte spans) against `labelledMatch` on the same label.
@Suite("Caption labels on bytes")
struct CaptionLabelBytesTests {
    static let pieces = ["Photo:", "PHOTO:", "Image:", "image:", "Picture:", "Pictures:", "Photos:", "Credit:", "File:", "Video:",
                         "Shutterstock", "Getty Images", "AP", "Jane Roe", "via", "of", "the", "Reuters/Pool", "A man walks.",
                         "commuters wait", "(File)", "2019", "\"Quoted\"", "end.", "Why?", "'x'", "Mr.", "]", ")", "  ", "\t", "."]

    @Test("labelledMatchASCII equals labelledMatch at every label on random ASCII lines")
    func labelBytesEqualText() {
        var mix = SeededMix(state: 0xCA_B7_10)
        var found = 0
        for round in 0..<8000 {
            let text = mix.text(Self.pieces, upTo: 10, separator: mix.next(4) == 0 ? "" : " ")
            let line = Substring(text)
            let bytes = Array(text.utf8)
            for label in CaptionRule.labels where label.utf8.allSatisfy({ $0 < 0x80 }) {
                let pattern = Array(label.utf8)
                guard bytes.count >= pattern.count else { continue }
                for offset in 0...(bytes.count - pattern.count) {
                    let at = bytes.withUnsafeBufferPointer { hay in pattern.withUnsafeBufferPointer { FoldedBytes.equal(hay, at: offset, $0) } }
                    guard at else { continue }
                    let fast = bytes.withUnsafeBufferPointer {
                        CaptionRule.labelledMatchASCII($0, label: label, labelStart: offset, creditStart: offset + pattern.count)
                    }
                    let start = line.utf8.index(line.startIndex, offsetBy: offset)
                    let plain = CaptionRule.labelledMatch(line, label: label, labelStart: start,
                                                          creditStart: line.utf8.index(start, offsetBy: pattern.count))
                    #expect(fast == plain, "round \(round): \(text.debugDescription) at \(offset) \(label)")
                    if fast != nil { found += 1 }
                }
            }
        }
        #expect(found > 300)  // credits and captions are found, not only rejected
    }
}
