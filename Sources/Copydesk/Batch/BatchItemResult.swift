/// The outcome of one input: status, outputs written, the error or skip reason, size and time.
public struct BatchItemResult: Sendable, Equatable {
    /// Position of the input in the run's sorted input order, from 0.
    public var index: Int
    /// The input path (as given, joined with the names found below an input folder).
    public var input: String
    /// What happened.
    public var status: BatchStatus
    /// Output files written for this input (empty in merge mode and when not converted).
    public var outputs: [String]
    /// The failure or skip reason; `nil` when converted.
    public var error: CopydeskError?
    /// Size of the input in bytes (0 when it was not read).
    public var bytes: Int
    /// Wall-clock time spent on this input, in milliseconds.
    public var milliseconds: Double
    /// The encoding the input was decoded from ("utf-8", "windows-1252", …), when converted.
    public var encoding: String?

    /// Creates a result.
    public init(index: Int, input: String, status: BatchStatus, outputs: [String] = [], error: CopydeskError? = nil,
                bytes: Int = 0, milliseconds: Double = 0, encoding: String? = nil) {
        self.index = index
        self.input = input
        self.status = status
        self.outputs = outputs
        self.error = error
        self.bytes = bytes
        self.milliseconds = milliseconds
        self.encoding = encoding
    }
}
