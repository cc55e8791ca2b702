@testable import Copydesk
import Testing

/// The twelfth pass's date-rule fast paths, each against the plain rule it replaces: the one-walk head gate, the
/// label-opening comparisons, the plain-text tokenizer and the rule as a whole.
@Suite("Twelfth-pass date gates")
struct DateGateTests {
    /// Date lines and near misses: "updated" inside and across letter runs, labels, listed marks, CR, long runs.
    static let lines: [String] = EleventhPassGateTests.shapedLines + FoldedBytesTests.randomLines(count: 1500, seed: 23).map(String.init) + [
        "Updated 5:27 am CST, Wednesday, November 20, 2019", "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019",
        "Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.", "Nov 20 2019LastUpdated 5 pm", "Dec 5 reupdatedx 6", "Dec 5 UPDATEDupdated 6",
        "November 19, 2019 / 12:21 AM / Updated 14 hours ago", "— Robert Maguire (@RobertMaguire_) November 18, 2019",
        "Published\u{A0}Nov 18, 2019", "Nov 18\u{A0}2019 – 5 pm", "Nov 18 2019 “quoted”", "Nov 18, 2019 … more words here",
        "Nov 18\r2019", "Posted\r Nov 18 2019", "12:30 Report", "101 East", "2020 Campaign", "Ref: perf-copy 000197 of 008.txt",
        "LeBron sets triple-double mark, Lakers hold off OKC 112-107", "14-year-old girl missing from The Woodlands, last seen at mall",
        "a b c 1/2/2019", "a b c d 1/2/2019", "aé b c d 1/2/2019", "a bé c d 1/2/2019", "averyveryverylongword 5 Nov", "Novembers 5",
        "Jan 5 a b c", "Jan 5 a b c d", "xupdated 5 Nov a b c d", "updated", "Updated 5", "upd 5", "a b c updated d e f 5 Nov",
        "today 5", "yesterday 5 a b c", "3 days ago", "5 . 6", "5 -\u{A0}6", "5\u{A0}/ 6", "last modified on 5/6/2019", "date:- 5 Nov",
        "| / , published on 5 Nov", ", , 5 Nov", "m 5 Nov", "Decupdated 2019", "updatedupdated 2019 Nov",
        "Wednesdays, Novembers 2019 abcdefghijklmnopq 5", "5 Nov abcdefgh{ijklmnop@qrstuvwx`yz[ABCDEFGHIJ]KLMNOPQRSTUVWXYZ",
        "5 Nov aaaaaaaé bbbbbbbb’cccccccc dddddd", "5 Nov xxxxxxxxupdated",
    ]

    @Test("the one-walk head gate answers as the updated search, the other-word count and the anchor test")
    func headGate() {
        let words = DateText.wordTable
        for text in Self.lines {
            Array(text.utf8).withUnsafeBufferPointer { bytes in
                for start in 0...min(bytes.count, 4) {
                    var cut: Int?
                    for at in start..<max(start, bytes.count) where FoldedBytes.equal(bytes, at: at, "updated") { cut = at; break }
                    let head = UnsafeBufferPointer(rebasing: bytes[start..<(cut ?? bytes.count)])
                    let possible = DateText.countOtherWords(head, stoppingAfter: 3) <= 3 && DateText.mayHoldDate(head)
                    let gate = DateRule.headGate(bytes, from: start, words: words)
                    #expect(gate.possible == possible, "\(text) from \(start)")
                    if possible { #expect(gate.cut == cut, "\(text) from \(start)") }
                }
            }
        }
    }

    @Test("the eight-byte letter test flags exactly the bytes that are no ASCII letter")
    func letterLanes() {
        for byte in 0...255 {
            for lane in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "q"), count: 8)
                bytes[lane] = UInt8(byte)
                let word = bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
                let letter = (UInt8(byte) | 0x20) &- UInt8(ascii: "a") < 26
                #expect(DateRule.nonLetters(word) == (letter ? 0 : 0x80 << UInt64(8 * lane)), "\(byte) in lane \(lane)")
            }
        }
    }

    @Test("the label-opening comparisons are the label-start set")
    func labelOpenings() {
        for byte in 0...255 { #expect(DateRule.mayOpenLabel(UInt8(byte)) == DateRule.labelStarts.contains(UInt8(byte)), "\(byte)") }
    }

    @Test("plain texts are tokenized on bytes as Character by Character")
    func plainTokens() {
        for text in Self.lines {
            let sub = text[...]
            guard sub.withUTF8Bytes(PlainScalars.isPlain) else { continue }
            let (plain, characters) = sub.withUTF8Bytes { bytes in
                (Self.tokens(bytes) { DateText.tokenizePlain(bytes, into: $0, capacity: bytes.count).count },
                 Self.tokens(bytes) { DateText.tokenizeCharacters(sub, bytes, into: $0) })
            }
            #expect(plain == characters, "\(text)")
        }
    }

    @Test("a token is thirty-two bytes, so the stack buffer holds 1,024 bytes; a short buffer stops the tokenizer")
    func tokenLayout() {
        #expect(MemoryLayout<DateText.Token>.stride == 32)
        #expect(DateText.stackTokens * MemoryLayout<DateText.Token>.stride <= 1024)
        for text in Self.lines {
            text[...].withUTF8Bytes { bytes in
                guard PlainScalars.isPlain(bytes) else { return }
                let whole = Self.tokens(bytes) { DateText.tokenizePlain(bytes, into: $0, capacity: bytes.count).count }
                for capacity in 0...min(whole.count + 1, 40) {
                    let buffer = UnsafeMutablePointer<DateText.Token>.allocate(capacity: max(capacity, 1))
                    let (count, complete) = DateText.tokenizePlain(bytes, into: buffer, capacity: capacity)
                    buffer.deinitialize(count: count)
                    buffer.deallocate()
                    #expect(count <= capacity && (complete ? count == whole.count : count == capacity), "\(text) \(capacity)")
                    #expect(!complete || capacity >= whole.count, "\(text) \(capacity)")
                }
            }
        }
    }

    @Test("dates found in plain texts and date lines equal the reference")
    func rule() {
        for text in Self.lines + ClassifierOracleLines.corpus.map({ String($0.text) }) {
            let sub = text[...]
            if sub.withUTF8Bytes(PlainScalars.isPlain) {
                let new = DateText.findPlain(in: sub), old = RefDateText.find(in: sub)
                #expect(new?.range == old?.range && new?.text == old?.text && new?.iso == old?.iso && new?.otherWords == old?.otherWords,
                        "\(text)")
            }
            let line = TestLine(number: 1, text: sub)
            #expect(DateRule.match(line) == RefDateRule.match(line), "\(text)")
            #expect(DateRule.match(line, words: DateText.wordTable) == RefDateRule.match(line), "\(text)")
        }
    }

    /// The tokens `tokenize` writes for `bytes`, as comparable strings.
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, _ tokenize: (UnsafeMutablePointer<DateText.Token>) -> Int) -> [String] {
        let buffer = UnsafeMutablePointer<DateText.Token>.allocate(capacity: max(bytes.count, 1))
        defer { buffer.deallocate() }
        let count = tokenize(buffer)
        defer { buffer.deinitialize(count: count) }
        return (0..<count).map { index in
            let t = buffer[index]
            return "\(t.kind) \(t.start) \(t.end) \(String(describing: t.value)) \(t.length) \(t.byte) \(t.info)"
        }
    }
}
