/// The header's byline, dates and bullet standfirst lines, and the lines no header candidate is.
extension HeaderReader {
    /// Sets `plan`'s byline (a person's over an agency's), published and updated dates and bullet standfirst lines from
    /// the marker lines between `plan.blockTop` and `end`.
    func markers(upTo end: Int, into plan: inout Plan, _ page: LinePage) {
        for index in plan.blockTop..<end {
            switch kinds[index] {
            case .byline where plan.byline == nil || Self.namesAgencyOnly(roles[plan.byline!]) && !Self.namesAgencyOnly(roles[index]):
                plan.byline = index  // a person's byline over a provider's logo line ("Reuters" above the headline)
            case .date:
                if plan.published == nil {
                    plan.published = index
                } else if plan.updated == nil, case .date(let match) = roles[index], match.labelledUpdate {
                    plan.updated = index
                } else if plan.updated == nil, Self.labelsFirstPublication(page.bytes(lines[index])) || Self.isUpdate(roles[plan.published!])
                            && !Self.isUpdate(roles[index]) {
                    // "Tue 19 Nov 2019 18.04 GMT", then "First published on Tue 19 Nov 2019 14.21 GMT"; "Updated 20 November
                    // 2019", then "November 20, 2019 00:47": the first is the update
                    plan.updated = plan.published
                    plan.published = index
                }
            case .bullet: plan.standfirst.append(index)
            default: break
            }
        }
    }

    /// True for a text line that is no header candidate: a lone mark ("|") or an issuer's label ("Source Newsroom: …").
    func isNoCandidate(_ index: Int, _ page: LinePage) -> Bool {
        Self.isLoneMark(lines[index]) || Self.isIssuerLabel(lines[index], page)
    }

    /// True for a press release's issuer line, "Source Newsroom: X", "Newsroom: X" or "Source: X" (folded): it names who
    /// issued the text, never the headline.
    static func isIssuerLabel(_ line: borrowing TextLine, _ page: LinePage) -> Bool {
        let first = line.firstLowerByte
        guard first == UInt8(ascii: "s") || first == UInt8(ascii: "n"), line.hasColon, line.words <= 12 else { return false }
        let bytes = page.bytes(line)
        return issuerLabels.contains { FoldedBytes.equal(bytes, at: 0, $0) }
    }

    /// The labels that open an issuer line.
    private static let issuerLabels: [StaticString] = ["source newsroom:", "newsroom:", "source:"]
}
