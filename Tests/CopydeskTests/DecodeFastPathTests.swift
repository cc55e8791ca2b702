import Testing
@testable import Copydesk

@Suite("Decoder fast paths: the signature gate and clean UTF-8 give what the full path gives")
struct DecodeFastPathTests {
    @Test("every offset-0 signature starts with a byte the gate lets through; MP4's has a control byte in front")
    func signatureGate() {
        for (name, offset, magic) in BinarySniffer.signatures {
            if offset == 0 { #expect(BinarySniffer.mayStartSignature(magic[0]), "\(name)") } else { #expect(name.hasPrefix("MP4")) }
        }
        let mp4: [UInt8] = [0x00, 0x00, 0x00, 0x18] + Array("ftypmp42".utf8)
        #expect(BinarySniffer.knownFormat(mp4) == "MP4/QuickTime media")
        #expect(BinarySniffer.knownFormat(Array("A headline".utf8)) == nil)
        #expect(!BinarySniffer.mayStartSignature(UInt8(ascii: "A")))
    }

    @Test("clean UTF-8, with and without a BOM, decodes to the text, no warnings; dirty input still gets repaired")
    func decodeResults() throws {
        let decoder = InputDecoder()
        let text = "Headline \u{201C}quoted\u{201D}\r\n\tcaf\u{E9} \u{1F600} " + String(repeating: "words ", count: 20)
        let plain = try decoder.decode(Array(text.utf8))
        #expect(plain == InputDecoder.Decoded(text: text, encoding: "utf-8"))
        let bom = try decoder.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(bom == InputDecoder.Decoded(text: text, encoding: "utf-8-bom"))
        let dirty = try decoder.decode(Array("a\u{0B}b".utf8) + [0xEF, 0xBF, 0xBF] + Array(text.utf8))
        #expect(dirty.text == "a\nb\u{FFFD}" + text)
        #expect(dirty.warnings.count == 2)
        let latin = try decoder.decode([0x63, 0x61, 0x66, 0xE9, 0x20] + Array(text.utf8))
        #expect(latin.fallback && latin.encoding == "windows-1252")
        let utf16 = try decoder.decode(Array("Hello there, UTF-16".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(utf16.text == "Hello there, UTF-16" && utf16.encoding == "utf-16le")
    }
}
