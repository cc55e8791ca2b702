/// The one-letter "X" button of a share row ("Facebook", "X", "Email"): the network once called Twitter, furniture only
/// where share buttons stand on both sides of it.
extension ContextRules {
    /// Marks each text line "X" (capitals folded) set between two share lines as a share button.
    static func markShareRowLetters(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        guard lines.count >= 3 else { return }
        for index in 1..<(lines.count - 1) where lines[index].end &- lines[index].start == 1
            && lines[index].firstLowerByte == UInt8(ascii: "x") && roles.kind(index) == .text
            && roles.kind(index - 1) == .share && roles.kind(index + 1) == .share {
            roles.set(index, .furniture(.share))
        }
    }
}
