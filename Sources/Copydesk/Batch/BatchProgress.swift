/// A snapshot of a running batch, for a progress display.
public struct BatchProgress: Sendable, Equatable {
    /// Inputs finished so far (converted, failed or skipped).
    public var done: Int
    /// Inputs that failed so far.
    public var failed: Int
    /// Inputs skipped so far.
    public var skipped: Int
    /// The number of inputs when known (`BatchConfiguration.countFirst`), else `nil`.
    public var total: Int?
    /// Input bytes read so far.
    public var bytes: Int
    /// Seconds since the run started.
    public var elapsed: Double

    /// Creates a snapshot.
    public init(done: Int = 0, failed: Int = 0, skipped: Int = 0, total: Int? = nil, bytes: Int = 0, elapsed: Double = 0) {
        self.done = done
        self.failed = failed
        self.skipped = skipped
        self.total = total
        self.bytes = bytes
        self.elapsed = elapsed
    }

    /// Inputs finished per second so far.
    public var rate: Double { elapsed > 0 ? Double(done) / elapsed : 0 }

    /// Estimated seconds left, when the total is known and the rate is positive.
    public var remaining: Double? {
        guard let total, rate > 0 else { return nil }
        return Double(max(0, total - done)) / rate
    }
}
