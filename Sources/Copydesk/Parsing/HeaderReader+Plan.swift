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
}
