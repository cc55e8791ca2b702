import Copydesk
import Foundation

/// The single-article calls: one input (a file or '-') to standard output, a file, or a folder.
struct SingleArticlePlan {
    let input: String
    let output: String?
    let formats: [OutputFormat]

    init(paths: [String], formats: [OutputFormat]) throws {
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
            let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            return try ArticleParser().parse(bytes: bytes, id: nil, path: nil)
        }
        let bytes = try AtomicFile.read(input)
        let stem = ((input as NSString).lastPathComponent as NSString).deletingPathExtension
        return try ArticleParser().parse(bytes: bytes, id: stem, path: input)
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
