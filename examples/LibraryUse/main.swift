// A minimal pipeline built on the Copydesk library: parse one article, write two formats.
//
//     swift run LibraryUse examples/articles/scmp-xi-science-cooperation.txt
import Copydesk
import Foundation

let arguments = CommandLine.arguments.dropFirst()
guard let path = arguments.first else {
    FileHandle.standardError.write(Data("usage: LibraryUse ARTICLE.txt\n".utf8))
    exit(2)
}

do {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let article = try ArticleParser().parse(bytes: bytes, id: "example", path: path)
    print("headline: \(article.headline ?? "(none)")")
    print("\(article.body.count) body blocks, \(article.media.count) media items, \(article.quotes.count) quotes")
    for name in ["text", "json"] {
        let format = try WriterRegistry.format(named: name)
        let output = try format.writer.write(article)
        print("--- \(name): \(output.count) bytes")
    }
} catch {
    FileHandle.standardError.write(Data("LibraryUse: \(error)\n".utf8))
    exit(1)
}
