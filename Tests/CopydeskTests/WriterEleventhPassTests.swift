@testable import Copydesk
import Foundation
import Testing

/// The eleventh pass's writer fast paths against the plain rules they replace.
@Suite("Writer fast paths of the eleventh pass match their plain rules")
struct WriterEleventhPassTests {
    /// The plain rule of `XMLEscape.cleanTextPrefix`: the first byte character data must look at
    /// (a control, 0xEF, `<`, `>`, `&`, `"`), or nil.
    static func firstSpecial(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        bytes.firstIndex { $0 < 0x20 || $0 == 0xEF || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 }
    }

    /// Texts with each special byte at every position of short and long runs, and mixed scalars.
    static func escapeSamples() -> [String] {
        var samples = WriterByteRuleTests.texts()
        for length in [0, 1, 7, 8, 15, 16, 17, 31, 32, 33, 47, 63, 64, 65, 100] {
            for special in ["<", ">", "&", "\"", "\t", "\n", "\r", "\u{1}", "\u{FFFE}", "\u{FFFD}"] {
                for at in Set([0, length / 3, length / 2, max(length - 1, 0), length]) {
                    samples.append(String(repeating: "a", count: at) + special + String(repeating: "é", count: (length - at) / 2))
                }
            }
        }
        return samples
    }

    @Test("clean text prefix: whole only when no byte needs a look, never past the first one")
    func cleanTextPrefixMatchesPlainRule() {
        for text in Self.escapeSamples() {
            var copy = text
            copy.withUTF8 { bytes in
                let first = Self.firstSpecial(bytes)
                let prefix = bytes.isEmpty ? 0 : XMLEscape.cleanTextPrefix(bytes.baseAddress!, bytes.count)
                if let first {
                    #expect(prefix <= first, "\(text.debugDescription): \(prefix) past \(first)")
                } else {
                    #expect(prefix == bytes.count, "\(text.debugDescription)")
                }
                #expect(bytes.isEmpty || XMLEscape.isCleanText(bytes.baseAddress!, bytes.count) == (first == nil))
            }
        }
    }

    @Test("character data resumed after a clean prefix gives the bytes of escaping from the start")
    func appendTextAfterPrefixMatchesWholeEscape() {
        for text in Self.escapeSamples() {
            for normalized in [false, true] {
                var copy = text
                copy.withUTF8 { bytes in
                    guard let first = Self.firstSpecial(bytes) else { return }
                    var whole = XMLByteRun(capacity: 8), resumed = XMLByteRun(capacity: 8)
                    XMLEscape.appendText(bytes, normalized: normalized, to: &whole)
                    // Every offset at or before the first special byte is a valid clean prefix.
                    for prefix in Set([0, first / 2, first]) {
                        resumed.removeAll()
                        XMLEscape.appendText(bytes, cleanPrefix: prefix, normalized: normalized, to: &resumed)
                        #expect(resumed.withBytes(Array.init) == whole.withBytes(Array.init), "\(text.debugDescription) from \(prefix)")
                    }
                }
            }
        }
    }

    @Test("scalar offsets: long texts, steps that end inside a scalar, chained walks")
    func scalarOffsetsLongTexts() {
        let pieces = ["a", "é", "中", "😀", "“", " ", "abcdefgh"]
        var generator = SystemRandomNumberGenerator()
        for round in 0..<40 {
            var text = ""
            for _ in 0..<(50 + round * 20) { text += pieces[Int.random(in: 0..<pieces.count, using: &generator)] }
            var copy = text
            copy.withUTF8 { bytes in
                let scalars = text.unicodeScalars.count
                var from = (0, 0)
                for target in stride(from: 0, through: scalars + 40, by: 7) {
                    #expect(ScalarOffsets.advance(bytes, byte: 0, scalar: 0, to: target)
                            == ScalarOffsets.advancePlain(bytes, byte: 0, scalar: 0, to: target), "round \(round) to \(target)")
                    let chained = ScalarOffsets.advance(bytes, byte: from.0, scalar: from.1, to: target)
                    #expect(chained == ScalarOffsets.advancePlain(bytes, byte: 0, scalar: 0, to: target), "round \(round) chained to \(target)")
                    from = chained
                }
            }
        }
    }

    @Test("a session's document array is reused once the caller lets go, and kept intact while it holds it")
    func documentArrayReuse() throws {
        let articles = try WriterFastPathTests.articles()
        let writer = NewsMLWriter()
        var session: XMLWriterSession?
        var held: [[UInt8]] = []
        for article in articles {  // the caller keeps every document: each stays as written
            held.append(try writer.write(article, session: &session))
        }
        for (article, document) in zip(articles, held) { #expect(document == (try writer.write(article)), "\(article.id)") }
        held = []
        var addresses: [UnsafeRawPointer?] = []
        // six plain articles of different sizes (the example, shortened): no document outgrows the estimate,
        // which would copy it once more into a new array (as the long and hostile test articles do)
        let example = try WriterFixtures.exampleWithQuotes()
        let sample = (0..<6).map { cut -> Article in
            var shorter = example
            shorter.body = Array(example.body.prefix(max(1, example.body.count - 2 * cut)))
            return shorter
        }
        for pass in 0..<2 {  // the caller drops each one: once grown to the largest, the same memory comes back
            for article in sample {
                let document = try writer.write(article, session: &session)
                #expect(document == (try writer.write(article)), "\(article.id)")
                if pass == 1 { addresses.append(document.withUnsafeBytes { $0.baseAddress }) }
            }
        }
        #expect(addresses.count == 6 && Set(addresses).count == 1)
    }

    @Test("plain attribute values: the word and lane tests agree with the byte rule, with and without character references")
    func plainAttributeMatchesByteRule() {
        for text in Self.escapeSamples() + ["http://www.w3.org/1999/xhtml", String(repeating: "Name Surname ", count: 9) + "é"] {
            var copy = text
            copy.withUTF8 { bytes in
                for charRefs in [false, true] {
                    let plain = Self.firstSpecial(bytes) == nil && !(charRefs && bytes.contains { $0 >= 0x80 })
                    #expect(XMLEscape.isPlainAttribute(bytes, charRefs: charRefs) == plain, "\(text.debugDescription) \(charRefs)")
                    var copied = XMLByteRun(capacity: 8), escaped = XMLByteRun(capacity: 8)
                    XMLEscape.appendAttributeValue(bytes, charRefs: charRefs, to: &copied)
                    XMLEscape.appendAttribute(bytes, normalized: false, charRefs: charRefs, to: &escaped)
                    #expect(copied.withBytes(Array.init) == escaped.withBytes(Array.init), "\(text.debugDescription) \(charRefs)")
                }
            }
        }
    }

    @Test("csv numbers: the no-loop path for 0-999 and the digit loop spell every value as String(value)")
    func csvNumbersMatchStringSpelling() {
        var values = Array(-1_005...1_005) + [9_999, 10_000, 123_456, Int.max, Int.min]
        values += (0..<200).map { _ in Int.random(in: -1_000_000...1_000_000) }
        for value in values {
            let bytes = [UInt8](unsafeUninitializedCapacity: 32) { buffer, initialized in
                var cells = CSVCells(buffer.baseAddress!)
                cells.number(value)
                initialized = cells.cursor - buffer.baseAddress!
            }
            #expect(bytes == Array(String(value).utf8), "\(value)")
        }
    }

    @Test("text and csv-quotes through a workspace: documents held by the caller stay intact, dropped ones are reused")
    func workspaceDocumentsHeldAndDropped() throws {
        let articles = try WriterFastPathTests.articles()
        for writer in [TextArticleWriter(), CSVQuotesWriter()] as [any ArticleWriter] {
            var workspace = WriterWorkspace()
            var held: [[UInt8]] = []
            for article in articles { held.append(try writer.write(article, reusing: &workspace)) }
            for (article, document) in zip(articles, held) { #expect(document == (try writer.write(article)), "\(article.id)") }
            held = []
            for article in articles.reversed() {  // dropped at once: written into the kept array
                #expect(try writer.write(article, reusing: &workspace) == (try writer.write(article)), "\(article.id)")
            }
        }
    }

    @Test("input files read into a worker's kept array: the bytes of a plain read, held or dropped")
    func inputReadIntoKeptArray() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-input-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (k, size) in [0, 1, 5_000, 200, 70_000, 3, 9_000].enumerated() {
            let url = folder.appendingPathComponent("f\(k).txt")
            try Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ k) }).write(to: url)
            paths.append(url.path)
        }
        var buffer: [UInt8] = []
        var held: [[UInt8]] = []
        for path in paths + paths {
            let bytes = try InputFile.read(path, maxBytes: 1 << 20, into: &buffer)
            #expect(bytes == [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), "\(path)")
            if held.count < 3 { held.append(bytes) }  // the first few kept by the caller
        }
        for (path, bytes) in zip(paths, held) { #expect(bytes == [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))) }
        #expect(throws: InputFile.Refusal.self) { try InputFile.read(paths[4], maxBytes: 100, into: &buffer) }
    }

    @Test("hex digests: the lane test accepts exactly the 64 lower-case hex digits the byte rule does")
    func hexDigestMatchesPlainRule() {
        let digest = "b0f3a966bbfd9246bc841e2f4a5f3c60523cbc39beba6b5a3575ff225470307f"
        var samples = [digest, "", String(digest.dropLast()), digest + "0", digest.uppercased()]
        for at in 0..<64 {
            for byte: UInt8 in [0x2F, 0x3A, 0x40, 0x60, 0x67, 0x41, 0x46, 0x00, 0xC3, 0x20] {
                var bytes = Array(digest.utf8); bytes[at] = byte
                samples.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        for text in samples {
            var copy = text
            copy.withUTF8 { bytes in
                #expect(NewsItemFacts.isLowerHexDigest(bytes) == NewsItemFacts.isLowerHexDigestPlain(bytes), "\(text.debugDescription)")
            }
        }
        #expect(samples.filter { text in var t = text; return t.withUTF8 { NewsItemFacts.isLowerHexDigest($0) } }.count == 1)
    }

    @Test("csv fields: quoting and quote doubling give the bytes of the plain rule, a quote at every position")
    func csvFieldMatchesPlainRule() {
        var samples = WriterByteRuleTests.texts()
        for length in [15, 16, 17, 31, 32, 33, 40, 47, 48, 49, 70] {
            for at in 0...length {
                samples.append(String(repeating: "a", count: at) + "\"" + String(repeating: "b", count: length - at) + ",")
                samples.append(String(repeating: "é", count: at / 2) + "," + String(repeating: "c", count: length - at))
            }
        }
        for text in samples {
            for guarded in [false, true] {
                var copy = text
                copy.withUTF8 { bytes in
                    let fast = [UInt8](unsafeUninitializedCapacity: 2 * bytes.count + 3) { buffer, initialized in
                        var cells = CSVCells(buffer.baseAddress!)
                        cells.field(bytes, guarded: guarded)
                        initialized = cells.cursor - buffer.baseAddress!
                    }
                    let quoted = CSVCells.needsQuotesPlain(bytes)
                    var plain: [UInt8] = quoted ? [0x22] : []
                    if guarded { plain.append(UInt8(ascii: "'")) }
                    for byte in bytes { if quoted && byte == 0x22 { plain.append(0x22) }; plain.append(byte) }
                    if quoted { plain.append(0x22) }
                    #expect(fast == plain, "\(text.debugDescription) \(guarded)")
                }
            }
        }
    }

    @Test("the kept document array grows with filler bytes and is trimmed to the document")
    func documentBufferExtendAndTake() {
        var array: [UInt8] = [1, 2, 3]
        DocumentBuffer.extend(&array, to: 10_000)
        #expect(array.count == 10_000 && Array(array.prefix(3)) == [1, 2, 3])
        DocumentBuffer.extend(&array, to: 5)  // never shrinks
        #expect(array.count == 10_000)
        array.withUnsafeMutableBufferPointer { buffer in for k in 0..<7 { buffer[k] = UInt8(k) } }
        let document = DocumentBuffer.take(&array, count: 7)
        #expect(document == [0, 1, 2, 3, 4, 5, 6] && array.count == 7)
    }
}
