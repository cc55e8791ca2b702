@testable import Copydesk
import Foundation
import Testing

@Suite("Input decoding")
struct InputDecoderTests {
    let decoder = InputDecoder()

    @Test("UTF-8 passes through; a BOM is dropped and recorded")
    func utf8() throws {
        let plain = try decoder.decode(Array("Café “quoted” 😀".utf8))
        #expect(plain == InputDecoder.Decoded(text: "Café “quoted” 😀", encoding: "utf-8"))
        let bom = try decoder.decode([0xEF, 0xBB, 0xBF] + Array("Hi".utf8))
        #expect(bom.text == "Hi" && bom.encoding == "utf-8-bom" && !bom.fallback && bom.warnings.isEmpty)
    }

    @Test("UTF-16 LE and BE with a BOM, and ASCII-heavy UTF-16 LE without one")
    func utf16() throws {
        let text = "Zoë said “hi” 👋\nline two"
        let le = try decoder.decode(TortureText.utf16(text, bigEndian: false, bom: true))
        #expect(le.text == text && le.encoding == "utf-16le")
        let be = try decoder.decode(TortureText.utf16(text, bigEndian: true, bom: true))
        #expect(be.text == text && be.encoding == "utf-16be")
        let bare = try decoder.decode(TortureText.utf16("Plain ASCII headline\nBody", bigEndian: false, bom: false))
        #expect(bare.text == "Plain ASCII headline\nBody" && bare.encoding == "utf-16le")
        let bareBE = try decoder.decode(TortureText.utf16("Plain ASCII headline\nBody", bigEndian: true, bom: false))
        #expect(bareBE.encoding == "utf-16be")
    }

    @Test("UTF-16 odd byte counts and lone surrogates decode with U+FFFD and warnings")
    func utf16Damage() throws {
        let odd = try decoder.decode([0xFF, 0xFE, 0x41, 0x00, 0x42])
        #expect(odd.text == "A")
        #expect(odd.warnings.contains { $0.contains("odd byte") })
        let lone = try decoder.decode([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00, 0x00, 0xDC])
        #expect(lone.text == "\u{FFFD}A\u{FFFD}")
        #expect(lone.warnings.contains { $0.contains("2 lone UTF-16 surrogate") })
        let onlyBOM = try decoder.decode([0xFE, 0xFF])
        #expect(onlyBOM.text == "" && onlyBOM.encoding == "utf-16be")
    }

    @Test("invalid UTF-8 falls back to Windows-1252 for the whole file, flagged")
    func windows1252() throws {
        let decoded = try decoder.decode(Array("“Caf".utf8) + [0xE9, 0x94, 0x20, 0x80, 0x85, 0x99, 0x9F, 0xA0, 0xFF])
        // The valid UTF-8 “ at the start is read byte by byte too: the choice is per file.
        #expect(decoded.text == "â€œCafé” €…™Ÿ\u{A0}ÿ")
        #expect(decoded.encoding == "windows-1252" && decoded.fallback)
        #expect(decoded.warnings.first == "not valid UTF-8: read as Windows-1252")
        let holes = try decoder.decode(Array("Some text here and there ".utf8) + [0x81, 0x8D])
        #expect(holes.text.hasSuffix("\u{FFFD}\u{FFFD}"))
    }

    @Test("overlong encodings and CESU-8 surrogates are not UTF-8")
    func overlong() throws {
        #expect(try decoder.decode([0x41, 0xC0, 0xAF, 0x20, 0x42]).encoding == "windows-1252")
        #expect(try decoder.decode([0x41, 0xED, 0xA0, 0x80, 0x20, 0x42]).encoding == "windows-1252")
        #expect(try decoder.decode([0x41, 0xF4, 0x90, 0x80, 0x80, 0x20]).encoding == "windows-1252")
    }

    @Test("NUL and C0 controls are removed, VT/FF become line breaks, U+FFFE/U+FFFF become U+FFFD")
    func cleaning() throws {
        let decoded = try decoder.decode(Array("a\u{0}b\u{1}c\u{B}d\u{C}e\tf\r\ng".utf8) + [0xEF, 0xBF, 0xBE, 0xEF, 0xBF, 0xBF] + Array(" the rest of a line".utf8))
        #expect(decoded.text == "abc\nd\ne\tf\r\ng\u{FFFD}\u{FFFD} the rest of a line")
        #expect(decoded.warnings == ["removed 1 NUL byte(s)", "removed 1 control character(s)",
                                     "read 2 vertical tab/form feed(s) as line breaks", "replaced 2 U+FFFE/U+FFFF with U+FFFD"])
        let latin = try decoder.decode([0x41, 0x00, 0xE9, 0x0B, 0x42, 0x20, 0x20, 0x20])
        #expect(latin.text == "Aé\nB   " && latin.fallback)
        #expect(InputDecoder.clean("x\u{0}y\u{1F}z") == "xyz")
        #expect(InputDecoder.clean("clean “text”") == "clean “text”")
    }

    @Test("combining marks, ZWJ emoji, RTL, CJK and C1 controls pass unchanged")
    func unicodePassesThrough() throws {
        let text = "e\u{301}\u{302} 👩‍👩‍👧‍👦 🇺🇸 \u{202E}مرحبا\u{202C} שלום 北京 「引用」 \u{85}\u{9F} \u{E000}"
        #expect(try decoder.decode(Array(text.utf8)).text == text)
    }

    @Test("binary formats are refused by signature, naming the input", arguments: [
        ("PNG image", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]),
        ("JPEG image", [0xFF, 0xD8, 0xFF, 0xE0, 0x00]),
        ("GIF image", Array("GIF89a\u{1}\u{0}".utf8)),
        ("PDF document", Array("%PDF-1.4\n".utf8)),
        ("ZIP archive", [0x50, 0x4B, 0x03, 0x04, 0x14]),
        ("gzip data", [0x1F, 0x8B, 0x08]),
    ] as [(String, [UInt8])])
    func signatures(kind: String, bytes: [UInt8]) {
        #expect { try decoder.decode(bytes + [UInt8](repeating: 0x20, count: 100), input: "in/photo.txt") } throws: { error in
            guard let error = error as? CopydeskError else { return false }
            return error.code == .notText && error.description.hasPrefix("in/photo.txt: not text (\(kind)")
        }
    }

    @Test("random bytes and NUL-heavy data are refused; text with a few odd bytes is not")
    func heuristic() throws {
        var random = TortureRandom(seed: 42)
        for size in [16, 64, 512, 65_536] {
            #expect(throws: CopydeskError.self) { try decoder.decode(random.bytes(size), input: "r") }
        }
        #expect(throws: CopydeskError.self) { try decoder.decode(Array(repeating: 0, count: 100)) }
        let article = Array(TortureText.article().utf8)
        #expect(try decoder.decode(article + [0x1B, 0x1A, 0x00, 0x07]).encoding == "utf-8")
        #expect(try decoder.decode(article + [0x1B, 0xFF, 0x00]).encoding == "windows-1252")
        #expect(try decoder.decode(Array("BZh is a word. RIFF too. ftyp".utf8)).encoding == "utf-8")
        #expect(try decoder.decode([]).text == "")
        #expect(try decoder.decode([0x00]).text == "")
    }

    @Test("the decision is recorded in source.encoding")
    func recorded() throws {
        let article = try ArticleParser().parse(bytes: Array("Headline\nThe caf".utf8) + [0xE9, 0x20, 0x6F, 0x70, 0x65, 0x6E, 0x73, 0x2E], path: "x.txt")
        #expect(article.source.encoding == "windows-1252")
        let json = String(decoding: try JSONArticleWriter().write(article), as: UTF8.self)
        #expect(json.contains("The café opens."))
    }
}

@Suite("Parsing decoded input")
struct ParseDecodedTests {
    @Test("parse(decoded:bytes:) equals parse(bytes:) and leaves the warnings to the caller")
    func sameArticle() throws {
        let bytes = Array("Headline\nThe caf".utf8) + [0xE9, 0x00, 0x20, 0x6F, 0x70, 0x65, 0x6E, 0x73, 0x2E]
        let decoded = try InputDecoder().decode(bytes, input: "in.txt")
        #expect(decoded.fallback && decoded.warnings.count == 2)
        let viaDecoded = ArticleParser().parse(decoded: decoded, bytes: bytes, id: "in", path: "in.txt")
        #expect(viaDecoded == (try ArticleParser().parse(bytes: bytes, id: "in", path: "in.txt")))
        #expect(viaDecoded.source.encoding == "windows-1252")
    }

    @Test("parse(text:) cleans NUL, controls and U+FFFE/U+FFFF too, so every writer can carry the result")
    func parseTextIsCleaned() throws {
        let noncharacter = String(Character(Unicode.Scalar(0xFFFE)!))
        let article = ArticleParser().parse(text: TortureText.article(body: "Bad\u{0}bytes\u{1B}[0m and \(noncharacter) here."), id: "t")
        #expect(OutputChecks.modelProblems(article) == [])
        for format in WriterRegistry.formats {
            #expect(OutputChecks.problems(format: format.name, output: try format.writer.write(article), article: article) == [], "\(format.name)")
        }
    }
}
