/// One value from a running batch (`BatchConverter.events()`), in this order: `started`, then
/// `article` for every input in sorted input order interleaved with `progress`, then `finished`.
public enum BatchEvent: Sendable, Equatable {
    /// The run has begun; `total` is the number of inputs when counted first, else `nil`.
    case started(total: Int?)
    /// One input is done (converted, failed or skipped). Results arrive in sorted input order.
    case article(BatchItemResult)
    /// A progress snapshot, sent at most about ten times a second.
    case progress(BatchProgress)
    /// The run is over (complete or stopped); nothing follows.
    case finished(BatchSummary)
}
