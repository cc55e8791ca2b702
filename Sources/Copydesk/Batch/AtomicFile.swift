import Foundation

/// Writes files atomically through `AtomicOutput` (a temporary beside the target, linked or
/// renamed into place), so a reader never sees a half-written output.
public enum AtomicFile {
    /// Writes `bytes` to `path` atomically. Throws `CopydeskError(.outputFailed)` naming the path.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let output = try AtomicOutput(path: path)
        try output.append(bytes)
        try output.commit()
    }

    /// Reads a whole file; a missing or unreadable file is a `CopydeskError` naming the path.
    public static func read(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CopydeskError(.notFound, input: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw CopydeskError(.unreadable, input: path, reason: "is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CopydeskError(.unreadable, input: path, reason: "cannot be read (permission denied?)")
        }
        return [UInt8](data)
    }

    static func failure(_ path: String, _ code: Int32) -> CopydeskError {
        CopydeskError(.outputFailed, input: path, reason: "cannot write: \(String(cString: strerror(code)))")
    }
}
