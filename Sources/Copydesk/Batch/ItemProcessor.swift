import Foundation

/// Converts one `WorkItem` on a worker thread: read, parse once, write every format.
/// In merge mode it returns the merged entries instead of writing files.
struct ItemProcessor: Sendable {
    let formats: [OutputFormat]
    let maxBytes: Int
    let skipExisting: Bool
    let merge: Bool
    /// Whether a converted article's time is measured (else only failures' and skips', which are always reported).
    let timesEveryArticle: Bool
    /// The formats' writers, taken out once: iterating the formats would copy (retain and release)
    /// each format's names and strings for every article.
    private let writers: [any ArticleWriter]

    init(formats: [OutputFormat], maxBytes: Int, skipExisting: Bool, merge: Bool, timesEveryArticle: Bool = true) {
        self.formats = formats
        self.timesEveryArticle = timesEveryArticle
        self.maxBytes = maxBytes
        self.skipExisting = skipExisting
        self.merge = merge
        writers = formats.map(\.writer)
    }

    /// The outcome of one item: its result and, in merge mode, the article and its entries.
    struct Outcome: Sendable {
        var result: BatchItemResult
        var article: Article?
        var entries: [[UInt8]]
    }

    func process(_ item: WorkItem) -> Outcome {
        var parsing = ParseWorkspace()
        var workspace = WriterWorkspace()
        var folder = OutputFolder()
        return process(item, parsing: &parsing, workspace: &workspace, folder: &folder)
    }

    /// `process(_:)` with the parser's and the writers' per-thread scratch state kept in `parsing`
    /// and `workspace`, and the last output folder kept open in `folder` (one of each per worker).
    func process(_ item: WorkItem, parsing: inout ParseWorkspace, workspace: inout WriterWorkspace,
                 folder: inout OutputFolder) -> Outcome {
        if let preset = item.preset { return Outcome(result: preset, article: nil, entries: []) }
        let start = Clock.now()
        var result = BatchItemResult(index: item.index, input: item.input, status: .ok)
        func finish(_ status: BatchStatus, _ error: CopydeskError?) -> Outcome {
            result.status = status
            result.error = error
            if status != .ok || timesEveryArticle { result.milliseconds = (Clock.now() - start) * 1000 }
            return Outcome(result: result, article: nil, entries: [])
        }
        if skipExisting && !merge && item.outputs.allSatisfy({ access($0, F_OK) == 0 }) {
            return finish(.skipped, CopydeskError(.exists, input: item.input, reason: "outputs exist (--skip-existing)"))
        }
        let bytes: [UInt8]
        do { bytes = try InputFile.read(item.input, maxBytes: maxBytes, into: &parsing.input) } catch { return finish(error.status, error.error) }
        result.bytes = bytes.count
        let article: Article
        do { article = try ArticleParser().parse(bytes: bytes, id: item.stem, path: item.input, reusing: &parsing) } catch {
            return finish(.failed, Self.typed(error, item.input, .notText))
        }
        result.encoding = article.source.encoding
        var entries: [[UInt8]] = []
        entries.reserveCapacity(writers.count)
        // Indices, not elements: iterating would copy (retain and release) each writer and path.
        for k in writers.indices {
            do {
                entries.append(merge ? try writers[k].mergedEntry(article, index: item.index)
                    : try writers[k].write(article, reusing: &workspace))
            } catch {
                return finish(.failed, Self.typed(error, item.input, .writeFailed, formats[k].name))
            }
        }
        if merge {
            result.milliseconds = (Clock.now() - start) * 1000
            return Outcome(result: result, article: article, entries: entries)
        }
        for k in entries.indices where k < item.outputs.count {
            do { try folder.write(entries[k], to: item.outputs[k]) } catch {
                return finish(.failed, Self.outputError(error, item.input))
            }
        }
        result.outputs = item.outputs
        return finish(.ok, nil)
    }

    /// A `CopydeskError` about `input`, whatever was thrown.
    static func typed(_ error: any Error, _ input: String, _ fallback: CopydeskError.Code, _ format: String? = nil) -> CopydeskError {
        if var error = error as? CopydeskError {
            if error.input != input { error.reason = (format.map { "\($0) writer: " } ?? "") + error.reason; error.input = input }
            return error
        }
        return CopydeskError(fallback, input: input, reason: (format.map { "\($0) writer failed: " } ?? "") + "\(error)")
    }

    /// An output failure reported against the input, naming the output path in the reason.
    static func outputError(_ error: any Error, _ input: String) -> CopydeskError {
        guard let error = error as? CopydeskError else { return CopydeskError(.outputFailed, input: input, reason: "\(error)") }
        return CopydeskError(.outputFailed, input: input, reason: "\(error.input ?? "output"): \(error.reason)")
    }
}

/// Monotonic seconds, cheap enough to read per article.
enum Clock {
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
