@testable import Copydesk
import Testing

/// Caption and credit shapes found by probing other publishers (nineteenth pass, captions round 3).
@Suite("Captions and credits, round 3")
struct CaptionRound3Tests {
    @Test("a credit after a dash closing a caption sentence is the caption's credit, its dash dropped")
    func dashCredits() {
        let cases: [(String, LineRole)] = [
            ("Residents make their way through thick smog in Lahore. — AFP/File",
             .caption(.captioned(text: "Residents make their way through thick smog in Lahore.", credit: "AFP/File"))),
            ("Rickshaws ply a road amid heavy smog in Lahore on Tuesday. — White Star",
             .caption(.captioned(text: "Rickshaws ply a road amid heavy smog in Lahore on Tuesday.", credit: "White Star"))),
            ("Crowds gather outside the court in the city on Monday. - AFP",
             .caption(.captioned(text: "Crowds gather outside the court in the city on Monday.", credit: "AFP"))),
            ("Crowds gather outside the court in the city on Monday. – Reuters",
             .caption(.captioned(text: "Crowds gather outside the court in the city on Monday.", credit: "Reuters"))),
        ]
        for (text, role) in cases {
            #expect(LineClassifier.classify(textLine(text)) == role, "\(text)")
            #expect(RefLineClassifier.classify(textLine(text)) == role, "\(text)")
        }
        // a quote, a button, a number or a long tail after the dash is no credit
        for text in ["\"We will win,\" he said on the steps of the court. — White Star", "The court met on Monday to hear the case. — Read More",
                     "The court met on Monday to hear the case. — 12 Comments", "The court met on Monday. — and then it adjourned for the week",
                     "The court met on Monday to hear the case. — ask the clerk"] {
            #expect(CaptionRule.dashCredit(text[...]) == nil, "\(text)")
            #expect(LineClassifier.classify(textLine(text)) == .text, "\(text)")
        }
    }

    @Test("a bracketed 'Name, Outlet' or outlet after a whole caption sentence is its credit")
    func sentenceBrackets() {
        let cases: [(String, CaptionRule.Match?)] = [
            ("Public Enterprises Minister Pravin Gordhan. (Jaco Marais, Netwerk24)",
             .captioned(text: "Public Enterprises Minister Pravin Gordhan.", credit: "Jaco Marais, Netwerk24")),
            ("Eskom's Medupi power station in Limpopo province. (Gallo Images)",
             .captioned(text: "Eskom's Medupi power station in Limpopo province.", credit: "Gallo Images")),
            ("The minister spoke to reporters on Monday. (Read More)", nil),
            ("The minister spoke to reporters on Monday. (Updated 2019)", nil),
            ("The minister spoke to reporters about the plan (Gallo Images)", nil),
        ]
        for (text, match) in cases {
            #expect(CaptionRule.match(textLine(text)) == match, "\(text)")
            let line = textLine(text)
            #expect(LineClassifier.classify(line) == RefLineClassifier.classify(line), "\(text)")
        }
    }

    @Test("the dash and sentence-bracket gates say no only where their rules find nothing")
    func gates() {
        var dashes = 0, brackets = 0
        let shapes = ["Residents make their way through thick smog in Lahore. — AFP/File", "It rained. - AFP", "A man. – Jo Roe",
                      "Public Enterprises Minister Pravin Gordhan. (Jaco Marais, Netwerk24)", "It rained on the city. (Gallo Images)"]
        for line in LayoutGateTests.lines + shapes.map({ textLine($0) }) {
            if line.text.withUTF8Bytes({ LayoutGates.trailingDash($0) }) != nil { dashes += 1 } else {
                #expect(CaptionRule.dashCredit(line.text) == nil, "\(line.text)")
            }
            guard line.text.last == ")" else { continue }
            if line.text.withUTF8Bytes(LayoutGates.mayEndWithShortCredit) { brackets += 1 } else {
                #expect(CaptionRule.shortBracketCredit(line.text) == nil, "\(line.text)")
            }
        }
        #expect(dashes >= 3 && brackets >= 2)
    }
}
