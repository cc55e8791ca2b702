extension HeaderReader {
    /// What the header zone holds, by line index.
    struct Plan {
        var section: Int?
        var headline: Int?
        var standfirst: [Int] = []
        var byline: Int?
        var nameLine: Int?
        /// The job title on the line under `nameLine` ("Kevin Peachey", then "Cost of living correspondent").
        var nameRole: Int?
        var published: Int?
        var updated: Int?
        var blockTop = 0
        /// The first marker of the cluster the header was read at.
        var clusterStart: Int?
        /// How many "By" lines right under `byline` add their writers (one writer a line).
        var moreBylines = 0
    }
}

extension HeaderReader.Plan {
    /// True when line `index` is a standfirst line. `standfirst` is sorted (`HeaderReader.read`), so this is a binary
    /// search: a page whose header holds thousands of standfirst lines is still built in O(n log n), not O(n²).
    func isStandfirst(_ index: Int) -> Bool {
        var low = 0, high = standfirst.count
        while low < high {
            let middle = (low &+ high) &>> 1
            if standfirst[middle] < index { low = middle &+ 1 } else { high = middle }
        }
        return low < standfirst.count && standfirst[low] == index
    }

    /// Bit `index & 63` of lane `index >> 6` set for every line below 256 the plan names (section, headline, standfirst,
    /// byline and the bylines under it, name line and its role, published, updated): a header line below 256 without its
    /// bit is none of them.
    var namedLineBits: SIMD4<UInt64> {
        var bits = SIMD4<UInt64>()
        Self.mark(section, &bits); Self.mark(headline, &bits); Self.mark(byline, &bits)
        Self.mark(nameLine, &bits); Self.mark(nameRole, &bits); Self.mark(published, &bits); Self.mark(updated, &bits)
        for index in standfirst { Self.mark(index, &bits) }
        if let byline { for index in byline..<(byline + moreBylines) { Self.mark(index + 1, &bits) } }
        return bits
    }

    /// Sets line `index`'s bit of `bits`, none for nil or an index outside 0..<256.
    private static func mark(_ index: Int?, _ bits: inout SIMD4<UInt64>) {
        guard let index, index >= 0, index < 256 else { return }
        bits[index &>> 6] |= 1 &<< UInt64(index & 63)
    }
}

extension HeaderReader {
    /// True for a line of one ASCII mark, no letter or digit ("|" between a writer's name and the date): no header
    /// candidate, so it never stands between a name and its date.
    static func isLoneMark(_ line: TextLine) -> Bool {
        guard line.end &- line.start == 1 else { return false }
        let byte = line.firstLowerByte
        return !(byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") || byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}
