/// How many inputs would write each output name, for `TreeWalker`'s collision check: two inputs
/// clash when one output name of the first is also one of the second's.
///
/// The output names of an input are `stem.ext` for every format's extension. Unless one extension
/// repeats or ends with `.` plus another (`ninjs.json` and `json`), two different stems never share
/// an output name, and the same stem shares all of them: the count is then kept per stem (one key
/// per input, no names built). Otherwise, or with `byName`, it is kept per output name.
struct OutputClaims {
    let extensions: [String]
    let merge: Bool
    /// Counted per output name (the plain rule) rather than per stem.
    let byName: Bool
    private var names: [String: Int] = [:]
    private var stems: [String: Int] = [:]

    /// Claims for inputs written in `extensions` (merged runs write no per-input outputs), with room for the
    /// claims of `capacity` inputs (the count grows without rehashing).
    init(extensions: [String], merge: Bool, byName: Bool = false, capacity: Int = 0) {
        self.extensions = extensions
        self.merge = merge
        self.byName = byName || Self.namesCanMeet(extensions)
        if merge || capacity == 0 { return }
        if self.byName { names = Dictionary(minimumCapacity: capacity * extensions.count) } else { stems = Dictionary(minimumCapacity: capacity) }
    }

    /// True when two different stems can give the same output name.
    static func namesCanMeet(_ extensions: [String]) -> Bool {
        for (i, a) in extensions.enumerated() {
            for (j, b) in extensions.enumerated() where i != j {
                if a == b || a.hasSuffix("." + b) { return true }
            }
        }
        return false
    }

    /// The output file names an input with this stem gets (merged runs have none per input).
    func outputNames(_ stem: String) -> [String] {
        merge ? [] : extensions.map { stem + "." + $0 }
    }

    /// Counts the outputs of an input with this stem.
    mutating func claim(_ stem: String) {
        guard !merge else { return }
        if byName {
            for name in outputNames(stem) { names[name, default: 0] += 1 }
        } else {
            stems[stem, default: 0] += 1
        }
    }

    /// The first output name of `stem` (in format order) that more than one claim writes, or nil.
    func clash(_ stem: String) -> String? {
        guard !merge else { return nil }
        if byName { return outputNames(stem).first { (names[$0] ?? 0) > 1 } }
        return (stems[stem] ?? 0) > 1 ? stem + "." + extensions[0] : nil
    }
}
