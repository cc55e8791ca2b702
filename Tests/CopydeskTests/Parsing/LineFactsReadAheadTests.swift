import Testing
@testable import Copydesk

/// The line facts read with the rest of the article in reach, the hash kept with each line, and the cheap gates
/// in front of the context and builder rules, each against the plain computation it replaces.
@Suite("Line facts read ahead")
struct LineFactsReadAheadTests {
    static func sameFlags(_ a: LineFlags, _ b: LineFlags) -> Bool {
        a.words == b.words && a.digit == b.digit && a.colon == b.colon && a.slash == b.slash && a.comma == b.comma && a.tab == b.tab
            && a.quote == b.quote && a.dotSpace == b.dotSpace && a.url == b.url && a.lettersBeforeColon == b.lettersBeforeColon
            && a.capitalsAfterDotSpace == b.capitalsAfterDotSpace && a.ellipsis == b.ellipsis
    }

    @Test("a line's last chunk read in place, whatever bytes follow it, gives the facts of the exact scan")
    func readAheadMatchesExact() {
        let followers: [[UInt8]] = [[], [0x20], [0x0A], [0x80, 0xFF, 0x00], [0x41, 0x3A, 0x2F, 0x2E, 0x20, 0x42], Array("...www.//, \"7".utf8),
                                    [0xE2, 0x80, 0x9C, 0x20, 0x20, 0x20, 0x20, 0x20], Array(repeating: 0x09, count: 9)]
        let random: [Substring] = LinePipelineFastPathTests.texts(count: 300, seed: 17).flatMap { $0.split(whereSeparator: \.isNewline) }
        let lines: [Substring] = random + ["a", "abcdefg", "abcdefgh", "abcdefghi", "Mr. Li: x/y", "x.", "www", "http:/", "…", "“Q”"]
        for line in lines {
            let exact = LineFlags(line)
            for follower in followers {
                let bytes = Array(line.utf8) + follower
                let flags = bytes.withUnsafeBufferPointer { all in
                    LineFlags(bytes: UnsafeBufferPointer(rebasing: all[..<line.utf8.count]), readable: all.count)
                }
                #expect(Self.sameFlags(flags, exact), "\(line.debugDescription) + \(follower)")
            }
        }
    }

    @Test("each line keeps the hash of its bytes that repeated lines are found by")
    func lineHash() {
        for text in LinePipelineFastPathTests.texts(count: 200, seed: 9) {
            for line in TestLine.lines(of: text) {
                #expect(line.byteHash == Array(line.text.utf8).withUnsafeBufferPointer { SeenLines.hash($0) }, "\(line.text.debugDescription)")
            }
        }
    }

    @Test("the video-label gate passes every label")
    func videoLabelGate() {
        let labels = ["Video", "WATCH", "Play video", "Watch Video", "video", "watch", "PLAY VIDEO", "Videos", "Watch now", "Wätch"]
        let random: [String] = LinePipelineFastPathTests.texts(count: 200, seed: 3).flatMap { $0.split(whereSeparator: \.isNewline) }.map(String.init)
        for text in labels + random {
            let line = textLine(text.isEmpty ? "-" : text)
            let gate = withUnsafePointer(to: line.line) { VideoRule.mayBeVideoLabel($0) }
            #expect(gate || !VideoRule.isVideoLabel(line), "\(text)")
        }
    }

    @Test("plain-text test with an eight-byte ASCII step equals the scalar-by-scalar test")
    func plainTexts() {
        func plain(_ text: String) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer { bytes in
                var index = 0
                while index < bytes.count {
                    guard let length = GraphemeFree.length(bytes, at: index) else { return false }
                    index += length
                }
                return true
            }
        }
        let texts = ["", "a", "abcdefgh", "abcdefgh\r", "abcdefghijklmnop\rq", "Photo: Smoke rises – over the city", "e\u{301}tude nouvelle",
                     "x\u{AD}y soft hyphen here", "long ASCII line with ümlaut at the end…", "😀 emoji first then ASCII text"]
            + LinePipelineFastPathTests.texts(count: 300, seed: 21)
        for text in texts { #expect(SeenTexts.isPlain(text) == plain(text), "\(text.debugDescription)") }
    }
}

/// Role kinds against the case tests they stand in for, and the role table keeping them in step.
@Suite("Role kinds")
struct RoleKindTests {
    static let roles: [LineRole] = [.text, .duplicate, .embed, .listItem, .captionText, .videoTitle, .videoText, .video(nil), .video("03:15"),
                                    .related("x"), .bullet("b"), .caption(.captioned(text: "c", credit: nil)), .caption(.caption("c")),
                                    .caption(.credit("AP", captionAbove: true)), .caption(.credit("AP", captionAbove: false)),
                                    .byline(BylineRule.Match(names: [BylineEntry(name: "Ann Lee")])), .credits([BylineEntry(name: "Ann Lee")]),
                                    .printEdition(PrintEdition(publication: "Post", headline: nil))]
        + DiscardReason.allCases.map { .furniture($0) }

    @Test("a role's kind answers every case test the context passes make")
    func kindsMatchCases() {
        for role in Self.roles {
            let kind = role.kind
            #expect((kind == .text) == role.isText && (kind == .duplicate) == role.isDuplicate && (kind == .embed) == role.isEmbed)
            #expect(kind.isMarker == role.isMarker && (kind == .date) == role.isDate)
            for reason in DiscardReason.allCases { #expect((kind == .furniture(reason)) == role.isFurniture(reason), "\(role) \(reason)") }
            if case .furniture = role { #expect(kind.rawValue >= LineRole.Kind.advertisement.rawValue) } else {
                #expect(kind.rawValue < LineRole.Kind.advertisement.rawValue)
            }
            if case .caption(.credit) = role { #expect(kind == .credit) } else if case .caption = role { #expect(kind == .caption) }
            let simple: [LineRole] = [.listItem, .captionText, .videoTitle, .videoText]
            let names: [LineRole.Kind] = [.listItem, .captionText, .videoTitle, .videoText]
            for (other, name) in zip(simple, names) { #expect((kind == name) == (role == other)) }
            if case .related = role { #expect(kind == .related) }
            if case .byline = role { #expect(kind == .byline) }
            if case .video = role { #expect(kind == .video) }
        }
    }

    @Test("the body weight read from a role's kind is the weight read from the role")
    func weightFromKind() {
        let texts = ["Menu", "A short sentence here.", "Webb emerged, naked.", "One two three four five six seven eight nine ends.",
                     String(repeating: "word ", count: 30), "Four words no stop", "Five words here no stop"]
        for text in texts {
            let line = textLine(text)
            for role in Self.roles {
                #expect(BodySpan.weight(line, role.kind) == BodySpan.weight(line, role), "\(text) \(role)")
            }
        }
    }

    @Test("setting a role through the table keeps its kind in step")
    func tableKeepsKinds() {
        var roles: [LineRole] = Self.roles
        roles.withUnsafeMutableBufferPointer { buffer in
            RoleTable.with(buffer) { table in
                for index in table.indices { #expect(table.kind(index) == table[index].kind) }
                for index in table.indices { table.set(index, Self.roles[(index * 7 + 3) % Self.roles.count]) }
                for index in table.indices { #expect(table.kind(index) == table[index].kind && table[index] == buffer[index]) }
            }
        }
    }
}
