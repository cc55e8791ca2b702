/// The context rules for a credit line that completes the caption above it: a fuller form of the caption's own credit,
/// and an agency's "©" line under a caption the copyright table took for a notice.
extension ContextRules {
    /// "… Nov. 20, 2023." (credit "Christian Gooden", run onto the caption) over "Christian Gooden, Post-Dispatch": a text
    /// or byline line of two to eight words, not ending like a sentence, that opens with the caption's credit and ", " is
    /// that credit in full; the line is the media item's furniture.
    static func markFullerCredits(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        for index in lines.indices.dropFirst() where roles.kind(index - 1) == .caption && (2...8).contains(lines[index].words) {
            guard roles.kind(index) == .text || roles.kind(index) == .byline, !lines[index].endsLikeSentence, lines[index].hasComma,
                  case .caption(.captioned(let text, let credit?)) = roles[index - 1] else { continue }
            let bytes = page.bytes(lines[index]), count = credit.utf8.count
            guard bytes.count > count + 2, bytes[count] == UInt8(ascii: ","), bytes[count + 1] == 0x20,
                  credit.utf8.elementsEqual(bytes[..<count]) else { continue }
            roles.set(index - 1, .caption(.captioned(text: text, credit: String(page.text(lines[index])))))
            roles.set(index, .furniture(.mediaLabel))
        }
    }

    /// "Tourists queue at the checkpoint near Santa Lucia station, Venice - ALL RIGHTS RESERVED" over "© ANSA/EPA": a line
    /// the phrase table read as a copyright notice that ends with " - All rights reserved" (capitals folded) after five
    /// words or more, right above a "©" credit waiting for its caption, is that credit's caption without the notice.
    static func markReservedCaptions(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        for index in lines.indices.dropFirst() where roles.kind(index) == .credit && roles.kind(index - 1) == .copyright {
            guard case .caption(.credit(let credit, captionAbove: false)) = roles[index], page.bytes(lines[index]).first == 0xC2 else { continue }
            let bytes = page.bytes(lines[index - 1]), notice: StaticString = " - all rights reserved", length = notice.utf8CodeUnitCount
            guard bytes.count > length, FoldedBytes.equal(bytes, at: bytes.count - length, notice) else { continue }
            let caption = UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - length)])
            guard ByteSearch.wordCount(caption) >= 5 else { continue }
            roles.set(index - 1, .caption(.captioned(text: String(decoding: caption, as: UTF8.self), credit: credit)))
            roles.set(index, .furniture(.mediaLabel))
        }
    }
}
