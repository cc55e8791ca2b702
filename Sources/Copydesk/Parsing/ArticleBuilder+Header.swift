/// Header fields read from lines: dates and credit lines.
extension ArticleBuilder {
    mutating func setDate(_ match: DateRule.Match, from line: TextLine, asUpdate: Bool) {
        // the update may come first, when the first publication is printed under it ("First published on …")
        if asUpdate && article.updated == nil {
            article.updated = match.published
        } else if article.published == nil {
            article.published = match.published
            if let updated = match.updated { article.updated = updated }
            publishedIsUpdate = match.labelledUpdate && match.updated == nil
        } else {
            discard(line, .duplicate)
        }
    }

    /// Names from a "Reporting by …" credit line, added to the byline when not there yet.
    mutating func addCredits(_ names: [BylineEntry], from line: TextLine) {
        var known = Set(article.byline.map { $0.name.lowercased() })
        var added = false
        for name in names where known.insert(name.name.lowercased()).inserted {
            article.byline.append(name)
            added = true
        }
        if !added { discard(line, .attribution) }
    }

    /// A first-publication date under the article ("First published on November 19, 2019") when the header printed only
    /// an update: the header's date becomes the update, this one the publication.
    mutating func setFirstPublished(_ match: DateRule.Match) {
        if article.updated == nil { article.updated = article.published }
        article.published = match.published
        publishedIsUpdate = false
    }
}
