/// Sections read from one-line trails: a tag row's first label, a dashed trail's last level, run-together levels.
extension ArticleBuilder {
    /// The section named by a one-line trail: the first label of a " | " tag row ("Environment | Water | Local"), the
    /// last level of a " - " trail ("Home - News - General News"), the last of levels run together after "Home"
    /// ("HomeCosta RicaEnvironment"); `nil` for other text.
    static func trailLevel(of text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            switch HeaderReader.trailSeparator(bytes) {
            case UInt8(ascii: "|"):
                guard let bar = bytes.firstIndex(of: UInt8(ascii: "|")), bar > 1 else { return nil }
                return String(decoding: bytes[..<(bar - 1)], as: UTF8.self)
            case UInt8(ascii: "-"):
                var cut = bytes.count
                while cut > 1, !(bytes[cut - 1] == 0x20 && (bytes[cut - 2] == UInt8(ascii: "-") || bytes[cut - 2] == 0x93)) { cut -= 1 }
                return cut > 1 && cut < bytes.count ? String(decoding: bytes[cut...], as: UTF8.self) : nil
            default:
                return runTogetherLevel(bytes)
            }
        }
    }

    /// "HomeCosta RicaEnvironment": after "Home" glued to a capital, the text after the last lower-case letter glued to a
    /// capital, when there are two such joins at least; `nil` otherwise.
    static func runTogetherLevel(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count > 6, FoldedBytes.equal(bytes, at: 0, "home"), bytes[4] &- UInt8(ascii: "A") < 26 else { return nil }
        var joins = 0, last = 0
        for index in 1..<bytes.count where bytes[index] &- UInt8(ascii: "A") < 26 && bytes[index - 1] &- UInt8(ascii: "a") < 26 {
            joins += 1; last = index
        }
        return joins >= 2 ? String(decoding: bytes[last...], as: UTF8.self) : nil
    }
}
