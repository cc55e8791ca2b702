@testable import Copydesk
import Foundation

/// The lines the faster classifier is checked on against `RefLineClassifier` (the rules as of main 27fe582):
/// every line of the dev corpus and the fixtures, and seeded random lines built from the rules' own tables.
enum ClassifierOracleLines {
    /// Every line of the shared dev corpus (when present) and of the test fixtures, as the parser splits them.
    static let corpus: [TestLine] = {
        var texts: [String] = []
        var folders = [TestPaths.fixture("parser"), TestPaths.fixture("generalisation"), TestPaths.fixture("torture")]
        if let shared = TestPaths.shared { folders.append(shared.appendingPathComponent("corpus/dev")) }
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".txt") {
                guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { continue }
                texts.append(InputDecoder.clean(String(decoding: data, as: UTF8.self)))
            }
        }
        return texts.flatMap { TestLine.lines(of: $0) }
    }()

    /// Words and phrases the rules look for: their own tables, plus names, numbers, marks and non-ASCII text.
    static let pieces: [String] = {
        var all: [String] = []
        // (round 13) entries added to the tables since are left out: the seeded lines stay those the reference was checked on
        // (the live and reference rules read the same tables, so the new entries are read alike)
        all += KnownPhrases.exactLines.keys.sorted().filter { !laterEntries.contains($0) }
            + KnownPhrases.prefixes.map(\.0).filter { !laterEntries.contains($0) } + KnownPhrases.fragments.map(\.0)
        all += CaptionRule.labels + CaptionRule.pictureSources.sorted() + CaptionRule.namedSources + CaptionRule.creditLeads
        all += ["Image caption", "Image copyright", "©", "(c) ", "Photo by", "Courtesy of", "AP Photo/", "via", "File", "1of4", "2 of 5"]
        all += BylineRule.agencies.sorted() + BylineRule.roleWords.sorted() + BylineRule.jobWords.sorted()
        all += BylineRule.outletWords.sorted() + BylineRule.organisationWords.sorted()
        all += ["By", "by", "BY", "By:", "Written by", "Author:", "Reporting by", "Editing by", "additional reporting by", "Compiled by",
                "and", "&", "de", "van", "J.", "Jr.", "Staff Writer", "Social affairs correspondent", "ByTom"]
        all += DateText.months.keys.sorted() + DateText.zones.keys.sorted() + DateText.glue.sorted() + DateText.relativeUnits.sorted()
        all += ["ago", "today", "yesterday", "Updated", "UPDATED:", "Published:", "First published", "Last modified on", "posted at",
                "a.m.", "p.m.", "am", "PM", "T", "Z", "Date:", "Related:", "READ MORE:", "See also:", "Home", "Home >", ">", "›"]
        all += ["2019", "20", "5", "11", "19", "08:00", "5:27", "11:05:09", "2019-11-18", "18.11.2019", "11/19/19", "20195:00",
                "2019-11-18T23:30:00Z", "1 / 8", "4553", "03:15", "VIDEO03:45", "12", "99999999999999999999", "1,200", "3.5",
                "123456789", "0", "11/19/123456789", "5:7", "24:00:123", "2019-1-2"]
        all += ["John", "Smith", "Jane", "Doe", "Maria", "García", "O'Neil", "Washington", "NEW YORK", "HANOI", "Vietnam", "CNN",
                "Business", "The", "said", "on", "Tuesday", "the", "crowd", "gathers", "people", "REUTERS", "Getty", "Images"]
        // (twenty-first pass) follow lines, update notes and "Published in Paper, Date" notes
        all += ["Follow The Gleaner", "Like Business", "on X", "on Facebook", "Updated 4.20pm", "with comments", "Published in Dawn",
                "March 5th, 2024"]
        all += ["•", "·", "▪", "●", "—", "–", "-", "|", "/", ",", ".", ":", ";", "(", ")", "[", "]", "\"", "“", "”", "’", "'", "…", "...",
                "\u{A0}", "\u{A0}Updated", "|\u{A0}", "\t", "é", "e\u{301}", "Ünïcödé", "😀", "(@user)", "pic.twitter.com", "https://x.io", "www.", "\u{2009}"]
        return all
    }()

    /// Table entries added after the seeded lines were fixed (round 13's citation box).
    static let laterEntries: Set<String> = ["primary source", "secondary source", "source reference:",
                                            "catch all the ", "disclaimer: ", "support local journalism. ", "the writer is a ", "the writer is an ",
                                            "support local news. ", "support student journalism. ", "support independent journalism. ",
                                            "acknowledgement of country: ", "acknowledgment of country: ",
                                            "this story was produced through the local journalism initiative",
                                            "have something to say? write a letter"]

    /// `count` random lines from `pieces`, with random case and separators (deterministic for `seed`).
    static func random(count: Int, seed: UInt64) -> [String] {
        var mix = SeededMix(state: seed)
        let separators = [" ", " ", " ", ", ", ". ", " | ", " - ", "/", ": ", "", " (", ") ", " — "]
        return (0..<count).map { _ in
            var line = ""
            for index in 0..<(1 + mix.next(9)) {
                if index > 0 { line += separators[mix.next(separators.count)] }
                var piece = pieces[mix.next(pieces.count)]
                switch mix.next(6) {
                case 0: piece = piece.uppercased()
                case 1: piece = piece.prefix(1).uppercased() + piece.dropFirst()
                default: break
                }
                line += piece
            }
            switch mix.next(8) {
            case 0: line += "."
            case 1: line += ")"
            case 2: line = "  " + line + " "
            default: break
            }
            return line
        }
    }
}
