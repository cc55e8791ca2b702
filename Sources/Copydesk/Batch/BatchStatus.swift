/// What happened to one input of a batch.
public enum BatchStatus: String, Sendable, Equatable {
    /// Converted; every output was written.
    case ok
    /// Not converted: the error says why. Other inputs are still converted.
    case failed
    /// Deliberately left alone (outputs exist with `--skip-existing`, not a regular file, a
    /// symbolic-link loop, a dangling link); the error's code and reason say why.
    case skipped
}
