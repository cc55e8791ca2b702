/// A set of byte values as a 256-bit map: the cheapest test of "can any listed phrase start (or end) with this byte?".
struct ByteSet {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// The set of `bytes`.
    init<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        for byte in bytes { insert(byte) }
    }

    /// The set of the first UTF-8 bytes of `phrases`.
    init(firstBytesOf phrases: [String]) { self.init(phrases.compactMap(\.utf8.first)) }

    /// Adds `byte`.
    mutating func insert(_ byte: UInt8) {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: bits.0 |= bit
        case 1: bits.1 |= bit
        case 2: bits.2 |= bit
        default: bits.3 |= bit
        }
    }

    /// Adds the low byte of a hashed `key`: the set then serves as a 256-bit filter of keys.
    @inline(__always)
    mutating func insert(lowByteOf key: UInt64) { insert(UInt8(truncatingIfNeeded: key)) }

    /// False when no key with the low byte of `key` was inserted (so `key` certainly was not).
    @inline(__always)
    func mayContain(lowByteOf key: UInt64) -> Bool { contains(UInt8(truncatingIfNeeded: key)) }

    /// True when `byte` is in the set.
    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        let word: UInt64
        switch byte >> 6 {
        case 0: word = bits.0
        case 1: word = bits.1
        case 2: word = bits.2
        default: word = bits.3
        }
        return word & (UInt64(1) << UInt64(byte & 63)) != 0
    }
}

/// The shapes (first byte, byte length) of a table's string keys: a line of another shape cannot be a
/// key, so the hash lookup (which hashes the whole line) is skipped. Lengths from 63 up share one bit.
struct KeyShapes {
    private var lengthsByFirstByte = [UInt64](repeating: 0, count: 256)

    /// The shapes of `keys`.
    init<S: Sequence>(_ keys: S) where S.Element == String {
        for key in keys {
            guard let first = key.utf8.first else { continue }
            lengthsByFirstByte[Int(first)] |= UInt64(1) << UInt64(min(key.utf8.count, 63))
        }
    }

    /// False when no key has the shape of `text`'s bytes; true when one may equal it.
    @inline(__always)
    func mayContain(_ text: some StringProtocol) -> Bool {
        guard let first = text.utf8.first else { return false }
        return lengthsByFirstByte[Int(first)] & (UInt64(1) << UInt64(min(text.utf8.count, 63))) != 0
    }

    /// False when no key opens with `first`: `mayContain(first:length:)` is then false whatever the length.
    @inline(__always)
    func mayOpen(first: UInt8) -> Bool { lengthsByFirstByte[Int(first)] != 0 }

    /// As `mayContain(_:)` for text whose first byte and byte length are already known.
    @inline(__always)
    func mayContain(first: UInt8, length: Int) -> Bool {
        lengthsByFirstByte[Int(first)] & (UInt64(1) << UInt64(min(length, 63))) != 0
    }
}
