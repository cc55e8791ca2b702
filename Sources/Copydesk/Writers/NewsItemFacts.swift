/// Values the NewsML-G2 and ninjs writers derive the same way from an `Article`: the item's
/// identifier, its normalised dates and a checked language tag.
struct NewsItemFacts {
    /// The scheme of every item identifier: `urn:copydesk:sha256:` + the input's SHA-256.
    static let uriPrefix = "urn:copydesk:sha256:"
    /// `uriPrefix` as a literal (written before `hash` without making the identifier a string).
    static let uriPrefixLiteral: StaticString = "urn:copydesk:sha256:"
    /// The item version written (the converter produces one version of each input).
    static let version = 1

    /// `urn:copydesk:sha256:<hex>`; from the SHA-256 of the id when the source hash is malformed.
    var guid: String { Self.uriPrefix + hash }
    /// The hex digest in `guid`: the source's SHA-256, or that of the id when the source's is malformed.
    let hash: String
    /// `published.iso` as an RFC 3339 / xs:dateTime value, when it can be read (as bytes).
    let publishedText: DateTimeText?
    /// `updated.iso` as an RFC 3339 / xs:dateTime value, when it can be read (as bytes).
    let updatedText: DateTimeText?
    /// `publishedText` as a string.
    var published: String? { publishedText?.string }
    /// `updatedText` as a string.
    var updated: String? { updatedText?.string }
    /// `language` when it is a well-formed tag (xs:language), else nil.
    let language: String?

    /// Borrows the article (an initializer would otherwise take, so copy, all of it).
    init(_ article: borrowing Article) {
        let hash = article.source.sha256
        let isHex = XMLStreamWriter.withBytes(of: hash) { Self.isLowerHexDigest($0) }
        self.hash = isHex ? hash : SHA256.hexDigest(of: Array(article.id.utf8))
        publishedText = article.published?.iso.flatMap(Self.dateTimeText)
        updatedText = article.updated?.iso.flatMap(Self.dateTimeText)
        language = article.language.flatMap { Self.isLanguageTag($0) ? $0 : nil }
    }

    /// True for tags matching xs:language: `[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*`, read in one pass
    /// over the bytes (no pieces made).
    static func isLanguageTag(_ tag: String) -> Bool {
        XMLStreamWriter.withBytes(of: tag) { bytes in
            var length = 0, first = true  // the current part's length; whether it is the first part
            for byte in bytes {
                if byte == 0x2D {
                    guard length > 0 else { return false }
                    length = 0
                    first = false
                    continue
                }
                let letter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
                let digit = byte >= 0x30 && byte <= 0x39
                guard letter || (digit && !first) else { return false }
                length += 1
                guard length <= 8 else { return false }
            }
            return length > 0
        }
    }

    /// An ISO 8601 date or date-time as `YYYY-MM-DDThh:mm:ss[.f…](Z|±hh:mm)`, or nil.
    ///
    /// A date alone becomes midnight UTC; a time without seconds gets `:00`; a missing offset is
    /// read as UTC (`Z`); `±hhmm` becomes `±hh:mm`. Impossible dates (2019-02-30) give nil.
    static func dateTime(_ iso: String) -> String? { dateTimeText(iso)?.string }

    /// `dateTime` as bytes (no string made for a real date).
    static func dateTimeText(_ iso: String) -> DateTimeText? {
        XMLStreamWriter.withBytes(of: iso) { dateTime(bytes: $0) }
    }

    /// `dateTime` on UTF-8 bytes; the result is assembled as bytes.
    private static func dateTime(bytes b: UnsafeBufferPointer<UInt8>) -> DateTimeText? {
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var value = 0
            for i in from..<(from + count) {
                guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                value = value * 10 + Int(b[i] - 0x30)
            }
            return value
        }
        guard let year = digits(0, 4), year > 0, b.count >= 10, b[4] == 0x2D, b[7] == 0x2D,
              let month = digits(5, 2), let day = digits(8, 2),
              (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        // Assembled in temporary memory (on the stack for any real date): no array per date.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: b.count + 16) { memory in
            var out = DateBytes(memory)
            out.append(b, 0, 10)
            guard b.count > 10 else { return out.finish("T00:00:00Z") }
            guard b[10] == 0x54 || b[10] == 0x20, let hour = digits(11, 2), b.count >= 16, b[13] == 0x3A,
                  let minute = digits(14, 2), hour < 24, minute < 60 else { return nil }
            out.append(0x54)
            out.append(b, 11, 16)
            var i = 16
            if i < b.count, b[i] == 0x3A {
                guard let second = digits(17, 2), second < 60 else { return nil }
                out.append(b, 16, 19)
                i = 19
                if i < b.count, b[i] == 0x2E {
                    var j = i + 1
                    while j < b.count, b[j] >= 0x30, b[j] <= 0x39 { j += 1 }
                    guard j > i + 1 else { return nil }
                    out.append(b, i, j)
                    i = j
                }
            } else {
                out.append(0x3A); out.append(0x30); out.append(0x30)  // ":00"
            }
            if i == b.count { return out.finish("Z") }
            if b[i] == 0x5A, i + 1 == b.count { return out.finish("Z") }
            guard b[i] == 0x2B || b[i] == 0x2D, let offsetHour = digits(i + 1, 2), offsetHour < 24 else { return nil }
            let sign = b[i]
            let minutes: Int?
            if b.count == i + 6, b[i + 3] == 0x3A { minutes = digits(i + 4, 2) } else if b.count == i + 5 { minutes = digits(i + 3, 2) } else if b.count == i + 3 { minutes = 0 } else { minutes = nil }
            guard let offsetMinute = minutes, offsetMinute < 60 else { return nil }
            out.append(sign)
            out.append(UInt8(0x30 + offsetHour / 10)); out.append(UInt8(0x30 + offsetHour % 10)); out.append(0x3A)
            out.append(UInt8(0x30 + offsetMinute / 10)); out.append(UInt8(0x30 + offsetMinute % 10))
            return out.finish("")
        }
    }

    /// The bytes of a normalised date-time, written into memory that holds at least the input's
    /// length plus sixteen bytes (the most `dateTime` ever adds).
    private struct DateBytes {
        let memory: UnsafeMutableBufferPointer<UInt8>
        var count = 0

        init(_ memory: UnsafeMutableBufferPointer<UInt8>) { self.memory = memory }

        mutating func append(_ byte: UInt8) {
            memory[count] = byte
            count += 1
        }

        mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
            for k in from..<to { append(bytes[k]) }
        }

        /// The bytes so far and `tail`.
        mutating func finish(_ tail: StaticString) -> DateTimeText {
            for k in 0..<tail.utf8CodeUnitCount { append(tail.utf8Start[k]) }
            return DateTimeText(UnsafeBufferPointer(rebasing: memory[..<count]))
        }
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
