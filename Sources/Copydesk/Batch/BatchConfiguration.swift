import Foundation

/// Everything a batch run needs to know: what to read, where to write, how, and how fast.
public struct BatchConfiguration: Sendable {
    /// Input files and folders, in the order given. Folders are walked recursively.
    public var inputs: [String]
    /// The output folder (per-file mode), or with `merge` the merged file (one format) or folder.
    public var output: String
    /// The formats to write; each article is parsed once and written in every format.
    public var formats: [OutputFormat]
    /// File-name patterns (`fnmatch(3)` syntax) a file inside an input folder must match; explicitly
    /// named input files are always taken.
    public var include: [String]
    /// How many articles are converted at the same time (at least 1).
    public var jobs: Int
    /// Inputs larger than this many bytes fail with code `too-large`.
    public var maxBytes: Int
    /// Skip an input whose outputs all exist already (resume an interrupted run).
    public var skipExisting: Bool
    /// Write one output per format for the whole run instead of one per input.
    public var merge: Bool
    /// Count the matching inputs before converting, so progress can show a total and an ETA.
    public var countFirst: Bool
    /// Send an `article` event for every input (the default); when false, only for inputs that
    /// failed or were skipped (converted ones still count in `progress` and the summary).
    public var reportsEveryArticle = true

    /// The default `maxBytes`: 64 MiB.
    public static let defaultMaxBytes = 64 << 20

    /// Creates a configuration; `jobs` defaults to the number of active processors.
    public init(inputs: [String], output: String, formats: [OutputFormat], include: [String] = ["*.txt"],
                jobs: Int? = nil, maxBytes: Int = BatchConfiguration.defaultMaxBytes,
                skipExisting: Bool = false, merge: Bool = false, countFirst: Bool = false) {
        self.inputs = inputs
        self.output = output
        self.formats = formats
        self.include = include
        self.jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        self.maxBytes = maxBytes
        self.skipExisting = skipExisting
        self.merge = merge
        self.countFirst = countFirst
    }
}
