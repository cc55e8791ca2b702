@testable import Copydesk

/// TEST ONLY. A line compared and hashed by its UTF-8 bytes (no Unicode normalisation: repeated lines are byte-identical).
struct ByteKey: Hashable {
    let text: Substring

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        a.text.withUTF8Bytes { left in
            b.text.withUTF8Bytes { right in
                left.count == right.count && (left.isEmpty || ByteSearch.equal(left.baseAddress!, right, count: left.count))
            }
        }
    }

    /// Hashes the length and every byte (lines that differ only in the middle do not collide).
    func hash(into hasher: inout Hasher) {
        text.withUTF8Bytes { bytes in
            hasher.combine(bytes.count)
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        }
    }
}
