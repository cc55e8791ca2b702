/// An output array kept by a writer's per-thread state from one document to the next, so a batch
/// worker does not allocate (and free) a document-sized array per article: the document is
/// written into the kept array's memory, returned in it, and once the caller has let go of it
/// (a batch worker drops its outputs after writing them) the next document is written into the
/// same memory. A caller that still holds the last document keeps it intact: the kept array is
/// then copied on write, as any shared array is.
enum DocumentBuffer {
    /// Bytes appended to make room (their value never reaches a document: it is written over).
    private static let filler = [UInt8](repeating: 0, count: 4096)

    /// The largest array kept for the next document (a rare huge document's is let go).
    static let keptBytes = 1 << 20

    /// Makes `array` hold at least `count` bytes, appending filler bytes (the bytes already there
    /// are kept as they are, to be written over).
    @inline(__always) static func extend(_ array: inout [UInt8], to count: Int) {
        guard array.count < count else { return }
        grow(&array, to: count)
    }

    private static func grow(_ array: inout [UInt8], to count: Int) {
        array.reserveCapacity(count)
        filler.withUnsafeBufferPointer { filler in
            var missing = count - array.count
            while missing > 0 {
                let piece = min(missing, filler.count)
                array.append(contentsOf: UnsafeBufferPointer(rebasing: filler[..<piece]))
                missing -= piece
            }
        }
    }

    /// The document: the first `count` bytes of `array`, which keeps the same memory for the next
    /// one (unless it is larger than `keptBytes`).
    @inline(__always) static func take(_ array: inout [UInt8], count: Int) -> [UInt8] {
        array.removeLast(array.count - count)
        let document = array
        if array.capacity > keptBytes { array = [] }
        return document
    }
}
