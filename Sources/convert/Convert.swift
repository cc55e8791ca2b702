import ArgumentParser
import Copydesk
import Foundation

/// `convert`: scraped news text in, structured article data out.
@main
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Turn scraped news article text into clean, structured, standard data.",
        discussion: """
        Formats: \(WriterRegistry.formats.map(\.name).joined(separator: ", ")) (see --list-formats).

        Examples:
          convert --to json article.txt              one article, JSON on standard output
          convert --to text article.txt out.txt      one article into one file
          convert --to json -                        read standard input
          convert --to json,text article.txt out/    one file per format inside out/

        Exit status: 0 converted, 1 an input failed, 2 usage error, 130 interrupted.
        """,
        version: Copydesk.version
    )

    @Option(name: .customLong("to"), help: ArgumentHelp("Output formats, comma-separated (json, text, …).", valueName: "format[,format…]"))
    var formats: String?

    @Flag(name: .customLong("list-formats"), help: "List the registered output formats and exit.")
    var listFormats = false

    @Argument(help: ArgumentHelp("INPUT… [OUTPUT]: files, '-' for standard input, then an output file or folder.", valueName: "paths"))
    var paths: [String] = []

    mutating func run() throws {
        if listFormats {
            print(FormatListing.render(), terminator: "")
            return
        }
        guard let formats else { throw ValidationError("missing --to FORMAT (see --list-formats)") }
        guard !paths.isEmpty else { throw ValidationError("missing INPUT (a file, or '-' for standard input)") }
        let chosen: [OutputFormat]
        do { chosen = try WriterRegistry.formats(list: formats) } catch let error as CopydeskError {
            throw ValidationError("--to \(error.description)")
        }
        let plan = try SingleArticlePlan(paths: paths, formats: chosen)
        try plan.run()
    }

    /// Parses arguments and maps every failure to the documented exit statuses in one place.
    static func main() {
        do {
            var command = try parseAsRoot() 
            try command.run()
        } catch let error as CopydeskError {
            FileHandle.standardError.write(Data("convert: error: \(error.description)\n".utf8))
            Foundation.exit(error.code == .usage || error.code == .unknownFormat ? 2 : 1)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data("convert: error: \(message(for: error))\n".utf8))
            FileHandle.standardError.write(Data("Usage: convert --to FORMAT[,FORMAT…] INPUT… [OUTPUT]  (see --help)\n".utf8))
            Foundation.exit(2)
        }
    }
}
