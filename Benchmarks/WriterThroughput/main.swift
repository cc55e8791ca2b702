// Writer throughput: parses the dev corpus once, then writes every article N times with each
// writer named on the command line and prints MB/s of input and output and µs per article.
//
//   swift run -c release WriterThroughput [--corpus DIR] [--rounds N] [--no-reuse] [FORMAT…]
// Articles are written as a batch worker writes them, through one `WriterWorkspace` per writer;
// `--no-reuse` calls the plain `write(_:)` instead.
import Copydesk
import Foundation

/// CPU time of the calling thread, in seconds (unaffected by other processes on a busy machine).
func threadCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

var arguments = Array(CommandLine.arguments.dropFirst())
var corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../../shared/corpus/dev").standardized
var rounds = 200
var formats: [String] = []
var reuse = true
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--corpus": corpus = URL(fileURLWithPath: arguments.removeFirst())
    case "--rounds": rounds = Int(arguments.removeFirst()) ?? rounds
    case "--no-reuse": reuse = false  // plain write(_:), no WriterWorkspace
    default: formats.append(argument)
    }
}
if formats.isEmpty { formats = ["xml", "ninjs", "json"] }

let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
guard !names.isEmpty else {
    FileHandle.standardError.write(Data("no .txt articles in \(corpus.path)\n".utf8))
    exit(2)
}
var articles: [Article] = []
var inputBytes = 0
for name in names {
    let bytes = [UInt8](try Data(contentsOf: corpus.appendingPathComponent(name)))
    inputBytes += bytes.count
    articles.append(try ArticleParser().parse(bytes: bytes, id: String(name.dropLast(4)), path: name))
}
print("corpus: \(articles.count) articles, \(inputBytes) input bytes, \(rounds) rounds per writer")

for name in formats {
    let writer = try WriterRegistry.format(named: name).writer
    var workspace = WriterWorkspace()
    for article in articles { _ = try writer.write(article) }  // warm-up
    var outputBytes = 0
    let cpuStart = threadCPUSeconds()
    let clock = ContinuousClock()
    let elapsed = try clock.measure {
        for _ in 0..<rounds {
            for article in articles {
                outputBytes += try (reuse ? writer.write(article, reusing: &workspace) : writer.write(article)).count
            }
        }
    }
    let cpu = threadCPUSeconds() - cpuStart
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let writes = Double(rounds * articles.count)
    let inMB = Double(inputBytes * rounds) / 1e6 / seconds
    let outMB = Double(outputBytes) / 1e6 / seconds
    let micros = seconds / writes * 1e6
    print(String(format: "%-6@ %7.1f MB/s input  %7.1f MB/s output  %7.1f µs/article wall  %7.1f µs/article CPU  (%d writes, %.2f s)",
                 name as NSString, inMB, outMB, micros, cpu / writes * 1e6, Int(writes), seconds))
}
