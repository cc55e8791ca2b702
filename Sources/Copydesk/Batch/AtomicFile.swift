import Foundation

/// Writes files atomically: bytes go to a hidden temporary file beside the target, which is
/// then renamed into place, so a reader never sees a half-written output.
public enum AtomicFile {
    /// Writes `bytes` to `path` atomically. Throws `CopydeskError(.outputFailed)` naming the path.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let temporary = directory + "/." + url.lastPathComponent + ".copydesk-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(path, errno) }
        var written = 0
        let status: Int32 = bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 { if errno == EINTR { continue }; return errno }
                written += n
            }
            return 0
        }
        let closeStatus = close(fd)
        if status != 0 || closeStatus != 0 {
            let code = status != 0 ? status : errno
            unlink(temporary)
            throw failure(path, code)
        }
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            throw failure(path, code)
        }
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

    private static func failure(_ path: String, _ code: Int32) -> CopydeskError {
        CopydeskError(.outputFailed, input: path, reason: "cannot write: \(String(cString: strerror(code)))")
    }
}
