import Testing
@testable import Copydesk

/// The byte-level line facts and gates agree with the Character- and scalar-level definitions they stand in for.
@Suite("Line gates")
struct LineGateTests {
    private static let samples: [Substring] = [
        "Photo: Hau Dinh, AP", "“We will not,” Esper said.", "See www.Example.com today", "Go to HTTPS://x.org/a",
        "http:/ not a url", "Caption. Courtesy of NASA", "a\tb", "Done!”", "Wait…", "(AP)", "»", "Ends with ’",
        "  two\u{A0}words\u{2009}here ", "", "1 / 8", "Mr. J. Scott/Reuters", "ÉLAN Vital", "e\u{301}tude est",
    ]

    @Test("line flags match the generic word count and the searches they replace")
    func flagsMatchDefinitions() {
        for text in Self.samples {
            let flags = LineFlags(text)
            #expect(flags.words == text.unicodeScalars.split(whereSeparator: \.isSpaceLike).count, "\(text)")
            let lower = String(text).lowercased()
            #expect(flags.url == (lower.contains("http://") || lower.contains("https://") || lower.contains("www.")), "\(text)")
            #expect(flags.dotSpace == text.contains(". "), "\(text)")
            #expect(flags.tab == text.contains("\t"), "\(text)")
            #expect(flags.quote == text.unicodeScalars.contains { $0 == "\"" || $0 == "“" || $0 == "”" }, "\(text)")
            let bytesEnd = text.withUTF8Bytes { LineFlags.endsLikeSentence($0) }
            #expect(bytesEnd == text.endsLikeSentence, "\(text)")
        }
    }

    @Test("ASCII fast paths give the Character answers")
    func fastPathsMatch() {
        for text in Self.samples {
            #expect(text.spaceWords == text.split(whereSeparator: { $0.unicodeScalars.first?.isSpaceLike ?? false }), "\(text)")
            #expect(text.lowercasedFast == text.lowercased(), "\(text)")
            for byte in [UInt8(ascii: "("), UInt8(ascii: "/"), UInt8(ascii: ".")] {
                #expect(text.lastIndex(ofASCII: byte) == text.lastIndex(of: Character(Unicode.Scalar(byte))), "\(text)")
            }
        }
        // the shared ASCII word walk: every word in order, and it stops at the first word refused
        let text = "\t Getty  Images /AFP \u{0B}"
        var seen: [String] = []
        let all = Array(text.utf8).withUnsafeBufferPointer { bytes in
            ByteSearch.allASCIIWords(bytes) { seen.append(String(decoding: bytes[$0], as: UTF8.self)); return true }
        }
        #expect(all && seen == ["Getty", "Images", "/AFP"])
        seen = []
        let stopped = Array(text.utf8).withUnsafeBufferPointer { bytes in
            ByteSearch.allASCIIWords(bytes) { seen.append(String(decoding: bytes[$0], as: UTF8.self)); return seen.count < 2 }
        }
        #expect(!stopped && seen == ["Getty", "Images"])
        // a slash carrying a combining mark is not the Character "/": the byte search defers to Characters
        let marked: Substring = "a/\u{301}b"
        #expect(marked.lastIndex(ofASCII: UInt8(ascii: "/")) == nil)
    }

    @Test("key shapes never reject a key and reject other shapes")
    func keyShapes() {
        let keys = ["reuters", "ap", "associated press", "don’t miss"]
        let shapes = KeyShapes(keys)
        for key in keys { #expect(shapes.mayContain(key)) }
        #expect(!shapes.mayContain("reuterss"))
        #expect(!shapes.mayContain("Reuters"))
        var set = ByteSet(firstBytesOf: keys)
        #expect(set.contains(UInt8(ascii: "r")) && set.contains(UInt8(ascii: "d")) && !set.contains(UInt8(ascii: "x")))
        set.insert(0xFF)
        #expect(set.contains(0xFF))
    }

    @Test("the line splitter keeps numbers and trims Unicode spaces")
    func splitter() {
        let lines = LineSplitter.lines(of: " one \r\n\r\n\u{A0}two\u{A0}\rthree\n \n")
        #expect(lines.map(\.number) == [1, 3, 4])
        #expect(lines.map { String($0.text) } == ["one", "two", "three"])
    }

    @Test("comma pieces are the Character split, commas next to combining marks included")
    func commaPiecesMatchSplit() {
        let extra: [Substring] = [",a,,b,", "Jo Li, AP", ",\u{301}x, y", "é,b", "a ,\u{200D}b", ",,,", "Ana,Bo"]
        for text in Self.samples + extra {
            #expect(text.commaPieces() == text.split(separator: ","), "\(text)")
            let inner = text.dropFirst().dropLast()
            #expect(inner.commaPieces() == inner.split(separator: ","), "\(inner)")
        }
    }
}

/// The chunked line scan against each flag's plain definition, on long random lines that put every mark at every
/// offset of an eight-byte chunk.
@Suite("Line flags on long lines")
struct LineFlagChunkTests {
    private static func lines(count: Int, seed: UInt64) -> [Substring] {
        let pieces = ["a", "Z", " ", "  ", "\t", ".", "/", ":", ",", "\"", "“", "”", "\u{A0}", "\u{2009}", "é", "www.", "WwW.", "http://",
                      "HTTPS://", "1", "9", "0", "\u{3000}", "😀", "—", "Photo", "by ", "’", "\u{B}", "\u{C}", "\u{1}", ". ", ". P", "...",
                      "…", "word", "Words ", "@", "`", "{", "[", "~", "\u{7F}", "Credit: ", "x:", "-", "(", ")"]
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in Substring((0..<next(60)).map { _ in pieces[next(pieces.count)] }.joined()) }
    }

    @Test("every flag equals its definition")
    func everyFlag() {
        for text in Self.lines(count: 4000, seed: 11) {
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
