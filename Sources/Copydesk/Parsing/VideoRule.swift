/// Recognises video widgets: a duration such as "03:15" or "VIDEO03:45" on its own line, and the
/// "(Published Monday, Nov. 18, 2019)" note that ends a video's description.
enum VideoRule {
    /// The duration printed on a video-widget line, or `nil`. A line of ASCII bytes without CR (one byte, one
    /// Character) is read on its bytes; other lines as Characters (`plainDuration`).
    static func duration(in line: Substring) -> String? {
        guard let bounds = line.withUTF8Bytes(durationBounds) else { return plainDuration(in: line) }
        guard let bounds else { return nil }
        let utf8 = line.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: bounds.lowerBound)
        return String(line[lower..<utf8.index(lower, offsetBy: bounds.count)])
    }

    /// `duration(in:)` for a line of `page`: its bytes read there, its text made only when they are not plain ASCII.
    static func duration(_ line: TextLine, _ page: LinePage) -> String? {
        let bytes = page.bytes(line)
        guard let bounds = durationBounds(bytes) else { return plainDuration(in: page.text(line)) }
        guard let bounds else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[bounds]), as: UTF8.self)
    }

    /// The duration's byte range in ASCII `bytes` without CR (`.some(nil)`: no duration), or `nil` for other bytes
    /// (read as Characters).
    static func durationBounds(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>?? {
        guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
        var start = 0, end = bytes.count
        /// Drops `prefix` (exact bytes) and the spaces around the rest, as `dropFirst` and `trimmedSpace` do.
        func drop(_ prefix: StaticString) {
            let count = prefix.utf8CodeUnitCount
            guard end - start >= count, ByteSearch.equal(bytes.baseAddress! + start, UnsafeBufferPointer(start: prefix.utf8Start, count: count), count: count) else { return }
            start += count
            while start < end, ByteSearch.isASCIISpace(bytes[start]) { start += 1 }
            while end > start, ByteSearch.isASCIISpace(bytes[end - 1]) { end -= 1 }
        }
        drop("VIDEO"); drop("Video"); drop("WATCH"); drop("Watch")
        // two or three parts between colons, each of digits: the first of one to three, the others of two
        var parts = 0, length = 0
        for index in start...end {
            if index == end || bytes[index] == UInt8(ascii: ":") {
                guard length > 0, parts == 0 ? length <= 3 : length == 2 else { return .some(nil) }
                parts += 1
                length = 0
            } else {
                guard bytes[index] &- UInt8(ascii: "0") < 10 else { return .some(nil) }
                length += 1
            }
        }
        return (2...3).contains(parts) ? start..<end : .some(nil)
    }

    /// `duration(in:)` read as Characters.
    static func plainDuration(in line: Substring) -> String? {
        var text = line
        for prefix in ["VIDEO", "Video", "WATCH", "Watch"] where text.fastHasPrefix(prefix) {
            text = text.dropFirst(prefix.count).trimmedSpace
        }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count) else { return nil }
        for (index, part) in parts.enumerated() {
            guard !part.isEmpty, part.count <= 2 || index == 0 && part.count <= 3,
                  part.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            if index > 0 && part.count != 2 { return nil }
        }
        return String(text)
    }

    /// True for a widget label that announces a video ("Video", "Watch", "Play video"); the line read from `page`.
    static func isVideoLabel(_ line: TextLine, _ page: LinePage) -> Bool {
        // the labels are ASCII, so only lines of their byte lengths (5, 10, 11) can equal one
        let bytes = page.bytes(line)
        @inline(__always) func equals(_ label: StaticString) -> Bool {
            bytes.count == label.utf8CodeUnitCount && FoldedBytes.equal(bytes, at: 0, label)
        }
        return equals("video") || equals("watch") || equals("play video") || equals("watch video")
    }

    /// False for a line `isVideoLabel` rejects for sure, read in place: every label has one or two words and ends in
    /// "o" or "h", either case.
    @inline(__always)
    static func mayBeVideoLabel(_ line: UnsafePointer<TextLine>) -> Bool {
        line.pointee.words <= 2 && (line.pointee.lastByte | 0x20 == UInt8(ascii: "o") || line.pointee.lastByte | 0x20 == UInt8(ascii: "h"))
    }

    /// `contentWords(text).intersection(title).count >= count`: ASCII text is walked word by word, stopping once
    /// `count` distinct title words are found, with no set of its own words built.
    static func sharesContentWords(_ text: Substring, with title: Set<String>, atLeast count: Int) -> Bool {
        let fast: Bool? = text.withUTF8Bytes { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            var shared: [String] = []
            var start = 0
            for end in 0...bytes.count where end == bytes.count || (bytes[end] | 0x20) &- UInt8(ascii: "a") >= 26 {
                if end - start >= 4 {
                    let word = TextLine.asciiLowercased(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                    if title.contains(word), !shared.contains(word) {
                        shared.append(word)
                        if shared.count >= count { return true }
                    }
                }
                start = end + 1
            }
            return shared.count >= count
        }
        return fast ?? (contentWords(text).intersection(title).count >= count)
    }

    /// Content words of at least four letters, for comparing a video title with its description.
    static func contentWords(_ text: Substring) -> Set<String> {
        var result: Set<String> = []
        // ASCII text: a Character is a byte, the letters are A–Z and a–z, and lowercasing is by bytes
        let ascii: Bool = text.withUTF8Bytes { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return false }
            result.reserveCapacity(bytes.count / 5)  // at most one word of four letters per five bytes: no regrowth
            var start = 0
            for end in 0...bytes.count where end == bytes.count || (bytes[end] | 0x20) &- UInt8(ascii: "a") >= 26 {
                if end - start >= 4 { result.insert(TextLine.asciiLowercased(UnsafeBufferPointer(rebasing: bytes[start..<end]))) }
                start = end + 1
            }
            return true
        }
        if ascii { return result }
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) where word.count >= 4 { result.insert(String(word)) }
        return result
    }
}
