/// A role's case as one byte, for the passes that test many lines' cases: matching a `LineRole` case reads
/// its tag out of the payloads' spare bits, a `Kind` is compared in one instruction.
extension LineRole {
    /// The case of a role; furniture carries its reason, and captions split into caption text and credits.
    enum Kind: UInt8 {
        case text, duplicate, listItem, embed, captionText, videoTitle, videoText, bullet, caption, credit, video, printEdition,
             related, byline, credits, date
        case advertisement, promo, newsletter, share, navigation, footer, copyright, duplicateLine, list, mediaLabel, embedPost,
             separator, label, attribution, furniture

        /// The kind of `.furniture(reason)`.
        static func furniture(_ reason: DiscardReason) -> Kind {
            switch reason {
            case .advertisement: .advertisement
            case .promo: .promo
            case .newsletter: .newsletter
            case .share: .share
            case .navigation: .navigation
            case .footer: .footer
            case .copyright: .copyright
            case .duplicate: .duplicateLine
            case .list: .list
            case .mediaLabel: .mediaLabel
            case .embed: .embedPost
            case .separator: .separator
            case .label: .label
            case .attribution: .attribution
            case .furniture: .furniture
            }
        }

        /// True for byline and date lines (`LineRole.isMarker`).
        var isMarker: Bool { self == .byline || self == .date }
    }

    /// This role's kind.
    var kind: Kind {
        if case .text = self { return .text }  // most lines: one test before the case table
        return switch self {
        case .furniture(let reason): .furniture(reason)
        case .bullet: .bullet
        case .caption(let match):
            if case .credit = match { .credit } else { .caption }
        case .captionText: .captionText
        case .video: .video
        case .videoTitle: .videoTitle
        case .videoText: .videoText
        case .printEdition: .printEdition
        case .related: .related
        case .byline: .byline
        case .credits: .credits
        case .date: .date
        case .duplicate: .duplicate
        case .listItem: .listItem
        case .embed: .embed
        case .text: .text
        }
    }
}

/// The roles of a page read in place with their kinds beside them: a role is read through the subscript (not
/// copied) and written with `set`, which keeps its kind in step.
struct RoleTable {
    /// The roles, one per line.
    let roles: UnsafeMutableBufferPointer<LineRole>
    /// `roles[index].kind` for every index.
    let kinds: UnsafeMutableBufferPointer<LineRole.Kind>
    /// Bit `kind.rawValue` set for every kind a role of the table has held (a superset of the kinds it holds now):
    /// a pass that acts only next to a kind the page never had skips its walk (`mayHold`).
    let present: UnsafeMutablePointer<UInt32>

    /// Role `index`, read in place.
    subscript(index: Int) -> LineRole {
        unsafeAddress { UnsafePointer(roles.baseAddress! + index) }
    }

    /// The kind of role `index`.
    @inline(__always) func kind(_ index: Int) -> LineRole.Kind { kinds[index] }

    /// Sets role `index` and its kind.
    @inline(__always) func set(_ index: Int, _ role: LineRole) {
        let kind = role.kind
        kinds[index] = kind
        present.pointee |= 1 &<< UInt32(kind.rawValue)
        roles[index] = role
    }

    /// False when no role of the table has ever been of kind `kind` (so none is now).
    @inline(__always) func mayHold(_ kind: LineRole.Kind) -> Bool { present.pointee & 1 &<< UInt32(kind.rawValue) != 0 }

    var count: Int { roles.count }
    var indices: Range<Int> { roles.indices }

    /// Calls `body` with a table over `roles`, its kinds worked out once in scratch storage.
    static func with<R>(_ roles: UnsafeMutableBufferPointer<LineRole>, _ body: (RoleTable) -> R) -> R {
        withUnsafeTemporaryAllocation(of: LineRole.Kind.self, capacity: max(roles.count, 1)) { kinds in
            var present: UInt32 = 0
            for index in roles.indices {
                let kind = roles[index].kind
                (kinds.baseAddress! + index).initialize(to: kind)
                present |= 1 &<< UInt32(kind.rawValue)
            }
            return withUnsafeMutablePointer(to: &present) { body(RoleTable(roles: roles, kinds: kinds, present: $0)) }
        }
    }
}
