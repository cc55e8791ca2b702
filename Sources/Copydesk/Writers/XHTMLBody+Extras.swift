/// Media (`figure`) and related links (`aside`) around the body blocks, read in place: iterating
/// the arrays would copy (retain and release) every item's strings.
extension XHTMLBody {
    /// Media then related links placed at `position`: nil = before the body, -1 = after the body
    /// (items whose `after` is negative or past the last block). Long lists are read from their cursors
    /// (`order`), so a body with thousands of figures is written in linear time; short ones are scanned.
    static func writeExtras(_ article: Article, at position: Int?, order: inout ExtrasOrder?, into w: inout XMLStreamWriter) throws {
        let count = article.body.count
        let key = PlacedOrder.key(position.map { $0 < 0 ? count : $0 }, count: count)
        func belongs(_ after: Int?) -> Bool { PlacedOrder.key(after, count: count) == key }
        try StoredText.elements(article.media) { media in
            if order != nil {
                try order!.media.take(at: key) { try writeFigure(media.baseAddress! + $0, into: &w) }
            } else {
                for index in media.indices where belongs(media[index].after) { try writeFigure(media.baseAddress! + index, into: &w) }
            }
        }
        try StoredText.elements(article.related) { related in
            func aside(_ index: Int) throws {
                try w.open("aside")
                try w.attribute("class", literal: "related")
                try StoredText.bytes(&related.baseAddress![index].title) { try w.leaf("p", bytes: $0) }
                try w.close()
            }
            if order != nil {
                try order!.related.take(at: key) { try aside($0) }
            } else {
                for index in related.indices where belongs(related[index].after) { try aside(index) }
            }
        }
    }

    /// `<figure>` for `item`, its strings read in place (`StoredText`).
    private static func writeFigure(_ item: UnsafeMutablePointer<MediaItem>, into w: inout XMLStreamWriter) throws {
        try w.open("figure")
        try w.attribute("class", literal: item.pointee.kind == .image ? "image" : "video")
        try StoredText.bytes(&item.pointee.duration) { try w.attribute("data-duration", bytes: $0) }
        guard StoredText.isPresent(&item.pointee.caption) || StoredText.isPresent(&item.pointee.credit)
                || StoredText.isPresent(&item.pointee.duration) else { return try w.close() }
        try w.begin("figcaption")
        var needsSpace = false
        if try StoredText.bytes(&item.pointee.caption, { try w.text(bytes: $0) }) != nil { needsSpace = true }
        if try StoredText.bytes(&item.pointee.duration, { try writeSpan("duration", $0, after: needsSpace, into: &w) }) != nil {
            needsSpace = true
        }
        try StoredText.bytes(&item.pointee.credit) { try writeSpan("credit", $0, after: needsSpace, into: &w) }
        try w.close()  // figcaption
        try w.close()  // figure
    }

    /// `<span class="…">value</span>` inside a caption, after a space when something precedes it.
    private static func writeSpan(_ cls: StaticString, _ value: UnsafeBufferPointer<UInt8>, after needsSpace: Bool,
                                  into w: inout XMLStreamWriter) throws {
        if needsSpace { try w.text(" ") }
        try w.begin("span", block: false)
        try w.attribute("class", literal: cls)
        try w.text(bytes: value)
        try w.close()
    }
}

/// The media and related links of an article in the order of their positions, each with a cursor.
struct ExtrasOrder {
    /// The media.
    var media: PlacedOrder
    /// The related links.
    var related: PlacedOrder

    /// Lists longer than this together are read through an order; shorter ones are scanned at each position.
    static let scanLimit = 16

    /// The order of `article`'s media and related links, or nil when they are few enough to scan.
    static func of(_ article: Article) -> ExtrasOrder? {
        article.media.count + article.related.count > scanLimit ? ExtrasOrder(article) : nil
    }

    /// The order of `article`'s media and related links.
    init(_ article: Article) {
        let count = article.body.count
        media = PlacedOrder(article.media.lazy.map { PlacedOrder.key($0.after, count: count) })
        related = PlacedOrder(article.related.lazy.map { PlacedOrder.key($0.after, count: count) })
    }
}

/// Items placed at positions (-1 before the body, a block index, the block count after it), taken
/// position by position in increasing order: each item once, in its list's order within a position.
struct PlacedOrder {
    /// The items' positions, in item order.
    private let keys: [Int]
    /// The item indices sorted by position (stable); nil when the items already are in position order.
    private let sorted: [Int]?
    /// The next item to take (an index into `sorted`, or into the items).
    private var cursor = 0

    /// The order of items with positions `keys`.
    init(_ keys: some Collection<Int>) {
        let keys = Array(keys)
        let inOrder = zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 }
        sorted = inOrder ? nil : keys.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
        self.keys = keys
    }

    /// The position of an item placed `after` a block: nil before the body, -1 or past the last block after it.
    static func key(_ after: Int?, count: Int) -> Int {
        guard let after else { return -1 }
        return after < 0 || after >= count ? count : after
    }

    /// Calls `body` with each item at position `key`, skipping any left at earlier positions.
    mutating func take(at key: Int, _ body: (Int) throws -> Void) rethrows {
        while cursor < keys.count {
            let item = sorted?[cursor] ?? cursor
            if keys[item] > key { return }
            cursor += 1
            if keys[item] == key { try body(item) }
        }
    }
}
