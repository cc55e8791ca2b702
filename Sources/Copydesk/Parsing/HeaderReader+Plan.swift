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

    /// Bit `index` set for every line below 64 the plan names (section, headline, standfirst, byline, name line,
    /// published, updated): a header line below 64 without its bit is none of them.
    var namedLineBits: UInt64 {
        var bits = Self.bit(section) | Self.bit(headline) | Self.bit(byline) | Self.bit(nameLine) | Self.bit(published) | Self.bit(updated)
        for index in standfirst { bits |= Self.bit(index) }
        return bits
    }

    /// Bit `index` of `namedLineBits`, none for nil or an index outside 0..<64.
    private static func bit(_ index: Int?) -> UInt64 {
        guard let index, index >= 0, index < 64 else { return 0 }
        return 1 &<< UInt64(index)
    }
}
