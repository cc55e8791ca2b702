@testable import Copydesk
import Testing

/// Speech in straight single quotes, on pages that print no other quotation mark.
@Suite("Quotes in ASCII single quotation marks")
struct ASCIISingleQuoteTests {
    /// The quoted texts `ASCIISingleQuotes.pairs` finds in `text` (an unclosed one runs to the end).
    private func quoted(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var found: [String] = []
        _ = bytes.withUnsafeBufferPointer { b in
            ASCIISingleQuotes.pairs(in: b) { open, close in
                found.append(String(decoding: b[(open + 1)..<(close ?? b.count)], as: UTF8.self))
            }
        }
        return found
    }

    @Test("pairs: speech, a partial quote, apostrophes and possessives inside, a quote left open after a colon")
    func pairs() {
        #expect(quoted("'It was like walking into a graveyard,' he said. 'We have been growing them for years.'")
                == ["It was like walking into a graveyard,", "We have been growing them for years."])
        #expect(quoted("'It's the players' money,' she said.") == ["It's the players' money,"])
        #expect(quoted("He called it the 'worst Christmas in 30 years' and said: 'We can't go on.'")
                == ["worst Christmas in 30 years", "We can't go on."])
        #expect(quoted("A spokesman said: 'It is believed that the suspects used two vans.") == ["It is believed that the suspects used two vans."])
        #expect(quoted("'We would urge anyone in the area to contact us.'") == ["We would urge anyone in the area to contact us."])
    }

    @Test("no pairs: apostrophes, elisions, one-word scare quotes, a block with double marks")
    func noPairs() {
        for text in ["China's growth slowed in the '90s, the bank's report said.", "They played rock 'n' roll all night.",
                     "The so-called 'experts' were wrong.", "He said \"we won\" and the 'team' cheered loudly.",
                     "The parents' union met on Tuesday.", "it was 'cool"] {
            #expect(quoted(text).isEmpty, "\(text)")
        }
    }

    @Test("the quotes stage reads them with their speakers; double quotes keep their own reading")
    func quotesStage() {
        let q = QuoteFixtures.quotes([
            "Thieves cut down 600 trees at a family farm in Kent, police said.",
            "Graham Pettit, the farm's owner, said the theft had ruined the season.",
            "'It was like walking into a graveyard,' he said. 'We have been growing some of those trees for ten years.'",
            "A spokesman for Kent Police said: 'It is believed that the suspects used at least two large vans.'",
        ])
        #expect(q.map(\.text) == ["It was like walking into a graveyard,", "We have been growing some of those trees for ten years.",
                                  "It is believed that the suspects used at least two large vans."])
        #expect(q.first?.speaker?.name == "Graham Pettit")
        let mixed = QuoteFixtures.quotes(["“Coach came in and said, 'Congratulations,' and I thought he was joking,” James said."])
        #expect(mixed.map(\.text) == ["Coach came in and said, 'Congratulations,' and I thought he was joking,"])
    }
}
