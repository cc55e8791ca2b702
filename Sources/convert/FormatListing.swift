import Copydesk

/// The `--list-formats` table, read from the one registry.
enum FormatListing {
    static func render() -> String {
        let nameWidth = WriterRegistry.formats.map(\.name.count).max() ?? 4
        var out = ""
        for format in WriterRegistry.formats {
            let padded = format.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            let aliases = format.aliases.isEmpty ? "" : "  (also: \(format.aliases.joined(separator: ", ")))"
            out += "\(padded)  .\(format.fileExtension)  \(format.summary)\(aliases)\n"
        }
        return out
    }
}
