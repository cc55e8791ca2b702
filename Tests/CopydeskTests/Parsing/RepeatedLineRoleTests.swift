@testable import Copydesk
import Foundation
import Testing

/// The page classifier that gives a repeated line its first copy's role (`LineClassifier.roles(of:)`) against every
/// line classified on its own.
@Suite("Repeated line roles")
struct RepeatedLineRoleTests {
    /// `roles(of:)`, `plainRoles(of:)` and `classify(_:)` line by line, for `text`.
    private static func expectSame(_ text: String, _ note: String) {
        let lines = TestLine.lines(of: text)
        let (fast, plain) = (LineClassifier.roles(of: lines), LineClassifier.plainRoles(of: lines))
        #expect(fast.count == lines.count, "\(note)")
        #expect(plain.count == lines.count, "\(note)")
        for index in lines.indices where index < fast.count && index < plain.count {
            let single = LineClassifier.classify(lines[index])
            #expect(fast[index] == single, "\(note) line \(index): \(lines[index].text)")
            #expect(plain[index] == single, "\(note) line \(index): \(lines[index].text)")
        }
    }

    @Test("pages of repeated furniture, bylines, dates, captions and text get each line's own role")
    func repeatedLines() {
        var mix = SeededMix(state: 0x2E9EA7)
        let pieces = ["Share", "Advertisement", "By Phil Helsel", "Jane Doe, Staff Writer", "November 18, 2019",
                      "Published 10:02 AM EST Nov 19, 2019", "A man walks past. (AP Photo/Alan Diaz, File)", "Photo: Reuters",
                      "Updated 5:27 am CST, Wednesday, November 20, 2019", "1 of 3", "12", "Home > World > Asia", "• Item",
                      "Reporting by A B; Editing by C D", "Related: Story title here", "The mayor said the plan would pass.",
                      "Share\t", "Share \u{A0}", " Facebook", "Facebook", "©", "© AP", "Image copyright Getty Images", "é",
                      "Harriet Vane Social affairs correspondent", "Reuters", "03:15", "Tweet", "Tweet:"]
        for round in 0..<80 {
            let count = round % 20 == 0 ? 300 + mix.next(200) : 1 + mix.next(60)
            let text = (0..<count).map { _ in pieces[mix.next(pieces.count)] }.joined(separator: mix.next(3) == 0 ? "\r\n" : "\n")
            Self.expectSame(text, "round \(round)")
        }
    }

    @Test("the parser fixtures get each line's own role")
    func fixtures() throws {
        for name in ["wire-gallery", "fullpage-nav", "magazine-video", "newsletter-embed", "bullets-nodate"] {
            let bytes = [UInt8](try Data(contentsOf: TestPaths.fixture("parser/\(name).txt")))
            Self.expectSame(String(decoding: bytes, as: UTF8.self), name)
        }
    }

    @Test("a repeat is found only for the same bytes and flags, and only among earlier lines")
    func table() {
        let text = ["Share", "share", "Share", "Share ", "Tweet", "Share", "Tweet"].joined(separator: "\n")
        let lines = TestLine.lines(of: text)
        let copies: [Int] = lines.withPage { buffer, page in
            SeenLineTable.with(capacity: buffer.count) { table in
                buffer.indices.map { table.firstCopy($0, of: buffer) { RepeatedLines.same($0, $1, page) } }
            }
        }
        #expect(copies == [0, 1, 0, 0, 4, 0, 4])
    }
}
