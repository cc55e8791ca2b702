/// An IPTC NewsML-G2 2.35 `newsItem` (conformance "power") written with libxml2's streaming
/// writer; merged output is a `newsMessage` whose `itemSet` holds one `newsItem` per article.
///
/// Output is deterministic: the guid comes from the input's SHA-256, dates from the article's
/// `published`/`updated` ISO readings (else `fallbackDate`), and the message's `sent` time is a
/// fixed value chosen when the writer is made. The field mapping is in `formats/xml/README.md`.
public struct NewsMLWriter: ArticleWriter {
    /// The NewsML-G2 (NAR) namespace.
    public static let namespace = "http://iptc.org/std/nar/2006-10-01/"
    /// Namespace of Copydesk's own metadata block at the end of `contentMeta`.
    public static let extensionNamespace = "urn:copydesk:newsml:1"
    /// The date written when an article carries no readable date (never the wall clock).
    public static let fallbackDate = "1970-01-01T00:00:00Z"
    /// The IPTC catalog that defines the `ninat:`, `stat:` and `drol:` QCode prefixes.
    static let catalog = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_40.xml"
    /// `catalog` as a literal (an attribute value copied as it is).
    static let catalogLiteral: StaticString = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_40.xml"
    private static let splitMarker = "copydesk-items"

    /// The item provider (`itemMeta/provider@literal`) and message sender.
    public let provider: String
    /// `header/sent` of a merged `newsMessage` (an xs:dateTime; invalid values fall back).
    public let sent: String
    /// The tests' oracle: every element goes through libxml2 calls (see `XMLStreamWriter`).
    var leavesByLibXML2 = false

    /// Creates a writer; `sent` defaults to `fallbackDate` so merged output stays reproducible.
    public init(provider: String = "Copydesk", sent: String = NewsMLWriter.fallbackDate) {
        self.provider = provider
        self.sent = NewsItemFacts.dateTime(sent) ?? Self.fallbackDate
    }

    /// One article as a standalone `newsItem` document.
    public func write(_ article: Article) throws -> [UInt8] {
        try XMLStreamWriter.render(declaration: true, capacity: Self.capacity(article), leavesByLibXML2: leavesByLibXML2) { w in
            try writeItem(article, into: &w)
        }
    }

    /// `write(_:)` through the libxml2 writer (and stream writer) kept in `workspace`, made on first use.
    public func write(_ article: borrowing Article, reusing workspace: inout WriterWorkspace) throws -> [UInt8] {
        try write(article, session: &workspace.xml)
    }

    /// `write(_:)` through the libxml2 writer kept in `session` (made here when nil or spent, dropped
    /// after a failure so the next article gets a fresh one).
    func write(_ article: borrowing Article, session: inout XMLWriterSession?) throws -> [UInt8] {
        if session?.usable != true { session = try XMLWriterSession() }
        do {
            // The article reaches the body as an argument (captured, it would be copied); the
            // writer is used in place (`withUnsafePointer(to: self)` copied it: two strings
            // retained and released per document).
            return try XMLStreamWriter.render(session: session!, capacity: Self.capacity(article),
                                              leavesByLibXML2: leavesByLibXML2, context: article) { article, w in
                try writeItem(article, into: &w)
            }
        } catch {
            session = nil
            throw error
        }
    }

    /// The XML declaration, `newsMessage`, its `header` and the opening `itemSet` tag.
    public func mergedHeader() throws -> [UInt8] {
        let (head, _) = try messageSkeleton()
        return head + [0x0A]
    }

    /// One `newsItem` element inside the message's `itemSet`.
    public func mergedEntry(_ article: Article, index: Int) throws -> [UInt8] {
        var entry: [UInt8] = Array("    ".utf8)
        entry += try XMLStreamWriter.render(declaration: false, baseDepth: 2, capacity: Self.capacity(article),
                                            leavesByLibXML2: leavesByLibXML2) { w in
            try writeItem(article, into: &w)
        }
        entry.append(0x0A)
        return entry
    }

    /// Closes `itemSet` and `newsMessage`.
    public func mergedFooter() throws -> [UInt8] {
        let (_, tail) = try messageSkeleton()
        return Array("  ".utf8) + tail
    }

    /// Renders an empty message with a comment inside `itemSet` and splits it around the comment,
    /// so header and footer are both produced by libxml2.
    private func messageSkeleton() throws -> ([UInt8], [UInt8]) {
        let bytes = try XMLStreamWriter.render(declaration: true, leavesByLibXML2: leavesByLibXML2) { w in
            try w.open("newsMessage", namespace: Self.namespaceLiteral)
            try w.open("header")
            try w.leaf("sent", sent)
            try w.begin("catalogRef")
            try w.attribute("href", Self.catalog)
            try w.close()
            try w.leaf("sender", provider, normalized: true)
            try w.close()
            try w.open("itemSet")
            try w.comment(Self.splitMarker)
        }
        let marker = Array("<!--\(Self.splitMarker)-->".utf8)
        guard let at = firstIndex(of: marker, in: bytes) else {
            throw CopydeskError(.writeFailed, reason: "newsMessage skeleton lost its item marker")
        }
        return (Array(bytes[..<at]), Array(bytes[(at + marker.count)...]))
    }

    private func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }
}
