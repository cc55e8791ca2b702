import Foundation

/// A file being written that appears at its path only when complete: bytes are appended to an
/// unnamed (`O_TMPFILE`) or hidden temporary file beside the target, and `commit()` links or
/// renames it into place. Until then nothing is visible at the target; `discard()` (or dropping
/// the value) removes the temporary.
///
/// On Linux the temporary is an anonymous `O_TMPFILE` inode, so even `kill -9` leaves no
/// partial file behind; when the target already exists the inode is linked under a hidden name
/// and renamed over it. Elsewhere, and on file systems without `O_TMPFILE`, a hidden
/// `.NAME.copydesk-PID-RANDOM.tmp` file beside the target is used.
public final class AtomicOutput {
    /// The final path of the file.
    public let path: String
    private var fd: Int32
    private var temporary: String?
    private var done = false

    /// Opens a new pending file for `path`. Throws `CopydeskError(.outputFailed)` naming the path.
    public init(path: String) throws {
        self.path = path
        let directory = Self.directory(of: path)
        #if os(Linux)
        let anonymous = open(directory, Self.tmpFileFlag | O_WRONLY | O_CLOEXEC, 0o644)
        if anonymous >= 0 {
            fd = anonymous
            temporary = nil
            return
        }
        let reason = errno
        if reason != EOPNOTSUPP && reason != EISDIR && reason != EINVAL {
            throw AtomicFile.failure(path, reason)
        }
        #endif
        let name = Self.temporaryName(for: path)
        let named = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard named >= 0 else { throw AtomicFile.failure(path, errno) }
        fd = named
        temporary = name
    }

    deinit { discard() }

    /// Appends `bytes`; a short write (full disk, file size limit) throws naming the target path.
    public func append(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try append(raw: $0) }
    }

    /// Appends raw bytes.
    public func append(raw buffer: UnsafeRawBufferPointer) throws {
        guard !done, let base = buffer.baseAddress else { return }
        var written = 0
        while written < buffer.count {
            let n = write(fd, base + written, buffer.count - written)
            if n < 0 {
                if errno == EINTR { continue }
                let code = errno
                discard()
                throw AtomicFile.failure(path, code)
            }
            written += n
        }
    }

    /// Makes the file visible at `path`, replacing any file there.
    public func commit() throws {
        guard !done else { return }
        done = true
        defer { if fd >= 0 { close(fd); fd = -1 } }
        if let temporary {
            guard close(fd) == 0 else { let code = errno; fd = -1; unlink(temporary); throw AtomicFile.failure(path, code) }
            fd = -1
            if rename(temporary, path) != 0 { let code = errno; unlink(temporary); throw AtomicFile.failure(path, code) }
            return
        }
        let status = link(to: path)
        if status == 0 { return }
        guard status == EEXIST else { throw AtomicFile.failure(path, status) }
        // The target exists: link under a hidden name, then rename over it (an atomic replace).
        let name = Self.temporaryName(for: path)
        let hidden = link(to: name)
        guard hidden == 0 else { throw AtomicFile.failure(path, hidden) }
        if rename(name, path) != 0 { let code = errno; unlink(name); throw AtomicFile.failure(path, code) }
    }

    /// Gives the anonymous file the name `target`; 0 or an errno. Linking the descriptor itself
    /// (`AT_EMPTY_PATH`) is cheapest but needs CAP_DAC_READ_SEARCH; otherwise `/proc/self/fd/N`.
    private func link(to target: String) -> Int32 {
        #if os(Linux)
        if linkat(fd, "", AT_FDCWD, target, Self.emptyPathFlag) == 0 { return 0 }
        if errno == EEXIST { return EEXIST }
        #endif
        if linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, target, AT_SYMLINK_FOLLOW) == 0 { return 0 }
        return errno
    }

    /// Abandons the file: the temporary is removed and nothing appears at `path`.
    public func discard() {
        if fd >= 0 { close(fd); fd = -1 }
        if !done, let temporary { unlink(temporary) }
        done = true
    }

    #if os(Linux)
    /// `O_TMPFILE` (`__O_TMPFILE | O_DIRECTORY`), which Swift does not import from Glibc.
    private static let tmpFileFlag: Int32 = 0o20000000 | O_DIRECTORY
    /// `AT_EMPTY_PATH`, which Swift does not import from Glibc.
    private static let emptyPathFlag: Int32 = 0x1000
    #endif

    private static func directory(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        if slash == path.utf8.startIndex { return "/" }
        return String(path[..<slash])
    }

    private static func temporaryName(for path: String) -> String {
        let directory = directory(of: path)
        let name = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[path.utf8.index(after: $0)...]) } ?? path
        return directory + "/." + name + ".copydesk-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
    }
}
