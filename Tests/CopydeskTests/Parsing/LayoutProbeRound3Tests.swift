@testable import Copydesk
import Testing

/// Header, caption and quote shapes found by a third round of probing other publishers' layouts (nineteenth pass).
@Suite("Rules for more publishers' layouts, round 3")
struct LayoutProbeRound3Tests {
    @Test("a kicker closed by a dash or quoted in capitals over the headline is neither headline nor section")
    func markedKickers() {
        let ars = ArticleParser().parse(text: """
        DRY SPELL —
        Lake Mead could run dry sooner than expected, new model finds
        Updated runoff projections shave a decade off the reservoir's worst-case timeline.
        Scott K. Johnson - Nov 19, 2019 4:45 pm UTC
        The reservoir behind Hoover Dam has been falling for two decades, and a new model suggests it may fall faster.
        Researchers used updated runoff figures to project the lake's level through the end of the century.
        """, id: "ars")
        #expect(ars.headline == "Lake Mead could run dry sooner than expected, new model finds")
        #expect(ars.section == nil)
        #expect(ars.discarded.contains { $0.text == "DRY SPELL —" })
        let tabloid = ArticleParser().parse(text: """
        'HE WAS OUR WORLD'
        Dad-of-three killed after lorry hits his broken-down van as family pay tribute
        Ellie Cambridge
        20th November 2019, 8:14 am
        A father of three was killed when a lorry hit his broken-down van on the motorway, police said.
        His family described him as a devoted dad who would do anything for anyone.
        """, id: "sun")
        #expect(tabloid.headline == "Dad-of-three killed after lorry hits his broken-down van as family pay tribute")
        #expect(tabloid.section == nil)
        // a quoted headline in sentence case stays the headline; a plain label stays the section
        let quoted = ArticleParser().parse(text: """
        Health
        'I thought I was going to die'
        By Jo Smith
        20 November 2019
        A woman who collapsed on a train has thanked the passengers who saved her life.
        She said she had no memory of the journey, only of waking up in hospital two days later.
        """, id: "bbc")
        #expect(quoted.headline == "'I thought I was going to die'")
        #expect(quoted.section == "Health")
    }

    @Test("'Pic:' labels a credit after the caption, as 'Picture:' does")
    func picLabel() {
        let match = CaptionRule.match(TestLine(number: 1, text: "Engineers worked around the clock to stabilise the embankment. Pic: Network Rail"[...]))
        #expect(match == .captioned(text: "Engineers worked around the clock to stabilise the embankment.", credit: "Network Rail"))
        // "Topic:" is no label
        #expect(CaptionRule.match(TestLine(number: 1, text: "Topic: Rail services across the north of England"[...])) == nil)
    }

    @Test("a deals widget between paragraphs does not cut off the paragraphs above it")
    func widgetInBody() {
        let paragraphs = [
            "A popular brand of internet-connected doorbell was handing out its owners' Wi-Fi passwords to anyone nearby.",
            "A small security outfit in Bucharest said on Wednesday that the doorbell sent the password in the clear.",
            "An attacker lurking nearby with a laptop could therefore sniff the password as the device was set up.",
            "Worse, the researchers said, an attacker could force the doorbell back into setup mode at any time.",
            "The vendor was told of the flaw in August and pushed out a firmware update to its customers.",
            "It's not the first time a smart doorbell has been caught out like this, and it will not be the last.",
            "Customers who want to be extra careful should change their Wi-Fi password after applying the update.",
        ]
        let widget = ["TODAY'S BEST DEALS", "Doorbell A", "£49", "View at Amazon", "Doorbell B", "£69", "View at Argos",
                      "Doorbell C", "£99", "View at Currys", "Doorbell D", "£129", "View at Amazon"]
        let text = (["Smart doorbell leaked home Wi-Fi passwords during setup, researchers say", "By Jo Bloggs 20 Nov 2019 at 21:08"]
            + paragraphs[..<3] + widget + paragraphs[3...]).joined(separator: "\n")
        let article = ArticleParser().parse(text: text, id: "widget")
        #expect(article.body.map(\.text) == paragraphs)
        #expect(article.discarded.contains { $0.text == "View at Currys" })
        // a menu between the header and the body is still no part of it
        let menu = (["Smart doorbell leaked home Wi-Fi passwords during setup, researchers say", "By Jo Bloggs 20 Nov 2019 at 21:08"]
            + widget + paragraphs).joined(separator: "\n")
        #expect(ArticleParser().parse(text: menu, id: "menu").body.map(\.text) == paragraphs)
    }

    @Test("a byline and its dates on one line, cut at 'Published', 'Posted' or 'Updated'; a staff tag is the role")
    func dateKeywordBylines() {
        let gannett = BylineRule.matchDateKeywordByline(
            "Paul Egan, Detroit Free Press Published 6:00 a.m. ET Nov. 20, 2019 | Updated 9:42 a.m. ET Nov. 20, 2019")
        #expect(gannett?.names == [BylineEntry(name: "Paul Egan", role: "Detroit Free Press")])
        #expect(gannett?.date?.published.text == "6:00 a.m. ET Nov. 20, 2019")
        #expect(gannett?.date?.updated?.text == "9:42 a.m. ET Nov. 20, 2019")
        let globe = BylineRule.matchDateKeywordByline("By Danny McDonald Globe Staff,Updated November 19, 2019, 6:02 p.m.")
        #expect(globe?.names == [BylineEntry(name: "Danny McDonald", role: "Globe Staff")])
        #expect(globe?.date?.published.text == "November 19, 2019, 6:02 p.m.")
        let station = BylineRule.matchDateKeywordByline(
            "Posted 3:47 PM, November 25, 2019, by Melissa Pamer and Tracy Bloom, Updated at 07:21PM, November 25, 2019")
        #expect(station?.names == [BylineEntry(name: "Melissa Pamer"), BylineEntry(name: "Tracy Bloom")])
        #expect(station?.date?.published.text == "3:47 PM, November 25, 2019")
        #expect(station?.date?.updated?.text == "07:21PM, November 25, 2019")
        // dates alone, prose and outlets are no such bylines
        for line in ["Published 6:00 a.m. ET Nov. 20, 2019 | Updated 9:42 a.m. ET Nov. 20, 2019",
                     "The company, which posted a loss of $3m in 2019, said", "Reuters Updated Nov 20, 2019",
                     "Shares of Acme posted gains of 4% on Nov. 20, 2019"] {
            #expect(BylineRule.matchDateKeywordByline(Substring(line)) == nil, "\(line)")
        }
        // a "By" line with a staff tag and no date
        let page = ArticleParser().parse(text: """
        Boston council backs plan for bus lanes on three more streets
        By Danny McDonald Globe Staff
        November 19, 2019
        The Boston City Council on Tuesday backed a plan to add dedicated bus lanes on three more streets next year.
        The lanes would run during the morning and evening rush hours and be painted red, officials said on Tuesday.
        """, id: "globe")
        #expect(page.byline == [BylineEntry(name: "Danny McDonald", role: "Globe Staff")])
    }

    @Test("a 'Key points:' box is the standfirst and ends before the first full sentence; share buttons and appeals are furniture")
    func keyPointsAndFurniture() {
        let article = ArticleParser().parse(text: """
        Catastrophic fire danger warnings for Sydney as firefighters brace for worst day of season
        By Penny Marsh
        Posted Tue 19 Nov 2019, 6:05pm
        Key points:
        Catastrophic fire danger has been declared for the Greater Sydney region
        More than 70 fires are still burning across the state, half of them uncontained
        Firefighters are preparing for what authorities say could be the most dangerous day of the season so far.
        Temperatures are expected to reach 40 degrees in western Sydney, with strong winds and low humidity.
        Click to share on Facebook (Opens in new window)
        Click to email this to a friend (Opens in new window)
        The Guardian is editorially independent, meaning we set our own agenda.
        """, id: "abc")
        #expect(article.standfirst == ["Catastrophic fire danger has been declared for the Greater Sydney region",
                                       "More than 70 fires are still burning across the state, half of them uncontained"])
        #expect(article.body.map(\.text) == [
            "Firefighters are preparing for what authorities say could be the most dangerous day of the season so far.",
            "Temperatures are expected to reach 40 degrees in western Sydney, with strong winds and low humidity."])
        #expect(article.discarded.filter { $0.reason == .share }.count == 2)
        #expect(article.discarded.contains { $0.reason == .promo && $0.text.hasPrefix("The Guardian is editorially") })
    }

    @Test("a photographer's credit run onto the caption's end: 'Name/Outlet', a name in capitals with an address or agency")
    func trailingNameCredits() {
        let cases: [(String, String, String)] = [
            ("Rep. Adam Schiff speaks to reporters on November 19 in Washington, D.C. Alex Wong/Getty",
             "Rep. Adam Schiff speaks to reporters on November 19 in Washington, D.C.", "Alex Wong/Getty"),
            ("Travelers wait in line at the ticket counter in the metro area. Helen H. Richardson/The Denver Post",
             "Travelers wait in line at the ticket counter in the metro area.", "Helen H. Richardson/The Denver Post"),
            ("A cyclist rode past construction on Columbus Avenue in Roxbury in 2018.Pat Greenhouse/Globe Staff/File 2018",
             "A cyclist rode past construction on Columbus Avenue in Roxbury in 2018.", "Pat Greenhouse/Globe Staff/File 2018"),
            ("A Metrobus travels along the avenue where riders hope to use bus lanes. PEDRO PORTAL pportal@miamiherald.com",
             "A Metrobus travels along the avenue where riders hope to use bus lanes.", "PEDRO PORTAL"),
            ("Police officers stand guard outside the courthouse on Wednesday. WILFREDO LEE AP",
             "Police officers stand guard outside the courthouse on Wednesday.", "WILFREDO LEE AP"),
        ]
        for (line, caption, credit) in cases {
            #expect(CaptionRule.trailingNameCredit(Substring(line)) == .captioned(text: caption, credit: credit), "\(line)")
        }
        // prose, lists and short lines are no captions
        for line in ["He said the results would be published in the spring. NASA and ESA", "Shares rose 4% on the news. See AC/DC",
                     "The vote is set for Tuesday. Read more", "Two officers. JOHN SMITH", "Watch the video at cnn.com/live"] {
            #expect(CaptionRule.trailingNameCredit(Substring(line)) == nil, "\(line)")
        }
    }

    @Test("the trailing-credit gate turns away only lines the rule rejects")
    func trailingNameCreditGate() {
        var passed = 0
        for line in LayoutGateTests.lines {
            if line.text.withUTF8Bytes(LayoutGates.mayEndWithNameCredit) { passed += 1 } else {
                #expect(CaptionRule.trailingNameCredit(line.text) == nil, "\(line.text)")
            }
        }
        #expect(passed > 50)
    }

    @Test("a bracketed 'Name/Source' of any source closes a caption; 'Name, Outlet' under a caption between paragraphs credits it")
    func otherCredits() {
        #expect(CaptionRule.trailingNameCredit("A weekend bus picks up passengers in Tel Aviv on November 23, 2019. (Tomer Neuberg/Flash90)")
                == .captioned(text: "A weekend bus picks up passengers in Tel Aviv on November 23, 2019.", credit: "Tomer Neuberg/Flash90"))
        #expect(CaptionRule.trailingNameCredit("The robot in a grocery aisle in Sacramento, California. (PRNewsfoto/Northvale Robotics, Inc.)")
                == .captioned(text: "The robot in a grocery aisle in Sacramento, California.", credit: "PRNewsfoto/Northvale Robotics, Inc."))
        // a bracket in running text, or after no sentence, is no credit
        #expect(CaptionRule.trailingNameCredit("Sales rose in the quarter (see chart/table)") == nil)
        #expect(CaptionRule.trailingNameCredit("Sales rose in the third quarter. (See Chart/Table)") == nil)
        let article = ArticleParser().parse(text: """
        Denver airport expects record crowds over the Thanksgiving holiday weekend
        By Elise Schmelzer
        November 25, 2019
        Denver International Airport expects a record number of passengers over the holiday weekend, officials said.
        The airport said it would open extra security lanes and add staff at its busiest checkpoints on Wednesday.
        Travelers wait in line at the United Airlines ticket counter in the metro area.
        Helen H. Richardson, The Denver Post
        About 1.5 million people are expected to pass through the airport between Tuesday and the following Monday.
        """, id: "denver")
        #expect(article.media.map(\.caption) == ["Travelers wait in line at the United Airlines ticket counter in the metro area."])
        #expect(article.media.map(\.credit) == ["Helen H. Richardson, The Denver Post"])
        #expect(article.byline == [BylineEntry(name: "Elise Schmelzer")])
        #expect(article.body.count == 3)
    }

    @Test("items printed without markers under a body line ending with ':' stay in the body as list items")
    func unmarkedListItems() {
        let article = ArticleParser().parse(text: """
        Retail robot maker launches second-generation shelf scanner for grocery chains
        By Jo Smith
        November 20, 2019
        Northvale Robotics on Wednesday launched the second generation of its shelf-scanning robot for grocery stores.
        The company said the new model is smaller, faster and cheaper to run than the first one it sold in 2017.
        Key features of the new robot include:
        Real-time out-of-stock detection with a reported accuracy of more than 95 percent
        Automatic price and label auditing against point-of-sale data
        A compact footprint suitable for narrow aisles
        The robot will be available to retailers in the United States from the first quarter of next year, it said.
        Read more:
        Grocery chains turn to robots as labour costs climb across the industry this year
        Shelf-scanning startup raises new funding round led by retail investors
        """, id: "list")
        #expect(article.body.filter { $0.kind == .listItem }.map(\.text) == [
            "Real-time out-of-stock detection with a reported accuracy of more than 95 percent",
            "Automatic price and label auditing against point-of-sale data", "A compact footprint suitable for narrow aisles"])
        #expect(article.body.last?.text == "The robot will be available to retailers in the United States from the first quarter of next year, it said.")
        #expect(!article.body.contains { $0.text.hasPrefix("Grocery chains turn") })
    }

    @Test("'Name, @handle' is a byline; 'Source: Agency| date|Editor: …' gives the agency and the date")
    func handleAndSourceLines() {
        #expect(BylineRule.nameWithHandle("Jon Fingas, @jonfingas")?.names == [BylineEntry(name: "Jon Fingas")])
        #expect(BylineRule.nameWithHandle("Jon Fingas @jonfingas")?.names == [BylineEntry(name: "Jon Fingas")])
        for line in ["Follow us @verge", "Email us at tips@example.com", "World News @bbcworld"] {
            #expect(BylineRule.nameWithHandle(Substring(line)) == nil, "\(line)")
        }
        let xinhua = BylineRule.matchSourceAndDate("Source: Xinhua| 2019-11-20 16:47:52|Editor: Shi Yinglun")
        #expect(xinhua?.names == [BylineEntry(name: "Xinhua")])
        #expect(xinhua?.date?.published.text == "2019-11-20 16:47:52")
        #expect(BylineRule.matchSourceAndDate("Source: company filings | 2019") == nil)
        #expect(BylineRule.additionalCreditLine("Additional reporting by Imran Gabol") == [BylineEntry(name: "Imran Gabol")])
        #expect(BylineRule.additionalCreditLine("Additional reporting will follow") == nil)
    }

    @Test("a date over 'First published on …' is the update; an audio player line is no caption")
    func firstPublishedAndAudio() {
        let article = ArticleParser().parse(text: """
        Flood-hit town faces months of clean-up as river levels fall
        Jo Smith
        Tue 19 Nov 2019 18.04 GMT
        First published on Tue 19 Nov 2019 14.21 GMT
        Residents of the flood-hit town began the clean-up on Tuesday as the river finally fell below its banks.
        The council said it expected the work to take several months and promised help for families.
        LISTEN - 05:12
        Marguerite Reardon/CNET
        More rain is forecast for the weekend, the Met Office said, though not as heavy as last week's storms.
        """, id: "guardian")
        #expect(article.published?.text == "19 Nov 2019 14.21 GMT")
        #expect(article.updated?.text == "19 Nov 2019 18.04 GMT")
        #expect(!article.media.contains { $0.caption == "LISTEN - 05:12" })
        #expect(article.discarded.contains { $0.text == "LISTEN - 05:12" })
    }

    @Test("a 'By' line with addresses between bars keeps every name; 'Name in City' under the standfirst is the byline")
    func addressesAndPlaces() {
        let denver = BylineRule.matchWithHandles(
            "By Elise Schmelzer | eschmelzer@denverpost.com and Kieran Nicholson | knicholson@denverpost.com | The Denver Post")
        #expect(denver?.names.map(\.name) == ["Elise Schmelzer", "Kieran Nicholson"])
        // a handle glued to a name leaves the name
        #expect(BylineRule.matchWithHandles("By Tom Warren@tomwarren")?.names.map(\.name) == ["Tom Warren"])
        #expect(BylineRule.beforePlace("Mara Ellison in New York") == "Mara Ellison")
        #expect(BylineRule.beforePlace("Made in china") == "Made in china")
        let guardian = ArticleParser().parse(text: """
        Warehouse workers deliver petition calling for longer breaks
        Staff at a Staten Island facility deliver petition with 600 signatures calling for an end to quota-based firings
        Mara Ellison in New York
        Wed 20 Nov 2019 16.32 GMT
        Workers at a Staten Island warehouse delivered a petition to managers on Wednesday calling for longer breaks.
        The petition, signed by about 600 employees, also asks the company to end firings based on productivity quotas.
        """, id: "guardian")
        #expect(guardian.byline == [BylineEntry(name: "Mara Ellison")])
        #expect(guardian.standfirst.count == 1)
    }

    @Test("buttons are no bare names; 'Name | Outlet'; 'By Name Role' with no comma; a labelled update over the date")
    func roundFourBylines() {
        #expect(BylineRule.isButtonLabel("Facebook Count") && BylineRule.isButtonLabel("A A") && BylineRule.isButtonLabel("Twitter Share"))
        #expect(!BylineRule.isButtonLabel("Rana Bilal") && !BylineRule.isButtonLabel("J. R. Smith"))
        #expect(BylineRule.nameBarOutlet("Rana Bilal | Dawn.com")?.names == [BylineEntry(name: "Rana Bilal", role: "Dawn.com")])
        #expect(BylineRule.nameBarOutlet("Breaking News | Dawn.com") == nil)
        #expect(BylineRule.nameBarOutlet("Rana Bilal | Dawn.com | Lahore") == nil)
        #expect(BylineRule.byNameThenRole("By Christina Finn Political Correspondent")?.names
                == [BylineEntry(name: "Christina Finn", role: "Political Correspondent")])
        #expect(BylineRule.withStaffTagRole(.init(names: [BylineEntry(name: "Helen McArdle Reporter")])).names
                == [BylineEntry(name: "Helen McArdle", role: "Reporter")])
        #expect(BylineRule.withStaffTagRole(.init(names: [BylineEntry(name: "Times Staff Writer")])).names
                == [BylineEntry(name: "Times Staff Writer")])
        let article = ArticleParser().parse(text: """
        Pakistan
        Court seeks government reply on petition against smog in Lahore
        Rana Bilal | Dawn.com
        Updated 20 November 2019
        November 20, 2019 00:47
        Facebook Count
        Twitter Share
        The Lahore High Court on Wednesday sought a reply from the provincial government on a petition against smog.
        The petitioners said the government had failed to act on its own clean air plan, announced last year.
        """, id: "dawn")
        #expect(article.byline == [BylineEntry(name: "Rana Bilal", role: "Dawn.com")])
        #expect(article.published?.text == "November 20, 2019 00:47")
        #expect(article.updated?.text == "20 November 2019")
    }

    @Test("a subheading that is no name opens a list of lines that are no sentences")
    func subheadingLists() {
        let article = ArticleParser().parse(text: """
        Health authority launches virtual consultations for residents
        By Jo Smith
        November 20, 2019
        Residents can now see a doctor by video call through the health authority's app, officials said on Wednesday.
        The service is free for holders of a health card and runs from 8am to 8pm every day of the week.
        How it works
        Open the app and log in with your national ID
        Choose Virtual Consultation and pick a time slot
        Join the call from the link sent by text message
        Officials said more than 2,000 residents had booked a consultation in the first week of the trial.
        The authority plans to add evening appointments and more languages early next year, a spokesperson said.
        Doctors taking part in the scheme said most calls were about prescriptions, test results and minor illnesses.
        """, id: "list")
        #expect(article.body.filter { $0.kind == .listItem }.count == 3)
        #expect(article.body.contains { $0.kind == .subheading && $0.text == "How it works" })
        #expect(article.related.isEmpty)
    }

    @Test("a byline over several lines, author cards over the date, a title-case headline ending with a full stop")
    func splitHeaders() {
        let bloomberg = ArticleParser().parse(text: """
        Deals
        Calloway Foods to Buy Brightfield Snacks in $5.2 Billion Deal
        By
        Rachel Delacroix
         and
        Tom Hersh
        November 19, 2019, 7:02 AM EST
        Calloway Foods agreed to buy Brightfield Snacks for about $5.2 billion in cash, the companies said on Tuesday.
        The deal would combine two of the biggest pretzel makers in the United States, with combined sales of $3 billion.
        """, id: "split")
        #expect(bloomberg.headline == "Calloway Foods to Buy Brightfield Snacks in $5.2 Billion Deal")
        #expect(bloomberg.byline.map(\.name) == ["Rachel Delacroix", "Tom Hersh"])
        #expect(bloomberg.section == "Deals")
        let cards = ArticleParser().parse(text: """
        Tech
        Gig Workers At DashRunner Say A New Pay Formula Cut Their Earnings By A Third
        Carolyn Mbeki
        BuzzFeed News Reporter
        Danny Ostrowski
        BuzzFeed News Reporter
        Posted on November 19, 2019, at 4:32 p.m. ET
        Couriers for the delivery app DashRunner say a new pay formula has cut their earnings by as much as a third.
        The company said most couriers were earning more under the formula, which it introduced in September.
        """, id: "cards")
        #expect(cards.headline == "Gig Workers At DashRunner Say A New Pay Formula Cut Their Earnings By A Third")
        #expect(cards.byline == [BylineEntry(name: "Carolyn Mbeki", role: "BuzzFeed News Reporter"),
                                 BylineEntry(name: "Danny Ostrowski", role: "BuzzFeed News Reporter")])
        let slate = ArticleParser().parse(text: """
        Workers at a Chain of Bike Shops Just Voted to Unionize. That’s a Bigger Deal Than It Sounds.
        A small election in retail could be a preview of where organized labor goes next.
        By Nathan Kowalczyk
        Nov 19, 2019 5:47 PM
        On Monday night, workers at a chain of 31 bike shops in the Pacific Northwest voted to join a union.
        It is the largest successful union vote at a specialty retailer in years, organizers said on Tuesday.
        """, id: "slate")
        #expect(slate.headline == "Workers at a Chain of Bike Shops Just Voted to Unionize. That’s a Bigger Deal Than It Sounds.")
        #expect(slate.standfirst == ["A small election in retail could be a preview of where organized labor goes next."])
    }

    @Test("contact and sign-off lines, weather readings, ad controls and site terms are furniture")
    func roundFourFurniture() {
        for line in ["Contact Carolyn Mbeki at carolyn.mbeki@buzzfeed.com.", "-- Everton Bailey Jr.", "— Jane Roe"] {
            #expect(Array(line.utf8).withUnsafeBufferPointer(LayoutGates.isContactOrSignOff), "\(line)")
        }
        for line in ["Contact tracing began on Monday, officials said.", "— the council voted on Tuesday", "-- a new sea wall"] {
            #expect(!Array(line.utf8).withUnsafeBufferPointer(LayoutGates.isContactOrSignOff), "\(line)")
        }
        #expect(Array("Dublin: 7°C".utf8).withUnsafeBufferPointer(LayoutGates.isWeather))
        #expect(!Array("Up 7% in 2019".utf8).withUnsafeBufferPointer(LayoutGates.isWeather))
        let article = ArticleParser().parse(text: """
        Dublin: 7°C
        City council approves plan for new cycle lanes along the quays
        By Jo Roe
        November 20, 2019
        The city council approved a plan on Tuesday to build new cycle lanes along both quays by the end of next year.
        Advertisement
        Hide Ad
        Councillors voted 38 to 12 in favour of the plan, which will remove one lane of traffic in each direction.
        -- Jo Roe
        Contact Jo Roe at jo.roe@example.com.
        Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy.
        """, id: "furniture")
        #expect(article.body.count == 2)
        #expect(article.section == nil)
        #expect(article.discarded.contains { $0.text == "Hide Ad" && $0.reason == .advertisement })
        #expect(article.discarded.contains { $0.text == "-- Jo Roe" && $0.reason == .attribution })
        #expect(CaptionRule.match(TestLine(number: 1, text: "Photographer: Daniel Acker/Bloomberg"[...]))
                == .credit("Daniel Acker/Bloomberg", captionAbove: true))
    }

    @Test("two labels over the headline, the deeper one shorter: the headline stays; a tagline is no section")
    func labelsAndTaglines() {
        let article = ArticleParser().parse(text: """
        Irish News
        Health
        Record 760 patients on trolleys as hospitals brace for early flu season
        Nurses warn overcrowding is now a year-round crisis as numbers top last winter's peak
        Eilish O'Regan
        November 20 2019 02:30 AM
        A record 760 patients were left waiting on trolleys for a hospital bed yesterday, as health chiefs warned of flu.
        The figure, compiled by the nurses' union, is the highest number recorded on a single day since counts began.
        """, id: "labels")
        #expect(article.headline == "Record 760 patients on trolleys as hospitals brace for early flu season")
        #expect(article.section == "Health")  // (twentieth pass) the trail's deeper level
        #expect(!Array("News provided by".utf8).withUnsafeBufferPointer(HeaderReader.mayNameSection))
        #expect(!Array("from research organizations".utf8).withUnsafeBufferPointer(HeaderReader.mayNameSection))
        #expect(Array("Politics".utf8).withUnsafeBufferPointer(HeaderReader.mayNameSection))
    }

    @Test("'Appeared in the DATE, print edition as '…'' is the print-edition note with its headline")
    func appearedInPrint() {
        #expect(PrintEditionRule.matchAppeared("Appeared in the November 20, 2019, print edition as 'Great Lakes to Buy Tri-County.'")
                == PrintEdition(publication: nil, headline: "Great Lakes to Buy Tri-County"))
        #expect(PrintEditionRule.matchAppeared("Appeared in the hallway as the vote began") == nil)
    }

    @Test("market tickers are no header lines; 'PHOTOGRAPH COURTESY Name' credits the caption above it")
    func tickersAndCourtesy() {
        #expect(Array("Dow 30 28,051.41 +54.80 (+0.20%)".utf8).withUnsafeBufferPointer(LayoutGates.isTicker))
        #expect(!Array("Sales rose in the quarter (up 20%)".utf8).withUnsafeBufferPointer(LayoutGates.isTicker))
        let article = ArticleParser().parse(text: """
        Dow 30 28,051.41 +54.80 (+0.20%)
        S&P 500 3,153.63 +8.72 (+0.28%)
        Nasdaq 8,665.47 +0.56 (+0.01%)
        Regional banks brace for slower loan growth as rates stay low
        Brian Cheung
        November 20, 2019
        Regional banks are bracing for slower loan growth next year as interest rates stay low, executives said.
        Under ultraviolet light, bony plates on the back of the toadlet glow blue.
        PHOTOGRAPH COURTESY SANDRA GOUTTE
        Several lenders said demand for business loans had cooled in the third quarter, especially in manufacturing.
        """, id: "ticker")
        #expect(article.headline == "Regional banks brace for slower loan growth as rates stay low")
        #expect(article.section == nil && article.standfirst.isEmpty)
        #expect(article.media.map(\.credit) == ["SANDRA GOUTTE"])
    }

    @Test("a caption sentence closed by a station or '(Name, Organisation)' credit in brackets")
    func stationCredits() {
        let cases: [(String, String)] = [
            ("Metro riders wait on a platform at Gallery Place-Chinatown station. (FOX 5 DC)", "FOX 5 DC"),
            ("Floodwaters surround homes along the bayou on Thursday, Sept. 19, 2019. (KHOU)", "KHOU"),
            ("The winery's five presses were found by a team of archaeologists. (Yaniv Berman, Israel Antiquities Authority)",
             "Yaniv Berman, Israel Antiquities Authority"),
        ]
        for (line, credit) in cases {
            let role = LineClassifier.classify(TestLine(number: 1, text: line[...]))
            guard case .caption(.captioned(_, let found)) = role else { Issue.record("\(line): \(role)"); continue }
            #expect(found == credit, "\(line)")
        }
        for line in ["The council will vote on the plan next week. (See Page 4)", "The story continues on the next page. (Page 4)"] {
            if case .caption = LineClassifier.classify(TestLine(number: 1, text: line[...])) { Issue.record("\(line)") }
        }
    }
}
