import Foundation

/// Walks the inputs in a deterministic order and hands out one `WorkItem` per input found, with
/// only one folder's listing in memory per level. Folders are read whole, sorted by the bytes of
/// their names, and visited depth first; names starting with "." are ignored. Symbolic links are
/// followed, except back into a folder being walked (a loop, skipped with a reason).
struct TreeWalker {
    let configuration: BatchConfiguration
    let glob: GlobPattern
    let extensions: [String]
    /// Called for every item (handed over, not copied); returning `false` stops the walk.
    let emit: (consuming WorkItem) -> Bool

    private var nextIndex = 0
    private var stopped = false

    init(configuration: BatchConfiguration, emit: @escaping (consuming WorkItem) -> Bool) {
        self.configuration = configuration
        self.glob = GlobPattern(patterns: configuration.include)
        self.extensions = configuration.formats.map(\.fileExtension)
        self.emit = emit
    }

    /// Visits every input; returns the number of items handed out.
    mutating func run() -> Int {
        let inputs = configuration.inputs
        let single = inputs.count == 1
        var claims = OutputClaims(extensions: extensions, merge: configuration.merge)  // explicit input files
        for path in inputs {
            var info = stat()
            guard stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG else { continue }
            claims.claim(BatchPaths.stem(of: BatchPaths.baseName(path)))
        }
        var rootMade: CopydeskError?? = nil
        for input in inputs where !stopped {
            var info = stat()
            if stat(input, &info) != 0 {
                let refusal = InputFile.openRefusal(input, errno)
                send(preset(input, refusal.status, refusal.error))
                continue
            }
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR {
                let out = single ? configuration.output : configuration.output + "/" + BatchPaths.baseName(input)
                var ancestors: [(dev_t, ino_t)] = [(info.st_dev, info.st_ino)]
                walk(directory: BatchPaths.trimmed(input), output: BatchPaths.trimmed(out), ancestors: &ancestors)
            } else if type == S_IFREG {
                let stem = BatchPaths.stem(of: BatchPaths.baseName(input))
                if let clash = claims.clash(stem) {
                    send(preset(input, .failed, CopydeskError(.collision, input: input,
                        reason: "collides with another input: both would write \(configuration.output)/\(clash)")))
                    continue
                }
                if rootMade == nil { rootMade = .some(counting || configuration.merge ? nil : BatchPaths.makeFolder(configuration.output)) }
                if case .some(.some(let error)) = rootMade {
                    send(preset(input, .failed, CopydeskError(.outputFailed, input: input, reason: error.reason)))
                    continue
                }
                send(item(input, stem: stem, folder: configuration.output))
            } else {
                send(preset(input, .skipped, CopydeskError(.notRegularFile, input: input, reason: "not a regular file (\(InputFile.typeName(type)))")))
            }
        }
        return nextIndex
    }

    /// Counts the matching inputs without handing anything out (for a progress total).
    static func count(_ configuration: BatchConfiguration) -> Int {
        var walker = TreeWalker(configuration: configuration) { _ in true }
        walker.counting = true
        return walker.run()
    }

    private(set) var counting = false

    private mutating func walk(directory: String, output: String, ancestors: inout [(dev_t, ino_t)]) {
        guard let handle = opendir(directory) else {
            send(preset(directory, .failed, InputFile.failure(.unreadable, directory, errno)))
            return
        }
        var entries: [Entry] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            let key = Self.sortKey(name)
            if key >> 56 == UInt64(UInt8(ascii: ".")) { continue }
            entries.append((name, entry.pointee.d_type, key))
        }
        closedir(handle)
        // by the bytes of the names: their first eight compared as one number, the rest only when those are equal
        entries.sort { $0.key != $1.key ? $0.key < $1.key : $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }

        // Classify first, so that two matching files with the same stem are both reported.
        let survey = survey(directory, entries)
        var folderState: CopydeskError?? = nil
        for index in entries.indices where !stopped {
            let entry = entries[index]
            let path = BatchPaths.join(directory, entry.name)
            switch survey.kinds[index] {
            case .directory(let dev, let ino):
                if let index = ancestors.firstIndex(where: { $0.0 == dev && $0.1 == ino }) {
                    let depth = ancestors.count - index
                    send(preset(path, .skipped, CopydeskError(.symlinkLoop, input: path,
                        reason: "symbolic link loop: leads back to a folder \(depth) level\(depth == 1 ? "" : "s") up")))
                    continue
                }
                ancestors.append((dev, ino))
                walk(directory: path, output: output + "/" + entry.name, ancestors: &ancestors)
                ancestors.removeLast()
            case .file:
                let stem = survey.stems[index]
                guard !stem.isEmpty else { continue }
                if let clash = survey.clash(index) {
                    // The other inputs that would write `clash`, in name order.
                    let others = entries.indices.filter { other in
                        guard entries[other].name != entry.name, !survey.stems[other].isEmpty else { return false }
                        return survey.claims.outputNames(survey.stems[other]).contains(clash)
                    }.map { entries[$0].name }
                    send(preset(path, .failed, CopydeskError(.collision, input: path,
                        reason: "collides with \(others.joined(separator: ", ")): both would write \(output)/\(clash)")))
                    continue
                }
                if !configuration.merge && !counting {
                    if folderState == nil { folderState = .some((counting ? nil : BatchPaths.makeFolder(output))) }
                    if case .some(.some(let error)) = folderState {
                        send(preset(path, .failed, CopydeskError(.outputFailed, input: path, reason: error.reason)))
                        continue
                    }
                }
                send(item(path, stem: stem, folder: output))
            case .special(let type):
                guard glob.matches(entry.name) else { continue }
                send(preset(path, .skipped, CopydeskError(.notRegularFile, input: path, reason: "not a regular file (\(InputFile.typeName(type)))")))
            case .unreachable(let status, let error):
                send(preset(path, status, error))
            }
        }
    }

    private mutating func send(_ item: consuming WorkItem) {
        let index = nextIndex
        nextIndex += 1
        item.index = index
        if let preset = item.preset {  // numbered in a new box (the walk's own, never shared yet)
            var result = preset.result
            result.index = index
            item.preset = WorkItem.Preset(result)
        }
        if counting { return }
        if !emit(item) { stopped = true }
    }
}
