/// Copies of a few bytes for the writers' output buffers (`XMLByteRun`, `JSONOutput`).
///
/// Writers append many short pieces (a key, a word, an entity, indentation): one or two
/// unaligned loads and stores (of up to sixteen bytes each) copy those without a call to `memmove`;
/// pieces longer than 32 bytes use it.
enum ByteCopy {
    /// Copies `count` bytes from `source` to `target` (the ranges must not overlap).
    @inline(__always)
    static func copy(_ source: UnsafeRawPointer, to target: UnsafeMutableRawPointer, count: Int) {
        if count > 16 {
            guard count <= 32 else { target.copyMemory(from: source, byteCount: count); return }
            let head = source.loadUnaligned(as: SIMD16<UInt8>.self)
            let tail = source.loadUnaligned(fromByteOffset: count - 16, as: SIMD16<UInt8>.self)
            target.storeBytes(of: head, as: SIMD16<UInt8>.self)
            target.storeBytes(of: tail, toByteOffset: count - 16, as: SIMD16<UInt8>.self)
        } else if count >= 8 {
            let head = source.loadUnaligned(as: UInt64.self)
            let tail = source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            target.storeBytes(of: head, as: UInt64.self)
            target.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4 {
            let head = source.loadUnaligned(as: UInt32.self)
            let tail = source.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            target.storeBytes(of: head, as: UInt32.self)
            target.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
        } else {
            for k in 0..<count { target.storeBytes(of: source.load(fromByteOffset: k, as: UInt8.self), toByteOffset: k, as: UInt8.self) }
        }
    }

    /// A line feed and 127 spaces: a new line and its indentation in one copy.
    static let lineStart: StaticString = "\n                                                                                                                               "

    /// 128 spaces, for indentation.
    static let spaces: StaticString = "                                                                                                                                "
}
