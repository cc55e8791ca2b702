import Foundation

/// The folder a batch worker wrote its last outputs into, kept open: each new output in it is
/// created and linked relative to that descriptor (`openat(folder, ".", O_TMPFILE)`,
/// `linkat(…, folder, name)`), so the kernel does not walk the folder's whole path twice per file.
///
/// The system calls per output stay those of `AtomicFile.write` (open, write, link, close); the
/// folder is opened once per change of folder (`O_PATH`, no permission needed). Whenever
/// this path cannot finish — no `O_TMPFILE`, a folder removed or replaced meanwhile, any error —
/// nothing has become visible and the output is written again by `AtomicFile.write`, which gives
/// the same file or the same error as before. Not `Sendable`: one per worker thread.
struct OutputFolder: ~Copyable {
    /// The open folder's path (as it appears in the output paths) and descriptor; nil when none.
    private var path: String?
    private var descriptor: Int32 = -1

    /// No folder open yet.
    init() {}

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// Writes `bytes` to `path` atomically, as `AtomicFile.write(_:to:)` does (same file, same errors).
    mutating func write(_ bytes: [UInt8], to path: String) throws {
        #if os(Linux)
        if let nameOffset = Self.nameOffset(path) {
            let folder = String(path.utf8.prefix(nameOffset - 1))!
            if path.withCString({ whole in write(bytes, folder: folder, name: whole + nameOffset) }) { return }
        }
        #endif
        try AtomicFile.write(bytes, to: path)
    }

    #if os(Linux)
    /// One output named `name` written relative to `folder` (opened, or kept open from the last
    /// output); false when that could not finish (nothing is visible then).
    mutating func write(_ bytes: [UInt8], folder: String, name: UnsafePointer<CChar>) -> Bool {
        guard open(folder) else { return false }
        if Self.write(bytes, folder: descriptor, name: name) { return true }
        close(descriptor)  // replaced or removed meanwhile, perhaps: open it again next time
        descriptor = -1
        path = nil
        return false
    }

    /// Makes `folder` the open one (kept when it is already: the runner passes one String per
    /// folder, so the comparison is of its storage); false when it cannot be opened.
    private mutating func open(_ folder: String) -> Bool {
        if descriptor >= 0, path == folder { return true }
        if descriptor >= 0 { close(descriptor) }
        descriptor = folder.withCString { Foundation.open($0, Self.pathOnlyFlag | O_DIRECTORY | O_CLOEXEC) }
        path = descriptor >= 0 ? folder : nil
        return descriptor >= 0
    }

    /// Where the file name starts in `path` (one past its last `/`); nil when there is no slash but
    /// at the start, or nothing after the last one.
    static func nameOffset(_ path: String) -> Int? {
        let found = path.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var k = bytes.count - 1
            while k >= 0, bytes[k] != UInt8(ascii: "/") { k -= 1 }
            return k > 0 && k + 1 < bytes.count ? k + 1 : nil
        }
        if let found { return found }
        let utf8 = path.utf8
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")), slash != utf8.startIndex,
              utf8.index(after: slash) != utf8.endIndex else { return nil }
        return utf8.distance(from: utf8.startIndex, to: slash) + 1
    }

    /// One output written and linked relative to `folder`; false (nothing visible) when any step fails.
    private static func write(_ bytes: [UInt8], folder: Int32, name: UnsafePointer<CChar>) -> Bool {
        let file = openat(folder, ".", tmpFileFlag | O_WRONLY | O_CLOEXEC, 0o644)
        guard file >= 0 else { return false }
        defer { close(file) }
        let written = bytes.withUnsafeBytes { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            var done = 0
            while done < buffer.count {
                let n = Foundation.write(file, base + done, buffer.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                done += n
            }
            return true
        }
        guard written else { return false }
        switch link(file, folder: folder, name: name) {
        case 0: return true
        case EEXIST:
            // The target exists: link under a hidden name beside it, then rename over it (an atomic replace).
            let hidden = hiddenName(for: name)
            guard link(file, folder: folder, name: hidden) == 0 else { return false }
            if renameat(folder, hidden, folder, name) == 0 { return true }
            unlinkat(folder, hidden, 0)
            return false
        default: return false
        }
    }

    /// Gives anonymous `file` the name `name` in `folder`: 0 or an errno (as `AtomicOutput` links).
    private static func link(_ file: Int32, folder: Int32, name: UnsafePointer<CChar>) -> Int32 {
        if linkat(file, "", folder, name, emptyPathFlag) == 0 { return 0 }
        if errno == EEXIST { return EEXIST }
        if linkat(AT_FDCWD, "/proc/self/fd/\(file)", folder, name, AT_SYMLINK_FOLLOW) == 0 { return 0 }
        return errno
    }

    /// `.NAME.copydesk-PID-RANDOM.tmp`, the hidden name `AtomicOutput` gives a replacing file.
    private static func hiddenName(for name: UnsafePointer<CChar>) -> String {
        "." + String(cString: name) + ".copydesk-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
    }

    /// `O_TMPFILE` (`__O_TMPFILE | O_DIRECTORY`), which Swift does not import from Glibc.
    private static let tmpFileFlag: Int32 = 0o20000000 | O_DIRECTORY
    /// `AT_EMPTY_PATH`, which Swift does not import from Glibc.
    private static let emptyPathFlag: Int32 = 0x1000
    /// `O_PATH`, which Swift does not import from Glibc.
    private static let pathOnlyFlag: Int32 = 0o10000000
    #endif
}
