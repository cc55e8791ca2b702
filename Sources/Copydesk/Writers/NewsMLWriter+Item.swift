extension NewsMLWriter {
    /// One `newsItem`: its attributes, `itemMeta`, `contentMeta` and the XHTML body in `contentSet`.
    /// Elements that never change are written as literal lines (`literalLine`), and the oracle
    /// (`leavesByLibXML2`) writes them through libxml2 calls.
    func writeItem(_ article: Article, into w: inout XMLStreamWriter) throws {
        let facts = NewsItemFacts(article)
        let placement = QuotePlacement(article)
        try w.open("newsItem", namespace: Self.namespaceLiteral)
        try w.attribute("guid", prefix: NewsItemFacts.uriPrefixLiteral, facts.hash)
        try w.attribute("version", NewsItemFacts.version)
        try w.attribute("standard", literal: "NewsML-G2")
        try w.attribute("standardversion", literal: "2.35")
        try w.attribute("conformance", literal: "power")
        try w.attribute("xml:lang", facts.language)
        try w.literalLine("<catalogRef href=\"http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_40.xml\"/>") { w in
            try w.begin("catalogRef")
            try w.attribute("href", literal: Self.catalogLiteral)
            try w.close()
        }
        try w.open("itemMeta")
        try w.literalLine("<itemClass qcode=\"ninat:text\"/>") { w in
            try w.begin("itemClass")
            try w.attribute("qcode", literal: "ninat:text")
            try w.close()
        }
        try XMLStreamWriter.withBytes(of: provider) { value in
            try w.attributeLine("<provider literal=\"", value, normalized: true) { w in
                try w.begin("provider")
                try w.attribute("literal", bytes: value, normalized: true)
                try w.close()
            }
        }
        if let latest = facts.updatedText ?? facts.publishedText { try w.leaf("versionCreated", latest) } else {
            try w.leaf("versionCreated", Self.fallbackDate)
        }
        if let published = facts.publishedText { try w.leaf("firstCreated", published) }
        try w.literalLine("<pubStatus qcode=\"stat:usable\"/>") { w in
            try w.begin("pubStatus")
            try w.attribute("qcode", literal: "stat:usable")
            try w.close()
        }
        try w.close()
        try writeContentMeta(article, facts: facts, placement: placement, into: &w)
        try w.open("contentSet")
        try w.open("inlineXML")
        try w.attribute("contenttype", literal: "application/xhtml+xml")
        try XHTMLBody.write(article, placement: placement, language: facts.language, into: &w)
        try w.close()  // inlineXML
        try w.close()  // contentSet
        try w.close()  // newsItem
    }
}
