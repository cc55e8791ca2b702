/// Accumulates an `Article` while the parser walks the lines, keeping account of every line.
struct ArticleBuilder {
    var article: Article
    private var seenCaptions: Set<String> = []
    private var seenTexts: Set<Substring> = []

    init(article: Article) { self.article = article }

    /// Lines before the first body paragraph: section, headline, standfirst, byline, date, captions.
    mutating func readFrontMatter(lines: ArraySlice<SourceLine>, roles: ArraySlice<LineRole>) {
        let firstBullet = roles.firstIndex { if case .bullet = $0 { true } else { false } }
        let headlineSearchEnd = firstBullet ?? lines.endIndex
        let headlineIndex = lines.indices[..<headlineSearchEnd].last { roles[$0] == .text && lines[$0].text.wordCount >= 4 }
        let sectionIndex = headlineIndex.flatMap { h in
            lines.indices[..<h].first { roles[$0] == .text && lines[$0].text.wordCount <= 5 && !lines[$0].text.endsLikeSentence }
        }
        for index in lines.indices {
            let line = lines[index]
            switch roles[index] {
            case .text where index == headlineIndex:
                article.headline = String(line.text)
            case .text where index == sectionIndex:
                article.section = String(line.text)
            case .text where headlineIndex.map { index > $0 } ?? false && line.text.wordCount >= 6:
                article.standfirst.append(String(line.text))
            case .bullet(let text):
                article.standfirst.append(text)
            default:
                readCommon(line, role: roles[index], fallback: .furniture)
            }
        }
    }

    /// The body region: paragraphs, captions, video widgets, related links and trailing notes.
    mutating func readBody(lines: ArraySlice<SourceLine>, roles: ArraySlice<LineRole>) {
        let lastParagraph = lines.indices.last { roles[$0] == .text && LineClassifier.isParagraphLike(lines[$0].text) }
        var pendingVideo: Int?
        for index in lines.indices {
            let line = lines[index]
            switch roles[index] {
            case .video(let duration):
                article.media.append(MediaItem(kind: .video, duration: duration, after: lastBodyIndex))
                pendingVideo = article.media.count - 1
                continue
            case .text where LineClassifier.isParagraphLike(line.text):
                if seenTexts.contains(line.text) { discard(line, .duplicate) } else { appendBody(.paragraph, line) }
            case .text where pendingVideo != nil:
                if article.media[pendingVideo!].caption == nil {
                    article.media[pendingVideo!].caption = String(line.text)
                    seenTexts.insert(line.text)
                    continue
                }
                discard(line, seenTexts.contains(line.text) ? .duplicate : .mediaLabel)
                continue
            case .text where lastParagraph.map { index < $0 } ?? false:
                if line.text.wordCount <= 4 && !line.text.endsLikeSentence {
                    appendBody(.subheading, line)
                } else {
                    article.related.append(RelatedLink(title: String(line.text), after: lastBodyIndex))
                }
            case .bullet(let text):
                article.body.append(BodyBlock(kind: .listItem, text: text))
            default:
                readCommon(line, role: roles[index], fallback: .furniture)
            }
            pendingVideo = nil
        }
    }

    /// Roles that mean the same wherever they appear.
    private mutating func readCommon(_ line: SourceLine, role: LineRole, fallback: DiscardReason) {
        switch role {
        case .furniture(let reason):
            discard(line, reason)
        case .caption(let caption):
            let key = caption.text ?? caption.credit ?? ""
            if seenCaptions.contains(key) { discard(line, .duplicate); return }
            seenCaptions.insert(key)
            article.media.append(MediaItem(kind: .image, caption: caption.text, credit: caption.credit, after: lastBodyIndex))
        case .printEdition(let note) where article.printEdition == nil:
            article.printEdition = note
        case .byline(let names) where article.byline.isEmpty:
            article.byline = names
        case .date(let date) where article.published == nil:
            article.published = date
        case .video(let duration):
            article.media.append(MediaItem(kind: .video, duration: duration, after: lastBodyIndex))
        default:
            discard(line, seenTexts.contains(line.text) ? .duplicate : fallback)
        }
    }

    private var lastBodyIndex: Int? { article.body.isEmpty ? nil : article.body.count - 1 }

    private mutating func appendBody(_ kind: BodyBlock.Kind, _ line: SourceLine) {
        seenTexts.insert(line.text)
        article.body.append(BodyBlock(kind: kind, text: String(line.text)))
    }

    private mutating func discard(_ line: SourceLine, _ reason: DiscardReason) {
        article.discarded.append(DiscardedLine(line: line.number, text: String(line.text), reason: reason))
    }

    /// The finished article.
    func finish() -> Article { article }
}
