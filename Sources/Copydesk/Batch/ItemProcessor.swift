import Foundation

/// Converts one `WorkItem` on a worker thread: read, parse once, write every format.
/// In merge mode it returns the merged entries instead of writing files.
struct ItemProcessor: Sendable {
    let formats: [OutputFormat]
    let maxBytes: Int
    let skipExisting: Bool
    let merge: Bool
    /// Whether every result is reported (`BatchConfiguration.reportsEveryArticle`): a converted article's
    /// time and output paths are worked out only then (failures and skips are always reported).
    let reportsEveryArticle: Bool
    /// The formats' writers, taken out once: iterating the formats would copy (retain and release)
    /// each format's names and strings for every article.
    private let writers: [any ArticleWriter]
    /// The formats' file extensions, in format order, and the output names' endings made of them.
    private let extensions: [String]
    private let suffixes: OutputSuffixes

    init(formats: [OutputFormat], maxBytes: Int, skipExisting: Bool, merge: Bool, reportsEveryArticle: Bool = true) {
        self.formats = formats
        self.reportsEveryArticle = reportsEveryArticle
        self.maxBytes = maxBytes
        self.skipExisting = skipExisting
        self.merge = merge
        writers = formats.map(\.writer)
        extensions = formats.map(\.fileExtension)
        suffixes = OutputSuffixes(extensions)
    }

    func process(_ item: WorkItem) -> Outcome {
        var parsing = ParseWorkspace()
        var workspace = WriterWorkspace()
        var folder = OutputFolder()
        var entries: [[UInt8]] = []
        return process(item, parsing: &parsing, workspace: &workspace, folder: &folder, entries: &entries)
    }

    /// `process(_:)` with the parser's and the writers' per-thread scratch state kept in `parsing`
    /// and `workspace`, the last output folder kept open in `folder`, and the array the outputs' bytes
    /// are gathered in (emptied after each item, its storage kept) in `entries` (one of each per worker).
    func process(_ item: WorkItem, parsing: inout ParseWorkspace, workspace: inout WriterWorkspace,
                 folder: inout OutputFolder, entries: inout [[UInt8]]) -> Outcome {
        if let preset = item.preset { return Outcome(result: preset.result) }
        let start = Clock.now()
        var facts = Facts()
        let refusal = convert(item, into: &facts, parsing: &parsing, workspace: &workspace, folder: &folder, entries: &entries)
        let status = refusal?.status ?? .ok
        // built once, in the returned value: a result filled in step by step was copied on its way out
        let milliseconds = status != .ok || reportsEveryArticle || facts.merged != nil ? (Clock.now() - start) * 1000 : 0
        return Outcome(result: BatchItemResult(index: item.index, input: item.input, status: status, outputs: facts.outputs,
                                               error: refusal?.error, bytes: facts.bytes, milliseconds: milliseconds,
                                               encoding: facts.encoding),
                       merged: facts.merged)
    }

    /// What `convert` found out about an item on the way, for its result.
    private struct Facts {
        var bytes = 0
        var encoding: String?
        var outputs: [String] = []
        var merged: Outcome.Merged?
    }

    /// Reads, parses and writes `item`, noting its size, encoding and (when reported) outputs in `facts`; in
    /// merge mode the article and its entries go there instead of files. Returns the failure or skip, if any.
    private func convert(_ item: WorkItem, into facts: inout Facts, parsing: inout ParseWorkspace, workspace: inout WriterWorkspace,
                         folder: inout OutputFolder, entries: inout [[UInt8]]) -> InputFile.Refusal? {
        if skipExisting && !merge && item.outputs(extensions).allSatisfy({ access($0, F_OK) == 0 }) {
            return .init(status: .skipped, error: CopydeskError(.exists, input: item.input, reason: "outputs exist (--skip-existing)"))
        }
        let bytes: [UInt8]
        do { bytes = try InputFile.read(item.input, maxBytes: maxBytes, into: &parsing.input) } catch { return error }
        facts.bytes = bytes.count
        let article: Article
        do { article = try ArticleParser().parse(bytes: bytes, id: item.stem, path: item.input, reusing: &parsing) } catch {
            return .init(status: .failed, error: Self.typed(error, item.input, .notText))
        }
        facts.encoding = article.source.encoding
        // let go of after the item: the text and csv writers reuse their arrays once no one else holds them
        defer { entries.removeAll(keepingCapacity: true) }
        entries.reserveCapacity(writers.count)
        // Indices, not elements: iterating would copy (retain and release) each writer and path.
        for k in writers.indices {
            do {
                entries.append(merge ? try writers[k].mergedEntry(article, index: item.index)
                    : try writers[k].write(article, reusing: &workspace))
            } catch {
                return .init(status: .failed, error: Self.typed(error, item.input, .writeFailed, formats[k].name))
            }
        }
        if merge {
            facts.merged = Outcome.Merged(article: article, entries: entries)
            return nil
        }
        // named in the open folder: no path String per output
        do { try folder.write(entries, folder: item.folder, stem: item.stem, suffixes: suffixes) } catch {
            return .init(status: .failed, error: Self.outputError(error, item.input))
        }
        if reportsEveryArticle { facts.outputs = item.outputs(extensions) }  // else nobody reads them
        return nil
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
