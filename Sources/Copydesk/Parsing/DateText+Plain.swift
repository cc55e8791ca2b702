/// `DateText.find` for a plain text (`PlainScalars`: ASCII without CR and the listed marks), read on its bytes by
/// `tokenizePlain` with no Character steps; `pastGate` skips `mayHoldDate` for a head its caller has tested.
extension DateText {
    /// The tokens a buffer on the stack holds (1,024 bytes: `withUnsafeTemporaryAllocation` keeps no more on the
    /// stack without asking the runtime): most date heads have fewer.
    static let stackTokens = 32

    /// `find(in: text)` for a plain `text`.
    static func findPlain(in text: Substring) -> Found? {
        mayHoldDate(text) ? findPlain(pastGate: text) : nil
    }

    /// `find(in: text)` for a plain `text` known to pass `mayHoldDate`: tokenized into `stackTokens` tokens on the
    /// stack, or, when it has more, into a buffer of one token per byte.
    static func findPlain(pastGate text: Substring) -> Found? {
        text.withUTF8Bytes { bytes in
            let short: Found?? = withUnsafeTemporaryAllocation(of: Token.self, capacity: stackTokens) { buffer in
                read(text, bytes, into: buffer.baseAddress!, capacity: stackTokens)
            }
            if let short { return short }
            return withUnsafeTemporaryAllocation(of: Token.self, capacity: max(bytes.count, 1)) { buffer in
                read(text, bytes, into: buffer.baseAddress!, capacity: bytes.count) ?? nil
            }
        }
    }

    /// The date `read` finds in `text` tokenized into `tokens` (room for `capacity`), or `nil` when it has more tokens.
    private static func read(_ text: Substring, _ bytes: UnsafeBufferPointer<UInt8>, into tokens: UnsafeMutablePointer<Token>,
                             capacity: Int) -> Found?? {
        let (count, complete) = tokenizePlain(bytes, into: tokens, capacity: capacity)
        defer { tokens.deinitialize(count: count) }
        return complete ? .some(read(text, bytes, UnsafeMutableBufferPointer(start: tokens, count: count))) : nil
    }
}
