@testable import Copydesk
import Testing

/// The thirteenth pass's context, layout and build shortcuts against the plain rules they replace, on random pages
/// mixed from lines of every kind the passes look at.
@Suite("Context and layout fast paths")
struct ContextLayoutFastPathTests {
    /// Lines that classify as credits, captions, video lines, lists, newsletters, embeds, bylines, dates, menus and text.
    static let pool = [
        "Photo: Hau Dinh, AP", "(Image: © Reuters)", "A man shakes hands with a minister in Hanoi on Wednesday.",
        "Crowds gather at the square", "03:15", "Video", "Face masks go hi-tech", "(Published 2019)",
        "Ken Langone is proud of Home Depot employees", "Most Popular", "TRENDING:", "Fire damages club in Albany",
        "Breaking News Emails", "Get breaking news alerts and special reports.", "SUBSCRIBE",
        "I love that they trademarked it.", "— Robert Maguire (@RobertMaguire_) November 18, 2019", "By Tess Bonn",
        "By Jane Roe and John Doe, Reporters", "Jane Roe", "JANIE HAR", "Nov. 20, 2019", "Updated: Nov. 21, 2019 at 3:00 p.m.",
        "Live", "News", "/", "Sports", "Politics", "Home", "Share", "Afghanistan", "Related: Senate votes on the bill",
        "The first paragraph of the article is long enough to be a real sentence of the body.",
        "WASHINGTON (AP) — The Senate voted on Tuesday to pass the bill after a long debate in the chamber.",
        "Another paragraph follows, with a quote: \"We did it,\" she said on Tuesday evening.",
        "A short dek sentence here.", "Staff Writer", "Showbiz Reporter", "Heard on Morning Edition", "• A bullet point of the list",
        "Advertisement", "© 2019 The Company. All rights reserved.",
    ]

    /// A random page of up to 40 lines from `pool`, repeats included.
    static func page(_ mix: inout SeededMix) -> String {
        (0..<mix.next(40)).map { _ in pool[mix.next(pool.count)] }.joined(separator: "\n")
    }

    /// Runs `body` with the lines of `text`, their classified roles in a role table and the page they were split from.
    static func withPage<R>(_ text: String, _ body: (UnsafeBufferPointer<TextLine>, RoleTable, LinePage) -> R) -> R {
        TestLine.lines(of: text).withPage { lines, page in
            var roles = ArticleParser.classify(lines, page)
            return roles.withUnsafeMutableBufferPointer { roles in RoleTable.with(roles) { body(lines, $0, page) } }
        }
    }

    @Test("the passes skipped for kinds a page never had, the credit table and the navigation scratch runs give the plain roles")
    func contextPasses() {
        var mix = SeededMix(state: 1313)
        var kinds: Set<UInt8> = []
        for _ in 0..<2500 {
            let text = Self.page(&mix)
            // as the parser runs them (repeats compared in the page's bytes), and on the lines alone
            // as the parser runs them (repeats compared in the page's bytes)
            let fast = Self.withPage(text) { lines, table, page in ContextRules.apply(table, lines, page); return Array(table.roles) }
            let plain = Self.withPage(text) { lines, table, page in Self.plainApply(table, lines, page); return Array(table.roles) }
            #expect(fast == plain, "\(text.debugDescription)")
            kinds.formUnion(plain.map(\.kind.rawValue))
        }
        // the pages reach every pass: each of these kinds is only set by one
        for kind: LineRole.Kind in [.duplicate, .captionText, .videoTitle, .videoText, .listItem, .navigation, .newsletter, .embed, .byline] {
            #expect(kinds.contains(kind.rawValue), "\(kind)")
        }
    }

    @Test("a role table's kind bits hold every kind its roles have held")
    func kindBits() {
        var roles: [LineRole] = [.text, .furniture(.newsletter), .duplicate]
        roles.withUnsafeMutableBufferPointer { roles in
            RoleTable.with(roles) { table in
                #expect(table.mayHold(.text) && table.mayHold(.newsletter) && table.mayHold(.duplicate))
                #expect(!table.mayHold(.embed) && !table.mayHold(.credit) && !table.mayHold(.date) && !table.mayHold(.list))
                table.set(0, .embed)
                #expect(table.mayHold(.embed) && table.mayHold(.text))  // a superset: the text the line was stays set
            }
        }
    }

    @Test("the header reader on kinds and scratch storage gives the plan of the array-based reader")
    func headerReader() {
        var mix = SeededMix(state: 77)
        var found = (headline: 0, section: 0, byline: 0, nameLine: 0, standfirst: 0, updated: 0)
        for _ in 0..<2500 {
            let text = Self.page(&mix)
            Self.withPage(text) { lines, table, page in
                ContextRules.apply(table, lines, page)
                let roles = UnsafeBufferPointer(table.roles)
                for end in [0, lines.count / 2, lines.count] {
                    let fast = HeaderReader(lines: lines, roles: roles, kinds: UnsafeBufferPointer(table.kinds)).read(upTo: end, page)
                    let plain = PlainHeaderReader(lines: lines, roles: roles, page: page).read(upTo: end)
                    #expect(fast.section == plain.section && fast.headline == plain.headline && fast.standfirst == plain.standfirst
                            && fast.byline == plain.byline && fast.nameLine == plain.nameLine && fast.published == plain.published
                            && fast.updated == plain.updated && fast.blockTop == plain.blockTop, "\(text.debugDescription) \(end)")
                    if plain.headline != nil { found.headline += 1 }
                    if plain.section != nil { found.section += 1 }
                    if plain.byline != nil { found.byline += 1 }
                    if plain.nameLine != nil { found.nameLine += 1 }
                    if !plain.standfirst.isEmpty { found.standfirst += 1 }
                    if plain.updated != nil { found.updated += 1 }
                }
            }
        }
        // every field of the plan is found on some pages
        #expect(found.headline > 0 && found.section > 0 && found.byline > 0 && found.nameLine > 0 && found.standfirst > 0 && found.updated > 0,
                "\(found)")
    }

    @Test("the caption memory's resumed eight-byte steps accept the texts the per-scalar walk accepts")
    func plainTexts() {
        let ascii = "Crowds gather at the square in Hanoi on Wednesday "
        let runs = (0..<40).flatMap { offset in ["é", "’", "\r", "e\u{301}", "\u{AD}", "—", "😀"].map { piece in
            String(ascii.prefix(offset)) + piece + String(ascii.dropFirst(offset)) } }
        for text in BuildStageFastPathTests.mixedTexts(count: 1500, seed: 31) + runs + ["", "a", "é", "\r"] {
            let plain = Array(text.utf8).withUnsafeBufferPointer { bytes in
                var index = 0
                while index < bytes.count {
                    guard let length = GraphemeFree.length(bytes, at: index) else { return false }
                    index += length
                }
                return true
            }
            #expect(SeenTexts.isPlain(text) == plain, "\(text.debugDescription)")
        }
    }

    @Test("the author-bio gate answers as the per-name test for lines whose first byte or length differs")
    func authorBioGate() {
        let names = [BylineEntry(name: "Kate Lee"), BylineEntry(name: "Tom Ray")]
        let texts = ["Kate Lee writes about courts.", "kate lee", "\u{212A}ate Lee", "\u{212A}ATE LEE", "Tom Ray", "tom ray", "TOM RAY",
                     "Kate", "Ate Lee", "Kate Lee", "Other line of text here", "Tom Ray is a reporter for the paper.", "tOm rAy",
                     "Kate Lee has some of the best recipes in town.", "Kate Lee, a reporter, covers courts.", "Kate Leeds is a town here"]
        var builder = ArticleBuilder(article: Article(id: "t", source: Source(path: nil, sha256: "", bytes: 0, encoding: "utf-8")))
        builder.setByline(BylineRule.Match(names: names), from: textLine("x"))
        for text in texts {
            let line = textLine(text)
            let plain = names.contains { line.words >= 4 && line.text.fastHasPrefix($0.name) && Self.plainOpensBio(line.text.dropFirst($0.name.count))
                || line.lower == $0.name.lowercased() }
            #expect(builder.isAuthorBio(line) == plain, "\(text)")
        }
    }

    /// `ArticleBuilder.opensBio` in plain code: what follows a name in a biography (the line's end, a mark or a verb).
    static func plainOpensBio(_ rest: Substring) -> Bool {
        guard let first = rest.first else { return true }
        if ",:('".contains(first) || (0x2000...0x2FFF).contains(first.unicodeScalars.first!.value) { return true }  // a curly apostrophe, a dash
        let verbs = ["is ", "was ", "covers ", "covered ", "writes ", "wrote ", "reports ", "reported ", "can ", "may ", "and ",
                     "joined ", "leads ", "edits ", "works ", "worked ", "teaches ", "lives ", "contributed ", "previously ", "also ",
                     "holds ", "has been ", "has no ", "has covered ", "has written ", "has reported ", "has worked ", "has spent ",
                     "has contributed ", "is, ", "was, "]
        return first == " " && verbs.contains { rest.dropFirst().lowercased().hasPrefix($0) }
    }

    /// Every context pass, in order, with none skipped (`ContextRules.apply` before the kind bits), the credit pass on a
    /// `Set<ByteKey>` and the navigation pass on a growing array.
    static func plainApply(_ roles: RoleTable, _ lines: UnsafeBufferPointer<TextLine>, _ page: LinePage) {
        ContextRules.markDuplicates(roles, lines, page)
        ContextRules.markAgencyCredits(roles, lines, page)
        ContextRules.markLabelledPictureBlocks(roles, lines, page)  // round 3 of captions: run on every page here
        plainMarkCaptionsAboveCredits(roles, lines, page)
        ContextRules.markStackedCredits(roles, lines, page)  // round 14
        ContextRules.markBracketCreditCaptions(roles, lines, page)  // round 14
        ContextRules.markPullQuotes(roles, lines, page)  // round 14
        ContextRules.markForOutletCredits(roles, lines, page)  // twenty-second pass
        ContextRules.markEmailCredits(roles, lines, page)
        ContextRules.markContactLines(roles, lines, page)  // twenty-first pass
        ContextRules.markVideoWidgets(roles, lines, page)
        ContextRules.markPlayerLinks(roles, lines, page)  // twenty-second pass
        ContextRules.markLists(roles, lines, page)
        ContextRules.markBulletLinks(roles, lines)  // twentieth pass: run on every page here
        ContextRules.markCards(roles, lines, page)
        ContextRules.markPromoHeaderLinks(roles, lines, page)  // twenty-second pass: run on every page here
        ContextRules.markLinkCards(roles, lines, page)
        plainMarkNavigationRuns(roles, lines, page)
        ContextRules.markNewsletterTitles(roles, lines, page)
        ContextRules.markAppealBoxes(roles, lines, page)  // twenty-first pass: run on every page here
        ContextRules.markLooseAppeals(roles, lines, page)
        ContextRules.markSupportBoxes(roles, lines, page)  // twenty-third pass
        ContextRules.markComments(roles, lines, page)  // twenty-second pass
        ContextRules.markShareRowLetters(roles, lines, page)  // twenty-third pass: run on every page here
        ContextRules.markEmbeds(roles)
        ContextRules.markNamesNextToDates(roles, lines, page)
    }

    /// `ContextRules.markCaptionsAboveCredits` with the credits seen kept in a `Set<ByteKey>`.
    static func plainMarkCaptionsAboveCredits(_ roles: RoleTable, _ lines: UnsafeBufferPointer<TextLine>, _ page: LinePage) {
        var seenCredits: Set<ByteKey> = []
        for index in lines.indices {
            guard roles.kind(index) == .credit, case .caption(.credit(let credit, captionAbove: true)) = roles[index] else { continue }
            let repeated = !seenCredits.insert(ByteKey(text: page.text(lines[index]))).inserted
            if repeated, index > 0, roles.kind(index - 1) == .duplicate || roles[index - 1] == roles[index] {
                roles.set(index, .duplicate)
                continue
            }
            // (twentieth pass) a "Name/Place" byline over the date; a credit over a caption ending with it
            if let role = ContextRules.notACaptionCredit(index, credit: credit, roles, lines, page) {
                roles.set(index, role)
                continue
            }
            var above = index - 1
            while above >= 0, roles.kind(above) == .duplicate || roles.kind(above) == .text && CaptionRule.isCollapsedCopy(lines[above], page) {
                if roles.kind(above) == .text { roles.set(above, .furniture(.mediaLabel)) }
                above -= 1
            }
            var candidate: Int? = above >= 0 && roles.kind(above) == .text && lines[above].words >= 3
                && ContextRules.letterWords(page.bytes(lines[above])) >= 3 ? above : nil
            // round 3: a paragraph with a quote, or a short label line, is no caption
            if let line = candidate, lines[line].hasQuoteMark || CaptionContext.isLabelLine(lines[line]) { candidate = nil }
            // (twenty-second pass) a title-case link under a button is no caption
            if let line = candidate, CaptionContext.isLinkUnderButtons(line, roles, lines, page) { candidate = nil }
            // the caption under the credit: a short non-sentence text line, where above is no caption-like line
            let below = index + 1
            let belowFits = below < lines.count && roles.kind(below) == .text && lines[below].words >= 5
                && !lines[below].endsLikeSentence && !lines[below].isParagraphLike
            if belowFits && candidate.map({ lines[$0].isParagraphLike || BylineRule.isRole(page.text(lines[$0])) }) ?? true
                || candidate == nil && CaptionContext.mayHeadCaption(above, roles) && CaptionContext.readsAsCaption(below, roles, lines, page) {
                roles.set(index, .caption(.credit(credit, captionAbove: false)))
                roles.set(below, .caption(.caption(String(page.text(lines[below])))))
            } else if let candidate {
                roles.set(candidate, .captionText)
            }
        }
    }

    /// `ContextRules.isWriterBlock` on an array: three or four short lines in a row right over a date, opening with a
    /// short byline or a name over a job title.
    static func isPlainWriterBlock(_ run: [Int], members: Int, _ roles: RoleTable, _ lines: UnsafeBufferPointer<TextLine>,
                                   _ page: LinePage) -> Bool {
        guard members == run.count, run.count <= 4, let first = run.first, let last = run.last, last - first == run.count - 1,
              let date = ContextRules.dateAfterRepeats(last, roles), roles.kind(date) == .date else { return false }
        if roles.kind(first) == .byline { return true }
        let name = page.text(lines[first])
        guard (2...3).contains(lines[first].words), BylineRule.looksLikeName(name), !BylineRule.isRole(name) else { return false }
        return lines[first + 1].words >= 2 && BylineRule.isRole(page.text(lines[first + 1])) || run.dropFirst().allSatisfy { lines[$0].words <= 2 }
    }

    /// `ContextRules.markNavigationRuns` with the run in an array closed by a nested function.
    static func plainMarkNavigationRuns(_ roles: RoleTable, _ lines: UnsafeBufferPointer<TextLine>, _ page: LinePage) {
        var run: [Int] = []
        var members = 0
        func close() {
            // (twenty-first pass) a writer's block over the date is no menu
            if members >= 3 && run.count >= 2 && !isPlainWriterBlock(run, members: members, roles, lines, page) {
                for index in run where roles.kind(index) == .text || roles.kind(index) == .byline && ContextRules.isShortByline(roles[index]) {
                    if index > 0, roles.kind(index - 1) == .navigation, lines[index - 1].words == 1,
                       SymbolLine.isPathSeparator(page.text(lines[index - 1]), bar: true) { continue }
                    if index == run.last, lines[index].words >= 3, ContextRules.markerFollows(index, roles) { continue }
                    if index == run.last, lines[index].words >= 2, ContextRules.isHeadlineWithMarker(index + 1, roles, lines) { continue }
                    roles.set(index, .furniture(.navigation))
                }
            }
            run.removeAll()
            members = 0
        }
        for index in lines.indices {
            switch roles.kind(index) {
            // (twentieth pass) a byline opening with "By" is never a menu item
            case .text where lines[index].words <= 4 && !lines[index].endsLikeSentence,
                 .byline where ContextRules.isShortByline(roles[index]) && !page.text(lines[index]).lowercased().hasPrefix("by "):
                run.append(index); members += 1
            case .navigation, .list, .footer, .listItem:
                members += 1
            case .advertisement, .promo, .mediaLabel, .separator, .share, .duplicate:
                continue
            default:
                if members > 0 || !run.isEmpty { close() }
            }
        }
        close()
    }
}
