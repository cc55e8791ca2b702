// The classifier as of main 27fe582, kept verbatim (types renamed) as the oracle for the faster rules.
@testable import Copydesk
import Foundation
/// Recognises bylines: "By X and Y", "X, Staff Writer", "Robert Burns, AP National Security Writer"
/// (name and role kept apart), "Reuters, Washington", "By Jonathan GarberFOXBusiness" (glued
/// outlet), "By Tess Bonn - 11/19/19 06:56 AM EST" (a date on the same line) and credit lines
/// such as "Reporting by X; additional reporting by Y and Z; Editing by W".
enum RefBylineRule {
    typealias Match = BylineRule.Match

    /// Wire agencies that may stand alone as the byline.
    static let agencies = BylineRule.agencies
    /// Words that make a byline part a job title rather than a name.
    static let roleWords = BylineRule.roleWords
    /// Job titles proper: a run of words holding one of these is a role, never an outlet after a name.
    static let jobWords = BylineRule.jobWords

    /// Words of outlet names that follow the authors ("The Washington Post", "CNN Business").
    static let outletWords = BylineRule.outletWords

    /// Head nouns of organisations that publish but do not write ("by European Space Agency").
    static let organisationWords = BylineRule.organisationWords

    /// A byline that opens with "By": the names, and any date and section on the same line.
    static func match(_ line: TestLine) -> Match? {
        // (twenty-third pass) twenty words for a "By" line of writers with their jobs
        guard line.words <= 16 || line.words <= 20 && line.text.utf8.count > 3 && line.text.lowercased().hasPrefix("by "), !line.hasQuoteMark else { return nil }
        guard let start = byPrefixLength(line) ?? gluedByLength(line) else { return nil }
        // (twentieth pass) a reading time glued to the names goes
        var rest = BylineRule.withoutReadingTime(line.text).dropFirst(start).trimmedSpace
        guard rest.startsUppercase else { return nil }
        var date: RefDateRule.Match?
        var section: String?
        if let found = RefDateText.find(in: rest), rest.distance(from: rest.startIndex, to: found.range.lowerBound) > 2 {
            date = RefDateRule.Match(published: DateStamp(text: String(found.text), iso: found.iso))
            let after = rest[found.range.upperBound...].trimmedSpace
            // a section, never an update's time ("… Nov. 20, 2019 Updated: 5 PM")
            if !after.isEmpty && after.wordCount <= 4 && after.startsUppercase && !after.hasDigit { section = String(after) }
            rest = rest[..<found.range.lowerBound].trimmedSpace
            while let last = rest.last, last == "-" || last == "–" || last == "—" || last == "," || last == "|" || last == "·" || last == "•" {
                rest = rest.dropLast().trimmedSpace
            }
            for joint in [" on", " at", " On"] where rest.fastHasSuffix(joint) { rest = rest.dropLast(joint.count).trimmedSpace }
        } else if line.endsLikeSentence && line.lastByte != UInt8(ascii: ".") {
            return nil
        }
        // (twenty-second pass) a closing bracketed e-mail address is no name
        if let close = rest.last, close == "]" || close == ")", let open = rest.lastIndex(of: close == "]" ? "[" : "("),
           open > rest.startIndex, rest[open...].contains("@"), !rest[open...].contains(" ") {
            rest = rest[..<open].trimmedSpace
        }
        let names = RefBylineRule.people(in: rest)
        guard !names.isEmpty, !names.contains(where: { isOrganisation($0.name) }) else { return nil }
        return Match(names: names, date: date, section: section)
    }

    /// A line without "By" that reads as a byline: "Name Name, Role" or an agency ("Reuters, Washington").
    static func matchUnlabelled(_ line: TestLine) -> Match? {
        guard line.words <= 10, !line.endsLikeSentence || line.lastByte == UInt8(ascii: ","), !line.hasQuoteMark else { return nil }
        // (twenty-second pass) no headline's preposition opens it
        if Array(line.text.utf8).withUnsafeBufferPointer({ BylineRule.opensWithPreposition($0) }) { return nil }
        let parts = line.text.commaPieces().map { $0.trimmedSpace }.filter { !$0.isEmpty }
        guard let head = parts.first else { return nil }
        if BylineRule.isAgency(head) && parts.count <= 3 { return Match(names: [BylineEntry(name: String(head))]) }
        let heads = head.commaPieces().flatMap { RefBylineRule.splitOnAnd($0.trimmedSpace) }
        guard parts.count >= 2, heads.allSatisfy({ RefBylineRule.looksLikeName($0) && $0.wordCount >= 2 }),  // (twenty-second pass) two words
              parts.dropFirst().contains(where: RefBylineRule.isRole) else { return nil }
        let names = RefBylineRule.people(in: line.text)
        return names.isEmpty ? nil : Match(names: names)
    }

    private static func isOrganisation(_ name: String) -> Bool {
        name.spaceWords.contains { organisationWords.contains($0.lowercased()) }
    }

    /// What opens a labelled byline, and their first bytes.
    private static let byPrefixes = ["by — ", "by – ", "by - ", "by: ", "by:", "by ", "written by ", "words by ", "story by ", "text by ", "posted by ",
                                     "published by ", "author: ", "author ", "authors: ", "writer: ", "writers: ",
                                     "reporter: ", "reporters: "]  // (round 13) "Reporter: A, B"
    private static let byPrefixStarts = ByteSet(firstBytesOf: byPrefixes)
    private static let byPrefixTable = PrefixTable(byPrefixes)

    private static func byPrefixLength(_ line: TestLine) -> Int? {
        guard !line.text.isEmpty, byPrefixStarts.contains(line.firstLowerByte) else { return nil }
        return byPrefixTable.firstMatch(folding: line.text).map { byPrefixes[$0].count }
    }

    /// "ByTom Fenwick": "By" glued to a capitalised name on a short line.
    private static func gluedByLength(_ line: TestLine) -> Int? {
        guard line.words <= 6, line.firstLowerByte == UInt8(ascii: "b") else { return nil }
        let bytes = line.text.utf8
        guard bytes.count > 4 else { return nil }
        var index = bytes.startIndex
        guard bytes[index] == UInt8(ascii: "B") else { return nil }
        index = bytes.index(after: index)
        guard bytes[index] == UInt8(ascii: "y") else { return nil }
        index = bytes.index(after: index)
        let third = bytes[index]
        guard third >= UInt8(ascii: "A") && third <= UInt8(ascii: "Z") else { return nil }
        index = bytes.index(after: index)
        // "BYU", "BYD": a word in capitals is not a glued byline
        guard bytes[index] >= UInt8(ascii: "a") && bytes[index] <= UInt8(ascii: "z") else { return nil }
        return 2
    }
}
