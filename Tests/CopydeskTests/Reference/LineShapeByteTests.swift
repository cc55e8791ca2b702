@testable import Copydesk
import Testing

/// The byte versions of two line shapes against their plain forms (the reference copies).
@Suite("Line shapes on bytes against the plain rules")
struct LineShapeByteTests {
    static let crafted = [
        "11.42 GMT", "9:05am", "9:05 am", "Updated at 11.05 GMT", "UPDATED AT 11.05 gmt", "updated at updated 5:00 pm",
        "Updated \u{301}5:00", "updated at \u{301}updated 5:00", "Posted at 9:05 a.m.", "Posted at 9:05 a.m. EST", "9:05 pm est x",
        "123:45", "1:5", "1:555", "12.30", "12.30  pm", "12.30 pm ", " 12.30", "9:05\u{A0}am", "9:05 ám", "9:05 AM\u{301}", "Updated",
        "1 / 8", "4553", "1,200.5", "1\u{A0}/ 8", "١٢٣", "12a", "a12", "1\r2", "\u{0600}1", "1\u{301}", "1 \u{301}", "“12”", "-12",
        "½", "12 ½", "", "/", " ", "2019Updated: 5:00", "1\u{0600}a", "1é", "é1",
    ]

    @Test("time stamps and number runs on bytes answer as the plain rules")
    func shapes() {
        var texts = Self.crafted
        texts += ClassifierOracleLines.corpus.map { String($0.text) }
        texts += ClassifierOracleLines.random(count: 6000, seed: 31)
        var stamps = 0, runs = 0
        for text in texts {
            let line = TestLine(number: 1, text: text[...])
            let stamp = LineClassifier.isTimeStamp(line), run = LineClassifier.isNumberRun(text[...])
            #expect(stamp == RefLineClassifier.isTimeStamp(line), "\(text)")
            #expect(run == RefLineClassifier.isNumberRun(text[...]), "\(text)")
            if stamp { stamps += 1 }
            if run { runs += 1 }
        }
        #expect(stamps >= 8 && runs >= 8, "stamps \(stamps), runs \(runs)")
    }
}
