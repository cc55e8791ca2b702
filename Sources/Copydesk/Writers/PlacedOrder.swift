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
