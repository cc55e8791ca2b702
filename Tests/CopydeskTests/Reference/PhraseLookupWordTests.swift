@testable import Copydesk
import Testing

/// The twelfth pass's word-at-a-time look-ups against the plain rules they replace: the folded-key table's two-word
/// slots, the prefix table's single opening word, the phrase table's three-byte skip, the known-phrase tail on bytes
/// read once, a line's bytes read at its offsets and the duplicate test built on them.
@Suite("Phrase look-ups by words against the plain rules")
struct PhraseLookupWordTests {
    /// Texts around every key of `keys`: the key, its capitals, one byte changed at each place, cut and lengthened,
    /// with non-ASCII bytes and bytes that differ from a letter only in bit 0x20.
    static func probes(_ keys: [String], seed: UInt64) -> [String] {
        var texts = ["", "a", "A", "é", "@", "`", "[", "{", "ab", "AB", "a\u{301}", "ÀB", "\u{212A}ey"]
        for key in keys {
            texts += [key, key.uppercased(), String(key.dropFirst()), String(key.dropLast()), key + "s", "x" + key, key + " " + key]
            var bytes = Array(key.utf8)
            for index in bytes.indices {
                let kept = bytes[index]
                for changed in [kept ^ 0x20, kept &+ 1, 0xC3] {
                    bytes[index] = changed
                    texts.append(String(decoding: bytes, as: UTF8.self))
                }
                bytes[index] = kept
            }
        }
        return texts + ClassifierOracleLines.random(count: 2000, seed: seed)
    }

    @Test("the folded-key table answers as a dictionary of lowered strings, for keys of every length")
    func foldedKeys() {
        var entries = KnownPhrases.exactEntries.map { ($0.0, $0.1) }
        for length in 1...40 { entries.append((String(repeating: "k", count: length - 1) + "z", .footer)) }
        entries.append(("caps Key", .footer))  // a key with a capital matches no line, as a lowered line never holds one
        let table = FoldedKeyTable(entries)
        let plain = Dictionary(uniqueKeysWithValues: entries)
        var hits = 0
        for text in Self.probes(entries.map(\.0), seed: 41) {
            let lower = TextLine.asciiLowercased(text[...])
            let expected = plain[lower]
            #expect(table.value(folding: text[...]) == expected, "\(text)")
            if expected != nil { hits += 1 }
        }
        #expect(hits > 500)
    }

    @Test("packed opening and closing words hold the bytes as a byte loop packs them")
    func packedWords() {
        for length in 0...24 {
            let bytes = (0..<length).map { UInt8(0x41 + $0) }
            bytes.withUnsafeBufferPointer { buffer in
                var head: UInt64 = 0, tail: UInt64 = 0
                for index in 0..<min(8, length) { head |= UInt64(bytes[index]) << UInt64(8 * index) }
                if length >= 8 { for index in 0..<8 { tail |= UInt64(bytes[length - 8 + index]) << UInt64(8 * index) } }
                #expect(PackedBytes.head(buffer) == head, "\(length)")
                let words = PackedBytes.words(buffer)
                #expect(words.0 == head && words.1 == tail, "\(length)")
            }
        }
    }

    @Test("the prefix table answers as a loop of prefix tests in list order, folded or not")
    func prefixes() {
        for phrases in [KnownPhrases.prefixes.map(\.0), LineClassifier.relatedPrefixes, ["a", "ab", "abcdefgh", "abcdefghi", "ABc", "é", "©"]] {
            let table = PrefixTable(phrases)
            for text in Self.probes(phrases, seed: 42) {
                let lower = TextLine.asciiLowercased(text[...])
                let folded = phrases.firstIndex { lower.utf8.starts(with: $0.utf8) }
                #expect(table.firstMatch(folding: text[...]) == folded, "\(text)")
                #expect(Array(text.utf8).withUnsafeBufferPointer { table.firstMatch(foldingBytes: $0) } == folded, "\(text)")
                #expect(table.firstMatch(in: text) == phrases.firstIndex { text.utf8.starts(with: $0.utf8) }, "\(text)")
            }
        }
    }

    @Test("the phrase table's three-byte skip finds what contains checks find, with bytes alike but for bit 0x20")
    func phraseSkip() {
        for phrases in [KnownPhrases.fragments.map(\.0), ["@bcd", "`bcd", "[x]y", "{x}y", "0123", "abcdé", "NEWS app"], ["ab", "abc"]] {
            let table = PhraseTable(phrases)
            for text in Self.probes(phrases, seed: 43) {
                let lower = TextLine.asciiLowercased(text[...])
                #expect(table.firstListed(folding: text[...]) == phrases.firstIndex { lower.fastContains($0) }, "\(text)")
                #expect(table.firstListed(in: text[...]) == phrases.firstIndex { text.fastContains($0) }, "\(text)")
            }
        }
    }

    @Test("the known-phrase tail on bytes read once answers as the reference rule")
    func tail() {
        var texts = ["Follow us on X", "FOLLOW the latest news", "follow live", "Follow our live page", "follow", "Share this page",
                     "SHARE", "Search news", "Search the archive now", "5 min read", "5 MINUTE READ", "12 comments", "3 Shares",
                     "a comments", "More from Jane", "more in sport today now", "More on", "Listen to the LIVE show", "listen to x",
                     "Listen to us livestream", "https://x.com", "see www.example.com now"]
        texts += Self.probes(texts, seed: 44)
        // lines as the splitter makes them: never empty, no blank at either end (the reference reads untrimmed lines otherwise)
        for text in texts where !text.isEmpty && text.first != " " && text.last != " " {
            let line = TestLine(number: 1, text: text[...])
            #expect(KnownPhrases.reason(for: line) == RefKnownPhrases.reason(for: line), "\(text)")
        }
    }

    @Test("a line's bytes at its offsets are its text's bytes, and the duplicate test reads them alike")
    func lineBytes() {
        let page = "  Share\nA line\n\u{A0}Écrit\u{A0}\nA line\nshort\nA line \n" + ClassifierOracleLines.random(count: 300, seed: 45).joined(separator: "\n")
        var lines = TestLine.lines(of: page)
        lines += ["", "x", "A line", "a much longer line than fifteen bytes"].map { TestLine(number: 1, text: $0[...]) }
        let wide = "prefix: A line"
        lines.append(TestLine(number: 1, text: wide[wide.index(wide.startIndex, offsetBy: 8)...]))
        for line in lines { #expect(line.withLineBytes { Array($0) } == Array(line.text.utf8), "\(line.text)") }
        // the duplicate test on the lines of one page, read there (the page's lines and the other lines' texts joined)
        let joined = TestLine.lines(of: page + "\nx\nA line\na much longer line than fifteen bytes\nprefix: A line")
        joined.withPage { buffer, linePage in
            for (index, line) in joined.enumerated() {
                for other in [0, 1, 3, joined.count - 1, joined.count - 2, index] {
                    let a = buffer.baseAddress! + index, b = buffer.baseAddress! + other
                    // the table's test: the second of the two lines is a repeat of the first
                    let repeated = [a.pointee, b.pointee].withUnsafeBufferPointer { pair in
                        SeenLineTable.with(capacity: 2) { table in table.insert(0, of: pair, in: linePage.utf8) && !table.insert(1, of: pair, in: linePage.utf8) }
                    }
                    #expect(repeated == SeenLines.sameBytes(a, b, linePage), "\(line.text)")
                    #expect(repeated == (Array(line.text.utf8) == Array(joined[other].text.utf8)), "\(line.text)")
                }
            }
        }
    }

    @Test("runs of numbers with no-break spaces, degrees and Cyrillic letters read on bytes as the Character reading")
    func numberRuns() {
        let pieces = ["1", "/", " ", "\u{A0}", "°", "C", "Сomment", "ж", "\u{483}", "\u{301}", ".", ",", "\r", "\r\n", "½", "–", "é", "x",
                      "\u{A0}\u{301}", "\u{600}", "7"]
        var texts = ["1 \u{A0}/\u{A0} 8", "1\u{A0}/\u{A0}5", "7°C", "°", "Сomment", "\u{A0}", "\u{A0}1", "1\u{A0}", "5\u{483}", "5\u{301}",
                     "\u{A0}\u{301}1", "1\u{600}°", "12 000", "ж1"]
        var mix = SeededMix(state: 46)
        for _ in 0..<4000 { texts.append((0..<(1 + mix.next(6))).map { _ in pieces[mix.next(pieces.count)] }.joined()) }
        for text in texts {
            #expect(LineClassifier.isNumberRun(text[...]) == LineClassifier.plainIsNumberRun(text[...]), "\(text.debugDescription)")
        }
    }

    @Test("the classifier's opening tests are false only where the rules they stand before find nothing")
    func openings() {
        var texts = ["This article appeared in the Herald print edition as: Title", "THIS ARTICLE APPEARED IN x print edition",
                     "This article appeared", "© AP", "Image copyright Jane", "image c", "Home > World", "HOME News Sport", "home",
                     "Reporting by Jane Roe; Editing by Joe Bloggs", "Writing by Ann", "COMPILED BY X", "By Jane Roe", "by:", "By"]
        texts += Self.probes(texts, seed: 47) + ClassifierOracleLines.corpus.map { String($0.text) }
        for text in texts where !text.isEmpty && text.first != " " && text.last != " " {
            var line = TestLine(number: 1, text: text[...])
            if !LineClassifier.Openings.printEdition(&line) { #expect(PrintEditionRule.match(line.text) == nil, "\(text)") }
            #expect(LineClassifier.Openings.copyrightCaption(&line) == (line.text.hasFoldedPrefix("©") || line.text.hasFoldedPrefix("image c")))
            if !LineClassifier.Openings.breadcrumb(&line) { #expect(!LineClassifier.isBreadcrumb(line), "\(text)") }
            if !LineClassifier.Openings.creditLine(&line) { #expect(BylineRule.creditLine(line) == nil, "\(text)") }
            #expect(LineClassifier.Openings.by(&line) == line.text.hasFoldedPrefix("by "), "\(text)")
        }
    }

    @Test("the list pass started at the first list header marks what a walk over every line marks")
    func listsFromFirstHeader() {
        let texts = ["Most popular", "A short title", "A much longer line that reads like a paragraph of the article body, with a full stop.",
                     "A long line that ends with an ellipsis and goes on for many words before it stops here...", "Jane Roe", "Nov. 20, 2019"]
        let choices: [LineRole] = [.furniture(.list), .text, .text, .text, .duplicate, .related("x"), .furniture(.advertisement),
                                   .furniture(.share), .byline(BylineRule.Match(names: [BylineEntry(name: "Jane Roe")])), .embed, .listItem]
        var mix = SeededMix(state: 48)
        for _ in 0..<3000 {
            let count = mix.next(12)
            // the lines of one page, as a context pass reads them
            let lines = TestLine.lines(of: (0..<count).map { _ in texts[mix.next(texts.count)] }.joined(separator: "\n"))
            let start = (0..<count).map { _ in choices[mix.next(choices.count)] }
            var fast = start, plain = start
            lines.withPage { lines, page in
                fast.withUnsafeMutableBufferPointer { roles in RoleTable.with(roles) { ContextRules.markLists($0, lines, page) } }
                plain.withUnsafeMutableBufferPointer { roles in RoleTable.with(roles) { Self.plainMarkLists($0, lines, page) } }
            }
            #expect(fast == plain)
        }
    }

    /// `ContextRules.markLists` as it walked every line.
    static func plainMarkLists(_ roles: RoleTable, _ lines: UnsafeBufferPointer<TextLine>, _ page: LinePage) {
        var inList = false
        for index in lines.indices {
            switch roles.kind(index) {
            case .list:
                inList = true
            case .text, .duplicate, .related:
                guard inList else { continue }
                // (eighteenth pass) a blank line after items printed line by line ends the list
                if ContextRules.endsAtBlank(index, lines) { inList = false; continue }
                // (nineteenth pass) a short sentence right under the header, over a title, is the list's first item
                if lines[index].isParagraphLike && !page.text(lines[index]).fastHasSuffix("...") && !page.text(lines[index]).fastHasSuffix("…")
                    && !ContextRules.isSentenceTitle(index, roles, lines) {
                    inList = false
                    continue
                }
                if index + 1 < lines.count, roles.kind(index + 1).isMarker { inList = false; continue }
                if ContextRules.endsAtHeadline(index, roles, lines) { inList = false; continue }
                // (twenty-sixth pass) a short subheading under longer items, over a paragraph, ends the list
                if ContextRules.isSubheadingAfterItems(index, roles, lines) { inList = false; continue }
                roles.set(index, .listItem)
            case .advertisement, .share, .mediaLabel, .promo:
                continue
            default:
                inList = false
            }
        }
    }

    @Test("a page longer than the scratch table's slots hold marks its repeats through SeenLines")
    func duplicatesOnALongPage() {
        let count = SeenLineTable.maxCapacity + 100
        let page = (0..<count).map { "Line of text number \($0 % 100) that reads like a sentence." }.joined(separator: "\n")
        let lines = TestLine.lines(of: page)
        #expect(lines.count == count)
        var roles = [LineRole](repeating: .text, count: lines.count)
        ContextRules.apply(&roles, lines: lines)
        #expect(roles.prefix(100).allSatisfy { $0 == .text })
        #expect(roles.dropFirst(100).allSatisfy { $0 == .duplicate })
    }
}
