/// The totals of a finished (or interrupted) batch run.
public struct BatchSummary: Sendable, Equatable {
    /// Inputs converted.
    public var converted: Int
    /// Inputs that failed.
    public var failed: Int
    /// Inputs skipped.
    public var skipped: Int
    /// Input bytes read.
    public var bytes: Int
    /// Wall-clock seconds of the run.
    public var seconds: Double
    /// True when the run was stopped (`BatchStop.request()`) before every input was handled.
    public var interrupted: Bool
    /// Merged output files written (merge mode), else empty.
    public var mergedOutputs: [String]
    /// A failure of the run as a whole (a merged output that could not be written), else `nil`.
    public var error: CopydeskError?

    /// Creates a summary.
    public init(converted: Int = 0, failed: Int = 0, skipped: Int = 0, bytes: Int = 0, seconds: Double = 0,
                interrupted: Bool = false, mergedOutputs: [String] = [], error: CopydeskError? = nil) {
        self.converted = converted
        self.failed = failed
        self.skipped = skipped
        self.bytes = bytes
        self.seconds = seconds
        self.interrupted = interrupted
        self.mergedOutputs = mergedOutputs
        self.error = error
    }

    /// Every input handled: converted + failed + skipped.
    public var total: Int { converted + failed + skipped }

    /// Inputs handled per second.
    public var articlesPerSecond: Double { seconds > 0 ? Double(total) / seconds : 0 }
}
