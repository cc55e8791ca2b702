/// Author biographies under the body: a body line that opens with a byline name ("Phil Helsel is a reporter …") or
/// is the name itself. An ASCII name is compared on bytes, A–Z folded (its lowered String is not made); a name with
/// other scalars keeps its `lowercased()` form, compared as Strings compare.
extension ArticleBuilder {
    /// A byline name that holds a space, worked out once: its byte count, whether it is ASCII, its folded first byte
    /// (a prefix gate), and its lowered form when it is not ASCII.
    struct BioName {
        var name: String
        var lower: String?
        var count: Int
        var ascii: Bool
        var first: UInt8
    }

    /// True when the line opens with an author's name: a biography ("Phil Helsel is a reporter …"), or is the name
    /// itself (the line lowered equals `name.lowercased()`, skipped when an ASCII name's length already differs).
    mutating func isAuthorBio(_ line: TextLine) -> Bool { withUnsafePointer(to: line) { isAuthorBio($0) } }

    /// `isAuthorBio(_:)` for the line at `line`, read in place: most lines are answered by the gate, inlined.
    @inline(__always)
    mutating func isAuthorBio(_ line: UnsafePointer<TextLine>) -> Bool {
        if bioNamesSeen < article.byline.count { noteBioNames() }
        // (round 13) an author box's heading: "About Kavya Sundaresan-Lowe"
        if line.pointee.firstLowerByte == UInt8(ascii: "a"), line.pointee.words <= 5, isAboutBioName(line) { return true }
        // an ASCII name's prefix and lowered form both start with its folded first byte (`bioGate`)
        guard bioNamesNonASCII || bioFirstBytes & Self.bioGate(line.pointee.firstLowerByte) != 0 else { return false }
        return matchesBioName(line)
    }

    /// `isAuthorBio` past its gate: each name of `bioNames` against the line's bytes (in `discardedLines.base`).
    private func matchesBioName(_ line: UnsafePointer<TextLine>) -> Bool {
        let count = line.pointee.end &- line.pointee.start
        return ByteSearch.withBytes(of: article.discardedLines.base) { base in
            let bytes = UnsafeBufferPointer(rebasing: base[line.pointee.start..<line.pointee.end])
            return bioNames.withUnsafeBufferPointer { bios in  // each name read in place: no entry copied per line
                for bio in bios.indices {
                    if line.pointee.words >= 4 && count >= bios[bio].count && line.pointee.firstLowerByte == bios[bio].first
                        && ByteSearch.hasPrefix(bytes, bios[bio].name) && Self.opensBio(bytes, after: bios[bio].count) { return true }
                    if count == bios[bio].count || !bios[bio].ascii, Self.equalsLowered(bytes, bios[bio]) { return true }
                }
                return false
            }
        }
    }

    /// True when the line at `line` is "About " and a name of `bioNames` (capitals folded).
    private func isAboutBioName(_ line: UnsafePointer<TextLine>) -> Bool {
        ByteSearch.withBytes(of: article.discardedLines.base) { base in
            let bytes = UnsafeBufferPointer(rebasing: base[line.pointee.start..<line.pointee.end])
            guard bytes.count > 6, FoldedBytes.equal(bytes, at: 0, "about ") else { return false }
            let name = UnsafeBufferPointer(rebasing: bytes[6...])
            return bioNames.contains { Self.equalsLowered(name, $0) }
        }
    }

    /// `TextLine.asciiLowercased(line) == bio.name.lowercased()`: for an ASCII name of the line's byte count, the bytes
    /// with A–Z folded (a string with other scalars is equal to the ASCII name only when it is the same bytes).
    static func equalsLowered(_ line: UnsafeBufferPointer<UInt8>, _ bio: BioName) -> Bool {
        guard bio.ascii else { return TextLine.asciiLowercased(line) == bio.lower }
        return ByteSearch.withBytes(of: bio.name) { name in
            guard name.count == line.count else { return false }
            for index in name.indices where FoldedBytes.fold(name[index]) != FoldedBytes.fold(line[index]) { return false }
            return true
        }
    }

    /// The bit of `bioFirstBytes` for a folded first byte.
    @inline(__always)
    static func bioGate(_ first: UInt8) -> UInt64 { 1 &<< UInt64(first & 63) }

    /// Adds the byline's new names that hold a space to `bioNames`, worked out once per name (one walk over its bytes).
    private mutating func noteBioNames() {
        if bioNames.isEmpty { bioNames.reserveCapacity(article.byline.count) }
        for entry in article.byline[bioNamesSeen...] {
            let name = entry.name
            let (space, ascii, first, count) = ByteSearch.withBytes(of: name) { bytes in
                (bytes.contains(0x20), !bytes.contains { $0 >= 0x80 }, FoldedBytes.fold(bytes.first ?? 0), bytes.count)
            }
            guard space else { continue }
            bioNames.append(BioName(name: name, lower: ascii ? nil : name.lowercased(), count: count, ascii: ascii, first: first))
            if ascii { bioFirstBytes |= Self.bioGate(first) } else { bioNamesNonASCII = true }
        }
        bioNamesSeen = article.byline.count
    }
}
