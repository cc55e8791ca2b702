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
    /// How many lines right under the byline at `byline` are bylines opening with "By" as it does, one writer a line
    /// ("By — Dana Whitfield, Associated Press", then "By — Marco Esteves, Associated Press"): at most three.
    func bylines(under byline: Int, upTo end: Int, _ page: LinePage) -> Int {
        guard ContextRules.opensWithBy(page.bytes(lines[byline])) else { return 0 }
        var count = 0
        while count < 3, byline + count + 1 < end, kinds[byline + count + 1] == .byline,
              ContextRules.opensWithBy(page.bytes(lines[byline + count + 1])) { count += 1 }
        return count
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
