import ArgumentParser
import Copydesk
import Foundation

/// `convert`: scraped news text in, structured article data out.
@main
struct Convert: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Turn scraped news article text into clean, structured, standard data.",
        discussion: """
        Formats: \(WriterRegistry.formats.map(\.name).joined(separator: ", ")) (see --list-formats).

        Examples:
          convert --to json article.txt              one article, JSON on stdout
          convert --to text article.txt out.txt      one article into one file
          convert --to json -                        read standard input
          convert --to json,text article.txt out/    one file per format inside out/
          convert --to json,text ./in ./out          every *.txt below ./in, mirrored
          convert --to json a.txt b.txt out/         several files into one folder
          convert --to json --merge ./in all.jsonl   all articles into one output

        Exit status: 0 converted, 1 an input failed (all others still converted),
        2 usage error, 130 interrupted (SIGINT/SIGTERM: nothing partial is left,
        the report is written).
        """,
        version: Copydesk.version
    )

    @Option(name: .customLong("to"), help: ArgumentHelp("Output formats, comma-separated (json, text, …).", valueName: "format[,format…]"))
    var formats: String?

    @Flag(name: .customLong("list-formats"), help: "List the registered output formats and exit.")
    var listFormats = false

    @Option(name: .customLong("jobs"), help: "Articles converted at the same time (default: all cores).")
    var jobs: Int?

    @Option(name: .customLong("include"), help: ArgumentHelp("File-name pattern for folder inputs (fnmatch; repeatable; default *.txt).", valueName: "glob"))
    var include: [String] = []

    @Option(name: .customLong("report"), help: ArgumentHelp("Write a JSON record of every input (status, outputs, error, bytes, ms).", valueName: "file"))
    var report: String?

    @Flag(name: .customLong("skip-existing"), help: "Leave inputs whose outputs all exist (resume an interrupted run).")
    var skipExisting = false

    @Flag(name: .customLong("merge"), help: "Write one output per format for the whole run (CSV once, JSON Lines, newsMessage, …).")
    var merge = false

    @Flag(name: .customLong("quiet"), help: "No progress bar, skip notes or summary line; errors are still printed.")
    var quiet = false

    @Option(name: .customLong("max-bytes"), help: ArgumentHelp("Inputs larger than this many bytes fail with 'too-large' (64 MiB).", valueName: "n"))
    var maxBytes: Int = BatchConfiguration.defaultMaxBytes

    @Argument(help: ArgumentHelp("INPUT… [OUTPUT]: files, '-' for standard input, then an output file or folder.", valueName: "paths"))
    var paths: [String] = []

    mutating func run() async throws {
        _ = try await execute()
    }

    /// Runs the request; a batch returns its summary, the single-article calls return `nil`.
    func execute() async throws -> BatchSummary? {
        if listFormats {
            print(FormatListing.render(), terminator: "")
            return nil
        }
        guard let formats else { throw ValidationError("missing --to FORMAT (see --list-formats)") }
        guard !paths.isEmpty else { throw ValidationError("missing INPUT (a file, or '-' for standard input)") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive") }
        let chosen: [OutputFormat]
        do { chosen = try WriterRegistry.formats(list: formats) } catch let error as CopydeskError {
            throw ValidationError("--to \(error.description)")
        }
        if BatchPlan.applies(to: paths, merge: merge, batchOptions: report != nil || skipExisting) {
            guard paths.count >= 2 else {
                throw ValidationError("a folder input or --merge needs an OUTPUT (convert --to \(formats) \(paths[0]) OUTPUT)")
            }
            var configuration = BatchConfiguration(
                inputs: Array(paths.dropLast()), output: paths[paths.count - 1], formats: chosen,
                include: include.isEmpty ? ["*.txt"] : include, jobs: jobs, maxBytes: maxBytes,
                skipExisting: skipExisting, merge: merge, countFirst: !quiet && isatty(2) == 1)
            configuration.reportsEveryArticle = report != nil  // else only failures and skips are read

            return try await BatchPlan(configuration: configuration, reportPath: report, quiet: quiet).run()
        }
        if report != nil || skipExisting {
            throw ValidationError("--report and --skip-existing need a folder OUTPUT (or a folder INPUT)")
        }
        let plan = try SingleArticlePlan(paths: paths, formats: chosen, maxBytes: maxBytes)
        try plan.run()
        return nil
    }

    /// Parses arguments and maps every failure to the documented exit statuses in one place.
    static func main() async {
        signal(SIGXFSZ, SIG_IGN)  // a file size limit makes write() fail with EFBIG instead of killing us
        do {
            var command = try parseAsRoot()
            guard let convert = command as? Convert else {
                try command.run()
                Foundation.exit(0)
            }
            guard let summary = try await convert.execute() else { Foundation.exit(0) }
            if summary.interrupted { Foundation.exit(130) }
            Foundation.exit(summary.failed > 0 || summary.error != nil ? 1 : 0)
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
