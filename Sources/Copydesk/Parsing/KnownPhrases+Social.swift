/// Social-media follow lines ("Follow The Gleaner on X, Facebook and Instagram …", "Like Business on Facebook, follow
/// @TribuneBiz on Twitter …") and update notes under an article ("Updated 4.20pm with comments from …"), read on the
/// line's bytes with capitals folded.
extension KnownPhrases {
    /// The networks a follow line names right after its " on ".
    static let socialNetworks: [StaticString] = ["facebook", "twitter", "instagram", "x", "threads", "tiktok", "youtube",
                                                 "linkedin", "whatsapp", "bluesky"]

    /// True for `bytes` opening with "Follow " or "Like " (then a capital or "@": a page's name, not "Like many …") whose
    /// " on " within the first 48 bytes is followed by a network's name (`socialNetworks`) as a whole word.
    static func isSocialFollow(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let opening: Int
        if FoldedBytes.equal(bytes, at: 0, "follow ") {
            opening = 7
        } else if FoldedBytes.equal(bytes, at: 0, "like "), bytes.count > 5, bytes[5] &- UInt8(ascii: "A") < 26 || bytes[5] == UInt8(ascii: "@") {
            opening = 5
        } else {
            return false
        }
        var index = opening &- 1
        let limit = min(bytes.count &- 4, 48)
        while index < limit {
            defer { index &+= 1 }
            guard bytes[index] == 0x20, FoldedBytes.equal(bytes, at: index, " on ") else { continue }
            let name = index &+ 4
            for network in socialNetworks where FoldedBytes.equal(bytes, at: name, network) {
                let end = name &+ network.utf8CodeUnitCount
                if end == bytes.count || (bytes[end] | 0x20) &- UInt8(ascii: "a") >= 26 { return true }
            }
        }
        return false
    }

    /// True for an update note: "Updated" (a colon after it or not), a space, a digit (the time or date), and " with "
    /// or " to " further on ("Updated 4.20pm with comments from …", "Updated 5 March to add …").
    static func isUpdateNote(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard FoldedBytes.equal(bytes, at: 0, "updated") else { return false }
        var index = 7
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") { index &+= 1 }
        guard index &+ 1 < bytes.count, bytes[index] == 0x20, bytes[index &+ 1] &- UInt8(ascii: "0") < 10 else { return false }
        return FoldedBytes.contains(bytes, " with ") || FoldedBytes.contains(bytes, " to ")
    }
}
