// Quote-finding throughput: parses the dev corpus once, then runs `QuoteFinder` on every article
// N times and prints CPU µs per article and per 5 KB of body text (release build).
//
//   swift run -c release QuoteThroughput [--corpus DIR] [--rounds N]
import Copydesk
import Foundation

/// CPU time of the calling thread, in seconds.
func threadCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

var arguments = Array(CommandLine.arguments.dropFirst())
var corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../../shared/corpus/dev").standardized
var rounds = 200
var timeParse = true
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--corpus": corpus = URL(fileURLWithPath: arguments.removeFirst())
    case "--rounds": rounds = Int(arguments.removeFirst()) ?? rounds
    case "--quotes-only": timeParse = false
    default: break
    }
}
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
let bodyBytes = articles.reduce(0) { $0 + $1.body.reduce(0) { $0 + $1.text.utf8.count } }
let finder = QuoteFinder()
// One workspace for the whole run, as a batch worker keeps one (`QuoteFinder.quotes(in:reusing:)`).
var workspace = QuoteWorkspace()
var found = 0
for article in articles { found += finder.quotes(in: article, reusing: &workspace).count }  // warm-up
let cpuStart = threadCPUSeconds()
for _ in 0..<rounds { for article in articles { found &+= finder.quotes(in: article, reusing: &workspace).count } }
let cpu = threadCPUSeconds() - cpuStart
let runs = Double(rounds * articles.count)
let perArticle = cpu / runs * 1e6
let per5KB = cpu / (Double(rounds) * Double(bodyBytes) / 5_000) * 1e6
var inputs: [[UInt8]] = []
for name in names { inputs.append([UInt8](try Data(contentsOf: corpus.appendingPathComponent(name)))) }
let parseStart = threadCPUSeconds()
let parseRounds = timeParse ? max(1, rounds / 4) : 0
for _ in 0..<parseRounds { for bytes in inputs { found &+= try ArticleParser().parse(bytes: bytes).quotes.count } }
let parseCPU = threadCPUSeconds() - parseStart
print("corpus: \(articles.count) articles, \(inputBytes) input bytes, \(bodyBytes) body bytes, \(rounds) rounds")
print(String(format: "quotes: %.1f µs CPU per article, %.1f µs per 5 KB of body text (%d quotes found)", perArticle, per5KB, found / (rounds + 1)))
if timeParse { print(String(format: "whole parse (quotes included): %.1f µs CPU per article, %.1f µs per 5 KB of input",
             parseCPU / Double(parseRounds * inputs.count) * 1e6, parseCPU / (Double(parseRounds) * Double(inputBytes) / 5_000) * 1e6)) }
