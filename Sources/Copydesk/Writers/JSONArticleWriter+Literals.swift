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
    /// `,` + new line + `"reason": "` + the raw value, as the pretty layout writes it (the closing
    /// quote starts the next piece).
    var prettyPiece: StaticString {
        switch self {
        case .advertisement: ",\n      \"reason\": \"advertisement"
        case .promo: ",\n      \"reason\": \"promo"
        case .newsletter: ",\n      \"reason\": \"newsletter"
        case .share: ",\n      \"reason\": \"share"
        case .navigation: ",\n      \"reason\": \"navigation"
        case .footer: ",\n      \"reason\": \"footer"
        case .copyright: ",\n      \"reason\": \"copyright"
        case .duplicate: ",\n      \"reason\": \"duplicate"
        case .list: ",\n      \"reason\": \"list"
        case .mediaLabel: ",\n      \"reason\": \"mediaLabel"
        case .embed: ",\n      \"reason\": \"embed"
        case .separator: ",\n      \"reason\": \"separator"
        case .label: ",\n      \"reason\": \"label"
        case .attribution: ",\n      \"reason\": \"attribution"
        case .furniture: ",\n      \"reason\": \"furniture"
        }
    }

    /// `,"reason":"` + the raw value, as the compact layout writes it.
    var compactPiece: StaticString {
        switch self {
        case .advertisement: ",\"reason\":\"advertisement"
        case .promo: ",\"reason\":\"promo"
        case .newsletter: ",\"reason\":\"newsletter"
        case .share: ",\"reason\":\"share"
        case .navigation: ",\"reason\":\"navigation"
        case .footer: ",\"reason\":\"footer"
        case .copyright: ",\"reason\":\"copyright"
        case .duplicate: ",\"reason\":\"duplicate"
        case .list: ",\"reason\":\"list"
        case .mediaLabel: ",\"reason\":\"mediaLabel"
        case .embed: ",\"reason\":\"embed"
        case .separator: ",\"reason\":\"separator"
        case .label: ",\"reason\":\"label"
        case .attribution: ",\"reason\":\"attribution"
        case .furniture: ",\"reason\":\"furniture"
        }
    }
}
