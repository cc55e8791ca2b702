/// Headlines that end with a full stop: titles of two sentences ("… would end service on 11 routes. Riders in the East
/// Hills say they'd be stranded.") over their dek or over the names of their writers.
extension HeaderReader {
    /// True when the candidate at `first`, a capitalised title of five to thirty words ending with a stop, is the headline
    /// rather than the candidate at `picked` that the stop rule chose (`candidates.count` for none): the line under the
    /// title is its dek (a sentence) or `picked` itself, and `picked` is no title but the writers' names (right above the
    /// byline or date cluster at `clusterStart`, or over a job title), a credit or a job title ("Hyoung Chang / The Denver
    /// Post via Getty Images").
    static func isStoppedHeadline(_ candidates: UnsafeBufferPointer<Int32>, first: Int, picked: Int, clusterStart: Int?,
                                  _ lines: UnsafeBufferPointer<TextLine>, _ page: LinePage) -> Bool {
        guard picked > first, first + 1 < candidates.count else { return false }
        let title = lines[Int(candidates[first])]
        guard title.lastByte == UInt8(ascii: "."), (5...30).contains(title.words), !title.flags.quote,
              let opening = page.bytes(title).first, opening &- UInt8(ascii: "A") < 26 || opening >= 0xC0 else { return false }
        let next = lines[Int(candidates[first + 1])]
        guard next.endsLikeSentence && next.words >= 5 || first + 1 == picked else { return false }
        guard picked < candidates.count else { return true }
        let index = Int(candidates[picked])
        let text = page.text(lines[index])
        let overRole = index + 1 < lines.count && lines[index + 1].words >= 2 && BylineRule.isRole(page.text(lines[index + 1]))
        if BylineRule.isNamePair(text) || (index + 1 == clusterStart || overRole) && lines[index].words <= 6 && BylineRule.looksLikeName(text) {
            return true
        }
        return next.endsLikeSentence && (lines[index].flags.slash || BylineRule.isRole(text))
    }
}

extension HeaderReader {
    /// How many lines under the byline at `byline` hold more writers, one a line, each opening with "By" as it does or
    /// each a bare name as it is ("By — Dana Whitfield, Associated Press", then "By — Marco Esteves, Associated Press"):
    /// at most three bylines, and each may be followed by its outlet on a short line of its own ("Amelia Ruiz",
    /// "Indianapolis Star", "Jared Okafor", "Indianapolis Star"). The count runs to the last of those bylines.
    func bylines(under byline: Int, upTo end: Int, _ page: LinePage) -> Int {
        let withBy = ContextRules.opensWithBy(page.bytes(lines[byline]))
        guard withBy || lines[byline].words <= 4 else { return 0 }
        var count = 0, found = 0, next = byline + 1
        while found < 3, next < end {
            if kinds[next] != .byline, lines[next].words <= 3, next + 1 < end, kinds[next + 1] == .byline { next += 1 }  // its outlet
            guard kinds[next] == .byline, ContextRules.opensWithBy(page.bytes(lines[next])) == withBy,
                  withBy || lines[next].words <= 4 && Self.namesWithoutRole(roles[next]) else { break }
            found += 1; count = next - byline; next += 1
        }
        return count
    }

    /// True for a byline role whose writers carry no job title ("Jared Okafor"; not "Local Democracy Reporter").
    static func namesWithoutRole(_ role: LineRole) -> Bool {
        guard case .byline(let match) = role else { return false }
        return match.names.allSatisfy { $0.role == nil }
    }
}

extension BylineRule {
    /// Two names joined by "and" or "&" and nothing else, each of two to four words ("Dani Kessler and Marcus Hale",
    /// "Maya Ferrante & Theo Lindgren"): the writers of a piece with no "By".
    static func isNamePair(_ text: Substring) -> Bool {
        guard (5...9).contains(text.spaceWords.count) else { return false }
        let joint = text.fastRange(of: " and ") ?? text.fastRange(of: " & ") ?? text.fastRange(of: " AND ")
        guard let joint else { return false }
        let parts = [text[..<joint.lowerBound], text[joint.upperBound...]]
        return parts.allSatisfy { part in (2...4).contains(part.spaceWords.count) && looksLikeName(part) && !isRole(part) }
    }
}

extension HeaderReader {
    /// True for a title-case headline ending with a stop ("A City Fined a Retiree $31,000 for Tall Grass. A Federal Appeals
    /// Court Says That's Not Excessive.") under a label of two or three words ("Property Rights"): the label is the section.
    static func isStoppedTitle(_ line: TextLine, under label: TextLine, _ page: LinePage) -> Bool {
        label.words <= 3 && line.words >= label.words + 4 && line.words <= 30 && isTitleCase(page.text(line))
    }
}

extension HeaderReader {
    /// True for a kicker listing places or topics, two to four capitalised items of four words at most with no sentence
    /// ("Pilsen, Little Village, Back of the Yards"), over a title at least three words longer: the kicker is the section.
    static func isPlaceList(_ line: TextLine, over title: TextLine, _ page: LinePage) -> Bool {
        guard line.hasComma, line.words <= 8, !line.endsLikeSentence, title.words >= line.words + 3 else { return false }
        let items = page.text(line).commaPieces().map { $0.trimmedSpace }
        return (2...4).contains(items.count) && items.allSatisfy { $0.startsUppercase && (1...4).contains($0.wordCount) }
    }
}
