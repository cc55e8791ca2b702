/// Decides, quote by quote and in reading order, which quoted spans are quotations, their kind,
/// cue and speaker, and carries state across paragraphs: a paragraph left open continues in the
/// next (`continued`), a quote-only paragraph inherits the previous paragraph's speaker.
struct QuoteDecider {
    /// Resolves references to full names.
    var resolver: SpeakerResolver
    private var last: (paragraph: Int, speaker: Speaker?, closed: Bool)?
    /// The word counts of a paragraph's spans, in a buffer kept from paragraph to paragraph.
    private var spanWordsBuffer: [Int] = []
    /// The last paragraph that ended with a colon ("… told reporters:"), or -1.
    private var colonParagraph = -1

    static let labelDeterminers: KeySet = WordKey.set(["the", "a", "an", "its", "his", "her", "their", "our", "this"])

    /// Creates a decider.
    init(resolver: SpeakerResolver) { self.resolver = resolver }

    /// Ready for the next article: the resolver forgets this one, storage kept.
    mutating func removeAll() {
        resolver.removeAll(); last = nil; colonParagraph = -1
    }

    /// Appends the quotes of paragraph `p` to `result` (the article's quotes so far, so no quote
    /// is copied from a per-paragraph array).
    mutating func quotes(in para: ParagraphText, index p: Int, into result: inout [Quote]) {
        let afterColon = colonParagraph == p - 1
        if para.tokens.count > 0, para.tokens[para.tokens.count - 1].kind == .colon { colonParagraph = p }
        guard !para.spans.isEmpty else { resolver.read(paragraph: p, tokens: para.tokens); return }
        resolver.read(paragraph: p, tokens: para.tokens)
        // One test for the paragraph first: spans holding no "(" add no bracketed name.
        if EntityTable.holdsOpenParen(para.tokens.bytes, from: para.spans[0].start, to: para.spans[para.spans.count - 1].end) {
            for span in para.spans { resolver.table.addBracketedNames(in: para.tokens.bytes, span: span, paragraph: p) }
        }
        // Written over in place (entries past the spans are never read). A lone span's count is never
        // read by the reader, so it is counted only when a rule below asks for it.
        let many = para.spans.count > 1
        if many {
            while spanWordsBuffer.count < para.spans.count { spanWordsBuffer.append(0) }
            for (s, span) in para.spans.enumerated() { spanWordsBuffer[s] = para.wordCount(of: span) }
        }
        let reader = AttributionReader(tokens: para.tokens, spanWords: many ? spanWordsBuffer : [])
        if result.capacity < result.count + para.spans.count {
            result.reserveCapacity(max(result.count + para.spans.count, 2 * result.capacity, 8))
        }
        // The token of the paragraph's last kept quote (appended to `result` in this paragraph, so
        // its speaker and cue are those of `result.last`).
        var previousToken: Int?
        var firstSpan = true
        var firstContent = 0
        while firstContent < para.tokens.count, para.tokens[firstContent].kind == .other { firstContent += 1 }
        for q in para.tokens.quoteIndices {
            let token = para.tokens[q]
            let s = token.quoteIndex
            let span = para.spans[s]
            defer { firstSpan = false }
            let known = many ? spanWordsBuffer[s] : -1
            let atStart = q == firstContent
            let prior = q > 0 ? para.tokens[q - 1] : nil
            let firstUpper = para.firstWordScalar(of: span).map { !ByteClass.isLower($0) } ?? false
            let lastScalar = para.lastScalar(of: span)
            let endsPunct: Bool
            switch lastScalar {
            case 0x2C, 0x2E, 0x21, 0x3F, 0x2026, 0x2014, 0x2D: endsPunct = true
            default: endsPunct = false
            }

            if atStart, firstSpan, let last, last.paragraph == p - 1, !last.closed {
                result.append(make(para, span, speaker: last.speaker, cue: nil, p: p, kind: .direct, continued: true))
                previousToken = q
                self.last = (p, last.speaker, span.closed)
                continue
            }

            if isNamed(para, span, q) { continue }
            let attribution = Self.attribution(reader, q, previousQuote: previousToken, lastScalar: lastScalar)

            let introduced = prior.map { $0.kind == .colon || $0.kind == .comma } ?? false
            let newSentence = prior.map { $0.kind == .stop || $0.kind == .other } ?? true
            let direct = firstUpper && (atStart || introduced || newSentence || (endsPunct && attribution?.before == false))
            let kind: Quote.Kind = direct ? .direct : .partial

            var speaker: Speaker?
            var cue: String?
            if let attribution {
                if !direct && (Self.words(para, span, known) < 4 || isLabel(para.tokens, q)) { continue }
                if direct, !endsPunct, isTitleSubject(para, span, q, cue: attribution.cueIndex) { continue }
                // Only a pronoun falls back to the last speaker: no copy of it is made for the others.
                var lastSpeaker: Speaker?
                if case .pronoun = attribution.speaker, let last, p - last.paragraph <= 2 { lastSpeaker = last.speaker }
                speaker = resolver.speaker(for: attribution.speaker, tokens: para.tokens, paragraph: p, token: attribution.cueIndex, lastSpeaker: lastSpeaker)
                if attribution.speaker == nil, previousToken != nil { speaker = result[result.count - 1].speaker }
                cue = attribution.cueText(para.tokens)
            } else if direct, previousToken != nil {
                speaker = result[result.count - 1].speaker; cue = result[result.count - 1].cue
            } else if direct, atStart, endsPunct || Self.words(para, span, known) >= 3, !followedByWord(para.tokens, q) {
                if let last, last.paragraph == p - 1 { speaker = last.speaker } else if afterColon, let i = resolver.subject(paragraph: p, before: q) {
                    speaker = resolver.table.speaker(i, fallbackRole: nil)  // "Beilein told reporters …:" then the quote
                } else if let i = resolver.subject(paragraph: p, before: q, within: 1) ?? resolver.recent(paragraph: p, before: q, organization: false) {
                    speaker = resolver.table.speaker(i, fallbackRole: nil)  // the subject so far, else the last person named
                }
            } else if !direct, let previous = previousToken, reader.sameSentence(previous, q), Self.words(para, span, known) >= 4, !isLabel(para.tokens, q) {
                // "that workers could “raise concerns …” and that expectations were “based on …”": the sentence's speaker
                speaker = result[result.count - 1].speaker; cue = result[result.count - 1].cue
            } else if direct, endsPunct || Self.words(para, span, known) >= 3, !followedByWord(para.tokens, q),
                      let reported = reader.reportedSpeech(before: q), reported.speaker != nil || endsPunct || !para.isTitleCase(span) {
                speaker = resolver.speaker(for: reported.speaker, tokens: para.tokens, paragraph: p, token: reported.cueIndex, lastSpeaker: nil)
                cue = reported.cueText(para.tokens)
            } else { continue }
            result.append(make(para, span, speaker: speaker, cue: cue, p: p, kind: kind, continued: false))
            previousToken = q
            last = (p, speaker, span.closed)
        }
    }

    private func make(_ para: ParagraphText, _ span: QuoteSpan, speaker: Speaker?, cue: String?, p: Int,
                      kind: Quote.Kind, continued: Bool) -> Quote {
        Quote(text: para.text(of: span), speaker: speaker, cue: cue, paragraph: p, start: span.scalarStart, end: span.scalarEnd, kind: kind,
              continued: continued)
    }
}
