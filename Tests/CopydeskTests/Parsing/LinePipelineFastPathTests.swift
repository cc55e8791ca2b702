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
}
