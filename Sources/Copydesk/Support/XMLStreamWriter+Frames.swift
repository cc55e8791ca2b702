extension XMLStreamWriter {
    /// One open element.
    struct Frame {
        /// The element's name (used to close a text-level element).
        let name: StaticString
        /// True when `XMLStreamWriter` serializes the element; false when libxml2 does.
        let serialized: Bool
        /// A serialized element's start tag still waits for its `>` (or `/>`).
        var startTagOpen: Bool
        /// True once a block child was written inside the element.
        var hasBlockChildren: Bool
    }

    /// The open elements, innermost last: a plain growable stack that owns its memory (pushing and
    /// popping are a bounds check and a copy, with none of `Array`'s uniqueness checks).
    struct FrameStack: ~Copyable {
        private var base: UnsafeMutablePointer<Frame>
        private var capacity = 32
        /// The number of open elements.
        private(set) var count = 0

        init() { base = .allocate(capacity: capacity) }

        deinit { base.deallocate() }

        /// True when no element is open.
        var isEmpty: Bool { count == 0 }

        /// The innermost open element, to read or update in place; nil when none is open.
        var top: UnsafeMutablePointer<Frame>? { count > 0 ? base + (count - 1) : nil }

        @inline(__always) mutating func push(_ frame: Frame) {
            if count == capacity { grow() }
            (base + count).initialize(to: frame)
            count += 1
        }

        private mutating func grow() {
            let larger = UnsafeMutablePointer<Frame>.allocate(capacity: 2 * capacity)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }

        @inline(__always) mutating func pop() -> Frame? {
            guard count > 0 else { return nil }
            count -= 1
            return (base + count).move()
        }
    }
}
