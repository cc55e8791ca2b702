/// The one error type of the library: what went wrong, with which input, and why.
public struct CopydeskError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An extensible error code; the CLI maps codes to exit statuses in one place.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The code's stable string form ("not-text", "unknown-format", …).
        public var rawValue: String
        /// Creates a code from its string form.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code's string form.
        public var description: String { rawValue }

        /// A format name that no writer is registered under.
        public static let unknownFormat = Code(rawValue: "unknown-format")
        /// The input does not exist.
        public static let notFound = Code(rawValue: "not-found")
        /// The input exists but could not be read.
        public static let unreadable = Code(rawValue: "unreadable")
        /// The input is not text (binary data, an image, random bytes).
        public static let notText = Code(rawValue: "not-text")
        /// The input is larger than the configured limit.
        public static let tooLarge = Code(rawValue: "too-large")
        /// A writer could not produce its output.
        public static let writeFailed = Code(rawValue: "write-failed")
        /// An output could not be stored on disk.
        public static let outputFailed = Code(rawValue: "output-failed")
        /// The request itself is wrong (bad arguments, impossible paths).
        public static let usage = Code(rawValue: "usage")
    }

    /// What kind of failure this is.
    public var code: Code
    /// The input (path, "-" for standard input, or a format name) the error is about, if any.
    public var input: String?
    /// A one-line human explanation of the cause.
    public var reason: String

    /// Creates an error.
    public init(_ code: Code, input: String? = nil, reason: String) {
        self.code = code
        self.input = input
        self.reason = reason
    }

    /// "input: reason", or just the reason when no input is known.
    public var description: String {
        if let input { return "\(input): \(reason)" }
        return reason
    }
}
