import Foundation

/// Path helpers of the batch runner: names, stems, and output folders created on demand.
enum BatchPaths {
    /// Creates `path` and its missing parents; the error (if any) says why it cannot be a folder.
    static func makeFolder(_ path: String) -> CopydeskError? {
        if mkdir(path, 0o755) == 0 { return nil }
        var code = errno
        if code == ENOENT {
            let parent = parent(of: path)
            if !parent.isEmpty && parent != path {
                if let error = makeFolder(parent) { return error }
                if mkdir(path, 0o755) == 0 { return nil }
                code = errno
            }
        }
        if code == EEXIST {
            var info = stat()
            if stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR { return nil }
            return CopydeskError(.outputFailed, input: path, reason: "cannot create output folder \(path): a file is in the way")
        }
        return CopydeskError(.outputFailed, input: path, reason: "cannot create output folder \(path): \(String(cString: strerror(code)))")
    }

    /// The last path component, ignoring trailing slashes.
    static func baseName(_ path: String) -> String {
        let trimmed = trimmed(path)
        guard let slash = trimmed.utf8.lastIndex(of: UInt8(ascii: "/")) else { return trimmed }
        return String(trimmed[trimmed.utf8.index(after: slash)...])
    }

    /// The folder part of `path` ("a/b" → "a", "/a" → "/", "a" → ""), ignoring trailing slashes. Written here because
    /// Foundation's `deletingLastPathComponent` traps on a one-character relative path ("o").
    static func parent(of path: String) -> String {
        let trimmed = trimmed(path)
        guard trimmed != "/", let slash = trimmed.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        let folder = Self.trimmed(String(trimmed[..<slash]))
        return folder.isEmpty ? "/" : folder
    }

    /// The name without its last extension ("b.txt" → "b"); the article id and output stem.
    static func stem(of name: String) -> String {
        // the bytes before the last "." made a String at once (the cut is at a scalar boundary)
        let cut: String?? = name.utf8.withContiguousStorageIfAvailable { bytes in
            var k = bytes.count - 1
            while k > 0 && bytes[k] != UInt8(ascii: ".") { k -= 1 }
            return k > 0 ? String(decoding: UnsafeBufferPointer(rebasing: bytes[..<k]), as: UTF8.self) : nil
        }
        if let cut { return cut ?? name }
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.utf8.startIndex else { return name }
        return String(name[..<dot])
    }

    /// `folder + "/" + name`, and `+ "." + ext` when given: made in one allocation of the exact size (the plain
    /// `+` chain allocates and copies once per piece).
    static func join(_ folder: String, _ name: String, ext: String? = nil) -> String {
        let joined: String?? = folder.utf8.withContiguousStorageIfAvailable { a in
            name.utf8.withContiguousStorageIfAvailable { b in
                let c = ext ?? ""
                return c.utf8.withContiguousStorageIfAvailable { c in
                    let total = a.count + 1 + b.count + (ext == nil ? 0 : 1 + c.count)
                    return String(decodingInPlace: total) { out in
                        var at = 0
                        func put(_ piece: UnsafeBufferPointer<UInt8>) {
                            if let source = piece.baseAddress { (out.baseAddress! + at).initialize(from: source, count: piece.count) }
                            at += piece.count
                        }
                        put(a)
                        out[at] = UInt8(ascii: "/"); at += 1
                        put(b)
                        if ext != nil { out[at] = UInt8(ascii: "."); at += 1; put(c) }
                        return at
                    }
                }
            } ?? nil
        }
        if let joined = joined ?? nil { return joined }
        return ext.map { folder + "/" + name + "." + $0 } ?? folder + "/" + name  // not contiguous: the plain chain
    }

    /// `path` without trailing slashes ("/" stays "/").
    static func trimmed(_ path: String) -> String {
        var path = path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }
}

private extension String {
    /// The String of the UTF-8 bytes `body` writes (at most `count`; it returns how many) into a stack buffer,
    /// decoded once (`String(decoding:)` checks all-ASCII bytes a word at a time).
    init(decodingInPlace count: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Int) {
        self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
            let used = body(buffer)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<used]), as: UTF8.self)
        }
    }
}
