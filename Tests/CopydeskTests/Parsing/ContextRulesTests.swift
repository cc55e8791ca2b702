@testable import Copydesk
import Testing

@Suite("Context rules")
struct ContextRulesTests {
    @Test("a repeated line is a duplicate; the caption above a credit line is the caption")
    func galleryCaption() {
        let found = roles(of: """
        A man shakes hands with a minister in Hanoi on Wednesday.
        A man shakes hands with a minister in Hanoi on Wednesday.
        Photo: Hau Dinh, AP
        Photo: Hau Dinh, AP
        """)
        #expect(found[0] == .captionText)
        #expect(found[1] == .duplicate)
        #expect(found[2] == .caption(.credit("Hau Dinh, AP", captionAbove: true)))
    }

    @Test("a video widget: duration, title, repeated title; a label, title and a description restating it")
    func videoWidgets() {
        let byDuration = roles(of: "03:15\nFace masks go hi-tech\nFace masks go hi-tech\nThe body goes on here.")
        #expect(byDuration[0] == .video("03:15"))
        #expect(byDuration[1] == .videoTitle)
        #expect(byDuration[2] == .duplicate)
        let byLabel = roles(of: """
        Video
        Ken Langone is proud of Home Depot employees
        Home Depot co-founder Ken Langone discusses how Home Depot employees live the American dream.
        """)
        #expect(byLabel == [.video(nil), .videoTitle, .videoText])
    }

    @Test("a list header claims the title lines under it, up to a paragraph or a line that a byline follows")
    func lists() {
        let found = roles(of: """
        Most Popular
        Fire damages club in Albany
        Best pizza in town this year
        The first paragraph of the article is long enough to be a real sentence of the body.
        """)
        #expect(found[1] == .listItem && found[2] == .listItem && found[3] == .text)
        let trending = roles(of: "TRENDING:\nImpeachment\nGovernor doubles down on anti-drug campaign\nBy Tess Bonn")
        #expect(trending[1] == .listItem)
        #expect(trending[2] == .text)
    }

    @Test("runs of short lines are navigation, except the item after a breadcrumb separator")
    func navigationRuns() {
        let found = roles(of: "Live\nNews\n/\nAfghanistan\nUS service members killed in Afghanistan helicopter crash")
        #expect(found[0] == .furniture(.navigation) && found[1] == .furniture(.navigation))
        #expect(found[3] == .text)
        #expect(found[4] == .text)
    }

    @Test("a newsletter box's title, an embedded post, names next to a date")
    func boxesEmbedsNames() {
        let box = roles(of: "Breaking News Emails\nGet breaking news alerts and special reports.\nSUBSCRIBE")
        #expect(box[0] == .furniture(.newsletter))
        let embed = roles(of: "I love that they trademarked it.\n— Robert Maguire (@RobertMaguire_) November 18, 2019")
        #expect(embed == [.embed, .embed])
        let place = roles(of: "Jane Doe in Lisbon\nTue 19 Nov 2019 14.30 GMT")
        guard case .byline(let withPlace) = place[0] else { Issue.record("not a byline: \(place[0])"); return }
        #expect(withPlace.names.map(\.name) == ["Jane Doe"])
        let names = roles(of: "JANIE HAR\nNov. 20, 2019")
        guard case .byline(let match) = names[0] else { Issue.record("not a byline: \(names[0])"); return }
        #expect(match.names.map(\.name) == ["JANIE HAR"])
    }
}
