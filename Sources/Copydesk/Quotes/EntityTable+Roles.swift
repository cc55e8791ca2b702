import Foundation

/// Roles and acronyms read next to a name run, and names introduced inside quotes.
extension EntityTable {
    /// One key for a run's name: the same as `fold` of its keys.
    @inline(__always)
    static func fold(_ run: NameRun, _ tokens: TokenList) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15
        for k in run.nameStart..<run.last { h = (h ^ tokens[k].key) &* 0x0000_0100_0000_01b3 }
        return h
    }

    /// One key for a whole name.
    @inline(__always)
    static func fold(_ keys: [UInt64]) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15
        for k in keys { h = (h ^ k) &* 0x0000_0100_0000_01b3 }
        return h
    }

    /// Adds a person named inside a quote with the bracketed first name of news style:
    /// "Coach (Frank) Vogel" introduces "Frank Vogel".
    mutating func addBracketedNames(in bytes: [UInt8], span: QuoteSpan, paragraph: Int) {
        guard Self.holdsOpenParen(bytes, span) else { return }
        // A bracket byte always starts its own token, so the tokens from the first "(" or "[" on
        // are those of the whole span after the ones before it, which cannot open the pattern.
        var from = span.start
        while bytes[from] != 0x28 && bytes[from] != 0x5B { from += 1 }
        // Most brackets in quotes hold a lower-case word or are followed by one: no tokens made.
        guard Self.mayOpenBracketedName(bytes, from, span.end) else { return }
        let inner = Tokenizer.tokens(Array(bytes[from..<span.end]), spans: [])
        var k = 0
        while k + 3 < inner.count {
            if Self.isBracketedName(inner, k) {
                let keys = [inner[k + 1].key, inner[k + 3].key]
                if index[Self.fold(keys)] == nil {
                    append(Entity(name: storeText([k + 1, k + 3], inner), keys: storeKeys(keys), kind: .person, role: nil,
                                           roleKeys: 0..<0, acronym: nil, looksLikePlace: false, firstParagraph: paragraph))
                    index[Self.fold(keys)] = entities.count - 1
                }
                k += 4; continue
            }
            k += 1
        }
    }

    /// "( Name ) Name" at token `k`: a bracket, a name word, a closing bracket and a name word.
    static func isBracketedName(_ inner: TokenList, _ k: Int) -> Bool {
        inner[k].kind == .openParen && NameRuns.isNameWord(inner[k + 1]) && inner[k + 2].kind == .closeParen
            && NameRuns.isNameWord(inner[k + 3])
    }

    /// False when no bracket in `bytes[from..<end]` can open `isBracketedName`: each "(" or "[" is
    /// followed by a lower-case letter or digit (a word that is not capitalised), or its first ")"
    /// or "]" is followed (after spaces) by nothing, a lower-case letter, a digit or a byte that is
    /// a token of its own. Only bytes the tokenizer reads the same way in every context are judged.
    static func mayOpenBracketedName(_ bytes: [UInt8], _ from: Int, _ end: Int) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            var i = from
            while i < end {
                defer { i += 1 }
                guard b[i] == 0x28 || b[i] == 0x5B, i + 1 < end else { continue }
                if isLowerOrDigit(b[i + 1]) { continue }
                var c = i + 1
                while c < end && b[c] != 0x29 && b[c] != 0x5D { c += 1 }
                guard c < end else { continue }
                var d = c + 1
                while d < end && b[d] == 0x20 { d += 1 }
                guard d < end else { continue }
                let next = b[d]
                // A lower-case word, a digit or ASCII punctuation that is a token: no name word after.
                if next < 0x80 && next &- 0x41 >= 26 && next != 0x22 && next != 0x27 && next &- 0x09 >= 5 { continue }
                return true
            }
            return false
        }
    }

    @inline(__always)
    private static func isLowerOrDigit(_ c: UInt8) -> Bool { c &- 0x61 < 26 || c &- 0x30 < 10 }

    /// True when the text of `span` holds "(": libc's one-byte scan, the same answer as
    /// `ByteClass.contains(0x28, in:_:)`.
    static func holdsOpenParen(_ bytes: [UInt8], _ span: QuoteSpan) -> Bool {
        holdsOpenParen(bytes, from: span.start, to: span.end)
    }

    /// True when `bytes[from..<to]` holds "(".
    @inline(__always)
    static func holdsOpenParen(_ bytes: [UInt8], from: Int, to: Int) -> Bool {
        guard to > from else { return false }
        return bytes.withUnsafeBufferPointer { memchr($0.baseAddress! + from, 0x28, to - from) != nil }
    }

    /// The acronym in brackets right after a name run: "National Development and Reform Commission (NDRC)".
    /// Inline up to the opening bracket (most runs have none); the rest out of line.
    @inline(__always)
    func explicitAcronym(after end: Int, _ tokens: TokenList) -> String? {
        guard end + 2 < tokens.count, tokens[end].kind == .openParen else { return nil }
        return Self.bracketedAcronym(at: end + 1, tokens)
    }

    /// `explicitAcronym` after its opening bracket: the word at `k` when a closing bracket follows
    /// and it is an acronym.
    @inline(never)
    static func bracketedAcronym(at k: Int, _ tokens: TokenList) -> String? {
        guard tokens[k].isWord, tokens[k + 1].kind == .closeParen else { return nil }
        return NameRuns.isAcronym(tokens, k) ? tokens.text(k) : nil
    }

    /// Honorifics that end no role: "Dr.", "Mr.", "Prof.", "Cllr" are how the person is addressed.
    static let honorifics: KeySet = WordKey.set(["dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "prof.", "prof", "coun", "coun.", "cllr", "cllr.", "cr", "cr."])

    /// "lead author Dr. Keith Diaz": the end of the role words `from..<end` without the honorifics that close them.
    @inline(__always)
    static func roleEnd(_ tokens: TokenList, _ from: Int, _ end: Int) -> Int {
        var end = end
        while end > from, honorifics.contains(tokens[end - 1].key) { end -= 1 }
        return end
    }

    /// The tokens of the role: title words in the run, lower-case role words just before it, or an
    /// appositive after it.
    static func role(of run: NameRun, _ tokens: TokenList) -> Range<Int>? {
        var k = run.first - 1
        while k >= 0, run.first - 1 - k < 4, tokens[k].isWord, !tokens[k].possessive || k < run.first - 1,
              !tokens[k].capitalized || k < run.first - 1,
              tokens[k].isIn(WordLists.title)
                  || (k < run.first - 1 && !tokens[k].isIn(WordLists.notName | WordLists.verb | WordLists.filler)) {
            k -= 1
        }
        let end = roleEnd(tokens, k + 1, run.nameStart)
        if k + 1 < end { return (k + 1)..<end }
        // Appositive: "Shi Yinhong, an international relations professor with Renmin University,"
        guard run.last < tokens.count, tokens[run.last].kind == .comma else { return nil }
        var j = run.last + 1
        guard j < tokens.count, tokens[j].isWord else { return nil }
        let opensRole = tokens[j].isIn(WordLists.article) || tokens[j].possessive || tokens[j].isIn(WordLists.title)
            || (!tokens[j].capitalized && (j + 1..<min(j + 3, tokens.count)).contains { tokens[$0].isIn(WordLists.title) })
        guard opensRole else { return nil }
        while j < tokens.count, tokens[j].isWord, j - run.last <= 12 { j += 1 }
        guard j - run.last > 2, j < tokens.count, tokens[j].kind == .comma || tokens[j].kind == .stop else { return nil }
        let from = tokens[run.last + 1].isIn(WordLists.article) ? run.last + 2 : run.last + 1
        return from..<j
    }
}
