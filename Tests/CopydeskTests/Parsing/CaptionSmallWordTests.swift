@testable import Copydesk
import Testing

/// The credit test's packed small-word constants (`CaptionRule.isCreditSmallWord`) against `creditSmallWords`.
@Suite("Caption credit small words")
struct CaptionSmallWordTests {
    @Test("every small word is found, and random short words answer as the set")
    func packedEqualsSet() {
        for word in CaptionRule.creditSmallWords {
            #expect(Array(word.utf8).withUnsafeBufferPointer(CaptionRule.isCreditSmallWord), "\(word)")
        }
        var mix = SeededMix(state: 0x5A11)
        let letters = Array("aeilnortvdfh/-&|AV ".utf8)
        var found = 0
        for _ in 0..<50000 {
            let word = (0..<(1 + mix.next(5))).map { _ in letters[mix.next(letters.count)] }
            let plain = CaptionRule.creditSmallWords.contains(Substring(String(decoding: word, as: UTF8.self)))
            #expect(word.withUnsafeBufferPointer(CaptionRule.isCreditSmallWord) == plain, "\(word)")
            if plain { found += 1 }
        }
        #expect(found > 100)
    }
}
