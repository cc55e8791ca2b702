import Testing
@testable import Copydesk

/// Lines that keep no string (`TextLine.lines(in:)`, read through their `LinePage`) against lines made on their own
/// by the plain split and flag scan (`LineSplitter.lines(of:)`, `TestLine(number:text:)`): the same lines, facts, bytes,
/// text, roles and layout.
@Suite("Lines read through their page")
struct LinePageTests {
    /// Random pages: the pipeline tests' texts and the classifier oracle's lines joined into pages.
    static var pages: [String] {
        var pages = LinePipelineFastPathTests.texts(count: 200, seed: 31)
        for seed in 0..<60 { pages.append(ClassifierOracleLines.random(count: 40, seed: 900 + UInt64(seed)).joined(separator: "\n")) }
        return pages
    }

    /// Calls `body` with `page`'s lines split as the parser splits them (no string kept) and their `LinePage`.
    static func withPageLines(_ page: String, _ body: (LinePage, [TextLine]) -> Void) {
        var text = page
        text.makeContiguousUTF8()
        let base = text
        text.withUTF8 { bytes in body(LinePage(base: base, utf8: bytes), TextLine.lines(in: bytes)) }
    }

    @Test("a page's lines hold no string and the facts, bytes and text of the lines made on their own")
    func pageLinesMatchOwnLines() {
        #expect(_isPOD(TextLine.self))  // no reference counted field: a line is copied and dropped without a retain or release
        for page in Self.pages {
            let own = LineSplitter.lines(of: page).map(TestLine.init)
            Self.withPageLines(page) { linePage, lines in
                #expect(lines.count == own.count)
                for (line, mine) in zip(lines, own) {
                    #expect(line.number == mine.number && line.start == mine.start && line.end == mine.end)
                    #expect(line.words == mine.words && line.byteHash == mine.byteHash && line.firstLowerByte == mine.firstLowerByte)
                    #expect(Array(linePage.bytes(line)) == Array(mine.text.utf8), "\(mine.text)")
                    #expect(linePage.text(line) == mine.text && linePage.text(line).startIndex == mine.text.startIndex)
                    #expect(line.string(in: linePage) == String(mine.text))
                }
            }
        }
    }

    @Test("roles, context passes and layout on the page's lines give what the lines made on their own give")
    func pipelineThroughPage() {
        for page in Self.pages {
            // the plain split and flag scan, every line classified on its own (one string: their page)
            let own = LineSplitter.lines(of: page).map(TestLine.init)
            let (plainRoles, plainLayout) = own.withPage { lines, ownPage in
                var roles = LineClassifier.plainRoles(of: lines, ownPage)
                let layout = roles.withUnsafeMutableBufferPointer { roles in
                    RoleTable.with(roles) { table in
                        ContextRules.apply(table, lines, ownPage)
                        return PageLayout(lines, table, ownPage)
                    }
                }
                return (roles, layout)
            }
            Self.withPageLines(page) { linePage, lines in
                lines.withUnsafeBufferPointer { lines in
                    var roles = ArticleParser.classify(lines, linePage)
                    roles.withUnsafeMutableBufferPointer { roles in
                        RoleTable.with(roles) { table in
                            ContextRules.apply(table, lines, linePage)
                            let layout = PageLayout(lines, table, linePage)
                            #expect(layout.headerEnd == plainLayout.headerEnd && layout.bodyEnd == plainLayout.bodyEnd)
                            let (a, b) = (layout.header, plainLayout.header)
                            #expect(a.section == b.section && a.headline == b.headline && a.standfirst == b.standfirst && a.byline == b.byline)
                            #expect(a.nameLine == b.nameLine && a.published == b.published && a.updated == b.updated && a.blockTop == b.blockTop)
                            #expect(layout.standfirstInBody == plainLayout.standfirstInBody)
                        }
                    }
                    #expect(roles == plainRoles)
                }
            }
        }
    }

    @Test("the first and last significant scalars read from a line's bytes are the text's")
    func startsWithUppercaseOrQuote() {
        var texts = ClassifierOracleLines.random(count: 3000, seed: 77)
        texts += ["É", "é", "Ωmega", "ωmega", "“Quote", "‘q", "'q", "\"q", "7 days", "٣", "😀 x", "\u{301}x", "Ünï", "𝐀bc", "𐐀x", "𐐨x",
                  "A title”", "A title.”", "A title.)", "Title »", "x ’)]", "”", "A b ”’", "end 😀", "end 𝐀", "Title:", "a; b", "a, b"]
        for text in texts where !text.isEmpty {
            let line = TestLine(number: 1, text: text[...])
            let plain: Bool = {
                guard let first = text.unicodeScalars.first else { return false }
                if first.properties.isUppercase || ("0"..."9").contains(first) { return true }
                return "\"“‘'".unicodeScalars.contains(first)
            }()
            #expect(line.startsWithUppercaseOrQuote == plain, "\(text)")
            #expect(line.withLineBytes(TextLine.lastSignificantScalar) == text[...].lastSignificantScalar, "\(text)")
        }
    }

    @Test("bullets and video durations read on a line's bytes in its page answer as the rules on its text")
    func bulletsAndDurations() {
        var texts = ClassifierOracleLines.random(count: 2000, seed: 78)
        texts += ["• One", "·Two", "▪ ", "● x", "•", "\u{2022}\u{A0}y", "03:15", "VIDEO03:45", "Video 1:02:03", "WATCH 12:30", "1:2",
                  "123:45", "é 03:15", "03:15\r", "Watch", "00:00:00", "7:05 ", "x 03:15"]
        let page = texts.joined(separator: "\n")
        let own = LineSplitter.lines(of: page).map(TestLine.init)
        Self.withPageLines(page) { linePage, lines in
            for (line, mine) in zip(lines, own) {
                #expect(LineClassifier.bulletText(line, linePage) == LineClassifier.bulletText(mine.text), "\(mine.text)")
                #expect(VideoRule.duration(line, linePage) == VideoRule.duration(in: mine.text), "\(mine.text)")
                #expect(VideoRule.duration(line, linePage) == VideoRule.plainDuration(in: mine.text), "\(mine.text)")
            }
        }
    }

    @Test("a line whose only caption path is a colon label that its bytes rule out has no caption")
    func colonOnlyLines() {
        var texts = ClassifierOracleLines.random(count: 4000, seed: 79)
        texts += ["Updated: today", "Photo: AP", "Credit: Jane Roe", "Note: none", "Image: Getty", "Video: 3 min", "Time: 10:32",
                  "Credits... more", "Photograph: Jane Roe/Reuters", "Label: x", "photo credit: Ann Lee", "Read: this", "A: b"]
        var skipped = 0
        for text in texts where !text.isEmpty {
            var line = TestLine(number: 1, text: text[...])
            guard line.onPage(CaptionRule.onlyColonPathFails) else { continue }
            skipped += 1
            #expect(RefCaptionRule.match(line) == nil, "\(text)")
            #expect(CaptionRule.match(line) == nil, "\(text)")
        }
        #expect(skipped > 100)
    }
}
