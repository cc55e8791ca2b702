import Foundation

/// The hostile inputs of the torture suite. Sizes stay modest so a debug `swift test` is quick;
/// Scripts/scale-check.sh runs the big versions (20 MB line, 300,000 lines) on a release build.
enum TortureCatalogue {
    static let all: [TortureInput] = shape + encodings + characters + markup + binary + fixtures

    /// Structure: emptiness, size, repetition, quote storms.
    static let shape: [TortureInput] = [
        TortureInput("empty", []),
        TortureInput("blank-lines", text: "\n\n   \n\t\n\n"),
        TortureInput("whitespace-and-nbsp", text: " \u{A0}\u{A0}\t \u{3000}\n\u{A0}\n\u{2007}\u{202F}\u{205F}\n"),
        TortureInput("headline-only", text: "A headline and nothing else"),
        TortureInput("only-advertisement-lines", text: TortureText.repeated("Advertisement", 200, separator: "\n")),
        TortureInput("long-single-line-1mb", text: TortureText.repeated("The quick brown fox said “jump” again, ", 26_000)),
        TortureInput("very-long-word-200kb", text: "Headline\n" + String(repeating: "a", count: 200_000) + "\nEnd."),
        TortureInput("20000-short-lines", text: (0..<20_000).map { "Line \($0)." }.joined(separator: "\n")),
        TortureInput("5000-paragraphs", text: TortureText.article() + "\n\n" + (0..<5_000).map {
            "Paragraph \($0) tells part of the story, and the mayor said it mattered."
        }.joined(separator: "\n\n")),
        TortureInput("repeated-identical-lines", text: TortureText.repeated("The same sentence again, over and over.", 5_000, separator: "\n")),
        TortureInput("thousands-of-quotes-one-paragraph", text: TortureText.article() + "\n" +
                     TortureText.repeated("“Yes,” he said. “No,” she replied. ", 2_000)),
        TortureInput("thousands-of-nested-quote-marks", text: TortureText.article() + "\n" +
                     TortureText.repeated("“‘«„‹\"'", 3_000) + " said the spokesman."),
        TortureInput("thousands-of-unbalanced-openers", text: "Headline\n" + TortureText.repeated("He said “and then ", 3_000)),
        TortureInput("only-quote-marks", text: TortureText.repeated("\"“”‘’«»„‚‹›「」『』", 500, separator: "\n")),
        TortureInput("punctuation-and-bullets", text: "•\n- \n* * *\n—\n…\n|\n#\n>>\n::\n" + TortureText.article()),
        TortureInput("dates-and-numbers-gone-wrong", text: "Published 99 Foo 99999\nUpdated: 31/02/0000 25:61\n12345678901234567890\n-1\n" + TortureText.article()),
        TortureInput("tabs-everywhere", text: TortureText.article().replacingOccurrences(of: " ", with: "\t")),
    ]

    /// Line endings, byte-order marks and encodings.
    static let encodings: [TortureInput] = [
        TortureInput("lone-cr-line-endings", text: TortureText.article().replacingOccurrences(of: "\n", with: "\r")),
        TortureInput("mixed-line-endings", text: TortureText.article().split(separator: "\n").enumerated()
            .map { $0.element + ["\n", "\r\n", "\r", "\n\r"][$0.offset % 4] }.joined()),
        TortureInput("utf8-bom", [0xEF, 0xBB, 0xBF] + Array(TortureText.article().utf8), encoding: "utf-8-bom"),
        TortureInput("double-bom", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array(TortureText.article().utf8), encoding: "utf-8-bom"),
        TortureInput("utf16le-bom", TortureText.utf16(TortureText.article(body: "Émile said “ça va” 😀."), bigEndian: false, bom: true), encoding: "utf-16le"),
        TortureInput("utf16be-bom", TortureText.utf16(TortureText.article(body: "北京 said “好”."), bigEndian: true, bom: true), encoding: "utf-16be"),
        TortureInput("utf16le-without-bom", TortureText.utf16(TortureText.article(), bigEndian: false, bom: false), encoding: "utf-16le"),
        TortureInput("utf16le-odd-length-lone-surrogates",
                     TortureText.utf16("Headline\nBody text ", bigEndian: false, bom: true) + [0x00, 0xD8, 0x41, 0x00, 0x00, 0xDC, 0x0A, 0x00, 0x41],
                     encoding: "utf-16le"),
        TortureInput("utf16be-lone-high-surrogate-at-end", TortureText.utf16("Headline\nText", bigEndian: true, bom: true) + [0xD8, 0x3D],
                     encoding: "utf-16be"),
        TortureInput("windows-1252-smart-quotes", Array("Headline\nThe mayor said ".utf8) + [0x93] + Array("caf".utf8) + [0xE9, 0x94, 0x2E, 0x0A, 0x80, 0x85, 0x99],
                     encoding: "windows-1252"),
        TortureInput("windows-1252-undefined-bytes", Array(TortureText.article().utf8) + [0x81, 0x8D, 0x0A, 0x8F, 0x90, 0x9D], encoding: "windows-1252"),
        TortureInput("overlong-utf8", Array("Headline\nSlash ".utf8) + [0xC0, 0xAF, 0x20, 0xE0, 0x80, 0xAF, 0x20, 0xF0, 0x80, 0x80, 0xAF] + Array(" end.".utf8),
                     encoding: "windows-1252"),
        TortureInput("cesu8-surrogates", Array("Headline\nEmoji ".utf8) + [0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80] + Array(" here.".utf8), encoding: "windows-1252"),
        TortureInput("truncated-utf8-at-end", Array(TortureText.article(body: "Über").utf8) + [0xE2, 0x80], encoding: "windows-1252"),
        TortureInput("real-text-few-odd-bytes", Array(TortureText.article().utf8) + [0x1A, 0x0A, 0x1B] + Array("[0m tail".utf8), encoding: "utf-8"),
    ]

    /// Control characters and the odd corners of Unicode.
    static let characters: [TortureInput] = [
        TortureInput("nul-bytes", Array("Head\u{0}line\n".utf8) + Array(TortureText.article().utf8) + [0, 0, 0x0A, 0] + Array("Tail \u{0}text.".utf8), encoding: "utf-8"),
        TortureInput("c0-control-characters", text: TortureText.article(body: (1..<32).map { "word\(Character(Unicode.Scalar($0)!))" }.joined(separator: " "))),
        TortureInput("c1-controls-and-del", text: TortureText.article(body: "A\u{80}B\u{85}C\u{9F}D\u{7F}E")),
        TortureInput("non-characters", text: TortureText.article(body: [0x41, 0xFFFE, 0x42, 0xFFFF, 0x43, 0xFDD0, 0x44, 0x1FFFF, 0x45, 0x10FFFF]
            .map { String(Character(Unicode.Scalar($0)!)) }.joined())),
        TortureInput("private-use", text: TortureText.article(body: "\u{E000}\u{F8FF}\u{F0000}\u{10FFFD} said “\u{E001}”.")),
        TortureInput("rtl-overrides-arabic-hebrew", text: "\u{202E}Headline reversed\u{202C}\n" +
                     TortureText.article(body: "قال الوزير «نحن مستعدون» اليوم. \u{2067}שלום\u{2069} \u{200F}עברית\u{200E} “שלום,” אמר.")),
        TortureInput("zero-width-characters", text: TortureText.article(body: "zero\u{200B}width\u{200C}non\u{200D}joiner\u{2060}word\u{FEFF}joiner \u{200B}\n\u{200B}\u{FEFF}")),
        TortureInput("combining-mark-storm", text: TortureText.article(body: "Z" + String(repeating: "\u{0301}\u{0336}\u{0489}", count: 2_000) + " said “e\u{0301}\u{0302}\u{0303}”.")),
        TortureInput("emoji-zwj-flags-skin-tones", text: TortureText.article(body: "👩‍👩‍👧‍👦 🏳️‍🌈 🇺🇸🇨🇳 👍🏽 “🙂,” said 🧑🏿‍🚀. " + TortureText.repeated("👨‍👩‍👧", 1_000))),
        TortureInput("cjk-article", text: "科技\n中国科学家宣布新突破\n记者 王小明\n2024年3月3日\n北京——中国科学院周二宣布。\n“我们已经准备好了，”王志刚说。\n「这是重要的一步」，他表示。\n『引用』と彼は言った。\n한국어 문장 \"인용\"이라고 말했다."),
        TortureInput("line-and-paragraph-separators", text: "Headline\u{2028}still headline\u{2029}next\n\u{85}" + TortureText.article()),
    ]

    /// Markup-like and spreadsheet-hostile text.
    static let markup: [TortureInput] = [
        TortureInput("markup-like-text", text: "<h1>Headline & <b>bold</b></h1>\n" + TortureText.article(body:
            "Text with ]]> and <!-- comment --> and &amp; &#0; &#x1F; <script>alert('x')</script> <?xml version=\"1.0\"?> <![CDATA[ x ]]]]><![CDATA[> &lt; \"quoted <tag>,\" she said.")),
        TortureInput("csv-hostile-cells", text: """
        =cmd|' /C calc'!A0
        Officials weigh a plan
        By =HYPERLINK("http://x")
        "=cmd|' /C calc'!A0," said +1 Smith, the =SUM(A1) officer.
        "+1 plus one," said -1 Jones.
        "-1," said @SUM(A1:A9) Brown.
        "@SUM(1+1)," said Tab\tPerson.
        "A, B, and ""C""," said "Quote" O'Neil, a "role, with commas".
        "\rStarts with CR," said Carla Cee.
        Photo: =IMPORTXML(A1) / Getty Images
        "\t tab first," the =cmd spokeswoman said.
        """),
        TortureInput("json-hostile-text", text: TortureText.article(body: "Backslash \\ and \\u0000 and \\\" and \u{7F} and \u{2028} \u{2029} and \"\\n\" literal.")),
    ]

    /// Data that is not text: refused with a clear error.
    static let binary: [TortureInput] = {
        var random = TortureRandom(seed: 7)
        return [
            TortureInput("png-image", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + random.bytes(2_000), .notText),
            TortureInput("jpeg-image", [0xFF, 0xD8, 0xFF, 0xE0] + random.bytes(2_000), .notText),
            TortureInput("gif-image", Array("GIF89a".utf8) + random.bytes(500), .notText),
            TortureInput("pdf-document", Array("%PDF-1.7\n".utf8) + random.bytes(500), .notText),
            TortureInput("zip-archive", [0x50, 0x4B, 0x03, 0x04] + random.bytes(500), .notText),
            TortureInput("gzip-data", [0x1F, 0x8B, 0x08, 0x00] + random.bytes(500), .notText),
            TortureInput("random-bytes", random.bytes(4_096), .notText),
            TortureInput("random-bytes-small", random.bytes(64), .notText),
            TortureInput("many-nuls", [UInt8](repeating: 0, count: 1_000), .notText),
            TortureInput("utf16be-without-bom-binary-like", random.bytes(16) + [UInt8](repeating: 0, count: 64), .notText),
        ]
    }()

    /// Small files in Fixtures/torture (fuzzer findings and hand-made files); they seed the fuzzer too.
    static let fixtures: [TortureInput] = {
        let folder = TestPaths.fixture("torture")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().compactMap { name -> TortureInput? in
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { return nil }
            let outcome: TortureInput.Outcome = name.hasPrefix("nottext-") ? .notText : .converts
            // A name starting with an encoding ("utf16le-…") says what source.encoding must be.
            let encoding = [("utf16le-", "utf-16le"), ("utf16be-", "utf-16be"), ("windows-1252-", "windows-1252")]
                .first { name.hasPrefix($0.0) }?.1
            return TortureInput("fixture-" + (name as NSString).deletingPathExtension, [UInt8](data), outcome, encoding: encoding)
        }
    }()
}
