/// Running totals for the tables that lay variable-length entries end to end.
enum PrefixSums {
    /// `[0, c0, c0 + c1, …]` for `counts`: where each entry starts, then the total (one array, no regrowth).
    static func offsets(_ counts: [Int]) -> [Int] {
        var result = [Int](repeating: 0, count: counts.count + 1)
        for index in counts.indices { result[index + 1] = result[index] + counts[index] }
        return result
    }
}
