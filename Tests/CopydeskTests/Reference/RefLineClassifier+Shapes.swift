// Two line shapes as of main bd306de, kept verbatim (type renamed) as the oracle for their byte versions.
@testable import Copydesk
extension RefLineClassifier {
    /// "11.42 GMT", "9:05am", "Updated at 11.05 GMT": a bare time, as live pages print above each entry.
    /// (The old rule lives on unchanged as the live rule's fallback, `plainIsTimeStamp`.)
    static func isTimeStamp(_ line: TestLine) -> Bool { LineClassifier.plainIsTimeStamp(line) }

    /// Only numbers, spaces (no-break included), "/", "," and "." ("1 / 8", "4553"). ASCII text is read on its
    /// bytes (an ASCII Character is a number only when it is a digit); other text Character by Character.
    static func isNumberRun(_ text: Substring) -> Bool {
        let ascii: Bool? = text.withUTF8Bytes { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            return bytes.allSatisfy { $0 &- UInt8(ascii: "0") < 10 || $0 == UInt8(ascii: "/") || $0 == 0x20 || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") }
        }
        if let ascii { return ascii }
        // the first Character decides first: a number by its first scalar, or exactly one of the listed scalars
        guard let first = text.unicodeScalars.first, !(0x2010...0x2027).contains(first.value),  // dashes, quotes, bullets
              first.properties.numericType != nil || "/ \u{A0},.".unicodeScalars.contains(first) else { return false }
        return text.allSatisfy { $0.isNumber || $0 == "/" || $0 == " " || $0 == "\u{A0}" || $0 == "," || $0 == "." }
    }
}
