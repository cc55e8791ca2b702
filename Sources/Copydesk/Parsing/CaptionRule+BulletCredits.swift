/// A credit glued to its caption by a bullet (round 11): "Ben Carrick finished with figures of 7 for 48 • Getty Images".
extension CaptionRule {
    /// The caption and its credit when the last " • " of `bytes` stands within forty bytes of the end, one to four
    /// capitalised ASCII words after it name a picture source (`pictureSources`) or close with "Images", "Photo",
    /// "Photos" or "Pictures", and four to forty words with no other bullet and no quote mark stand before it.
    static func bulletCredit(_ bytes: UnsafeBufferPointer<UInt8>) -> Match? {
        let count = bytes.count
        var index = count - 6
        while index >= 0, count - index <= 40 {
            if bytes[index] == 0x20, bytes[index + 1] == 0xE2, bytes[index + 2] == 0x80, bytes[index + 3] == 0xA2, bytes[index + 4] == 0x20 { break }
            index -= 1
        }
        guard index > 0, count - index <= 40 else { return nil }
        let caption = UnsafeBufferPointer(rebasing: bytes[..<index]), credit = UnsafeBufferPointer(rebasing: bytes[(index + 5)...])
        guard (4...40).contains(ByteSearch.wordCount(caption)), !holdsQuoteMark(caption),
              ByteSearch.firstIndex(of: 0xA2, in: caption, from: 0) == nil else { return nil }
        let text = String(decoding: credit, as: UTF8.self)
        let words = text.split(separator: " ")
        guard (1...4).contains(words.count), words.allSatisfy({ $0.first.map { $0 >= "A" && $0 <= "Z" } == true && $0.allSatisfy(\.isASCII) }) else { return nil }
        let last = words[words.count - 1].lowercased()
        guard words.contains(where: { pictureSources.contains($0.lowercased()) }) || ["images", "photo", "photos", "pictures"].contains(last)
        else { return nil }
        return .captioned(text: String(decoding: caption, as: UTF8.self), credit: text)
    }
}
