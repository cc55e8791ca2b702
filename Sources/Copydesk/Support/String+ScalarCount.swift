extension String {
    /// The number of Unicode scalars, counted on UTF-8 lead bytes (no decoding, no grapheme work).
    var unicodeScalarCount: Int {
        var copy = self
        return copy.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }
}
