/// Accumulates an `Article` while the parser walks the lines once, in order, giving every line
/// exactly one outcome: a model field or a `discarded` entry with a reason.
struct ArticleBuilder {
    /// Where a line stands on the page.
    enum Zone { case header, body, trailer }

    /// The article so far (set through the builder's methods only).
    var article: Article
    /// The media walk's state (`ArticleBuilder+Media`): captions seen, items waiting for a credit, caption or title.
    var seenCaptions = SeenTexts()
    var captionAwaitingCredit: Int?
    var creditAwaitingCaption: Int?
    var videoAwaitingTitle: Int?
    var lastMediaLine = -10
    /// Where the walk writes its discarded lines (`ArticleBuilder+Discards`): storage reserved for them, or none.
    var discards = DiscardSink()
    /// The byline's names that hold a space, lowercased, with their byte count, ASCII-ness and folded first byte
    /// (a prefix gate): what `isAuthorBio` compares each body line with, worked out once per name.
    private var bioNames: [(name: String, lower: String, count: Int, ascii: Bool, first: UInt8)] = []
    /// Byline entries `bioNames` has looked at (the byline only grows: set once when empty, then appended to).
    private var bioNamesSeen = 0
    /// Bit `first & 63` of every ASCII name of `bioNames`: a line whose folded first byte has no bit set opens with
    /// none of them and equals none of them lowered (`isAuthorBio`'s gate), unless a name is not ASCII.
    private var bioFirstBytes: UInt64 = 0
    /// True once a name of `bioNames` holds a non-ASCII byte: its lowered form may equal a line whose first byte differs.
    private var bioNamesNonASCII = false

    init(article: Article) { self.article = article }

    /// Room for `body` body blocks, so the walk appends without growing the array (`takeAll` reserves room for
    /// every line's discarded entry itself: `discarded` is not used).
    mutating func reserve(discarded: Int, body: Int) {
        article.body.reserveCapacity(body)
    }

    // MARK: header fields

    mutating func setHeadline(_ text: consuming String) { article.headline = text }
    mutating func setSection(_ text: consuming String, from line: TextLine) {
        if article.section == nil { article.section = text } else { discard(line, .navigation) }
    }
    mutating func addStandfirst(_ text: consuming String) { article.standfirst.append(text) }

    mutating func setByline(_ match: BylineRule.Match, from line: TextLine) {
        guard article.byline.isEmpty else { discard(line, .duplicate); return }
        article.byline = match.names
        if let date = match.date, article.published == nil { article.published = date.published }
        if let section = match.section { article.section = section }
    }

    // MARK: body

    /// True when the line opens with an author's name: a biography ("Phil Helsel is a reporter …"), or is the name
    /// itself (the line lowered equals `name.lowercased()`, skipped when an ASCII name's length already differs).
    mutating func isAuthorBio(_ line: TextLine) -> Bool { withUnsafePointer(to: line) { isAuthorBio($0) } }

    /// `isAuthorBio(_:)` for the line at `line`, read in place: most lines are answered by the gate, inlined.
    @inline(__always)
    mutating func isAuthorBio(_ line: UnsafePointer<TextLine>) -> Bool {
        if bioNamesSeen < article.byline.count { noteBioNames() }
        // an ASCII name's prefix and lowered form both start with its folded first byte (`bioGate`)
        guard bioNamesNonASCII || bioFirstBytes & Self.bioGate(line.pointee.firstLowerByte) != 0 else { return false }
        return matchesBioName(line)
    }

    /// `isAuthorBio` past its gate: each name of `bioNames` against the line.
    private func matchesBioName(_ line: UnsafePointer<TextLine>) -> Bool {
        let count = line.pointee.end &- line.pointee.start
        return bioNames.withUnsafeBufferPointer { bios in  // each name read in place: no entry copied per line
            for bio in bios.indices {
                if line.pointee.words >= 4 && count >= bios[bio].count && line.pointee.firstLowerByte == bios[bio].first
                    && lineText(of: line.pointee).fastHasPrefix(bios[bio].name) { return true }
                if (count == bios[bio].count || !bios[bio].ascii) && TextLine.asciiLowercased(lineText(of: line.pointee)) == bios[bio].lower {
                    return true
                }
            }
            return false
        }
    }

    /// The bit of `bioFirstBytes` for a folded first byte.
    @inline(__always)
    static func bioGate(_ first: UInt8) -> UInt64 { 1 &<< UInt64(first & 63) }

    /// Adds the byline's new names that hold a space to `bioNames`, worked out once per name.
    private mutating func noteBioNames() {
        if bioNames.isEmpty { bioNames.reserveCapacity(article.byline.count) }
        for entry in article.byline[bioNamesSeen...] where entry.name.utf8.contains(UInt8(ascii: " ")) {
            let name = entry.name
            let ascii = !name.utf8.contains { $0 >= 0x80 }
            let first = FoldedBytes.fold(name.utf8.first ?? 0)
            bioNames.append((name, name.lowercased(), name.utf8.count, ascii, first))
            if ascii { bioFirstBytes |= Self.bioGate(first) } else { bioNamesNonASCII = true }
        }
        bioNamesSeen = article.byline.count
    }

    /// Appends a body block; `text` is taken (consumed), not copied.
    mutating func addBody(_ kind: BodyBlock.Kind, _ text: consuming String) {
        if article.body.isEmpty && article.dateline == nil && kind == .paragraph {
            article.dateline = DatelineRule.dateline(in: text)
        }
        article.body.append(BodyBlock(kind: kind, text: text))
    }

    mutating func addRelated(_ title: consuming String) {
        article.related.append(RelatedLink(title: title, after: lastBodyIndex))
    }

    mutating func setPrintEdition(_ note: PrintEdition, from line: TextLine) {
        if article.printEdition == nil { article.printEdition = note } else { discard(line, .duplicate) }
    }

    var lastBodyIndex: Int? { article.body.isEmpty ? nil : article.body.count - 1 }

    /// The finished article, moved out of the builder.
    consuming func finish() -> Article { article }
}
