import Testing
@testable import Copydesk

@Suite("Byte scan: the eight- and sixteen-byte fast paths")
struct ByteScanTests {
    @Test("a word is plain exactly when no byte is a C0 control or 0xEF, at every position")
    func plainWordIsExact() {
        for position in 0..<8 {
            for value in 0...255 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[position] = UInt8(value)
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                #expect(ByteScan.isPlainWord(word) == (value >= 0x20 && value != 0xEF), "byte \(value) at \(position)")
            }
        }
    }

    @Test("a lane needs a look exactly when its byte is a C0 control other than tab, LF, CR, or 0xEF, in every lane")
    func laneSpecialIsExact() {
        for position in 0..<16 {
            for value in 0...255 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 16)
                bytes[position] = UInt8(value)
                let lanes = bytes.withUnsafeBufferPointer { ByteLanes.load($0.baseAddress!) }
                let expected = (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || value == 0xEF
                #expect(ByteLanes.any(ByteScan.laneSpecial(lanes)) == expected, "byte \(value) in lane \(position)")
            }
        }
    }

    @Test("long text with rare controls and non-characters at random offsets counts as the byte-at-a-time scan does")
    func longTextCountsMatchNaive() {
        let text = Array("A line of text, with ‘quotes’ and café.\r\n\tIndented line.\n".utf8)
        let specials: [[UInt8]] = [[0x00], [0x0B], [0x0C], [0x01], [0x1F], [0xEF, 0xBF, 0xBE], [0xEF, 0xBF, 0xBF], [0xEF, 0xBB, 0xBF]]
        var state: UInt32 = 11
        for round in 0..<60 {
            var bytes: [UInt8] = []
            while bytes.count < 600 + round * 7 { bytes += text }
            for _ in 0..<(round % 5) {
                state = state &* 1_103_515_245 &+ 12_345
                let at = Int(state >> 8) % bytes.count
                bytes.insert(contentsOf: specials[Int(state >> 20) % specials.count], at: at)
            }
            let scan = ByteScan(bytes[...]), naive = Naive(bytes)
            #expect([scan.nuls, scan.controls, scan.pageBreaks, scan.nonCharacters]
                    == [naive.nuls, naive.controls, naive.pageBreaks, naive.nonCharacters], "round \(round)")
            #expect(scan.total == bytes.count)
        }
    }

    @Test("counts match a byte-at-a-time count whatever the alignment of controls and non-characters")
    func countsMatchNaive() {
        let pieces: [[UInt8]] = [Array("word ".utf8), [0x00], [0x0B], [0x0C], [0x07], [0x09], [0x0A], [0xEF, 0xBF, 0xBE],
                                 [0xEF, 0xBF, 0xBF], [0xEF, 0xBB, 0xBF], Array("é".utf8), [0x1F], Array("longer text here".utf8)]
        var bytes: [UInt8] = []
        var state: UInt32 = 7
        for _ in 0..<400 {
            state = state &* 1_103_515_245 &+ 12_345
            bytes += pieces[Int(state >> 16) % pieces.count]
            let scan = ByteScan(bytes[...])
            let naive = Naive(bytes)
            #expect(scan.needsCleaning == (naive.nuls + naive.controls + naive.pageBreaks + naive.nonCharacters > 0))
            #expect([scan.nuls, scan.controls, scan.pageBreaks, scan.nonCharacters]
                    == [naive.nuls, naive.controls, naive.pageBreaks, naive.nonCharacters], "after \(bytes.count) bytes")
        }
    }

    /// The scan's rules applied one byte at a time, as a reference.
    struct Naive {
        var nuls = 0, controls = 0, pageBreaks = 0, nonCharacters = 0
        init(_ bytes: [UInt8]) {
            var index = 0
            while index < bytes.count {
                switch bytes[index] {
                case 0x00: nuls += 1
                case 0x09, 0x0A, 0x0D: break
                case 0x0B, 0x0C: pageBreaks += 1
                case 0x01...0x1F: controls += 1
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] & 0xFE == 0xBE:
                    nonCharacters += 1
                    index += 2
                default: break
                }
                index += 1
            }
        }
    }
}
