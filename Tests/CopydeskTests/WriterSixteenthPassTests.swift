@testable import Copydesk
import CLibXML2
import Testing

/// The sixteenth pass on the xml writer: the character-data scan takes sixty-four bytes a step,
/// and the body's `<q>` tags copy the cue and speaker values their `cd:quote` lines wrote. Each is
/// held to the plain rule it replaces.
@Suite("xml writer: wider clean-text scan, noted quote values (sixteenth pass)")
struct WriterSixteenthPassTests {
    /// The rule `cleanTextPrefix` had before: thirty-two bytes per step from the start.
    static func plainCleanTextPrefix(_ base: UnsafePointer<UInt8>, _ n: Int) -> Int {
        guard n >= 16 else {
            guard n > 0 else { return 0 }
            let raw = UnsafeRawPointer(base)
            let first = n >= 8 ? raw.loadUnaligned(as: UInt64.self) : ByteLanes.shortWord(base, n)
            let last = n >= 8 ? raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) : first
            return XMLEscape.textSpecial(first) | XMLEscape.textSpecial(last) == 0 ? n : 0
        }
        var i = 0
        while n - i >= 32 {
            if ByteLanes.any(XMLEscape.laneSpecial(ByteLanes.load(base + i), extra: 0)
                .| XMLEscape.laneSpecial(ByteLanes.load(base + i + 16), extra: 0)) {
                return i
            }
            i += 32
        }
        if n - i >= 16 {
            if ByteLanes.any(XMLEscape.laneSpecial(ByteLanes.load(base + i), extra: 0)) { return i }
            i += 16
        }
        return i == n || !ByteLanes.any(XMLEscape.laneSpecial(ByteLanes.load(base + n - 16), extra: 0)) ? n : i
    }

    /// The first byte character data must look at (a control, 0xEF, `<`, `>`, `&`, `"`), or nil.
    static func firstSpecial(_ bytes: [UInt8]) -> Int? {
        bytes.firstIndex { $0 < 0x20 || $0 == 0xEF || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 }
    }

    @Test("the 64-byte clean-text scan gives the 32-byte scan's offsets (0-300 bytes, specials anywhere)")
    func cleanPrefixMatchesPlainScan() {
        var mix = SeededMix(state: 16)
        let plain: [UInt8] = Array("The quick brown fox, “quoted” — café 中文 ".utf8)
        let specials: [UInt8] = [0x3C, 0x3E, 0x26, 0x22, 0x0A, 0x09, 0x0D, 0x01, 0xEF]
        for length in 0...300 {
            for round in 0..<6 {
                var bytes = (0..<length).map { plain[($0 + round) % plain.count] }
                if round > 0, length > 0 {  // one to three specials at random offsets
                    for _ in 0..<(1 + mix.next(3)) { bytes[mix.next(length)] = specials[mix.next(specials.count)] }
                }
                bytes.withUnsafeBufferPointer { buffer in
                    let base = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
                    let fast = XMLEscape.cleanTextPrefix(base, length)
                    #expect(fast == Self.plainCleanTextPrefix(base, length), "length \(length) round \(round)")
                    if let special = Self.firstSpecial(bytes) {
                        #expect(fast <= special, "length \(length) round \(round)")
                    } else {
                        #expect(fast == length, "length \(length) round \(round)")
                    }
                }
            }
        }
    }

    @Test("character data through the wider scan is escaped as libxml2 escapes it (plain, session, oracle)")
    func longTextsMatchOracle() throws {
        var oracle = NewsMLWriter()
        oracle.leavesByLibXML2 = true
        var workspace = WriterWorkspace()
        let clean = String(repeating: "Plain words, “curly” and café. ", count: 9)
        for (index, tail) in ["", "<b>", "a & b", "\"q\"", "\u{1}", "\u{FFFE}", "tab\t", "\r\n"].enumerated() {
            var article = try WriterFixtures.exampleWithQuotes()
            for k in article.body.indices where k % 2 == 1 { article.body[k].text = clean + tail + clean }
            article.headline = clean + tail
            let plain = try oracle.write(article)
            #expect(try NewsMLWriter().write(article) == plain, "tail \(index)")
            #expect(try NewsMLWriter().write(article, reusing: &workspace) == plain, "tail \(index)")
        }
    }

    @Test("<q> tags copying their cd:quote values give the bytes of escaping them again (session against oracle)")
    func notedQuoteValuesMatchOracle() throws {
        var oracle = NewsMLWriter()
        oracle.leavesByLibXML2 = true
        var workspace = WriterWorkspace()
        for seed in 0..<60 as Range<UInt64> {
            let article = XMLQuoteLinesTests.article(seed: seed)
            let plain = try oracle.write(article)
            let ours = try NewsMLWriter().write(article, reusing: &workspace)
            #expect(XMLSerializationOracleTests.firstDifference(ours, plain) == nil, "seed \(seed)")
            #expect(String(decoding: ours, as: UTF8.self).contains("<q id=\"q1\""), "seed \(seed)")
            #expect(try NewsMLWriter().write(article) == plain, "seed \(seed)")  // render(): nothing noted
        }
    }

    @Test("quote values are noted only in order; a quote not noted is escaped again")
    func quoteValuesInOrder() {
        var values = XMLStreamWriter.QuoteValues()
        for k in 0..<40 { values.note(k, cue: k..<(k + 1), name: (2 * k)..<(2 * k + 3), role: 0..<0) }
        #expect(values.count == 40)
        #expect(values.values(39)?.name == 78..<81)
        #expect(values.values(40) == nil && values.values(-1) == nil)
        values.reset()
        #expect(values.values(0) == nil)
        values.note(1, cue: 0..<1, name: 0..<1, role: 0..<1)  // out of order: nothing more is noted
        values.note(0, cue: 0..<1, name: 0..<1, role: 0..<1)
        #expect(values.count == 0 && values.values(0) == nil)
    }

    @Test("one-step metadata lines (catalogRef, itemClass, provider, pubStatus, language, cd:source, dates) are libxml2's bytes")
    func metadataLinesMatchOracle() throws {
        let values = ["", "en", "Desk <&> \"Ünïcode\"\tname\nnext", "caf\u{E9} \u{1F600}", "a\rb", "\u{1}x", "\u{FFFE}",
                      "plain value long enough for more than one vector step of sixteen bytes"]
        var workspace = WriterWorkspace()
        for (index, value) in values.enumerated() {
            let writer = NewsMLWriter(provider: value.isEmpty ? "Copydesk" : value)
            var oracle = writer
            oracle.leavesByLibXML2 = true
            var article = try WriterFixtures.exampleWithQuotes()
            article.language = index % 2 == 0 ? "en-GB" : nil
            article.source = Source(path: index % 3 == 0 ? nil : value, sha256: value, bytes: index * 997 - 5, encoding: value)
            article.published = DateStamp(text: value, iso: index % 2 == 0 ? "2019-11-20T05:27:00-06:00" : nil)
            article.updated = index % 3 == 1 ? nil : DateStamp(text: values[(index + 2) % values.count], iso: value)
            let plain = try oracle.write(article)
            #expect(try writer.write(article) == plain, "value \(index)")
            #expect(try writer.write(article, reusing: &workspace) == plain, "value \(index)")
            #expect(try writer.mergedEntry(article, index: 0) == oracle.mergedEntry(article, index: 0), "value \(index)")
        }
    }

    @Test("one-step figcaption and by lines give the bytes of their calls (every mix of present, empty and escaped fields)")
    func captionAndByLinesMatchOracle() throws {
        let fields: [String?] = [nil, "", "Caption <b> & \"x\"\u{1}", "Plain credit", "caf\u{E9}\ttab"]
        var oracle = NewsMLWriter()
        oracle.leavesByLibXML2 = true
        var workspace = WriterWorkspace()
        var article = try WriterFixtures.exampleWithQuotes()
        let body = article.body.count
        for caption in fields {
            for duration in fields {
                for credit in fields {
                    article.media = [MediaItem(kind: .image, caption: caption, credit: credit, duration: duration),
                                     MediaItem(kind: .video, caption: credit, credit: duration, duration: caption, after: body - 1)]
                    let names = [caption, duration, credit].compactMap { $0 }
                    article.byline = names.map { BylineEntry(name: $0, role: $0.isEmpty ? nil : $0) }
                    let plain = try oracle.write(article)
                    let label = "\(String(describing: caption)) \(String(describing: duration)) \(String(describing: credit))"
                    #expect(try NewsMLWriter().write(article) == plain, "\(label)")
                    #expect(try NewsMLWriter().write(article, reusing: &workspace) == plain, "\(label)")
                }
            }
        }
    }

    @Test("body blocks without quotes as one-step lines give leaf's bytes for every kind (empty, clean, escaped texts)")
    func blockLinesMatchOracle() throws {
        let texts = ["", "Plain paragraph text.", "Tom & Jerry <b> \"q\" \u{1} \u{FFFE} tab\there",
                     String(repeating: "A long clean sentence, “curly” and café. ", count: 6) + "<end>"]
        let kinds: [BodyBlock.Kind] = [.paragraph, .subheading, .listItem, .blockquote]
        var oracle = NewsMLWriter()
        oracle.leavesByLibXML2 = true
        var workspace = WriterWorkspace()
        for (index, text) in texts.enumerated() {
            var article = try WriterFixtures.exampleWithQuotes()
            article.quotes = []
            article.body = kinds.flatMap { [BodyBlock(kind: $0, text: text), BodyBlock(kind: $0, text: texts[(index + 1) % texts.count])] }
            let plain = try oracle.write(article)
            #expect(try NewsMLWriter().write(article) == plain, "text \(index)")
            #expect(try NewsMLWriter().write(article, reusing: &workspace) == plain, "text \(index)")
            #expect(try NewsMLWriter().mergedEntry(article, index: 0) == oracle.mergedEntry(article, index: 0), "text \(index)")
        }
    }
}

