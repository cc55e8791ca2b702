import Foundation

/// The endings of a batch's output file names, `.EXT` and a NUL per format, made once per run.
struct OutputSuffixes: Sendable {
    /// `.EXT\0` for each extension, in format order.
    let bytes: [[CChar]]
    /// The longest ending, NUL included.
    let longest: Int

    /// The endings for `extensions`.
    init(_ extensions: [String]) {
        bytes = extensions.map { Array(("." + $0).utf8CString) }
        longest = bytes.map(\.count).max() ?? 0
    }
}

extension OutputFolder {
    /// Writes `outputs[k]` to `folder/stem.EXT` (`.EXT`: `suffixes.bytes[k]`) for every k both have, in order
    /// and stopping at the first failure, as `write(_:to:)` does with those paths. The names are put together
    /// on the stack (the stem copied once); a path String is built only for an output the kept folder cannot take.
    mutating func write(_ outputs: [[UInt8]], folder: String, stem: String, suffixes: OutputSuffixes) throws {
        let count = min(outputs.count, suffixes.bytes.count)
        #if os(Linux)
        if !folder.isEmpty {
            try withUnsafeTemporaryAllocation(of: CChar.self, capacity: stem.utf8.count + suffixes.longest) { buffer in
                let name = buffer.baseAddress!
                let stemLength = Self.copy(stem, to: name)
                for k in 0..<count {
                    if let stemLength {
                        suffixes.bytes[k].withUnsafeBufferPointer { suffix in
                            (name + stemLength).initialize(from: suffix.baseAddress!, count: suffix.count)
                        }
                        if write(outputs[k], folder: folder, name: name) { continue }
                    }
                    try AtomicFile.write(outputs[k], to: Self.path(folder, stem, suffixes.bytes[k]))
                }
            }
            return
        }
        #endif
        for k in 0..<count { try AtomicFile.write(outputs[k], to: Self.path(folder, stem, suffixes.bytes[k])) }
    }

    /// `folder/stem.EXT`, the path `BatchPaths.join(folder, stem, ext: EXT)` gives.
    static func path(_ folder: String, _ stem: String, _ suffix: [CChar]) -> String {
        BatchPaths.join(folder, stem + String(decoding: suffix.dropLast().lazy.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    /// Copies the UTF-8 of `text` to `target`; its length, or nil when not contiguous.
    private static func copy(_ text: String, to target: UnsafeMutablePointer<CChar>) -> Int? {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            if let base = bytes.baseAddress { UnsafeMutableRawPointer(target).copyMemory(from: base, byteCount: bytes.count) }
            return bytes.count
        }
    }
}
