/// The context rule for a picture block whose caption and credit each follow a one-word label.
extension ContextRules {
    /// "Image" / "Shoppers at a store in Paramus, N.J., last year." / "Credit" / "Bryan Whitlock for The New York Times":
    /// after an "Image" or "Photo" label, a text line of three words or more, a line that is only "Credit" and a line of
    /// one to ten words are the picture's caption and credit, wherever the block stands (over the byline too); the
    /// "Credit" label and the credit's own line are the media item's furniture.
    static func markLabelledPictureBlocks(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        var index = 0
        while index + 3 < lines.count {
            defer { index += 1 }
            guard let label = nextMediaLabel(roles, from: index), label + 3 < lines.count else { return }
            index = label
            if let caption = markGalleryCredit(counter: index, roles, lines, page) { index = caption; continue }
            guard lines[index].words == 1, isLabel(page.bytes(lines[index]), "image", "photo"),
                  roles.kind(index + 1) == .text, lines[index + 1].words >= 3, lines[index + 2].words == 1,
                  isLabel(page.bytes(lines[index + 2]), "credit", "credit"), (1...10).contains(lines[index + 3].words),
                  !lines[index + 3].endsLikeSentence else { continue }
            let caption = String(page.text(lines[index + 1])), credit = String(page.text(lines[index + 3]))
            roles.set(index + 1, .caption(.captioned(text: caption, credit: credit)))
            roles.set(index + 2, .furniture(.mediaLabel))
            roles.set(index + 3, .furniture(.mediaLabel))
            index += 3
        }
    }

    /// "1/2" / "Swipe or click to see more" / "CRAIG KAHANANUI / CKAHANANUI@STARADVERTISER.COM" / caption: under a gallery
    /// counter (a media label of at most three words holding a digit) and a gesture hint (`isGestureHint`, text or a
    /// repeat), a credit waiting for the caption above heads the caption under it instead, a text line of five to sixty
    /// words with no quote mark; the hint is the gallery's furniture. The caption's index, or `nil` when the lines do not
    /// read so.
    static func markGalleryCredit(counter: Int, _ roles: Roles, _ lines: Lines, _ page: LinePage) -> Int? {
        let hint = counter + 1, credit = counter + 2, caption = counter + 3
        guard caption < lines.count, lines[counter].hasDigit, lines[counter].words <= 3,
              roles.kind(hint) == .text || roles.kind(hint) == .duplicate, isGestureHint(page.bytes(lines[hint])),
              roles.kind(credit) == .credit, case .caption(.credit(let name, captionAbove: true)) = roles[credit],
              roles.kind(caption) == .text, (5...60).contains(lines[caption].words), !lines[caption].hasQuoteMark else { return nil }
        if roles.kind(hint) == .text { roles.set(hint, .furniture(.mediaLabel)) }
        roles.set(credit, .caption(.credit(name, captionAbove: false)))
        roles.set(caption, .caption(.caption(String(page.text(lines[caption])))))
        return caption
    }

    /// The verbs of the gestures a gallery's hint asks for, with the space after them (lowercase).
    static let gestureVerbs: [StaticString] = ["swipe ", "click ", "tap ", "scroll ", "drag "]

    /// True for a gallery's hint ("Swipe or click to see more", "Tap to enlarge"): at most 64 bytes opening with one of
    /// `gestureVerbs`, capitals folded.
    static func isGestureHint(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count <= 64 && gestureVerbs.contains { FoldedBytes.equal(bytes, at: 0, $0) }
    }

    /// True when `bytes` are `one` or `other`, capitals folded (both lowercase ASCII).
    private static func isLabel(_ bytes: UnsafeBufferPointer<UInt8>, _ one: StaticString, _ other: StaticString) -> Bool {
        (bytes.count == one.utf8CodeUnitCount && FoldedBytes.equal(bytes, at: 0, one))
            || (bytes.count == other.utf8CodeUnitCount && FoldedBytes.equal(bytes, at: 0, other))
    }

    /// The index of the first media label at or after `from`, found by `memchr` over the kinds' bytes.
    private static func nextMediaLabel(_ roles: Roles, from: Int) -> Int? {
        UnsafeMutableRawBufferPointer(roles.kinds).withMemoryRebound(to: UInt8.self) { bytes in
            ByteSearch.firstIndex(of: LineRole.Kind.mediaLabel.rawValue, in: UnsafeBufferPointer(bytes), from: from)
        }
    }
}

/// The context rule for the caption under an image's overlay button.
extension ContextRules {
    /// "Share on Pinterest" (a button laid over a picture) then a text line that reads as a caption
    /// (`CaptionContext.readsAsCaption`): that line is the picture's caption, with no credit.
    static func markOverlayButtonCaptions(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        var index = 0
        while index + 1 < lines.count, let button = nextKind(.share, roles, from: index) {
            index = button + 1
            guard button + 1 < lines.count, lines[button].words == 3, page.bytes(lines[button]).count == 18,
                  FoldedBytes.equal(page.bytes(lines[button]), at: 0, "share on pinterest"),
                  CaptionContext.readsAsCaption(button + 1, roles, lines, page) else { continue }
            roles.set(button + 1, .caption(.caption(String(page.text(lines[button + 1])))))
        }
    }

    /// The index of the first line of `kind` at or after `from`, found by `memchr` over the kinds' bytes.
    private static func nextKind(_ kind: LineRole.Kind, _ roles: Roles, from: Int) -> Int? {
        UnsafeMutableRawBufferPointer(roles.kinds).withMemoryRebound(to: UInt8.self) { bytes in
            ByteSearch.firstIndex(of: kind.rawValue, in: UnsafeBufferPointer(bytes), from: from)
        }
    }
}
