/// A section printed with its label glued on ("Topic:Rivers", "Section: Health"): the label is no part of the section.
extension ArticleBuilder {
    /// Labels that may open a section line with a colon and a space ("Topic: Rivers"); glued to the value by a colon
    /// alone, any one-word label is dropped.
    private static let sectionLabels: [StaticString] = ["topic", "topics", "section", "category", "categories", "tag", "tags"]

    /// `text` without a one-word label and its colon before the section's name ("Topic:Rivers" gives "Rivers", "Section:
    /// Health" gives "Health"); `nil` when there is none ("Israel/Gaza", "10:30", "Exclusive: The Fed").
    static func valueAfterLabel(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            // the label: two to twelve ASCII letters, then ":" (first byte a letter, a colon within thirteen bytes)
            guard bytes.count >= 4, bytes[0] | 0x20 &- UInt8(ascii: "a") < 26 else { return nil }
            var colon = 1
            while colon < bytes.count, colon <= 12, bytes[colon] | 0x20 &- UInt8(ascii: "a") < 26 { colon &+= 1 }
            guard colon >= 2, colon < bytes.count &- 1, bytes[colon] == UInt8(ascii: ":") else { return nil }
            var start = colon &+ 1
            if bytes[start] == 0x20 {
                // "Section: Health": only a known label before a spaced colon ("Exclusive: …" is a kicker's, no label)
                let label = UnsafeBufferPointer(rebasing: bytes[..<colon])
                guard sectionLabels.contains(where: { label.count == $0.utf8CodeUnitCount && FoldedBytes.equal(label, at: 0, $0) }) else { return nil }
                while start < bytes.count, bytes[start] == 0x20 { start &+= 1 }
            }
            // the value opens with a capital or a non-ASCII letter ("Topic:Rivers", "Tema:Één")
            guard start < bytes.count, bytes[start] &- UInt8(ascii: "A") < 26 || bytes[start] >= 0xC0 else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
        }
    }
}
