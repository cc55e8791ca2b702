import Foundation

/// The merged outputs of a `--merge` run: one pending `AtomicOutput` per format, fed entries in
/// input order, committed at the end (or discarded when the run is stopped or a write fails).
final class MergeSink {
    let formats: [OutputFormat]
    let targets: [String]
    private var outputs: [AtomicOutput] = []
    private var count = 0
    private(set) var error: CopydeskError?

    /// The merged file paths for `configuration`: OUTPUT itself for one format, else
    /// `OUTPUT/NAME.EXT` per format, NAME being the single input's name (or "merged").
    static func targets(for configuration: BatchConfiguration) -> [String] {
        let formats = configuration.formats
        if formats.count == 1 { return [BatchPaths.trimmed(configuration.output)] }
        let name = configuration.inputs.count == 1 ? BatchPaths.stem(of: BatchPaths.baseName(configuration.inputs[0])) : "merged"
        let safeName = name.isEmpty || name == "." || name == ".." ? "merged" : name
        return formats.map { BatchPaths.trimmed(configuration.output) + "/" + safeName + "." + $0.mergedExtension }
    }

    /// Opens every merged output and writes the headers.
    init(configuration: BatchConfiguration) throws {
        formats = configuration.formats
        targets = Self.targets(for: configuration)
        let folder = BatchPaths.parent(of: targets[0])
        if !folder.isEmpty {
            do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                throw CopydeskError(.outputFailed, input: folder, reason: "cannot create output folder")
            }
        }
        for (format, target) in zip(formats, targets) {
            let output = try AtomicOutput(path: target)
            outputs.append(output)
            do { try output.append(try format.writer.mergedHeader()) } catch {
                throw ItemProcessor.typed(error, target, .writeFailed, format.name)
            }
        }
    }

    /// Appends one converted article (entries computed for `index`, recomputed when earlier
    /// inputs were not merged); returns the result, failed when the merged output broke.
    func add(_ outcome: ItemProcessor.Outcome) -> BatchItemResult {
        var result = outcome.result
        guard result.status == .ok, let article = outcome.article else { return result }
        if let error {
            result.status = .failed
            result.error = CopydeskError(.outputFailed, input: result.input, reason: "merged output failed earlier: \(error.reason)")
            return result
        }
        do {
            for (position, format) in formats.enumerated() {
                let entry = count == result.index ? outcome.entries[position] : try format.writer.mergedEntry(article, index: count)
                try outputs[position].append(entry)
            }
            count += 1
        } catch {
            let failure = ItemProcessor.outputError(error, result.input)
            self.error = failure
            result.status = .failed
            result.error = failure
        }
        return result
    }

    /// Writes the footers and makes the files visible; returns their paths. With `commit` false
    /// (stopped run) or after a failure, the temporaries are removed and nothing appears.
    func finish(commit: Bool) throws -> [String] {
        defer { outputs.forEach { $0.discard() } }
        if let error { throw error }
        guard commit else { return [] }
        for (position, format) in formats.enumerated() {
            do {
                try outputs[position].append(try format.writer.mergedFooter())
                try outputs[position].commit()
            } catch {
                throw ItemProcessor.typed(error, targets[position], .outputFailed, format.name)
            }
        }
        return targets
    }
}
