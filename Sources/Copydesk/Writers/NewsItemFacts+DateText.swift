/// A normalised date-time (`NewsItemFacts.dateTime`) held as its UTF-8 bytes: up to 32 bytes (every
/// real date: `2024-02-29T10:00:00.25+05:30` is 28) inline in the value, so the xml writer copies
/// them into its document without a String made and freed per date; a longer one (a long fraction
/// of a second) is kept as a String.
struct DateTimeText {
    /// The bytes when they fit, zero-padded.
    private var inline = SIMD32<UInt8>()
    /// How many bytes of `inline` are used (0 when `long` holds the value).
    private var count = 0
    /// The value when it is longer than `inline`.
    private var long: String?

    /// The value made of `bytes` (a normalised date-time: ASCII).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= 32 else { long = String(decoding: bytes, as: UTF8.self); return }
        count = bytes.count
        withUnsafeMutableBytes(of: &inline) { raw in
            for k in 0..<bytes.count { raw[k] = bytes[k] }
        }
    }

    /// Calls `body` with the value's UTF-8 bytes.
    @inline(__always) func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let long { return try XMLStreamWriter.withBytes(of: long, body) }
        var copy = inline
        return try withUnsafeBytes(of: &copy) { raw in
            try body(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count))
        }
    }

    /// The value as a string.
    var string: String { long ?? withBytes { String(decoding: $0, as: UTF8.self) } }
}

extension XMLStreamWriter {
    /// `leaf(_:bytes:)` with a date-time's bytes.
    @inline(__always) mutating func leaf(_ name: StaticString, _ date: DateTimeText) throws {
        try date.withBytes { try leaf(name, bytes: $0) }
    }
}
