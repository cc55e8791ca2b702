@testable import Copydesk
import Foundation
import Testing

/// The seventeenth pass's quotes-stage shortcuts against the plain rules they stand for.
@Suite("Quotes stage: seventeenth-pass one-slot word-list probe")
struct QuoteStageSeventeenthPassTests {
    /// The bits of every set of `sets` holding `key` (the plain rule the probe stands for).
    static func bySets(_ sets: [(bit: UInt16, set: KeySet)], _ key: UInt64) -> UInt16 {
        sets.reduce(UInt16(0)) { $1.set.contains(key) ? $0 | $1.bit : $0 }
    }

    @Test("a displaced table of thousands of random keys answers every key as its sets do, and 0 to others")
    func displacedTableMatchesSets() {
        var random = SeededMix(state: 0x17_D15)
        // Keys sharing top bits (one bucket) and low bits (one slot) as well as spread ones.
        var members: [[UInt64]] = Array(repeating: [], count: 16)
        for n in 0..<3000 {
            let spread = UInt64(random.next(1 << 30)) << 34 | UInt64(random.next(1 << 30)) << 4 | UInt64(random.next(16))
            let key: UInt64 = switch n % 3 { case 0: spread; case 1: (spread & 0x003F_FFFF_FFFF_FFFF) | UInt64(n % 64) << 54; default: (spread & ~0xFFF0) | 0x1230 }
            for s in 0..<16 where random.next(3) == 0 { members[s].append(key | 1) }
            members[random.next(16)].append(key | 1)
        }
        let sets = members.enumerated().map { (bit: UInt16(1) << UInt16($0.offset), set: KeySet(keys: $0.element)) }
        let abbreviations = KeySet(keys: Array(members[3].prefix(200)))
        let probe = WordLists(sets, abbreviations: abbreviations).probe
        for key in Set(members.joined()) {
            #expect(probe.bits(key) == Self.bySets(sets, key))
            #expect(probe.isAbbreviation(key) == abbreviations.contains(key))
        }
        for _ in 0..<20000 {
            let key = UInt64(random.next(1 << 30)) << 34 | UInt64(random.next(1 << 30)) << 4 | 2
            #expect(probe.bits(key) == 0 && !probe.isAbbreviation(key))
        }
        #expect(probe.bits(0) == 0 && !probe.isAbbreviation(0))
    }

    @Test("the shared table: each key's one slot holds it, and words of every list read their bits")
    func sharedTableOneSlot() {
        let probe = WordLists.shared.probe
        for (_, set) in WordLists.sets {
            for key in set.members {
                #expect(probe.slots.load(fromByteOffset: probe.offset(key), as: UInt64.self) == key)
                #expect(probe.bits(key) == Self.bySets(WordLists.sets, key))
            }
        }
        for word in ["said", "he", "the", "of", "president", "zebra", "Wang", "inc", "mr"] {
            #expect(probe.bits(WordKey.of(word)) == Self.bySets(WordLists.sets, WordKey.of(word)), "\(word)")
        }
    }
}
