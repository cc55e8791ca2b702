import Copydesk
import Foundation

/// The single-article calls: one input (a file or '-') to standard output, a file, or a folder.
struct SingleArticlePlan {
    let input: String
    let output: String?
    let formats: [OutputFormat]
    /// Inputs above this many bytes fail with `too-large` (`--max-bytes`).
    var maxBytes = Int.max

    init(paths: [String], formats: [OutputFormat], maxBytes: Int = Int.max) throws {
        self.maxBytes = maxBytes
        guard paths.count <= 2 else {
            throw CopydeskError(.usage, reason: "several inputs need a directory input or --merge (got \(paths.count) paths)")
        }
        input = paths[0]
        output = paths.count == 2 ? paths[1] : nil
        self.formats = formats
        if output == nil && formats.count > 1 {
            throw CopydeskError(.usage, reason: "several formats need an output folder (convert --to \(formats.map(\.name).joined(separator: ",")) INPUT OUTDIR/)")
        }
    }

    func run() throws {
        let article = try readArticle()
        guard let output else {
            let bytes = try write(article, formats[0])
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        if Self.isFolder(output) {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            for format in formats {
                let target = (output as NSString).appendingPathComponent("\(article.id).\(format.fileExtension)")
                try AtomicFile.write(try write(article, format), to: target)
            }
        } else {
            guard formats.count == 1 else {
                throw CopydeskError(.usage, input: output, reason: "several formats need an output folder (end it with '/')")
            }
            try AtomicFile.write(try write(article, formats[0]), to: output)
        }
    }

    private func readArticle() throws -> Article {
        if input == "-" {
            let stdin = FileHandle.standardInput
            let bytes = [UInt8](maxBytes == Int.max ? stdin.readDataToEndOfFile() : try stdin.read(upToCount: maxBytes + 1) ?? Data())
            try checkSize(bytes.count, "-")
            return try ArticleParser().parse(bytes: bytes, id: nil, path: nil)
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: input))?[.size] as? Int { try checkSize(size, input) }
        let bytes = try AtomicFile.read(input)
        try checkSize(bytes.count, input)
        let stem = ((input as NSString).lastPathComponent as NSString).deletingPathExtension
        return try ArticleParser().parse(bytes: bytes, id: stem, path: input)
    }

    private func checkSize(_ size: Int, _ name: String) throws {
        guard size > maxBytes else { return }
        let shown = name == "-" ? "more than \(maxBytes)" : "\(size)"
        throw CopydeskError(.tooLarge, input: name, reason: "too large: \(shown) bytes, the limit is \(maxBytes) (--max-bytes)")
    }

    private func write(_ article: Article, _ format: OutputFormat) throws -> [UInt8] {
        do { return try format.writer.write(article) } catch let error as CopydeskError { throw error } catch {
            throw CopydeskError(.writeFailed, input: input, reason: "\(format.name) writer failed: \(error)")
        }
    }

    private static func isFolder(_ path: String) -> Bool {
        if path.hasSuffix("/") { return true }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
