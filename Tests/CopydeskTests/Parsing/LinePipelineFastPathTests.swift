import Testing
@testable import Copydesk

/// The line pipeline's one-walk paths against the plain per-line computations they replace.
@Suite("Line pipeline fast paths")
struct LinePipelineFastPathTests {
    /// Random multi-line texts: every line end, ASCII and Unicode blanks at the edges, marks of every flag.
    static func texts(count: Int, seed: UInt64) -> [String] {
        let pieces = ["a", "Word", " ", "\t", "\n", "\r\n", "\r", "\n\n", " \n ", ".", ". ", "/", ":", ",", "\"", "“", "”", "\u{A0}",
                      "\u{2009}", "\u{3000}", "é", "😀", "www.", "http://", "1", "...", "…", "’", "Photo: AP", "(", ")", "e\u{301}",
                      "\u{A0}\n", "\n\u{2009}", "Mr. Li", "?", "!", "» ", "Video"]
        var state = seed
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        return (0..<count).map { _ in
            (0..<(next() % 120)).map { _ in pieces[next() % pieces.count] }.joined()
        }
    }

    static func sameFacts(_ a: TextLine, _ b: TextLine) -> Bool {
        a.number == b.number && a.text == b.text && a.text.startIndex == b.text.startIndex && a.words == b.words
            && a.endsLikeSentence == b.endsLikeSentence && a.hasComma == b.hasComma && a.hasDigit == b.hasDigit
            && a.hasColon == b.hasColon && a.hasSlash == b.hasSlash && a.hasTab == b.hasTab && a.hasDotSpace == b.hasDotSpace
            && a.hasURL == b.hasURL && a.hasQuoteMark == b.hasQuoteMark && a.lettersBeforeColon == b.lettersBeforeColon
            && a.capitalsAfterDotSpace == b.capitalsAfterDotSpace && a.hasEllipsis == b.hasEllipsis
            && a.firstLowerByte == b.firstLowerByte && a.lastByte == b.lastByte
    }

    @Test("one walk over the bytes gives the lines and facts of the per-line path")
    func splitMatchesPerLine() {
        let fixed = ["", "\n", " \r\n\t", "one", " one \r\n\r\n\u{A0}two\u{A0}\rthree\n \n", "a\u{A0}\u{A0}\n\u{A0}\u{A0}", "x\r", "\r\n\r\ny"]
        for text in fixed + Self.texts(count: 400, seed: 7) {
            let fast = TextLine.lines(of: text)
            let plain = LineSplitter.lines(of: text).map(TextLine.init)
            #expect(fast.count == plain.count, "\(text.debugDescription)")
            for (a, b) in zip(fast, plain) { #expect(Self.sameFacts(a, b), "\(text.debugDescription) line \(b.number)") }
        }
    }

    @Test("separator lines by bytes are the Substring comparisons they replace")
    func separatorBytes() {
        let plain: [Substring] = ["/", ">", "›", "»"], withBar: [Substring] = ["/", ">", "›", "»", "|"]
        let candidates: [Substring] = ["/", ">", "›", "»", "|", "", "//", "/\u{301}", ">\u{338}", "«", "‹", "»»", "a", "\u{BB}", "\u{203A}",
                                       "›\u{301}", "\u{A0}", "¦", "–", ">>", " /", "/ "]
        for text in candidates {
            #expect(SymbolLine.isPathSeparator(text, bar: false) == plain.contains(text), "\(text.debugDescription)")
            #expect(SymbolLine.isPathSeparator(text, bar: true) == withBar.contains(text), "\(text.debugDescription)")
        }
    }

    @Test("role case tests agree with role equality")
    func roleTests() {
        let roles: [LineRole] = [.text, .duplicate, .embed, .listItem, .captionText, .videoTitle, .video(nil), .video("03:15"),
                                 .related("x"), .bullet("b"), .furniture(.newsletter), .furniture(.navigation), .furniture(.list)]
            + DiscardReason.allCases.map { .furniture($0) }
        for role in roles {
            #expect(role.isText == (role == .text))
            #expect(role.isDuplicate == (role == .duplicate))
            #expect(role.isEmbed == (role == .embed))
            for reason in DiscardReason.allCases { #expect(role.isFurniture(reason) == (role == .furniture(reason))) }
            if case .date = role { #expect(role.isDate) } else { #expect(!role.isDate) }
        }
    }

    @Test("the author-bio test with names worked out once agrees with the per-line definition, also as the byline grows")
    func authorBio() {
        let bylines: [[BylineEntry]] = [[], [BylineEntry(name: "Phil Helsel")], [BylineEntry(name: "Madonna")],
                                        [BylineEntry(name: "José Álvarez"), BylineEntry(name: "Li Wei", role: "Reporter")],
                                        [BylineEntry(name: "ÉMILE ZOLA")]]
        let texts = ["Phil Helsel is a reporter for NBC News.", "phil helsel", "Phil Helsel", "PHIL HELSEL", "José Álvarez", "josé álvarez",
                     "JOSÉ ÁLVAREZ", "Li Wei writes", "Li Wei writes about tech.", "li wei", "Émile Zola", "émile zola", "Madonna sings",
                     "Other text here today", "Phil", "Ann Lee", "ann lee", "Ann Lee covers courts."]
        func plain(_ names: [BylineEntry], _ line: TextLine) -> Bool {
            names.contains { author in
                author.name.utf8.contains(UInt8(ascii: " "))
                    && (line.words >= 4 && line.text.fastHasPrefix(author.name) || line.lower == author.name.lowercased())
            }
        }
        for names in bylines {
            var builder = ArticleBuilder(article: Article(id: "t", source: Source(path: nil, sha256: "", bytes: 0, encoding: "utf-8")))
            if !names.isEmpty { builder.setByline(BylineRule.Match(names: names), from: textLine("x")) }
            for text in texts { #expect(builder.isAuthorBio(textLine(text)) == plain(names, textLine(text)), "\(text)") }
            builder.addCredits([BylineEntry(name: "Ann Lee")], from: textLine("Reporting by Ann Lee"))
            for text in texts {
                #expect(builder.isAuthorBio(textLine(text)) == plain(builder.article.byline, textLine(text)), "\(text)")
            }
        }
    }

    @Test("sixteen-byte blocks of the flag scan give every flag's definition on long, mostly ASCII lines")
    func blockScan() {
        let pieces = ["word ", "Words ", "a", " ", "  ", "x", "Photo", ". ", ". P", ".", "/", "//", "http://", "HTTPS://", "www.", "...", ":",
                      "Credit:", ",", "\"", "1", "9", "\t", "“", "”", "’", "…", "\u{A0}", "\u{2009}", "é", "😀", "\u{7F}", "~", "`"]
        var state: UInt64 = 21
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3000 {
            // mostly plain words, so many sixteen-byte blocks run clear, with a mark at every lane now and then
            let text = Substring((0..<next(90)).map { _ in next(3) == 0 ? pieces[next(pieces.count)] : pieces[next(3)] }.joined())
            let flags = LineFlags(text)
            let bytes = Array(text.utf8)
            let lower = String(text).lowercased()
            var beforeColon: UInt32 = 0, capitals: UInt32 = 0, dotSpace = false
            for index in bytes.indices {
                if bytes[index] == 0x3A, index > 0, (bytes[index - 1] | 0x20) &- 97 < 26 { beforeColon |= 1 << UInt32((bytes[index - 1] | 0x20) - 97) }
                if bytes[index] == 0x2E, index + 1 < bytes.count, bytes[index + 1] == 0x20 {
                    dotSpace = true
                    if index + 2 < bytes.count, bytes[index + 2] &- 65 < 26 { capitals |= 1 << UInt32(bytes[index + 2] - 65) }
                }
            }
            #expect(flags.words == text.unicodeScalars.split(whereSeparator: \.isSpaceLike).count, "\(text)")
            #expect(flags.lettersBeforeColon == beforeColon && flags.capitalsAfterDotSpace == capitals && flags.dotSpace == dotSpace, "\(text)")
            #expect(flags.ellipsis == (text.contains("...") || text.contains("…")), "\(text)")
            #expect(flags.url == (lower.contains("http://") || lower.contains("https://") || lower.contains("www.")), "\(text)")
            #expect(flags.tab == bytes.contains(0x09) && flags.digit == bytes.contains { $0 &- 0x30 < 10 }, "\(text)")
            #expect(flags.colon == bytes.contains(0x3A) && flags.slash == bytes.contains(0x2F) && flags.comma == bytes.contains(0x2C), "\(text)")
            #expect(flags.quote == text.unicodeScalars.contains { $0 == "\"" || $0 == "“" || $0 == "”" }, "\(text)")
        }
    }
}
