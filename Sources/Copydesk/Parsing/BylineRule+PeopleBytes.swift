/// `BylineRule.people(in:)` on the bytes of ASCII text (one byte, one Character: no CR or LF): every cut, trim and word
/// test is made on byte offsets, and a `String` is made only for each name and role kept (`plainPeople` slices a
/// `Substring` at each step). Words are the runs between the ASCII spaces `spaceWords` splits at.
extension BylineRule {
    /// `plainPeople(in:)` for `bytes` (ASCII, no CR or LF). The parts and the entries waiting for a role live in scratch
    /// storage: a comma piece holds at least one byte and its comma, each "and" cut three bytes, so there are no more
    /// than `bytes.count + 2` of either.
    static func peopleASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> [BylineEntry] {
        if find(", and ", bytes, in: 0..<bytes.count) != nil, let paired = pairedAffiliations(Substring(decoding: bytes, as: UTF8.self)) {
            return paired
        }
        return withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: bytes.count &+ 2) { parts in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: bytes.count &+ 2) { pending in
                peopleASCII(bytes, parts: parts.baseAddress!, pending: pending.baseAddress!)
            }
        }
    }

    /// `peopleASCII` with its scratch storage.
    private static func peopleASCII(_ bytes: UnsafeBufferPointer<UInt8>, parts: UnsafeMutablePointer<Range<Int>>,
                                    pending: UnsafeMutablePointer<Int>) -> [BylineEntry] {
        var text = 0..<bytes.count
        if bytes.contains(UInt8(ascii: "|")) {
            for cut: StaticString in [" | ", " |", "|"] { if let at = find(cut, bytes, in: text) { text = text.lowerBound..<at } }
        }
        var roleFromDash: String?
        if let dash = find(" - ", bytes, in: text) ?? find(" / ", bytes, in: text) {  // the en and em dashes are not ASCII
            let after = trim(bytes, dash &+ 3..<text.upperBound)
            if isRoleASCII(slice(bytes, after)) { roleFromDash = string(bytes, after) }
            text = text.lowerBound..<dash
        }
        text = unglued(bytes, text)
        var partCount = 0
        var outletAfterList: Range<Int>?
        let trimmed = trim(bytes, text)
        if !slice(bytes, text).contains(UInt8(ascii: ",")), !mayHoldAndCut(slice(bytes, text)),
           !FoldedBytes.equal(slice(bytes, trimmed), at: 0, "and ") {
            parts.initialize(to: trimmed)
            partCount = 1
        } else {
            outletAfterList = cutParts(bytes, text) { (parts + partCount).initialize(to: $0); partCount &+= 1 }
        }
        var entries: [BylineEntry] = []
        var pendingCount = 0, roleEnd = -1
        for part in UnsafeBufferPointer(start: parts, count: partCount) where !part.isEmpty {
            let partBytes = slice(bytes, part)
            if isAgencyASCII(partBytes) {
                if entries.isEmpty { entries.append(BylineEntry(name: string(bytes, part))) } else {
                    for index in UnsafeBufferPointer(start: pending, count: pendingCount) { entries[index].role = string(bytes, part) }
                }
                continue
            }
            if isRoleASCII(partBytes) {
                let name = trimName(bytes, part)
                let remainder = name.upperBound..<part.upperBound
                if name.upperBound != part.upperBound, looksLikeNameASCII(slice(bytes, name)), !isRoleASCII(slice(bytes, name)),
                   !holdsJobWord(slice(bytes, remainder)) {
                    entries.append(BylineEntry(name: string(bytes, name), role: string(bytes, trim(bytes, remainder))))
                    continue
                }
                for index in UnsafeBufferPointer(start: pending, count: pendingCount) { entries[index].role = string(bytes, part) }
                pendingCount = 0; roleEnd = part.upperBound
                continue
            }
            if isOutletAfterRole(bytes, part, after: roleEnd), part == parts[partCount &- 1] || andFollows(bytes, part, end: text.upperBound) { continue }  // "…, Writer, Outlet"
            var name = beforeDoubleSpace(bytes, trimName(bytes, part))
            if mayHoldPlaceCut(slice(bytes, name)) {
                for place: StaticString in [" in ", " at ", " for "] {
                    if let at = find(place, bytes, in: name), case let after = at &+ place.utf8CodeUnitCount,
                       after < name.upperBound, bytes[after] &- UInt8(ascii: "A") < 26 { name = trim(bytes, name.lowerBound..<at) }
                }
            }
            guard ByteSearch.wordCount(slice(bytes, name)) >= 2, looksLikeNameASCII(slice(bytes, name)) else { continue }
            entries.append(BylineEntry(name: string(bytes, name)))
            (pending + pendingCount).initialize(to: entries.count - 1)
            pendingCount &+= 1
        }
        if let role = roleFromDash ?? outletAfterList.map({ string(bytes, $0) }) {
            for index in entries.indices where entries[index].role == nil { entries[index].role = role }
        }
        return entries
    }

    /// `cutParts` on `text` of `bytes`: its comma pieces (runs between commas, empty ones left out), each trimmed and cut
    /// by `splitOnAnd`, each part passed to `part`; returns the piece after a list closed by "and", trimmed.
    @inline(__always)
    private static func cutParts(_ bytes: UnsafeBufferPointer<UInt8>, _ text: Range<Int>, _ part: (Range<Int>) -> Void) -> Range<Int>? {
        var afterAndList = false
        var outletAfterList: Range<Int>?
        var start = text.lowerBound, index = text.lowerBound
        while index <= text.upperBound {
            if index == text.upperBound || bytes[index] == UInt8(ascii: ",") {
                if index > start {
                    if afterAndList { outletAfterList = outletAfterList ?? trim(bytes, start..<index) } else if
                        splitOnAnd(bytes, trim(bytes, start..<index), part) >= 2 { afterAndList = true }
                }
                start = index &+ 1
            }
            index &+= 1
        }
        return outletAfterList
    }

    /// `splitOnAnd` on `text` of `bytes`: calls `part` with each part, in order; returns how many.
    @inline(__always)
    static func splitOnAnd(_ bytes: UnsafeBufferPointer<UInt8>, _ text: Range<Int>, _ part: (Range<Int>) -> Void) -> Int {
        var rest = text, count = 0
        let mayCut = mayHoldAndCut(slice(bytes, text))
        while mayCut, let cut = find(" and ", bytes, in: rest).map({ $0..<$0 &+ 5 }) ?? find(" & ", bytes, in: rest).map({ $0..<$0 &+ 3 })
            ?? find(" AND ", bytes, in: rest).map({ $0..<$0 &+ 5 }) {
            part(trim(bytes, rest.lowerBound..<cut.lowerBound))
            count += 1
            rest = cut.upperBound..<rest.upperBound
        }
        if FoldedBytes.equal(slice(bytes, rest), at: 0, "and ") { rest = rest.lowerBound &+ 4..<rest.upperBound }
        part(trim(bytes, rest))
        return count + 1
    }

    /// `trimName` on `part` of `bytes`: more than three words keep the first, the initials after it and one more (a
    /// particle name all).
    private static func trimName(_ bytes: UnsafeBufferPointer<UInt8>, _ part: Range<Int>) -> Range<Int> {
        let words = slice(bytes, part)
        var total = 0
        _ = ByteSearch.allASCIIWords(words) { _ in total += 1; return true }
        guard total > 3, !isParticleName(words) else { return part }
        var index = 0, start = 0, end = 0
        _ = ByteSearch.allASCIIWords(words) { word in
            defer { index += 1 }
            if index == 0 { start = word.lowerBound; return true }
            if index < total - 1, words[word.upperBound &- 1] == UInt8(ascii: "."), word.count <= 2 { return true }
            end = word.upperBound
            return false
        }
        return part.lowerBound &+ start..<part.lowerBound &+ end
    }
}
