@testable import Copydesk
import Testing

/// Caption and credit rules found on the thirteenth round's held-out pages (wave 2).
@Suite("Round 13b: caption credits")
struct Round13bCaptionTests {

    @Test("'Staff photo by Name' alone under a caption sentence is its credit, kept whole")
    func staffPhotoByLine() {
        let article = CaptionTestPage.page(["A council member speaks during a work session at the town hall on Tuesday.", "Staff file photo by Ana Ruiz"])
        #expect(article.media.first?.caption == "A council member speaks during a work session at the town hall on Tuesday.")
        #expect(article.media.first?.credit == "Staff file photo by Ana Ruiz")
        #expect(Substring("Staff photo by Ana Ruiz").withUTF8Bytes(CaptionRule.archivePhotoByCredit) == .credit("Staff photo by Ana Ruiz", captionAbove: true))
        // no archive word before the lead, or no name after it
        #expect(Substring("Great photo by the river today").withUTF8Bytes(CaptionRule.archivePhotoByCredit) == nil)
        #expect(Substring("Staff photo by the lake shore").withUTF8Bytes(CaptionRule.archivePhotoByCredit) == nil)
    }

    @Test("'. Pic by Name' closing a caption line with no stop after the name is its credit")
    func picByTail() {
        CaptionTestPage.expectCaptioned("Buses queue on the harbour road during the evening rush hour on Monday. Pic by Ana Ruiz",
                                        "Buses queue on the harbour road during the evening rush hour on Monday.", "Ana Ruiz")
        #expect(Substring("He left the hall early. Pic by the door was broken").withUTF8Bytes(CaptionRule.openLeadCredit) == nil)
    }

    @Test("a bare 'Photo ' or 'Source: ' label is dropped from a credit")
    func creditLabels() {
        #expect(CaptionRule.droppingCreditLead("Photo Ana Ruiz/PA Wire") == "Ana Ruiz/PA Wire")
        #expect(CaptionRule.droppingCreditLead("Source: Valley 9 News") == "Valley 9 News")
        let article = CaptionTestPage.page(["Crews dig the site of a new pond near the river on Thursday. (Source: Valley 9 News)"])
        #expect(article.media.first?.credit == "Valley 9 News")
    }

    @Test("a bracketed 'AGENCY/Source' after a whole caption sentence is its credit")
    func agencySlashBracket() {
        CaptionTestPage.expectCaptioned("Snow bands stream off the lake during a storm that buried the city. (NASA/GOES-West)",
                                        "Snow bands stream off the lake during a storm that buried the city.", "NASA/GOES-West")
        // a lower-case first part is no agency
        #expect(CaptionRule.shortBracketCredit("Snow bands stream off the lake during a storm that buried the city. (and/or)") == nil)
    }

    @Test("' | File photo' after a caption sentence is its credit")
    func barFilePhoto() {
        CaptionTestPage.expectCaptioned("Grain sits in a bin near the town. Many growers have chosen to store their crop. | File photo",
                                        "Grain sits in a bin near the town. Many growers have chosen to store their crop.", "File photo")
        #expect(CaptionRule.isArchiveCredit("AP file photo"))
        #expect(!CaptionRule.isArchiveCredit("Filed today"))
    }
}
