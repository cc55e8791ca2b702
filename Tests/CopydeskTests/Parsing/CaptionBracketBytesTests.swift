@testable import Copydesk
import Testing

/// `CaptionRule.parenthesisedCreditASCII` (a bracketed credit read on byte spans) against `plainParenthesisedCredit`.
@Suite("Caption brackets on bytes")
struct CaptionBracketBytesTests {
    static let pieces = ["(", ")", "[", "]", "(AP Photo/Alan Diaz, File)", "[File: Reuters]", "(Image: X)", "(Yonhap)", "(Reuters)",
                         "Photo by ", "Photograph by ", "Courtesy of ", "Photo courtesy of ", "Picture by ", "Image by ", "via", "AP",
                         "Getty Images", "Shutterstock", "photo", "Photo/", "Jane Roe", "The Union", "A man walks home.", "wait",
                         "credit:", "Photo:", "/", ",", ".", "  ", "\t", "2019", "EPA", "AFP", "pictures", "NASA/ESA", "Courtesy"]

    @Test("parenthesisedCredit on bytes equals the plain rule on random ASCII lines")
    func bracketBytesEqualText() {
        var mix = SeededMix(state: 0xB2AC_4E7)
        var found = 0
        for round in 0..<30000 {
            var text = mix.text(Self.pieces, upTo: 9, separator: mix.next(3) == 0 ? "" : " ")
            text += mix.next(2) == 0 ? ")" : "]"
            let line = Substring(text)
            let fast = CaptionRule.parenthesisedCredit(line)
            #expect(fast == CaptionRule.plainParenthesisedCredit(line), "round \(round): \(text.debugDescription)")
            if fast != nil { found += 1 }
        }
        #expect(found > 1000)  // credits are found, not only rejected
        #expect(CaptionRule.parenthesisedCredit("A man walks home. (AP Photo/Alan Diaz, File)")
            == .captioned(text: "A man walks home.", credit: "AP Photo/Alan Diaz, File"))
    }
}
