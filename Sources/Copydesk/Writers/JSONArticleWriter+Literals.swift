/// Raw values as literals for `JSONArticleWriter`'s pieces (no string made per item). The tests
/// check each against `rawValue`.
extension BodyBlock.Kind {
    /// The raw value as a literal (no string made per block).
    var literal: StaticString {
        switch self {
        case .paragraph: "paragraph"
        case .subheading: "subheading"
        case .listItem: "listItem"
        case .blockquote: "blockquote"
        }
    }
}

extension BodyBlock.Kind {
    /// The start of a `body` item in the pretty layout up to its text: the item before closed, the
    /// opening, `"kind": "` + the raw value, `"text": `; padded with spaces to 72 bytes so that 64
    /// can be copied whole from `headSkip` on (the first item skips the close: `headLength`).
    var prettyHead: StaticString {
        switch self {
        case .paragraph: "\n    },\n    {\n      \"kind\": \"paragraph\",\n      \"text\":                  "
        case .subheading: "\n    },\n    {\n      \"kind\": \"subheading\",\n      \"text\":                 "
        case .listItem: "\n    },\n    {\n      \"kind\": \"listItem\",\n      \"text\":                   "
        case .blockquote: "\n    },\n    {\n      \"kind\": \"blockquote\",\n      \"text\":                 "
        }
    }

    /// `prettyHead` in the compact layout, padded to 72 bytes.
    var compactHead: StaticString {
        switch self {
        case .paragraph: "},{\"kind\":\"paragraph\",\"text\":                                           "
        case .subheading: "},{\"kind\":\"subheading\",\"text\":                                          "
        case .listItem: "},{\"kind\":\"listItem\",\"text\":                                            "
        case .blockquote: "},{\"kind\":\"blockquote\",\"text\":                                          "
        }
    }

    /// The bytes of `prettyHead` (`compactHead`) that close the item before (skipped for the first).
    @inline(__always) static func headSkip(pretty: Bool) -> Int { pretty ? 7 : 2 }

    /// The bytes of `prettyHead` (`compactHead`) before its padding.
    @inline(__always) func headLength(pretty: Bool) -> Int { (pretty ? 46 : 20) &+ literal.utf8CodeUnitCount }
}

extension DiscardReason {
    /// The raw value as a literal (no string made per line).
    var literal: StaticString {
        switch self {
        case .advertisement: "advertisement"
        case .promo: "promo"
        case .newsletter: "newsletter"
        case .share: "share"
        case .navigation: "navigation"
        case .footer: "footer"
        case .copyright: "copyright"
        case .duplicate: "duplicate"
        case .list: "list"
        case .mediaLabel: "mediaLabel"
        case .embed: "embed"
        case .separator: "separator"
        case .label: "label"
        case .attribution: "attribution"
        case .furniture: "furniture"
        }
    }
}

extension DiscardReason {
    /// The end of a `discarded` item and the start of the next one in the pretty layout, padded with
    /// spaces to 64 bytes (copied whole, in four vector stores): `,` + new line + `"reason": "` + the
    /// raw value (`pieceLength`), then `"`, the item's close, the next item's opening and its `"line": `
    /// key (`tailLength`).
    var prettyTail: StaticString {
        switch self {
        case .advertisement: ",\n      \"reason\": \"advertisement\"\n    },\n    {\n      \"line\":    "
        case .promo: ",\n      \"reason\": \"promo\"\n    },\n    {\n      \"line\":            "
        case .newsletter: ",\n      \"reason\": \"newsletter\"\n    },\n    {\n      \"line\":       "
        case .share: ",\n      \"reason\": \"share\"\n    },\n    {\n      \"line\":            "
        case .navigation: ",\n      \"reason\": \"navigation\"\n    },\n    {\n      \"line\":       "
        case .footer: ",\n      \"reason\": \"footer\"\n    },\n    {\n      \"line\":           "
        case .copyright: ",\n      \"reason\": \"copyright\"\n    },\n    {\n      \"line\":        "
        case .duplicate: ",\n      \"reason\": \"duplicate\"\n    },\n    {\n      \"line\":        "
        case .list: ",\n      \"reason\": \"list\"\n    },\n    {\n      \"line\":             "
        case .mediaLabel: ",\n      \"reason\": \"mediaLabel\"\n    },\n    {\n      \"line\":       "
        case .embed: ",\n      \"reason\": \"embed\"\n    },\n    {\n      \"line\":            "
        case .separator: ",\n      \"reason\": \"separator\"\n    },\n    {\n      \"line\":        "
        case .label: ",\n      \"reason\": \"label\"\n    },\n    {\n      \"line\":            "
        case .attribution: ",\n      \"reason\": \"attribution\"\n    },\n    {\n      \"line\":      "
        case .furniture: ",\n      \"reason\": \"furniture\"\n    },\n    {\n      \"line\":        "
        }
    }

    /// `prettyTail` in the compact layout: `,"reason":"` + the raw value, then `"},{"line":`, padded.
    var compactTail: StaticString {
        switch self {
        case .advertisement: ",\"reason\":\"advertisement\"},{\"line\":                             "
        case .promo: ",\"reason\":\"promo\"},{\"line\":                                     "
        case .newsletter: ",\"reason\":\"newsletter\"},{\"line\":                                "
        case .share: ",\"reason\":\"share\"},{\"line\":                                     "
        case .navigation: ",\"reason\":\"navigation\"},{\"line\":                                "
        case .footer: ",\"reason\":\"footer\"},{\"line\":                                    "
        case .copyright: ",\"reason\":\"copyright\"},{\"line\":                                 "
        case .duplicate: ",\"reason\":\"duplicate\"},{\"line\":                                 "
        case .list: ",\"reason\":\"list\"},{\"line\":                                      "
        case .mediaLabel: ",\"reason\":\"mediaLabel\"},{\"line\":                                "
        case .embed: ",\"reason\":\"embed\"},{\"line\":                                     "
        case .separator: ",\"reason\":\"separator\"},{\"line\":                                 "
        case .label: ",\"reason\":\"label\"},{\"line\":                                     "
        case .attribution: ",\"reason\":\"attribution\"},{\"line\":                               "
        case .furniture: ",\"reason\":\"furniture\"},{\"line\":                                 "
        }
    }

    /// The bytes of `prettyTail` (`compactTail` when not `pretty`) up to the raw value's end.
    @inline(__always) func pieceLength(pretty: Bool) -> Int { (pretty ? 19 : 11) &+ literal.utf8CodeUnitCount }

    /// The bytes of `prettyTail` (`compactTail` when not `pretty`) before its padding.
    @inline(__always) func tailLength(pretty: Bool) -> Int { pieceLength(pretty: pretty) &+ (pretty ? 29 : 11) }
}
