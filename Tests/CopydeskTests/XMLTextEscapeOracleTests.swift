import CLibXML2
@testable import Copydesk
import Testing

/// The character-data escaper's vector steps (a clean sixteen-byte step skipped, a step with work
/// entered at its first such byte) against libxml2's own escaping.
@Suite("XML character data escaping matches libxml2 wherever the byte to escape sits")
struct XMLTextEscapeOracleTests {
    private func escapedText(_ text: String, normalized: Bool) -> String {
        var run = XMLByteRun(capacity: 16)
        XMLStreamWriter.withBytes(of: text) { XMLEscape.appendText($0, normalized: normalized, to: &run) }
        return run.withBytes { String(decoding: $0, as: UTF8.self) }
    }

    @Test("character data: one byte needing work at every position of long clean runs, as libxml2 escapes it")
    func textSpecialAtEveryPosition() throws {
        xmlInitParser()
        let specials = ["<", "&", "\"", "\r", "\n", "\t", "\u{1}", "\u{FFFE}", "\u{EFFF}", "é"]
        for special in specials {
            for at in 0..<48 {
                let sample = String(repeating: "a", count: at) + special + String(repeating: "b", count: 47 - at) + special
                for normalized in [false, true] {
                    let encoded = try #require(xmlEncodeSpecialChars(nil, XMLText.clean(sample, normalized: normalized)))
                    let theirs = String(cString: encoded)
                    copydesk_xmlFree(encoded)
                    #expect(escapedText(sample, normalized: normalized) == theirs, "\(sample.debugDescription)")
                }
            }
        }
    }
}
