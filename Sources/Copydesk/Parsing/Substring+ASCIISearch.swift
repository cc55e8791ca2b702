import Foundation

/// `contains` of a one-character ASCII string, answered as the rules always asked it (Foundation's search on a
/// `StringProtocol`), but on the bytes when the text is ASCII: there a byte is a Character, and the character
/// occurs exactly when its byte does. Other text still takes Foundation's search.
extension Substring {
    /// `self.contains(needle)`, where `needle` is the one ASCII character `byte`.
    func containsASCII(_ byte: UInt8, _ needle: String) -> Bool {
        let ascii: Bool? = withUTF8Bytes { bytes in bytes.allSatisfy({ $0 < 0x80 }) ? bytes.contains(byte) : nil }
        return ascii ?? contains(needle)
    }
}

extension String {
    /// `self.contains(needle)`, where `needle` is the one ASCII character `byte`.
    func containsASCII(_ byte: UInt8, _ needle: String) -> Bool { self[...].containsASCII(byte, needle) }
}
