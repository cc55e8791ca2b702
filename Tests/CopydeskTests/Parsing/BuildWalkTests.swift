import Testing
@testable import Copydesk

/// The build walk's shortcuts against the plain rules: discarded entries written into the walk's storage against
/// appending each to the article, and the header plan's line bits against the plan's fields.
@Suite("Build walk")
struct BuildWalkTests {
    @Test("entries written through the walk's storage (and past its room) come out as appended one by one")
    func discardStorageMatchesAppends() {
        var text = "one\ntwo words\nthree\nfour and more\nfive\n"
        let base = text
        text.withUTF8 { utf8 in
            let lines = TextLine.lines(in: utf8)
            let source = Source(path: nil, sha256: "", bytes: 0, encoding: "utf-8")
            for room in [0, 1, 2, lines.count, lines.count + 3] {
                var builder = ArticleBuilder(article: Article(id: "t", source: source, discardedLines: DiscardedLines(base: base)))
                var plain = DiscardedLines(base: base)
                builder.discard(lines[0], .navigation)  // before a walk: appended to the article
                plain.append(line: lines[0].number, start: lines[0].start, end: lines[0].end, reason: .navigation)
                builder.withDiscardStorage(lines: room) { builder in
                    for (index, line) in lines.enumerated() {
                        let reason: DiscardReason = index % 2 == 0 ? .footer : .list
                        if index == 1 {
                            lines.withUnsafeBufferPointer { builder.discard(at: $0.baseAddress! + index, text: utf8, reason) }
                        } else {
                            builder.discard(line, reason)
                        }
                        plain.append(line: line.number, start: line.start, end: line.end, reason: reason)
                    }
                }
                builder.discard(lines[2], .duplicate)  // after the walk
                plain.append(line: lines[2].number, start: lines[2].start, end: lines[2].end, reason: .duplicate)
                #expect(builder.discards.capacity == 0)
                #expect(builder.article.discardedLines.lines == plain.lines, "room \(room)")
                #expect(builder.article.discarded.map(\.text) == ["one", "one", "two words", "three", "four and more", "five", "three"])
            }
        }
    }

    @Test("a header line has its bit exactly when the plan names it")
    func namedLineBitsMatchPlan() {
        var state: UInt64 = 99
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        func maybe() -> Int? { next(3) == 0 ? nil : next(300) }
        for _ in 0..<2000 {
            let plan = HeaderReader.Plan(section: maybe(), headline: maybe(), standfirst: (0..<next(5)).map { _ in next(300) }.sorted(),
                                         byline: maybe(), nameLine: maybe(), published: maybe(), updated: maybe())
            let bits = plan.namedLineBits
            for index in 0..<256 {
                let named = [plan.section, plan.headline, plan.byline, plan.nameLine, plan.published, plan.updated].contains(index)
                    || plan.isStandfirst(index)
                #expect((bits[index >> 6] & 1 << UInt64(index & 63) != 0) == named, "\(plan) \(index)")
            }
        }
    }

    @Test("a name compared on folded bytes equals the line exactly when the lowered strings are equal")
    func loweredNameMatchesStrings() {
        let pieces = ["a", "A", "k", "K", "\u{212A}", ";", "\u{37E}", "`", "\u{1FEF}", " ", "é", "É", "e\u{301}", "ß", "İ", "z", "Z", "-"]
        var state: UInt64 = 5
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        func text() -> String { (0..<(1 + next(5))).map { _ in pieces[next(pieces.count)] }.joined() }
        for _ in 0..<20000 {
            let name = text(), line = next(4) == 0 ? name.uppercased() : text()
            let bytes = Array(name.utf8)
            let bio = ArticleBuilder.BioName(name: name, lower: name.lowercased(), count: bytes.count, ascii: !bytes.contains { $0 >= 0x80 },
                                             first: FoldedBytes.fold(bytes.first ?? 0))
            let plain = TextLine.asciiLowercased(line[...]) == name.lowercased()
            var copy = line
            let folded = copy.withUTF8 { ArticleBuilder.equalsLowered($0, bio) }
            // the builder compares an ASCII name only with lines of its byte count
            if !bio.ascii || line.utf8.count == bytes.count { #expect(folded == plain, "\(name.debugDescription) \(line.debugDescription)") }
        }
    }
}
