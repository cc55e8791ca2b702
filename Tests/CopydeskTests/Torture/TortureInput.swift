import Foundation
import Testing

/// One hostile input for the torture suite: a name, its bytes and what must happen to it.
struct TortureInput: Sendable, CustomTestStringConvertible {
    /// What the library must do with the input.
    enum Outcome: Sendable, Equatable {
        /// Parse, then every registered writer's output validates.
        case converts
        /// Refused with `CopydeskError.Code.notText`, naming the input.
        case notText
    }

    let name: String
    let bytes: [UInt8]
    let outcome: Outcome
    /// The encoding `source.encoding` must record, when the input is about encodings.
    let encoding: String?

    init(_ name: String, _ bytes: [UInt8], _ outcome: Outcome = .converts, encoding: String? = nil) {
        self.name = name
        self.bytes = bytes
        self.outcome = outcome
        self.encoding = encoding
    }

    init(_ name: String, text: String, _ outcome: Outcome = .converts, encoding: String? = nil) {
        self.init(name, Array(text.utf8), outcome, encoding: encoding)
    }

    var testDescription: String { "\(name) (\(bytes.count) bytes)" }

    /// The path the input is parsed under, so errors can be checked for naming it.
    var path: String { "torture/\(name).txt" }
}

/// Deterministic pseudo-random bytes (xorshift64*), so failures reproduce.
struct TortureRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed }

    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }

    mutating func bytes(_ count: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(count)
        while out.count < count {
            var word = next()
            for _ in 0..<8 where out.count < count {
                out.append(UInt8(truncatingIfNeeded: word))
                word >>= 8
            }
        }
        return out
    }
}

/// Builders shared by the input catalogue.
enum TortureText {
    /// A small but complete article: section, headline, byline, date, paragraphs with quotes.
    static func article(body extra: String = "") -> String {
        """
        World
        Officials weigh a new plan for the harbour
        By Jane Doe and John Roe
        Published: 3 March 2024
        LONDON — The city council on Tuesday approved the first stage of the plan.
        "We have waited long enough," said Mary Smith, the council leader. "Now we build."
        Critics said the cost was too high, and the vote was close.
        \(extra)
        Advertisement
        The work begins in April, officials said.
        """
    }

    static func utf16(_ text: String, bigEndian: Bool, bom: Bool) -> [UInt8] {
        var out: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
            out += bigEndian ? [high, low] : [low, high]
        }
        return out
    }

    /// `count` copies of `piece` joined by `separator`.
    static func repeated(_ piece: String, _ count: Int, separator: String = "") -> String {
        Array(repeating: piece, count: count).joined(separator: separator)
    }
}
