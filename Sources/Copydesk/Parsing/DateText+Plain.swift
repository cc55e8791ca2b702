/// `DateText.find` for a plain text (`PlainScalars`: ASCII without CR and the listed marks), read on its bytes by
/// `tokenizePlain` with no Character steps; `pastGate` skips `mayHoldDate` for a head its caller has tested.
extension DateText {
    /// `find(in: text)` for a plain `text`.
    static func findPlain(in text: Substring) -> Found? {
        mayHoldDate(text) ? findPlain(pastGate: text) : nil
    }

    /// `find(in: text)` for a plain `text` known to pass `mayHoldDate`.
    static func findPlain(pastGate text: Substring) -> Found? {
        text.withUTF8Bytes { bytes in
            withUnsafeTemporaryAllocation(of: Token.self, capacity: max(bytes.count, 1)) { buffer in
                let tokens = buffer.baseAddress!
                let count = tokenizePlain(bytes, into: tokens)
                defer { tokens.deinitialize(count: count) }
                return read(text, bytes, UnsafeMutableBufferPointer(start: tokens, count: count))
            }
        }
    }
}
