import Copydesk
import Foundation

/// The batch calls (a folder, several inputs, or `--merge`): a thin shell over `BatchConverter`
/// that adds signal handling, a progress bar, per-file error lines, the report and the summary.
struct BatchPlan {
    let configuration: BatchConfiguration
    let reportPath: String?
    let quiet: Bool

    /// True when `paths` call for the batch runner rather than the single-article calls.
    /// One file into a folder also runs as a batch when a batch-only option (`--report`,
    /// `--skip-existing`) asks for it.
    static func applies(to paths: [String], merge: Bool, batchOptions: Bool) -> Bool {
        if merge || paths.count > 2 { return true }
        if isFolder(paths[0]) { return true }
        return batchOptions && paths.count == 2 && (paths[1].hasSuffix("/") || isFolder(paths[1]))
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Runs the batch and returns its summary. SIGINT/SIGTERM stop it cleanly (a second signal
    /// exits at once). Usage problems throw `CopydeskError(.usage)`.
    func run() async throws -> BatchSummary {
        let converter = try BatchConverter(configuration)
        var report: BatchReport?
        if let reportPath {
            do { report = try BatchReport(path: reportPath, formats: configuration.formats.map(\.name)) } catch let error as CopydeskError {
                throw CopydeskError(.usage, input: reportPath, reason: "--report: \(error.reason)")
            }
        }
        let stop = BatchStop()
        let signals = Self.trapSignals(stop)
        defer { signals.forEach { $0.cancel() } }
        let bar = !quiet && isatty(2) == 1 ? ProgressBar() : nil
        let errors = StandardError()
        var summary = BatchSummary(interrupted: true)
        for try await event in converter.events(stop: stop) {
            switch event {
            case .started:
                break
            case .article(let result):
                try report?.add(result)
                if result.status == .failed, let error = result.error {
                    bar?.clear()
                    errors.line("convert: error: \(error.description) [\(error.code)]")
                } else if result.status == .skipped, !quiet, let error = result.error, error.code != .exists {
                    bar?.clear()
                    errors.line("convert: skipped: \(error.description)")
                }
            case .progress(let progress):
                bar?.draw(progress)
            case .finished(let final):
                summary = final
            }
        }
        bar?.clear()
        if let error = summary.error { errors.line("convert: error: \(error.description)") }
        do { try report?.finish(summary) } catch {
            errors.line("convert: error: report not written: \(error)")
            summary.error = summary.error ?? CopydeskError(.outputFailed, input: reportPath, reason: "report not written")
        }
        if !quiet { errors.line(Self.summaryLine(summary)) }
        return summary
    }

    /// "convert: 20000 articles in 1.93 s (10363 articles/s, 51.0 MB/s): 19998 converted, 2 failed, 0 skipped"
    static func summaryLine(_ s: BatchSummary) -> String {
        let rate = Int(s.articlesPerSecond.rounded())
        let megabytes = s.seconds > 0 ? Double(s.bytes) / 1_000_000 / s.seconds : 0
        let head = s.interrupted ? "convert: interrupted after" : "convert:"
        return "\(head) \(s.total) articles in \(String(format: "%.2f", s.seconds)) s (\(rate) articles/s, "
            + "\(String(format: "%.1f", megabytes)) MB/s): \(s.converted) converted, \(s.failed) failed, \(s.skipped) skipped"
    }

    /// SIGINT and SIGTERM request a clean stop through `stop`; a second one exits at once (130).
    /// The dispatch sources are the only signal state; they live as long as the run.
    private static func trapSignals(_ stop: BatchStop) -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if stop.isRequested { _exit(130) }
                stop.request()
            }
            source.resume()
            return source
        }
    }
}

/// Unbuffered lines on standard error.
struct StandardError {
    func line(_ text: String) {
        let bytes = Array((text + "\n").utf8)
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(2, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { if n < 0 && errno == EINTR { continue }; return }
                offset += n
            }
        }
    }
}
