import Foundation

/// Converts many articles concurrently: folders walked recursively and mirrored, every format
/// written from one parse, outputs written atomically, results delivered as values.
///
/// ```swift
/// let batch = try BatchConverter(BatchConfiguration(inputs: ["in"], output: "out", formats: formats))
/// for try await event in batch.events() {
///     if case .article(let result) = event, result.status == .failed { … }
/// }
/// ```
/// The library never prints; a stop token (`BatchStop`) interrupts a run cleanly.
public struct BatchConverter: Sendable {
    /// The run's settings, checked by `init`.
    public let configuration: BatchConfiguration

    /// Checks the configuration. Throws `CopydeskError(.usage)` for impossible requests: no
    /// inputs or formats, OUTPUT inside an input folder, an OUTPUT of the wrong kind.
    public init(_ configuration: BatchConfiguration) throws {
        self.configuration = configuration
        try Self.validate(configuration)
    }

    /// Starts the run and returns its events: `started`, one `article` per input in sorted input
    /// order with `progress` in between, then `finished`. Ending the iteration early (cancelling
    /// the consuming task) stops the run like `stop.request()` does.
    public func events(stop: BatchStop = BatchStop()) -> AsyncThrowingStream<BatchEvent, Error> {
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: BatchEvent.self)
        continuation.onTermination = { reason in
            if case .cancelled = reason { stop.request() }
        }
        BatchEngine(configuration: configuration, stop: stop, continuation: continuation).start()
        return stream
    }

    /// Runs the batch to the end and returns its summary (per-article results are dropped).
    public func run(stop: BatchStop = BatchStop()) async throws -> BatchSummary {
        for try await event in events(stop: stop) {
            if case .finished(let summary) = event { return summary }
        }
        return BatchSummary(interrupted: true)
    }

    private static func validate(_ configuration: BatchConfiguration) throws {
        func usage(_ reason: String, _ input: String? = nil) -> CopydeskError { CopydeskError(.usage, input: input, reason: reason) }
        guard !configuration.inputs.isEmpty else { throw usage("no input given") }
        guard !configuration.formats.isEmpty else { throw usage("no output format given") }
        guard !configuration.output.isEmpty else { throw usage("no OUTPUT given") }
        guard !configuration.include.isEmpty else { throw usage("no --include pattern given") }
        guard configuration.maxBytes > 0 else { throw usage("--max-bytes must be positive") }
        if configuration.merge && configuration.skipExisting {
            throw usage("--skip-existing cannot be combined with --merge (a merged output is rewritten whole)")
        }
        let output = resolved(configuration.output)
        for input in configuration.inputs {
            var info = stat()
            guard stat(input, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, let real = realpath(input, nil) else { continue }
            let root = String(cString: real)
            free(real)
            if output == root || output.hasPrefix(root == "/" ? "/" : root + "/") {
                throw usage("OUTPUT \(configuration.output) is inside INPUT \(input): outputs would be read back as inputs; choose a folder outside it")
            }
        }
        var info = stat()
        let exists = stat(configuration.output, &info) == 0
        let isFolder = exists && (info.st_mode & S_IFMT) == S_IFDIR
        if configuration.merge && configuration.formats.count == 1 {
            if isFolder { throw usage("with --merge and one format, OUTPUT \(configuration.output) is the merged file, but it is a folder") }
        } else if exists && !isFolder {
            throw usage("OUTPUT \(configuration.output) must be a folder, but it is a file")
        }
    }

    /// The absolute, symlink-free form of `path`, which may not exist yet.
    static func resolved(_ path: String) -> String {
        var existing = path.isEmpty ? "." : path
        var rest: [String] = []
        for _ in 0..<4096 {
            if let real = realpath(existing, nil) {
                let base = String(cString: real)
                free(real)
                return rest.reversed().reduce(base) { $0 == "/" ? "/" + $1 : $0 + "/" + $1 }
            }
            let name = BatchPaths.baseName(existing)
            var parent = BatchPaths.parent(of: existing)
            if !name.isEmpty && name != "." && name != "/" { rest.append(name) }
            if parent.isEmpty { parent = "." }
            if parent == existing { return path }
            existing = parent
        }
        return path
    }
}
