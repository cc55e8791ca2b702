import Foundation

/// Paths the tests need: the package root, the built `convert`, the shared folder (optional).
enum TestPaths {
    /// The package root, found from this file's location.
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("package root not found above \(#filePath)")
    }()

    /// The `convert` executable built beside the test bundle.
    static var convert: URL {
        let binDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [
            binDirectory.appendingPathComponent("convert"),
            binDirectory.deletingLastPathComponent().appendingPathComponent("convert"),
            root.appendingPathComponent(".build/debug/convert"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }

    /// `../shared` beside the checkout, or `nil` in a user's own clone.
    static let shared: URL? = {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("corpus/dev").path) ? url : nil
    }()

    /// The bundled example article.
    static let exampleArticle = root.appendingPathComponent("examples/articles/scmp-xi-science-cooperation.txt")

    /// A fixture file shipped with the tests.
    static func fixture(_ name: String) -> URL {
        root.appendingPathComponent("Tests/CopydeskTests/Fixtures").appendingPathComponent(name)
    }

    /// A new empty temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
