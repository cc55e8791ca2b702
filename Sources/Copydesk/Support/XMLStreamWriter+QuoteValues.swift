extension XMLStreamWriter {
    /// Where each quote's escaped attribute values (cue, speaker name, speaker role) sit in the run,
    /// noted as its `cd:quote` line is written, so the body's `<q>` tag for the same quote copies
    /// them instead of escaping the strings again (attribute values are escaped the same way in
    /// both places). Only when the run is the document (`direct`): nothing written earlier ever
    /// leaves it. Quotes are noted in order (quote `k` is the `k`-th noted); a document starts
    /// with none (`reset`), and the memory is kept for the next document.
    struct QuoteValues: ~Copyable {
        /// Six offsets per quote: cue, name and role, each as start and end in the run.
        private var base: UnsafeMutablePointer<Int>?
        private var capacity = 0
        /// The quotes noted so far (quotes `0..<count`).
        private(set) var count = 0
        /// False once a quote could not be noted in order: later quotes are not noted either.
        private var inOrder = true

        init() {}

        deinit { base?.deallocate() }

        /// Forgets every quote noted (a new document).
        mutating func reset() {
            count = 0
            inOrder = true
        }

        /// Notes quote `index`'s value ranges; ignored unless it is the next quote in order.
        mutating func note(_ index: Int, cue: Range<Int>, name: Range<Int>, role: Range<Int>) {
            guard inOrder, index == count else { inOrder = false; return }
            if count == capacity { grow() }
            let p = base! + 6 * count
            p[0] = cue.lowerBound; p[1] = cue.upperBound
            p[2] = name.lowerBound; p[3] = name.upperBound
            p[4] = role.lowerBound; p[5] = role.upperBound
            count += 1
        }

        /// The ranges noted for quote `index` (cue, name, role), or nil when it was not noted.
        @inline(__always) func values(_ index: Int) -> (cue: Range<Int>, name: Range<Int>, role: Range<Int>)? {
            guard index >= 0, index < count, let base else { return nil }
            let p = base + 6 * index
            return (p[0]..<p[1], p[2]..<p[3], p[4]..<p[5])
        }

        private mutating func grow() {
            let larger = UnsafeMutablePointer<Int>.allocate(capacity: 6 * max(16, 2 * capacity))
            if let base {
                larger.moveInitialize(from: base, count: 6 * count)
                base.deallocate()
            }
            base = larger
            capacity = max(16, 2 * capacity)
        }
    }

    /// Copies the run's bytes at `range` (written earlier in this document) to its end.
    @inline(__always) mutating func appendCopy(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        run.reserve(range.count)
        run.appendReserved(UnsafePointer(run.base + range.lowerBound), count: range.count)
    }
}
