/// One body block prepared for the quotes stage: its UTF-8 bytes, quoted spans and tokens.
struct ParagraphText {
    /// The quoted spans, in order.
    private(set) var spans: [QuoteSpan]
    /// Tokens, each span as one `.quote` token, with the block's bytes.
    private(set) var tokens: TokenList
    /// The block's byte count: the first `length` bytes of `tokens.bytes` (`load` leaves the rest
    /// from longer blocks; the other initialisers fill it exactly).
    private(set) var length = 0
    /// The tokenizer's tables, fetched once for the paragraph's life (`load` reads every block with them).
    private let tables = Tokenizer.Tables.shared

    /// Buffers handed from one block to the next, so an article allocates them once.
    struct Scratch {
        var bytes: [UInt8] = []
        var tokens: [Token] = []
        var spans: [QuoteSpan] = []

        /// Empty buffers.
        init() {}

        /// Buffers sized once for blocks of up to `longest` bytes (the token buffer still grows
        /// for a block dense in short tokens).
        init(longest: Int) { reserve(longest: longest) }

        /// Room for blocks of up to `longest` bytes in buffers that may already hold some.
        mutating func reserve(longest: Int) {
            if bytes.capacity < longest { bytes.reserveCapacity(longest) }
            if tokens.count < longest / 3 + 16 {
                tokens.append(contentsOf: repeatElement(TokenList.blank, count: longest / 3 + 16 - tokens.count))
            }
        }
    }

    /// An empty paragraph: its buffers grow on the first `load`.
    init() {
        spans = []
        tokens = TokenList(bytes: [], items: [], count: 0)
    }

    /// Room for blocks of up to `longest` bytes (the token buffer still grows for a block dense in
    /// short tokens).
    mutating func reserve(longest: Int) {
        if tokens.bytes.capacity < longest { tokens.bytes.reserveCapacity(longest) }
        if tokens.items.count < longest / 3 + 16 {
            tokens.items.append(contentsOf: repeatElement(TokenList.blank, count: longest / 3 + 16 - tokens.items.count))
        }
    }

    /// Scans `text` into the paragraph's own buffers in place (capacity kept): the same spans and
    /// tokens as `init(_:scratch:)`, without handing buffers from block to block. The byte buffer
    /// only grows: its first `length` bytes are the block's, the rest are left from longer blocks
    /// (every rule reads bytes at token and span offsets, all below `length`).
    mutating func load(_ text: String) {
        // A native string's bytes are read in place (no copy of the String is made to reach them).
        if let n = text.utf8.withContiguousStorageIfAvailable({ Self.copy($0, into: &tokens.bytes) }) {
            length = n
        } else {
            var text = text
            length = text.withUTF8 { Self.copy($0, into: &tokens.bytes) }
        }
        tokens.count = Tokenizer.tokens(padded: tokens.bytes, length: length, findingSpans: &spans, into: &tokens.items, tables: tables)
        // no other mark: straight single quotes, read again as double ones ('…,' he said)
        if spans.isEmpty, ASCIISingleQuotes.rewrite(&tokens.bytes, length: length) {
            tokens.count = Tokenizer.tokens(padded: tokens.bytes, length: length, findingSpans: &spans, into: &tokens.items, tables: tables)
        }
    }

    /// `source` copied to the front of `bytes` and followed by `Tokenizer.padding` zero bytes;
    /// `bytes` grows to hold them and never shrinks (one `memcpy` and two stores, no count change
    /// for a block no longer than the longest before). Returns the source's count.
    @inline(__always)
    static func copy(_ source: UnsafeBufferPointer<UInt8>, into bytes: inout [UInt8]) -> Int {
        let n = source.count
        if bytes.count < n + Tokenizer.padding { bytes.append(contentsOf: repeatElement(0, count: n + Tokenizer.padding - bytes.count)) }
        bytes.withUnsafeMutableBufferPointer { out in
            let base = UnsafeMutableRawPointer(out.baseAddress!)
            if n > 0 { base.copyMemory(from: source.baseAddress!, byteCount: n) }
            base.storeBytes(of: 0, toByteOffset: n, as: UInt64.self)
            base.storeBytes(of: 0, toByteOffset: n + 8, as: UInt64.self)
        }
        return n
    }

    /// Scans `text` into the buffers of `scratch` (left empty until `release(into:)`).
    init(_ text: String, scratch: inout Scratch) {
        var bytes = scratch.bytes
        scratch.bytes = []
        var text = text
        // One replacement keeps the buffer's capacity: no separate emptying pass.
        text.withUTF8 { bytes.replaceSubrange(0..<bytes.count, with: $0) }
        var items = scratch.tokens
        scratch.tokens = []
        spans = scratch.spans
        scratch.spans = []
        var count = Tokenizer.tokens(bytes, findingSpans: &spans, into: &items)
        if spans.isEmpty, ASCIISingleQuotes.rewrite(&bytes, length: bytes.count) { count = Tokenizer.tokens(bytes, findingSpans: &spans, into: &items) }
        tokens = TokenList(bytes: bytes, items: items, count: count)
        length = bytes.count
    }

    /// Hands the buffers back to `scratch` for the next block; the paragraph is empty afterwards.
    mutating func release(into scratch: inout Scratch) {
        scratch.bytes = tokens.bytes
        scratch.tokens = tokens.items
        scratch.spans = spans
        tokens = TokenList(bytes: [], items: [])
        spans = []
        length = 0
    }
}
