import Testing
@testable import Copydesk

/// The build and context stages' shortcuts against the plain rules they replace.
@Suite("Build stage fast paths")
struct BuildStageFastPathTests {
    /// Random texts mixing scalars that stand alone as Characters with ones that join their neighbours.
    static func mixedTexts(count: Int, seed: UInt64) -> [String] {
        let pieces = ["a", "Z", " ", "HANOI", ", ", "(AP)", " — ", " - ", "-", " – ", "AP", "–", "’", "“", "”", "…", "é", "ß", "Ł", "ſ", "\u{A0}", "\u{AD}",
                      "e\u{301}", "\u{301}", "\r\n", "\r", "\n", "😀", "👍🏽", "\u{200D}", "\u{2028}", "‼", "\u{FE0F}", "🇫🇷", "한",
                      "\u{2060}", "\u{205F}", "\u{2030}", "\u{203F}", "x"]
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in (0..<next(70)).map { _ in pieces[next(pieces.count)] }.joined() }
    }

    @Test("the dateline's Character prefix cuts where String.prefix cuts, byte for byte")
    func characterPrefixMatchesPrefix() {
        // ASCII runs (read eight bytes a step) with a CR, a non-ASCII or a joining scalar at every offset around the cuts
        let ascii = String(repeating: "WASHINGTON (AP) The Senate voted ", count: 4)
        let runs = (0..<90).flatMap { offset in ["\r\n", "\r", "é", "e\u{301}", "—"].map { piece in
            String(ascii.prefix(offset)) + piece + String(ascii.dropFirst(offset)) } } + [ascii, String(ascii.prefix(7)), String(ascii.prefix(64))]
        for text in Self.mixedTexts(count: 1500, seed: 11) + runs + ["HANOI, Vietnam (AP) — U.S. Defense Secretary", "é\u{301}", "x\r\ny"] {
            for count in [0, 1, 2, 5, 20, 59, 60, 61, 80] {
                #expect(Array(DatelineRule.characterPrefix(text, count).utf8) == Array(text.prefix(count).utf8), "\(text.debugDescription) \(count)")
            }
        }
    }

    @Test("every scalar GraphemeFree accepts is one Character next to any other it accepts")
    func graphemeFreeScalars() {
        let ranges: [ClosedRange<UInt32>] = [0x00...0x7F, 0xA0...0x17F, 0x2010...0x2027, 0x2030...0x205E]
        var accepted: [Unicode.Scalar] = []
        for value in UInt32(0)...0x20FF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let bytes = Array(String(scalar).utf8)
            let length = bytes.withUnsafeBufferPointer { GraphemeFree.length($0, at: 0) }
            let expected = ranges.contains { $0.contains(value) } && value != 0x0D && value != 0xAD
            #expect((length != nil) == expected, "U+\(String(value, radix: 16))")
            if let length { #expect(length == bytes.count); accepted.append(scalar) }
        }
        // each accepted scalar before and after a sample of the others stays a Character of its own
        for scalar in accepted {
            for other in accepted where other.value % 37 == 0 || other.value == 0x0A || other.value == 0x2014 {
                var text = ""
                text.unicodeScalars.append(scalar)
                text.unicodeScalars.append(other)
                #expect(text.count == 2, "U+\(String(scalar.value, radix: 16)) U+\(String(other.value, radix: 16))")
            }
        }
    }
}

/// The dateline rule's byte shortcuts against the Character-level tests they replace.
@Suite("Dateline byte shortcuts")
struct DatelineShortcutTests {
    @Test("the first dash, the capitals and the lowercase tests give the plain answers")
    func shortcutsMatchPlainRules() {
        let extra = ["HANOI, Vietnam (AP) — U.S.", "A - B – C — D", "x—y - z", " — ", "—", " -", "a -b", "AP", "ÉLAN", "Élan", "R\u{301}EUTERS",
                     "ABCDEFGHI", "A", "AP1", "ap", "ẞX", "X\r\nY"]
        for text in BuildStageFastPathTests.mixedTexts(count: 1500, seed: 21) + extra {
            let head = text[...]
            var cut: Range<Substring.Index>?
            for dash in DatelineRule.dashes {
                if let r = head.fastRange(of: dash), cut.map({ r.lowerBound < $0.lowerBound }) ?? true { cut = r }
            }
            #expect(DatelineRule.firstDash(in: head) == cut, "\(text.debugDescription)")
            #expect(DatelineRule.hasNoLowercaseLetter(head) == head.filter(\.isLetter).allSatisfy(\.isUppercase), "\(text.debugDescription)")
            #expect(DatelineRule.isShortCapitals(head) == ((2...8).contains(head.count) && head.allSatisfy(\.isUppercase)), "\(text.debugDescription)")
        }
    }
}

/// The eight-byte line-flag scan on lines whose multi-byte scalars and marks fall on every chunk edge.
@Suite("Line flag chunks")
struct LineFlagChunkEdgeTests {
    @Test("words and marks across chunk edges equal the scalar definitions")
    func chunkEdges() {
        let fills = ["", "a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg"]
        let marks = ["\u{A0}", "\u{2009}", "\u{3000}", "\u{FEFF}", "\u{85}", "\u{2028}", "“", "…", "é", "😀", "\t", "\u{1}", ". B", "x:", "//",
                     "www.", "...", ",", "\"", "7", " ", "  "]
        for fill in fills {
            for mark in marks {
                for second in ["", " z", "\u{A0}q", "…"] {
                    let text = Substring(fill + mark + "mid" + fill + mark + second)
                    let flags = LineFlags(text)
                    #expect(flags.words == text.unicodeScalars.split(whereSeparator: \.isSpaceLike).count, "\(text.debugDescription)")
                    #expect(flags.quote == text.unicodeScalars.contains { $0 == "\"" || $0 == "“" || $0 == "”" }, "\(text.debugDescription)")
                    #expect(flags.ellipsis == (text.contains("...") || text.contains("…")) && flags.tab == text.utf8.contains(0x09), "\(text.debugDescription)")
                    #expect(flags.digit == text.utf8.contains(0x37) && flags.comma == text.utf8.contains(0x2C), "\(text.debugDescription)")
                    #expect(flags.dotSpace == text.contains(". ") && flags.capitalsAfterDotSpace == (text.contains(". B") ? 2 : 0), "\(text.debugDescription)")
                    #expect(flags.lettersBeforeColon == (text.contains("x:") ? 1 << 23 : 0) && flags.url == text.contains("www."), "\(text.debugDescription)")
                }
            }
        }
    }
}

/// The builder's caption memory against the `Set<String>` it replaces.
@Suite("Seen texts")
struct SeenTextsTests {
    @Test("inserting answers as Set<String>.insert does, canonical equivalents included")
    func matchesStringSet() {
        let pieces = ["a", "K", "\u{212A}", "é", "e\u{301}", "Å", "\u{212B}", "A\u{30A}", ";", "\u{37E}", " ", "’", "—", "ſ", "x", "Photo"]
        var state: UInt64 = 3
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for round in 0..<400 {
            var seen = SeenTexts(), reference: Set<String> = []
            for _ in 0..<(round % 40) {
                let text = (0..<next(3)).map { _ in pieces[next(round % 2 == 0 ? 4 : pieces.count)] }.joined()
                #expect(seen.insert(text) == reference.insert(text).inserted, "\(text.debugDescription)")
            }
        }
        #expect(SeenTexts.isPlain("Crowds — “é” …") && !SeenTexts.isPlain("e\u{301}") && !SeenTexts.isPlain("\u{212A}"))
    }
}
