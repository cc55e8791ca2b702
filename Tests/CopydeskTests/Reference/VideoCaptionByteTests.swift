@testable import Copydesk
import Testing

/// The video duration on bytes and the caption rule's byte shortcuts against their plain forms.
@Suite("Video and caption byte paths against the plain rules")
struct VideoCaptionByteTests {
    static let durations = [
        "03:15", "VIDEO03:45", "1:02:03", "Score: 3:1", "VIDEO 03:45 ", "Video\t3:45", "WATCHVideo 12:30", "WatchWATCH 1:00",
        "VideoVIDEO 1:00", "123:45", "1234:45", "1:2", "1:234", ":12", "12:", "1::12", "1:12:12:12", "12:3a", "", ":", "VIDEO",
        "Watch:", "03:15\u{301}", "03:1\u{661}", "٠٣:١٥", "03：15", "03:15\r", "Video 03:15 am", "FBN:am", "12:30 Report", "VIDEO\u{A0}03:45",
    ]

    @Test("video durations on bytes answer as the plain rule")
    func durations() {
        var texts = Self.durations
        texts += ClassifierOracleLines.corpus.map { String($0.text) }.filter { $0.utf8.count <= 24 }
        texts += ClassifierOracleLines.random(count: 6000, seed: 41).map { String($0.prefix(16)) }
        var found = 0
        for text in texts {
            let new = VideoRule.duration(in: text[...])
            #expect(new == RefVideoRule.duration(in: text[...]), "\(text)")
            if new != nil { found += 1 }
        }
        #expect(found >= 8, "found \(found)")
    }

    @Test("the caption rule skips the gallery counter only where it would keep the text")
    func galleryCounter() {
        for text in ["1of4Grass Valley", "A 1of4", "a", "“12”", "٣of4x", "12 of 4", "", "Zof4", "9of9 x"] + ClassifierOracleLines.random(count: 3000, seed: 42) {
            let line = TestLine(number: 1, text: text[...])
            let opensCounter = line.firstLowerByte >= 0x80 || line.firstLowerByte &- UInt8(ascii: "0") < 10
            if !opensCounter { #expect(CaptionRule.droppingGalleryCounter(line.text) == line.text, "\(text)") }
        }
    }

    @Test("labels skipped by the line's colon letters and brackets read through tables answer as the reference")
    func captionLabels() {
        var texts = ["Photo: Jane Roe", "PHOTO: Jane Roe", "Credit...Jane Roe", "Credit…Jane Roe", "Image credit: NASA", "File: Reuters",
                     "A crowd gathers. Photograph: Jane Roe/AP", "Video: Jane Roe", "A view. Image: Commuters wait at a busy station today",
                     "(Photo: Jane Roe)", "(PHOTO BY Jane Roe)", "(Photo by Jane Roe)", "(Photo courtesy of NASA)", "(Courtesy of NASA)",
                     "(Image: © NASA)", "A view (Photograph by Jane Roe/AP)", "A view [File: Reuters]", "(Illustration: Jane Roe)",
                     "A view. Photos: Jane Roe", "1of4A view. Photo: Jane Roe", "2of4(Photo: Jane Roe)", "A view. photo credit: Ann Lee"]
        texts += ClassifierOracleLines.random(count: 6000, seed: 43)
        var found = 0
        for text in texts {
            let line = TestLine(number: 1, text: text[...])
            let new = CaptionRule.match(line)
            #expect(new == RefCaptionRule.match(line), "\(text)")
            if new != nil { found += 1 }
        }
        #expect(found >= 15, "found \(found)")
        for (index, label) in CaptionRule.labels.enumerated() where label.hasSuffix(":") {
            #expect(CaptionRule.labelNeeds[index] & CaptionRule.labelLastLetters != 0, "\(label)")
        }
    }
}
