import Foundation

/// Reads one batch input safely: never blocks on a FIFO or device (the type is checked after an
/// `O_NONBLOCK` open, before any read), and refuses files above the size limit before reading.
enum InputFile {
    /// The outcome of a read that did not produce bytes: a failure or a skip, with its error.
    struct Refusal: Error {
        var status: BatchStatus
        var error: CopydeskError
    }

    /// The whole file, or a refusal naming `path`.
    static func read(_ path: String, maxBytes: Int) throws(Refusal) -> [UInt8] {
        var buffer: [UInt8] = []
        return try read(path, maxBytes: maxBytes, into: &buffer)
    }

    /// `read(_:maxBytes:)` into the array the last file was returned in (a worker's `buffer`, see
    /// `DocumentBuffer`): no array is allocated per file once the caller has let go of the last one.
    static func read(_ path: String, maxBytes: Int, into buffer: inout [UInt8]) throws(Refusal) -> [UInt8] {
        // the path read in place (a String passed as a C string is copied into a new array per call)
        let fd = path.withCString { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY) }
        guard fd >= 0 else { throw openRefusal(path, errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Refusal(status: .failed, error: failure(.unreadable, path, errno)) }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR {
            throw Refusal(status: .failed, error: CopydeskError(.unreadable, input: path, reason: "is a directory"))
        }
        guard type == S_IFREG else {
            throw Refusal(status: .skipped, error: CopydeskError(.notRegularFile, input: path, reason: "not a regular file (\(typeName(type)))"))
        }
        let size = Int(info.st_size)
        if size > maxBytes {
            throw Refusal(status: .failed, error: CopydeskError(.tooLarge, input: path,
                reason: "too large: \(size) bytes, the limit is \(maxBytes) (--max-bytes)"))
        }
        var readError: Int32 = 0
        DocumentBuffer.extend(&buffer, to: size)
        let count = buffer.withUnsafeMutableBufferPointer { buffer -> Int in
            var count = 0
            while count < size {
                let n = Foundation.read(fd, buffer.baseAddress! + count, size - count)
                if n < 0 { if errno == EINTR { continue }; readError = errno; return 0 }
                if n == 0 { break }
                count += n
            }
            return count
        }
        if readError != 0 { throw Refusal(status: .failed, error: failure(.unreadable, path, readError)) }
        return DocumentBuffer.take(&buffer, count: count)
    }

    /// A readable name for a file type from `st_mode & S_IFMT`.
    static func typeName(_ type: mode_t) -> String {
        switch type {
        case S_IFIFO: return "a FIFO"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFDIR: return "a directory"
        case S_IFLNK: return "a symbolic link"
        default: return "an unknown file type"
        }
    }

    /// The refusal for a failed `open` or `stat` of `path`.
    static func openRefusal(_ path: String, _ code: Int32) -> Refusal {
        switch code {
        case ENOENT:
            var info = stat()
            if lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK {
                return Refusal(status: .skipped, error: CopydeskError(.danglingLink, input: path, reason: "dangling symbolic link (its target does not exist)"))
            }
            return Refusal(status: .failed, error: CopydeskError(.notFound, input: path, reason: "no such file"))
        case ELOOP:
            return Refusal(status: .skipped, error: CopydeskError(.symlinkLoop, input: path, reason: "symbolic link loop (too many levels of links)"))
        case ENXIO:
            return Refusal(status: .skipped, error: CopydeskError(.notRegularFile, input: path, reason: "not a regular file (a socket or device)"))
        default:
            return Refusal(status: .failed, error: failure(.unreadable, path, code))
        }
    }

    static func failure(_ code: CopydeskError.Code, _ path: String, _ errorNumber: Int32) -> CopydeskError {
        CopydeskError(code, input: path, reason: "cannot be read: \(String(cString: strerror(errorNumber)))")
    }
}
