/// A picture's caption and bare credit over a media or share button (round 11): "Water covers South Peoria Avenue
/// after a storm.", "Mike Sorrell, Tulsa World", "Buy Now"; "Climbers cross the icefall in May.", "Post File Photo", "Share".
extension ContextRules {
    /// Marks each text line that reads as a credit alone (`isBareCredit`) right under a line that reads as a caption
    /// (`CaptionContext.readsAsCaption`, no blank line between) and over a media label or share button (the next line)
    /// as the picture's credit, and the line above as its caption.
    static func markButtonCredits(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        guard lines.count >= 3 else { return }
        for index in 2..<lines.count where roles.kind(index) == .mediaLabel || roles.kind(index) == .share {
            let credit = index - 1, caption = index - 2
            guard roles.kind(credit) == .text, (2...6).contains(lines[credit].words), !lines[credit].endsLikeSentence,
                  lines[credit].number == lines[caption].number + 1, lines[caption].endsLikeSentence,
                  isBareCredit(page.bytes(lines[credit])), CaptionContext.readsAsCaption(caption, roles, lines, page) else { continue }
            roles.set(caption, .caption(.caption(String(page.text(lines[caption])))))
            roles.set(credit, .caption(.credit(String(page.text(lines[credit])), captionAbove: true)))
        }
    }

    /// True for a credit alone: capitalised ASCII words, either a name, one comma and an outlet ("Mike Sorrell, Tulsa
    /// World") or closing with a credit word and "Photo" ("Post File Photo", "Staff Photo", "AP Photo").
    static func isBareCredit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var commas = 0, words = 0, wordStart = true, lastWord = 0, previousWord = 0
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == 0x20 { wordStart = true; continue }
            if wordStart {
                guard byte &- UInt8(ascii: "A") < 26 else { return false }
                previousWord = lastWord; lastWord = index; wordStart = false; words += 1
            } else if byte == UInt8(ascii: ",") {
                commas += 1
            } else if (byte | 0x20) &- UInt8(ascii: "a") >= 26, byte != UInt8(ascii: "."), byte != UInt8(ascii: "-"), byte != UInt8(ascii: "'") {
                return false
            }
        }
        if commas == 1 { return words >= 3 && !FoldedBytes.equal(bytes, at: lastWord, "photo") }  // no "Tulsa, Oklahoma"
        guard commas == 0, bytes.count - lastWord == 5, FoldedBytes.equal(bytes, at: lastWord, "photo"), lastWord > 0 else { return false }
        let word = UnsafeBufferPointer(rebasing: bytes[previousWord..<(lastWord - 1)])
        if word.allSatisfy({ $0 &- UInt8(ascii: "A") < 26 }) { return true }  // an agency: "AP Photo"
        return creditPhotoWords.contains { word.count == $0.utf8CodeUnitCount && FoldedBytes.equal(word, at: 0, $0) }
    }

    /// The words before "Photo" in a bare credit ("File Photo", "Staff Photo").
    static let creditPhotoWords: [StaticString] = ["file", "staff", "courtesy", "contributed", "submitted", "supplied", "handout", "stock"]
}
