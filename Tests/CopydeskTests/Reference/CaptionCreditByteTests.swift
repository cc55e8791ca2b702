@testable import Copydesk
import Testing

/// The caption rule's byte reading of bracketed credits and credit words against the plain rules (reference copies).
@Suite("Caption credit byte paths against the plain rules")
struct CaptionCreditByteTests {
    /// Bracket contents near the credit shapes: sources, labels, "via", "photo/", commas and slashes, non-ASCII.
    static var bracketContents: [String] {
        var contents = ["AP Photo/Alan Diaz, File", "Elias Funez/The Union via AP", "File: Reuters", "Image: © X", "Yonhap", "yonhap",
                        "Photo by Jane Roe", "photo courtesy of NASA", "AP", "Reuters,", "/AFP/", "AFP/Getty", "Getty Images",
                        "Jane Roe, Shutterstock", "via the archive", "VIA ", "PHOTO/X", "our photo/x", "Photographer unknown",
                        "a b c d e f g h AP", "one two three four five six seven eight nine", "Jane Roe/Écrivain", "Crédit: AP",
                        "Jane Roe, shutterstockx", "ap photo", "AP\tPhoto", "Jane Roe/ AP", "Courtesy of Jane Roe", "© Jane Roe",
                        "istock", "iStock", "Bloomberg News", "EPA-EFE", "xinhua/kyodo", "Jane\u{301} Roe/AP", "Jane Roe AP\u{A0}",
                        "Photo: © Jane Roe", "\u{212A}redit: X", "İmage: X", "IMAGE: É", "Credit… Jane Roe", "CREDIT… É", "Fïle: AP", "Photo:\u{301} X"]
        for source in CaptionRule.pictureSources.sorted() {
            contents += [source, source.uppercased(), "Jane Roe, \(source)", "Jane Roe/\(source.uppercased()),", "\(source)s photo"]
        }
        for label in CaptionRule.labels { contents += [label + " Jane Roe", label.uppercased() + " AP"] }
        for source in CaptionRule.namedSources { contents += ["Jane Roe / " + source, "x " + source, source] }
        return contents
    }

    @Test("bracketed credits read on bytes answer as the plain rule")
    func bracketedCredits() {
        var lines: [String] = []
        let captions = ["", "A man walks by in the rain on Tuesday. ", "Smoke rises ", "One two three four five six. "]
        for inside in Self.bracketContents + ClassifierOracleLines.random(count: 3000, seed: 31) {
            for caption in captions { lines += [caption + "(" + inside + ")", caption + "[" + inside + "]"] }
        }
        var found = 0
        for text in lines {
            let new = CaptionRule.parenthesisedCredit(text[...])
            #expect(new == RefCaptionRule.parenthesisedCredit(text[...]), "\(text)")
            if new != nil { found += 1 }
        }
        #expect(found > 300)
    }

    @Test("brackets found on bytes answer as the Character reading, joined marks and prepended scalars included")
    func bracketEdges() {
        let edges = ["(AP)", "()", ")", "(", "x)", "Smoke (AP Photo/X)", "Smoke (AP Photo/X)\u{301}", "Smoke (AP Photo/X\u{301})",
                     "Smoke (\u{301}AP Photo/X)", "Smoke\u{301}(AP Photo/X)", "Smoke \u{600}(AP Photo/X)", "Smoke (AP Photo/X\u{600})",
                     "Smoke [File: Reuters]", "Smoke [File: Reuters)", "Smoke (File: Reuters]", "(a) (Photo: X)", "((Photo: X))",
                     "Rue (Photo: É)", "Écrit (Photo: X)", "Smoke (Photo: X) ", "Smoke (é)", "Smoke (Photo: X)é", "\u{600})", "(\u{600}AP)"]
        var decided = 0
        for text in edges + ClassifierOracleLines.random(count: 2000, seed: 33).map({ $0 + ")" }) {
            #expect(CaptionRule.parenthesisedCredit(text[...]) == RefCaptionRule.parenthesisedCredit(text[...]), "\(text)")
            if let found = CaptionRule.bracketOnBytes(text[...]), let found {
                decided += 1
                let open = text.lastIndex(of: text.last == ")" ? "(" : "[")
                #expect(found.open == open && found.content == text[text.index(after: open!)..<text.index(before: text.endIndex)], "\(text)")
            }
        }
        #expect(decided > 100)
    }

    @Test("credit words read on bytes answer as the plain test")
    func creditWords() {
        var texts = Self.bracketContents + ClassifierOracleLines.random(count: 5000, seed: 32)
        texts += ["via AP", "vIa AP", "jane roe", "the file", "Jane (AP)", "1of4", "jane/roe", "| AP", "- Reuters", "reuters", "REUTERS x"]
        var credits = 0
        for text in texts {
            let new = CaptionRule.looksLikeCredit(text[...])
            #expect(new == RefCaptionRule.looksLikeCredit(text), "\(text)")
            #expect(new == CaptionRule.looksLikeCredit(text), "\(text)")
            if new { credits += 1 }
        }
        #expect(credits > 100)
    }

    @Test("the picture-source word scan equals the plain word filter")
    func pictureSourceWords() {
        #expect(CaptionRule.pictureSources.allSatisfy { $0.utf8.count <= 16 })
        let texts = Self.bracketContents + ClassifierOracleLines.random(count: 3000, seed: 33) + ["shutterstockshutterstock", ",a,p,", "a/p"]
        var hits = 0
        for text in texts where text.utf8.allSatisfy({ $0 < 0x80 }) {
            let expected = text.spaceWords.map { $0.lowercased() }.contains { CaptionRule.pictureSources.contains(String($0.filter { $0 != "," && $0 != "/" })) }
            let new = text[...].withUTF8Bytes(CaptionRule.mentionsPictureSource)
            #expect(new == expected, "\(text)")
            if new { hits += 1 }
        }
        #expect(hits > 50)
    }

    @Test("trailing agency credits with their tokens read on bytes answer as the plain rule")
    func trailingAgencyCredits() {
        var texts = ["A man walks by on Tuesday, November 18, 2019. REUTERS/Brendan McDermid", "Smoke rises over the hill.J. Scott Applewhite / AP file",
                     "Crowds gather in the main square. Jane Roe/Public Airwaves", "They wait outside the court. Jane Roe/ Écrivain", "a/b"]
        for content in Self.bracketContents { texts += ["Smoke rises over the hills near town. " + content, "Smoke rises. " + content + "/X"] }
        texts += ClassifierOracleLines.random(count: 3000, seed: 34).map { $0 + " / AP" }
        var found = 0
        for text in texts {
            let new = CaptionRule.trailingAgencyCredit(text[...])
            #expect(new == RefCaptionRule.trailingAgencyCredit(text[...]), "\(text)")
            if new != nil { found += 1 }
            let tokens = text.split(whereSeparator: { $0 == " " || $0 == "/" }).map { $0.lowercased() }
            #expect(CaptionRule.slashTokensNamePictureSource(text[...]) == tokens.contains(where: { CaptionRule.pictureSources.contains($0) }), "\(text)")
        }
        #expect(found > 50)
    }

    @Test("labelled credits searched on folded bytes answer as the plain rule on the lowered line")
    func foldedLabelledCredits() {
        var texts = ["A man walks by. Photo: Jane Roe", "Photo: Hau Dinh, AP", "Credit...Jane Roe", "CREDIT… Jane Roe", "Image: Commuters wait at a station today",
                     "Smoke rises.Photos: AP", "Photos: AP", "x photo:É", "Smoke rises. PHOTO:\u{301} Jane Roe", "Smoke rises. Photo: Jane Roe. Photo: AP",
                     "Smoke rises. File: Reuters", "Smoke photo: Jane", "Smoke rises. Photo credit: Jane Roe.", "Pictures: Jane Roe"]
        for content in Self.bracketContents { texts += ["Smoke rises over the hills near town. " + content, content, "Photo: " + content] }
        for piece in ClassifierOracleLines.random(count: 2000, seed: 36) {
            texts += [piece, "Photo: " + piece, piece + " Image: " + piece, piece + ". Credit: " + piece]
        }
        var found = 0, tried = 0
        for text in texts {
            let line = TestLine(number: 1, text: text[...])
            guard line.hasColon, let firstPresent = CaptionRule.labelTable.firstListed(folding: line.text) else { continue }
            tried += 1
            let new = CaptionRule.labelledCreditFolded(line.text, firstPresent: firstPresent, colonLetters: line.lettersBeforeColon,
                                                       ellipsis: line.hasEllipsis)
            #expect(new == RefCaptionRule.labelledCredit(line.text, lower: Substring(line.lower), aligned: true), "\(text)")
            if new != nil { found += 1 }
        }
        #expect(tried > 2000)
        #expect(found > 300)
    }
}

/// The print-edition note read on bytes against the plain rule.
@Suite("Print edition byte path against the plain rule")
struct PrintEditionByteTests {
    @Test("ASCII notes searched on bytes answer as the plain rule")
    func printEditionNotes() {
        var texts = ["This article appeared in the Business print edition as: Rates rise", "THIS ARTICLE APPEARED IN THE PRINT EDITION",
                     "this article appeared in The Weekly Print Edition as Rates rise", "This article appeared in print edition",
                     "This article appeared in THE Économie print edition as: Taux", "This article appeared in the X print edition as:",
                     "This article appeared in the paper", "This article appeared in theprint edition as: x", "This article appeared in",
                     "This article appeared in the K print edition", "This article appeared in\u{301} the X print edition as: Y",
                     "This article appeared in the X print edition as: Biden’s plan", "This article appeared in the X print edition\u{301} as: Y",
                     "This article appeared in the Ł print edition as: Y", "This article appeared in the X print editioné as: Y",
                     "This article appeared in the \u{212A} print edition as: Y", "This article appeared in the X print edition’",
                     "This article appeared in the X prİnt edition as: Y", "This article appeared in the X print edition"]
        for piece in ClassifierOracleLines.random(count: 2000, seed: 35) {
            texts += ["This article appeared in " + piece + " print edition as: " + piece, "This article appeared in " + piece,
                      "This article appeared in the X print edition as: " + piece + "’s"]
        }
        var found = 0
        for text in texts {
            let new = PrintEditionRule.match(text[...])
            #expect(new == RefPrintEditionRule.match(text[...]), "\(text)")
            if new != nil { found += 1 }
        }
        #expect(found > 1000)
    }
}
