/// The reason each line the walk does not use is discarded with, and the line a body line is read against.
extension ArticleBuilder {
    static func reason(for roles: RoleTable, _ index: Int, line: UnsafePointer<TextLine>, zone: Zone,
                               beforeHeadline: Bool) -> DiscardReason {
        switch roles.kind(index) {
        case let kind where kind.rawValue >= LineRole.Kind.advertisement.rawValue:
            if case .furniture(let reason) = roles[index] { return reason }
        case .duplicate: return .duplicate
        case .listItem, .related, .bullet: return .list
        case .embed: return .embed
        case .videoText: return .mediaLabel
        case .byline, .date, .credits: return .label
        case .printEdition: return .duplicate
        default: break
        }
        if zone == .header && beforeHeadline { return .navigation }
        if zone == .trailer {
            if line.pointee.isParagraphLike { return .footer }
            return line.pointee.words >= 4 ? .list : .navigation
        }
        return .furniture
    }

    /// The page's line after line `index` of `lines`, or (round 13) the one after it when that line is an advertisement
    /// slot ("Advertisement" between a subheading and its paragraph); `nil` past the last line.
    @inline(__always)
    static func nextLine(after index: Int, lines: UnsafeBufferPointer<TextLine>, roles: RoleTable) -> UnsafePointer<TextLine>? {
        guard index + 1 < lines.count else { return nil }
        let next = lines.baseAddress! + index + 1
        return roles.kind(index + 1) == .advertisement && index + 2 < lines.count ? next + 1 : next
    }
}
