/// Texts seen so far, compared as `Set<String>` compares them (canonical equivalence), without hashing
/// through Unicode normalization for the few texts an article has: while every text holds only scalars
/// that `GraphemeFree` accepts (ASCII, Latin-1, Latin Extended-A, common punctuation — each already in NFC
/// and composing with none of the others), equal texts are equal bytes, so a short list compared by bytes
/// answers. The first other text, or the seventeenth, moves them all into a `Set<String>`.
struct SeenTexts {
    /// Every text so far, while all are plain and few.
    private var plain: [String] = []
    /// Every text so far, once one was not plain or there were many.
    private var hashed: Set<String>?

    /// Adds `text`; `false` when an equal text was added before.
    mutating func insert(_ text: String) -> Bool {
        if hashed == nil {
            if plain.count < 16, Self.isPlain(text) {
                for seen in plain where Self.sameBytes(seen, text) { return false }
                if plain.isEmpty { plain.reserveCapacity(16) }  // one allocation for the article's plain texts
                plain.append(text)
                return true
            }
            hashed = Set(plain)
            plain = []
        }
        return hashed!.insert(text).inserted
    }

    /// True when every scalar of `text` is one `GraphemeFree.length` accepts.
    static func isPlain(_ text: String) -> Bool {
        ByteSearch.withBytes(of: text) { isPlain($0) }
    }

    /// `isPlain(_:)` on a text's UTF-8: eight ASCII bytes, none a CR, at a time (`GraphemeFree.length` accepts each),
    /// resumed after every other scalar, which `GraphemeFree.length` reads.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        guard let raw = UnsafeRawPointer(bytes.baseAddress) else { return true }
        while index < count {
            if index &+ 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 && LineFlags.equalMask(word, 0x0D) == 0 { index &+= 8; continue }
            }
            guard let length = GraphemeFree.length(bytes, at: index) else { return false }
            index &+= length
        }
        return true
    }

    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        ByteSearch.withBytes(of: a) { left in
            ByteSearch.withBytes(of: b) { right in
                left.count == right.count && (left.isEmpty || ByteSearch.equal(left.baseAddress!, right, count: left.count))
            }
        }
    }
}
