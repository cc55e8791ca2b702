/// Name runs collected from a token range: all of them, or the last.
extension NameRuns {
    /// Every name run in `tokens[range]`, in order.
    static func runs(_ tokens: TokenList, in range: Range<Int>) -> [NameRun] {
        var result: [NameRun] = []
        forEachRun(tokens, in: range) { run in
            if result.isEmpty { result.reserveCapacity(8) }  // one allocation for most paragraphs
            result.append(run)
        }
        return result
    }

    /// The last of `runs(tokens, in: range)`.
    static func lastRun(_ tokens: TokenList, in range: Range<Int>) -> NameRun? {
        var last: NameRun?
        forEachRun(tokens, in: range) { last = $0 }
        return last
    }
}
