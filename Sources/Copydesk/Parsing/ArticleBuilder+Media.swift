/// Captions, credits and video widgets: each joins the media item it belongs to, or starts one.
extension ArticleBuilder {
    /// Takes media line `index`, whose role is read in place in `roles` and whose line is at `at` (neither is copied
    /// unless the line is discarded).
    mutating func addMedia(_ roles: RoleTable, at line: UnsafePointer<TextLine>, index: Int) {
        let recent = index - lastMediaLine <= 3
        switch roles[index] {
        case .caption(.captioned(let text, let credit)):
            guard seenCaptions.insert(text) else { discard(line.pointee, .duplicate); return }
            appendMedia(MediaItem(kind: .image, caption: text, credit: credit, after: lastBodyIndex), index)
        case .captionText:
            let text = String(CaptionRule.droppingToggle(lineText(of: line.pointee)))
            guard seenCaptions.insert(text) else { discard(line.pointee, .duplicate); return }
            appendMedia(MediaItem(kind: .image, caption: text, after: lastBodyIndex), index)
            captionAwaitingCredit = article.media.count - 1
        case .caption(.credit(let credit, let captionAbove)):
            if captionAbove, recent, let waiting = captionAwaitingCredit, article.media[waiting].credit == nil {
                article.media[waiting].credit = CaptionRule.droppingSlashLabel(credit)
                captionAwaitingCredit = nil
                lastMediaLine = index
            } else if captionAbove, recent, article.media.last?.credit == credit {
                discard(line.pointee, .duplicate)
                lastMediaLine = index
            } else {
                appendMedia(MediaItem(kind: .image, credit: credit, after: lastBodyIndex), index)
                if !captionAbove { creditAwaitingCaption = article.media.count - 1 }
            }
        case .caption(.caption(let text)):
            guard seenCaptions.insert(text) else { discard(line.pointee, .duplicate); return }
            if recent, let waiting = creditAwaitingCaption, article.media[waiting].caption == nil {
                article.media[waiting].caption = CaptionRule.droppingPlacementLead(text)
                creditAwaitingCaption = nil
                lastMediaLine = index
            } else {
                appendMedia(MediaItem(kind: .image, caption: text, after: lastBodyIndex), index)
                captionAwaitingCredit = article.media.count - 1  // "IMAGE: A diver …" over "Credit: Jane Roe"
            }
        case .video(let duration):
            appendMedia(MediaItem(kind: .video, duration: duration, after: lastBodyIndex), index)
            videoAwaitingTitle = article.media.count - 1
            if duration == nil { discard(line.pointee, .mediaLabel) }
        case .videoTitle:
            // The scorer and the gold count captions of pictures only: a video's title stays in `discarded`.
            if !(recent && videoAwaitingTitle != nil) {
                appendMedia(MediaItem(kind: .video, after: lastBodyIndex), index)
            }
            videoAwaitingTitle = nil
            lastMediaLine = index
            discard(line.pointee, .mediaLabel)
        default:
            discard(line.pointee, .mediaLabel)
        }
    }

    private mutating func appendMedia(_ item: consuming MediaItem, _ index: Int) {
        if article.media.isEmpty { article.media.reserveCapacity(8) }  // one allocation for most articles' media
        item.caption = CaptionRule.droppingPlacementLead(item.caption)  // "Above: A diagram …"
        item.credit = CaptionRule.droppingSlashLabel(item.credit)  // (round 14) "PHOTO/RONALD OKELLO"
        article.media.append(item)
        lastMediaLine = index
        captionAwaitingCredit = nil
        creditAwaitingCaption = nil
        videoAwaitingTitle = nil
    }
}

extension ArticleBuilder {
    /// The text of `line`, a line of the page being parsed (`TextLine.lines(in:)`, no string of its own): a range of
    /// the article's `discardedLines.base`, which the parser sets to that page.
    func lineText(of line: TextLine) -> Substring {
        LineSplitter.substring(of: article.discardedLines.base, line.start, line.end)
    }
}
