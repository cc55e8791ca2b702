@testable import Copydesk
import Testing

/// Header and caption shapes found by probing other publishers' page layouts (eighteenth pass).
@Suite("Rules for more publishers' layouts")
struct LayoutProbeRuleTests {
    @Test("a name, a separator and a date on one line: the byline and the date")
    func nameThenDate() {
        let cases: [(String, String, String)] = [
            ("Ingrid Lunden@ingridlunden / 11:36 am EST • November 20, 2019", "Ingrid Lunden", "11:36 am EST • November 20, 2019"),
            ("Scott K. Johnson - Nov 19, 2019 4:45 pm UTC", "Scott K. Johnson", "Nov 19, 2019 4:45 pm UTC"),
            ("Neha Madaan | TNN | Updated: Nov 20, 2019, 10:34 IST", "Neha Madaan", "Nov 20, 2019, 10:34 IST"),
            ("Bartley Kives · CBC News · Posted: Nov 19, 2019 4:00 AM CT", "Bartley Kives", "Nov 19, 2019 4:00 AM CT"),
        ]
        for (line, name, date) in cases {
            let match = BylineRule.matchNameThenDate(Substring(line))
            #expect(match?.names == [BylineEntry(name: name)], "\(line)")
            #expect(match?.date?.published.text == date, "\(line)")
        }
        // section labels, outlets and prose are no names
        for line in ["Middle East | Nov 19, 2019", "Business News | November 19, 2019", "Updated - Nov 19, 2019",
                     "Hong Kong / 20 Nov 2019", "Reuters | Nov 19, 2019", "Shares rose 3% - the best day since May 4"] {
            #expect(BylineRule.matchNameThenDate(Substring(line)) == nil, "\(line)")
        }
    }

    @Test("the parsed page takes the name and the date; a glued handle is dropped from any byline")
    func nameThenDateInPage() {
        let article = ArticleParser().parse(text: """
        Berlin's Parcelwise raises $42M to build lockers for every apartment block
        Ingrid Lunden@ingridlunden / 11:36 am EST • November 20, 2019
        Parcelwise, a startup that builds parcel lockers for apartment blocks, has raised a new round of funding.
        The company said it would use the money to expand into three more countries next year.
        """, id: "tc")
        #expect(article.byline == [BylineEntry(name: "Ingrid Lunden")])
        #expect(article.published?.text == "11:36 am EST • November 20, 2019")
        let verge = ArticleParser().parse(text: """
        Microsoft's xCloud game streaming preview expands to Canada and Western Europe
        By Tom Warren@tomwarren  Nov 19, 2019, 8:00am EST
        Microsoft is expanding its xCloud game streaming preview to more countries today.
        The company is sending invites to players in Canada, the UK and Western Europe.
        """, id: "verge")
        #expect(verge.byline == [BylineEntry(name: "Tom Warren")])
    }

    @Test("a short agency tag or a person / outlet credit in brackets closes a caption")
    func shortBracketCredits() {
        let cases: [(String, String, String)] = [
            ("Emergency services help residents from their homes in Fishlake, South Yorkshire (PA)",
             "Emergency services help residents from their homes in Fishlake, South Yorkshire", "PA"),
            ("Firefighters from the county fire service in Bentley on Monday (Getty)",
             "Firefighters from the county fire service in Bentley on Monday", "Getty"),
            ("Protesters gather outside Parliament during the walkout (AFP/Getty)",
             "Protesters gather outside Parliament during the walkout", "AFP/Getty"),
            ("An Expo Line train pulls into the station in December. (Allen J. Schaben / Los Angeles Times)",
             "An Expo Line train pulls into the station in December.", "Allen J. Schaben / Los Angeles Times"),
            ("A Winnipeg Transit bus travels along Portage Avenue. (Travis Golby/CBC)",
             "A Winnipeg Transit bus travels along Portage Avenue.", "Travis Golby/CBC"),
        ]
        for (line, caption, credit) in cases {
            #expect(CaptionRule.shortBracketCredit(Substring(line)) == .captioned(text: caption, credit: credit), "\(line)")
        }
        for line in ["The company said its shares rose sharply on Monday (Nasdaq: ACME)",
                     "He said the plan was unworkable, according to a person at the meeting (Smith/Jones)",
                     "The bus travels along Portage Avenue every day (Travis Golby/CBC)",
                     "What do you think? (Getty)", "Shares rose (PA)", "The group met in 2019 to agree a plan (Annex 2)"] {
            #expect(CaptionRule.shortBracketCredit(Substring(line)) == nil, "\(line)")
        }
    }

    @Test("a title-case job title after a name: its beat words go to the role, the name keeps two words or more")
    func titleCaseBeats() {
        let cases: [(String, String, String)] = [
            ("Colin Drury North of England Correspondent", "Colin Drury", "North of England Correspondent"),
            ("Lizzie Dearden Home Affairs Correspondent", "Lizzie Dearden", "Home Affairs Correspondent"),
            ("Mary Ann Smith Political Editor", "Mary Ann Smith", "Political Editor"),
            ("Tom North Business Editor", "Tom North", "Business Editor"),
            ("Lily Hay Newman Senior Writer", "Lily Hay Newman", "Senior Writer"),
            ("Harriet Vane Social affairs correspondent", "Harriet Vane", "Social affairs correspondent"),
        ]
        for (line, name, role) in cases {
            #expect(BylineRule.matchNameThenRole(textLine(line))?.names == [BylineEntry(name: name, role: role)], "\(line)")
            #expect(RefBylineRule.matchNameThenRole(textLine(line)) == BylineRule.matchNameThenRole(textLine(line)), "\(line)")
        }
        // five words that are no beat words are no name
        #expect(BylineRule.matchNameThenRole(textLine("Anna Maria Lopez Garcia Ruiz Correspondent")) == nil)
    }

    @Test("a 'By' line with handles and an e-mail address; a lone @handle line is a follow link")
    func handles() {
        let vox = BylineRule.matchWithHandles("By Ella Nilsen@ellanilsen ella.nilsen@vox.com Nov 20, 2019, 12:00pm EST")
        #expect(vox?.names == [BylineEntry(name: "Ella Nilsen")])
        #expect(vox?.date?.published.text == "Nov 20, 2019, 12:00pm EST")
        #expect(BylineRule.matchWithHandles("By the way, write to us at letters@example.com") == nil)
        #expect(LineClassifier.classify(textLine("@colin_drury")) == .furniture(.share))
        #expect(LineClassifier.classify(textLine("@ 5pm")) != .furniture(.share))
    }

    @Test("a menu item repeated right above the headline is the section; a breadcrumb trail is not")
    func repeatedSection() {
        let menu = ["News", "Congress", "White House", "Politics", "Tech", "Search"]
        let page = (menu + ["Congress", "House Democrats unveil drug-pricing bill changes to win over progressives",
                            "By Sarah Owermohle", "11/20/2019 06:54 AM EST",
                            "House Democrats on Tuesday unveiled changes to their drug-pricing bill, aiming to win over progressives.",
                            "The new draft expands the number of drugs subject to negotiation each year, aides said."]).joined(separator: "\n")
        let article = ArticleParser().parse(text: page, id: "sec")
        #expect(article.section == "Congress")
        #expect(article.headline == "House Democrats unveil drug-pricing bill changes to win over progressives")
        // "Home", "News", "World" over the headline: a trail, no section
        let trail = (["Home", "News", "World", "Sport", "Search", "Home", "News", "World",
                      "Hong Kong chaos: China deploys troops as protests spread across the city",
                      "By Jane Roe", "November 19, 2019",
                      "China has deployed troops to clear barricades in Hong Kong as protests spread across the city on Tuesday.",
                      "Residents said they had never seen soldiers on the streets in such numbers before."]).joined(separator: "\n")
        #expect(ArticleParser().parse(text: trail, id: "trail").section == nil)
    }

    @Test("a credit line under its caption: 'Photo by Name / Outlet', 'AGENCY/Name'; no bar kept before a credit")
    func creditLines() {
        #expect(CaptionRule.standaloneCredit("Photo by Tom Warren / The Verge") == .credit("Tom Warren / The Verge", captionAbove: true))
        #expect(CaptionRule.standaloneCredit("REUTERS/Brendan McDermid") == .credit("REUTERS/Brendan McDermid", captionAbove: true))
        for line in ["Photo by me", "Photos by the readers of this site were sent in.", "Trade/Economy", "Posted by Jane Roe"] {
            #expect(CaptionRule.standaloneCredit(Substring(line)) == nil, "\(line)")
        }
        let article = ArticleParser().parse(text: """
        Microsoft expands its game streaming preview to more countries across Europe
        Microsoft is expanding its xCloud game streaming preview to Canada, the UK and Western Europe today, the company said.
        The xCloud preview runs on Android phones with a Bluetooth controller clipped on top.
        Photo by Tom Warren / The Verge
        Invites are going out to players starting today, and more will follow in the coming weeks, Microsoft said.
        Speaker Nancy Pelosi at a news conference on Capitol Hill. | Chip Somodevilla/Getty Images
        The bill is expected to come to a vote before the end of the year, aides said on Tuesday afternoon.
        """, id: "credits")
        #expect(article.media.map(\.caption) == ["The xCloud preview runs on Android phones with a Bluetooth controller clipped on top.",
                                                "Speaker Nancy Pelosi at a news conference on Capitol Hill."])
        #expect(article.media.map(\.credit) == ["Tom Warren / The Verge", "Chip Somodevilla/Getty Images"])
        #expect(article.body.count == 3)
    }

    @Test("a menu printed line by line ends at a blank line: the header under it is read")
    func listEndsAtBlank() {
        let menu = ["Top Stories", "Local", "Climate", "World", "Canada", "Politics", "Business", "Health", "Go Public"]
        let page = (menu + ["", "Manitoba", "", "Winnipeg transit drivers call for safety shields after 3rd assault in a month",
                            "Union says operators feel like sitting ducks as city reviews bus barrier pilot", "",
                            "Bartley Kives · CBC News · Posted: Nov 19, 2019 4:00 AM CT | Last Updated: November 19, 2019", "",
                            "The union representing Winnipeg Transit operators is renewing its call for protective shields on every bus.",
                            "The driver was attacked by a passenger near Main Street shortly after 9 p.m., Winnipeg police said."])
            .joined(separator: "\n")
        let article = ArticleParser().parse(text: page, id: "cbc")
        #expect(article.headline == "Winnipeg transit drivers call for safety shields after 3rd assault in a month")
        #expect(article.byline == [BylineEntry(name: "Bartley Kives")])
        #expect(article.published?.text == "Nov 19, 2019 4:00 AM CT")
        #expect(article.updated?.text == "November 19, 2019")
        #expect(article.body.count == 2)
    }

    @Test("the lines of a 'Highlights' box under the byline are the standfirst")
    func summaryBox() {
        let article = ArticleParser().parse(text: """
        Pune: Metro work to shut Karve Road lane for 45 days from Monday
        Neha Madaan | TNN | Updated: Nov 20, 2019, 10:34 IST

        Highlights
        The traffic police have allowed diversions on four alternative routes.
        Buses on Karve Road will be rerouted via Prabhat Road from 6am to 10pm.

        PUNE: A stretch of one lane on Karve Road will remain shut for 45 days from Monday to allow work on the metro.
        The traffic police issued a notification on Tuesday allowing the closure of the lane during peak hours.
        """, id: "toi")
        #expect(article.standfirst == ["The traffic police have allowed diversions on four alternative routes.",
                                       "Buses on Karve Road will be rerouted via Prabhat Road from 6am to 10pm."])
        #expect(article.body.count == 2)
        #expect(article.discarded.map(\.text) == ["Highlights"])
    }

    @Test("a header printing only an update, then 'First published on' under the article: both dates in place")
    func firstPublishedBelow() {
        let article = ArticleParser().parse(text: """
        Boeing says 737 Max jets could be back in the air by January, but airlines are not so sure
        By Kate Gibson
        Updated on: November 20, 2019 / 7:03 AM / MoneyWatch
        Boeing said on Tuesday that it expected regulators to approve the return of the 737 Max by January.
        American Airlines, which has 24 Max jets in its fleet, said last week that it had cancelled flights until March.
        First published on November 19, 2019 / 10:47 PM
        """, id: "cbs")
        #expect(article.published?.text == "November 19, 2019 / 10:47 PM")
        #expect(article.updated?.text == "November 20, 2019 / 7:03 AM")
    }

    @Test("a staff credit with a year or 'file' after the outlet; a lone agency line under a caption between paragraphs")
    func yearCreditsAndAgencyLines() {
        #expect(CaptionRule.shortBracketCredit("A Link light-rail train leaves Tukwila International Boulevard Station. (Ken Lambert / The Seattle Times, 2018)")
                == .captioned(text: "A Link light-rail train leaves Tukwila International Boulevard Station.",
                              credit: "Ken Lambert / The Seattle Times, 2018"))
        #expect(CaptionRule.shortBracketCredit("Commuters wait for a Blue Line train at the station on Tuesday. (Jose M. Osorio / Chicago Tribune file)")
                != nil)
        let article = ArticleParser().parse(text: """
        Uber will start recording audio of some rides as part of a new safety push
        By Tyler Sonnemaker
        Uber is launching a pilot program that lets riders and drivers record audio during trips, the company said.
        Uber CEO Dara Khosrowshahi.
        Reuters
        The recordings will be encrypted and stored on the user's phone, and Uber says it will only listen to them after a report.
        Drivers have long called for more protections, and the company said it had listened to their concerns.
        """, id: "bi")
        #expect(article.media.map(\.caption) == ["Uber CEO Dara Khosrowshahi."])
        #expect(article.media.map(\.credit) == ["Reuters"])
        #expect(article.body.count == 3)
    }

    @Test("a breadcrumb trail of two labels over a headline with no standfirst: the headline stays the headline")
    func twoLevelBreadcrumb() {
        let article = ArticleParser().parse(text: """
        News
        UK News
        Dad-of-three killed after lorry smashes into his broken-down van on M62 as family pay tribute
        Ellie Cambridge
        20 Nov 2019, 10:14
        A father of three died when a lorry smashed into his broken-down van on the M62 on Tuesday night, police said.
        His family said he was a devoted dad who would do anything for anyone.
        """, id: "sun")
        #expect(article.headline == "Dad-of-three killed after lorry smashes into his broken-down van on M62 as family pay tribute")
        #expect(article.section == "UK News")  // (twentieth pass) the trail's deeper level, as dev 011 and 015 take it
        #expect(article.standfirst.isEmpty)
    }

    @Test("a person's byline wins over a provider's logo line above the headline")
    func personOverProviderLogo() {
        let article = ArticleParser().parse(text: """
        Reuters
        Judge rejects bid to block the sale of the company's stake in the pipeline project
        By Jonathan Stempel
        November 20, 2019
        NEW YORK (Reuters) - A federal judge on Wednesday rejected a bid to block the sale of a stake in a pipeline.
        The judge said the plaintiffs had not shown that they would suffer irreparable harm from the sale.
        """, id: "yahoo")
        #expect(article.byline == [BylineEntry(name: "Jonathan Stempel")])
    }

    @Test("a headline with a name and a date under it ends a 'Trending' list; a list at the page's end reads safely")
    func headlineEndsList() {
        let article = ArticleParser().parse(text: """
        Trending
        Strictly Come Dancing
        Black Friday
        Weather
        News
        Commuters stranded for hours after train breaks down inside Thameslink tunnel
        Jen Mills
        Wednesday 20 Nov 2019 9:41 am
        Hundreds of commuters were trapped for more than three hours after a packed train broke down inside a tunnel.
        The service from Bedford to Brighton lost power between Kentish Town and St Pancras at about 7.30am.
        """, id: "metro")
        #expect(article.headline == "Commuters stranded for hours after train breaks down inside Thameslink tunnel")
        #expect(article.byline == [BylineEntry(name: "Jen Mills")])
        // the list's last lines are the page's last lines: no line past the end is read
        for tail in ["Trending\nOne\nTwo\nA line of six words or more here", "Trending\nOne\nA line of six words or more here\nLast"] {
            #expect(ArticleParser().parse(text: tail, id: "end").body.isEmpty)
        }
    }

    @Test("a segmented meta line: a section, a 'Written by' name and a date; a summary box a few lines above the body")
    func segmentedMetaLine() {
        let match = BylineRule.matchNameThenDate("All India | Written by Shreya Bhandari | Updated: November 20, 2019 11:19 pm IST")
        #expect(match?.names == [BylineEntry(name: "Shreya Bhandari")])
        #expect(match?.date?.published.text == "November 20, 2019 11:19 pm IST")
        #expect(BylineRule.matchNameThenDate("Politics | Nov 19, 2019") == nil)
        let article = ArticleParser().parse(text: """
        Maharashtra talks drag on as allies meet again, decision expected in two days
        All India | Written by Shreya Bhandari | Updated: November 20, 2019 11:19 pm IST
        EMAIL
        PRINT
        Highlights
        Leaders of the two parties met for over four hours in Mumbai
        A common minimum programme is being finalised, sources said

        Mumbai: Leaders of the two parties met for the second time this week in Mumbai on Wednesday to agree a programme.
        The meeting, held at the residence of a senior leader in south Mumbai, lasted over four hours, sources said.
        """, id: "ndtv")
        #expect(article.byline == [BylineEntry(name: "Shreya Bhandari")])
        #expect(article.standfirst == ["Leaders of the two parties met for over four hours in Mumbai",
                                       "A common minimum programme is being finalised, sources said"])
        #expect(article.body.count == 2)
    }

    @Test("an ordinal day before the month is read ('20th November 2019, 8:14 am')")
    func ordinalDays() {
        #expect(DateText.find(in: "20th November 2019, 8:14 am")?.iso == "2019-11-20T08:14:00")
        #expect(DateText.find(in: "Wednesday, 1st December 2019")?.iso == "2019-12-01")
        #expect(DateText.find(in: "November 22nd, 2019")?.iso == "2019-11-22")
        #expect(DateText.find(in: "the 4th of July")?.iso == nil)
    }

    @Test("a credit joined by a bar or a glued 'Credit:'; a page title ending '| Reuters' is no caption")
    func joinedCredits() {
        #expect(CaptionRule.joinedCredit("Elderly drivers will have to take a test until they turn 70. | KYODO")
                == .captioned(text: "Elderly drivers will have to take a test until they turn 70.", credit: "KYODO"))
        #expect(CaptionRule.joinedCredit("Police were called to the scene near Chain Bar on Monday eveningCredit: Facebook")
                == .captioned(text: "Police were called to the scene near Chain Bar on Monday evening", credit: "Facebook"))
        #expect(CaptionRule.joinedCredit("Oil prices fall as supply fears ease across markets | Reuters") == nil)
        #expect(CaptionRule.joinedCredit("Shares | Markets | News") == nil)
        for line in LayoutGateTests.lines where !line.text.withUTF8Bytes({ LayoutGates.mayEndWithJoinedCredit($0, hasColon: line.text.contains(":")) }) {
            #expect(CaptionRule.joinedCredit(line.text) == nil, "\(line.text)")
        }
    }

    @Test("a credit keeps its name without a lead: '© Name, AFP', 'File photo: AFP', '- Copyright REUTERS/Name'")
    func creditLeads() {
        #expect(CaptionRule.droppingCreditLead("© Thomas Samson, AFP") == "Thomas Samson, AFP")
        #expect(CaptionRule.droppingCreditLead("File photo: AFP") == "AFP")
        #expect(CaptionRule.droppingCreditLead("- Copyright REUTERS/Miguel Vidal") == "REUTERS/Miguel Vidal")
        #expect(CaptionRule.droppingCreditLead("Copyright") == nil)
        #expect(CaptionRule.droppingCreditLead("Getty Images") == nil)
        let article = ArticleParser().parse(text: """
        Paris metro strike leaves commuters stranded as unions dig in over pensions
        A commuter waits on a platform of the Paris metro during a strike on September 13, 2019. © Thomas Samson, AFP
        Most metro lines in Paris were shut on Friday as workers walked out over the government's pension reform plans.
        Unions said the strike was the biggest on the network in more than a decade, and warned of more to come.
        """, id: "f24")
        #expect(article.media.map(\.credit) == ["Thomas Samson, AFP"])
    }

    @Test("a teaser under the headline, then a picture, with the date and author closing the page: the standfirst")
    func teaserWithMetaBelow() {
        let article = ArticleParser().parse(text: """
        German states agree on plan to phase out coal heating by 2035
        Germany's 16 states have agreed on a timetable to end coal-fired district heating. Environmental groups say the deadline is too late.
        A coal power plant near Cologne Image: picture-alliance/dpa/O. Berg
        The premiers of Germany's 16 states agreed on Wednesday to end the use of coal in district heating networks by 2035.
        The agreement, reached after a night of talks in Berlin, will affect about 1.4 million households.
        Date 20.11.2019
        Author Anna Meier
        """, id: "dw")
        #expect(article.standfirst.count == 1)
        #expect(article.body.count == 2)
    }

    @Test("reader appeals, comment rules and ad-blocker notices under the article are furniture, not body")
    func readerAppeals() {
        let cases: [(String, DiscardReason)] = [
            ("Read more at The Daily Beast.", .promo), ("Story continues", .promo), ("Comments are now closed.", .footer),
            ("Get in touch by emailing webnews@metro.co.uk.", .promo),
            ("We want to hear what you think about this article. Submit a letter to the editor.", .promo),
            ("We urge you to turn off your ad blocker for The Telegraph website.", .promo),
            ("By submitting a comment, you accept that the site has the right to reproduce and publish it.", .footer),
        ]
        for (line, reason) in cases { #expect(LineClassifier.classify(textLine(line)) == .furniture(reason), "\(line)") }
        #expect(LineClassifier.classify(textLine("Readers were asked to write to their MPs about the closure.")) == .text)
    }

    @Test("a credit line in brackets names its reporters; an outlet ending in 'English' is an affiliation, not a person")
    func bracketedCreditsAndOutlets() {
        let names = BylineRule.bracketedCreditLine(
            "(Reporting by Jonathan Stempel in New York; Additional reporting by Mica Rosenberg; Editing by Leslie Adler)")
        #expect(names?.map(\.name) == ["Jonathan Stempel", "Mica Rosenberg"])
        #expect(BylineRule.bracketedCreditLine("(Editing by Leslie Adler)") == nil)
        #expect(BylineRule.bracketedCreditLine("(The reporting by the paper was wrong)") == nil)
        #expect(BylineRule.people(in: "Tamara Abueish, Al Arabiya English") == [BylineEntry(name: "Tamara Abueish", role: "Al Arabiya English")])
    }
}
