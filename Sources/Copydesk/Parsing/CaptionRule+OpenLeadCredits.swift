/// (round 13b) A photographer's lead and name closing a caption line with no full stop after the name: "… on
/// Wednesday. Pic by Jo Roe", "… in May. Photo by Jo Roe".
extension CaptionRule {
    /// The leads of such a credit, each opening with the caption's closing ". ".
    static let openCreditLeads: [StaticString] = [". Pic by ", ". Pics by ", ". Picture by ", ". Photo by ", ". Image by ", ". Photograph by "]

    /// The caption (through its full stop) and the credit name of `bytes`: a caption of four words or more, one of
    /// `openCreditLeads` in the last 56 bytes, then a credit name (`isCreditName`) closing the line; `nil` for any other line.
    static func openLeadCredit(_ bytes: UnsafeBufferPointer<UInt8>) -> Match? {
        let n = bytes.count
        guard n >= 24, (bytes[n - 1] | 0x20) &- UInt8(ascii: "a") < 26 else { return nil }
        let from = n - min(n, 56)
        for lead in openCreditLeads {
            guard let at = BylineRule.find(lead, bytes, in: from..<n) else { continue }
            let credit = UnsafeBufferPointer(rebasing: bytes[(at + lead.utf8CodeUnitCount)...])
            guard isCreditName(credit) else { return nil }
            let caption = UnsafeBufferPointer(rebasing: bytes[...at])
            guard ByteSearch.wordCount(caption) >= 4 else { return nil }
            return .captioned(text: String(decoding: caption, as: UTF8.self), credit: String(decoding: credit, as: UTF8.self))
        }
        return nil
    }
}
