@testable import Copydesk
import Testing

/// Caption and credit shapes found by probing other publishers (nineteenth pass, captions round 3).
@Suite("Captions and credits, round 3")
struct CaptionRound3Tests {
    @Test("a credit after a dash closing a caption sentence is the caption's credit, its dash dropped")
    func dashCredits() {
        let cases: [(String, LineRole)] = [
            ("Residents make their way through thick smog in Lahore. — AFP/File",
             .caption(.captioned(text: "Residents make their way through thick smog in Lahore.", credit: "AFP/File"))),
            ("Rickshaws ply a road amid heavy smog in Lahore on Tuesday. — White Star",
             .caption(.captioned(text: "Rickshaws ply a road amid heavy smog in Lahore on Tuesday.", credit: "White Star"))),
            ("Crowds gather outside the court in the city on Monday. - AFP",
             .caption(.captioned(text: "Crowds gather outside the court in the city on Monday.", credit: "AFP"))),
            ("Crowds gather outside the court in the city on Monday. – Reuters",
             .caption(.captioned(text: "Crowds gather outside the court in the city on Monday.", credit: "Reuters"))),
        ]
        for (text, role) in cases {
            #expect(LineClassifier.classify(textLine(text)) == role, "\(text)")
            #expect(RefLineClassifier.classify(textLine(text)) == role, "\(text)")
        }
        // a quote, a button, a number or a long tail after the dash is no credit
        for text in ["\"We will win,\" he said on the steps of the court. — White Star", "The court met on Monday to hear the case. — Read More",
                     "The court met on Monday to hear the case. — 12 Comments", "The court met on Monday. — and then it adjourned for the week",
                     "The court met on Monday to hear the case. — ask the clerk"] {
            #expect(CaptionRule.dashCredit(text[...]) == nil, "\(text)")
            #expect(LineClassifier.classify(textLine(text)) == .text, "\(text)")
        }
    }

    @Test("a bracketed 'Name, Outlet' or outlet after a whole caption sentence is its credit")
    func sentenceBrackets() {
        let cases: [(String, CaptionRule.Match?)] = [
            ("Public Enterprises Minister Pravin Gordhan. (Jaco Marais, Netwerk24)",
             .captioned(text: "Public Enterprises Minister Pravin Gordhan.", credit: "Jaco Marais, Netwerk24")),
            ("Eskom's Medupi power station in Limpopo province. (Gallo Images)",
             .captioned(text: "Eskom's Medupi power station in Limpopo province.", credit: "Gallo Images")),
            ("The minister spoke to reporters on Monday. (Read More)", nil),
            ("The minister spoke to reporters on Monday. (Updated 2019)", nil),
            ("The minister spoke to reporters about the plan (Gallo Images)", nil),
        ]
        for (text, match) in cases {
            #expect(CaptionRule.match(textLine(text)) == match, "\(text)")
            let line = textLine(text)
            #expect(LineClassifier.classify(line) == RefLineClassifier.classify(line), "\(text)")
        }
    }

    @Test("the dash and sentence-bracket gates say no only where their rules find nothing")
    func gates() {
        var dashes = 0, brackets = 0
        let shapes = ["Residents make their way through thick smog in Lahore. — AFP/File", "It rained. - AFP", "A man. – Jo Roe",
                      "Public Enterprises Minister Pravin Gordhan. (Jaco Marais, Netwerk24)", "It rained on the city. (Gallo Images)"]
        for line in LayoutGateTests.lines + shapes.map({ textLine($0) }) {
            if line.text.withUTF8Bytes({ LayoutGates.trailingDash($0) }) != nil { dashes += 1 } else {
                #expect(CaptionRule.dashCredit(line.text) == nil, "\(line.text)")
            }
            guard line.text.last == ")" else { continue }
            if line.text.withUTF8Bytes(LayoutGates.mayEndWithShortCredit) { brackets += 1 } else {
                #expect(CaptionRule.shortBracketCredit(line.text) == nil, "\(line.text)")
            }
        }
        #expect(dashes >= 3 && brackets >= 2)
    }

    /// The media items of `text` parsed as a page, as (caption, credit) pairs.
    private func media(_ text: String) -> [(String?, String?)] {
        ArticleParser().parse(text: text, id: "round3").media.map { ($0.caption, $0.credit) }
    }

    /// A header the page tests share: a headline, a byline and a date.
    private let header = """
    Council backs plan to end single-family zoning citywide
    By Jane Roe
    November 22, 2019
    The council on Friday gave final approval to a sweeping rewrite of the city's zoning rules for every neighbourhood.
    """

    @Test("a lone credit under a paragraph with a quote takes the caption under it; the paragraph stays in the body")
    func creditBetweenQuoteAndCaption() {
        let article = ArticleParser().parse(text: header + """

        Mayor Jacob Frey, who is expected to sign the measure next week, called the vote "a historic step toward a more inclusive city."
        Getty Images
        A home under construction in the Longfellow neighborhood of south Minneapolis earlier this month.
        Housing advocates packed the council chambers Friday, many wearing green buttons, and some of them held signs for hours.
        """, id: "quote")
        #expect(article.media.map(\.caption) == ["A home under construction in the Longfellow neighborhood of south Minneapolis earlier this month."])
        #expect(article.media.map(\.credit) == ["Getty Images"])
        #expect(article.body.contains { $0.text.hasPrefix("Mayor Jacob Frey, who is expected to sign") })
        #expect(article.quotes.contains { $0.text.contains("a historic step toward a more inclusive city") })
    }

    @Test("a credit over its caption under the header; a name and e-mail credit over or under its caption")
    func creditsAboveAndEmailCredits() {
        let above = media(header + """

        Purchase: Order Reprint
        Justin Sullivan / Getty Images
        A DashRunner courier waits for an order outside a restaurant in San Francisco.
        Couriers for the food delivery app say a pay formula the company quietly rolled out last month has cut their earnings.
        """)
        #expect(above.map(\.0) == ["A DashRunner courier waits for an order outside a restaurant in San Francisco."])
        #expect(above.map(\.1) == ["Justin Sullivan / Getty Images"])
        let over = media(header + """

        Purchase: Order Reprint
        AARON LAVINSKY • aaron.lavinsky@startribune.com
        Supporters of the plan held signs during Friday's City Council meeting at City Hall.
        The 12-1 vote followed more than two hours of testimony and came after two years of public meetings across the city.
        """)
        #expect(over.map(\.0) == ["Supporters of the plan held signs during Friday's City Council meeting at City Hall."])
        #expect(over.map(\.1) == ["AARON LAVINSKY"])
        let under = media(header + """

        Workers repair a power line in Paradise in November. PG&E has cut power to thousands of Californians this fall.
        Hector Amezcua hamezcua@sacbee.com
        Only have a minute? Listen instead
        Lawmakers want the utility to pay customers back for the blackouts, but the company says it should not have to.
        """)
        #expect(under.map(\.0) == ["Workers repair a power line in Paradise in November. PG&E has cut power to thousands of Californians this fall."])
        #expect(under.map(\.1) == ["Hector Amezcua"])
        #expect(CaptionRule.emailCreditName(Array("By Jane Roe jroe@example.com".utf8).withUnsafeBufferPointer { $0 }) == nil)
        #expect(CaptionRule.emailCreditName(Array("Jane Roe jroe@example".utf8).withUnsafeBufferPointer { $0 }) == nil)
    }

    @Test("a slash credit opening with a picture source stands alone; lowercase initials after the last slash sign a story off")
    func slashCreditsAndSignOffs() {
        let nasa = textLine("NASA/JPL-Caltech/University of Arizona")
        #expect(LineClassifier.classify(nasa) == .caption(.credit("NASA/JPL-Caltech/University of Arizona", captionAbove: true)))
        #expect(RefLineClassifier.classify(nasa) == LineClassifier.classify(nasa))
        for text in ["The Local/AFP/emlo", "AFP/The Local/emlo", "Jane Roe/AFP/ab"] {
            #expect(LineClassifier.classify(textLine(text)) == .furniture(.attribution), "\(text)")
            #expect(RefLineClassifier.classify(textLine(text)) == .furniture(.attribution), "\(text)")
        }
        let page = media(header + """

        France banned mobile phones in primary and secondary schools in 2018.
        The Local/AFP/emlo
        Become a Member
        """)
        #expect(page.isEmpty)
    }

    @Test("a lowercase source after 'Image:' is a credit; a caption under 'IMAGE:' takes the 'Credit:' line under it")
    func labelCredits() {
        #expect(CaptionRule.match(textLine("Image: google")) == .credit("google", captionAbove: true))
        #expect(RefCaptionRule.match(textLine("Image: google")) == .credit("google", captionAbove: true))
        #expect(CaptionRule.match(textLine("Image: here")) == nil)
        #expect(CaptionRule.match(textLine("The settings menu. Image: google")) == nil)
        let eureka = media(header + """

        IMAGE: A diver surveys a recovering reef inside a no-take marine reserve in the southern Great Barrier Reef.
        Credit: Tane Sinclair-Taylor/University of Queensland
        Coral reefs where fishing is banned recover from mass bleaching about twice as fast as reefs open to fishing.
        """)
        #expect(eureka.count == 1)
        #expect(eureka.first?.1 == "Tane Sinclair-Taylor/University of Queensland")
        #expect(eureka.first?.0?.hasPrefix("A diver surveys a recovering reef") == true)
    }

    @Test("an 'Image' / caption / 'Credit' / credit block is one picture, over the byline or in the body")
    func labelledBlocks() {
        let article = ArticleParser().parse(text: """
        Business Day
        Harlan & Finch to Close 87 Stores, Cutting About 4,000 Jobs
        The department store chain said the closings would begin in January, after the holiday season.
        Image
        Shoppers at a Harlan & Finch store in Paramus, N.J., last year. The chain has closed more than 200 locations since 2016.
        Credit
        Bryan Whitlock for The New York Times
        By Martin Castellano
        Nov. 19, 2019
        Harlan & Finch, the 140-year-old department store chain, said on Tuesday that it would close 87 stores early next year.
        Image
        Denise Hollander, the chief executive of Harlan & Finch, said the company would invest in its remaining stores.
        Credit
        Jenna Moravec/Associated Press
        Ms. Hollander, who joined the company from a grocery chain in 2017, said the remaining stores would get new fitting rooms.
        """, id: "nyt")
        #expect(article.media.map(\.caption) == [
            "Shoppers at a Harlan & Finch store in Paramus, N.J., last year. The chain has closed more than 200 locations since 2016.",
            "Denise Hollander, the chief executive of Harlan & Finch, said the company would invest in its remaining stores.",
        ])
        #expect(article.media.map(\.credit) == ["Bryan Whitlock for The New York Times", "Jenna Moravec/Associated Press"])
        #expect(article.section != "Credit")
        #expect(article.standfirst.allSatisfy { !$0.hasPrefix("Shoppers at") && $0 != "Bryan Whitlock for The New York Times" })
    }
}
