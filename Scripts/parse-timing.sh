#!/usr/bin/env bash
# Release-build parse timing: compiles the Copydesk sources with a small timing loop (swiftc -O,
# outside SwiftPM) and reports the mean parse time per article over the dev corpus, then the time
# for one ~5 MB input made by concatenating the corpus (linearity check).
# Usage: Scripts/parse-timing.sh [CORPUS_DIR] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/dev}
rounds=${2:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/main.swift" <<'SWIFT'
import Foundation
@main
struct Timing {
    static func main() throws {
        let args = CommandLine.arguments
        let dir = URL(fileURLWithPath: args[1])
        let rounds = Int(args[2]) ?? 200
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        let texts = try files.map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
        let parser = ArticleParser()
        var sink = 0
        for text in texts { sink &+= parser.parse(text: text, id: "warm").body.count }
        let wallClock = ContinuousClock()
        let start = wallClock.now
        let cpuStart = clock()
        for _ in 0..<rounds { for text in texts { sink &+= parser.parse(text: text, id: "t").body.count } }
        let elapsed = wallClock.now - start
        let cpuPerArticle = Double(clock() - cpuStart) / Double(CLOCKS_PER_SEC) / Double(rounds * texts.count)
        let perArticle = elapsed / (rounds * texts.count)
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        print("articles: \(texts.count), mean size \(bytes / texts.count) bytes, rounds: \(rounds)")
        print("mean parse time per article (quotes included): \(perArticle) wall, \(Int(cpuPerArticle * 1e6)) µs CPU")
        var big = ""
        while big.utf8.count < (ProcessInfo.processInfo.environment["BIG"].flatMap { Int($0) } ?? 5_000_000) { for text in texts { big += text; big += "\n" } }
        let bigStart = wallClock.now
        let bigCPU = clock()
        let article = parser.parse(text: big, id: "big")
        let bigElapsed = wallClock.now - bigStart
        let bigCPUSeconds = Double(clock() - bigCPU) / Double(CLOCKS_PER_SEC)
        print("one input of \(big.utf8.count) bytes: \(bigElapsed) wall, \(bigCPUSeconds) s CPU (\(article.body.count) body blocks, \(article.discarded.count) discarded)")
        print("throughput: \(Double(big.utf8.count) / 1e6 / (Double(bigElapsed.components.attoseconds) / 1e18 + Double(bigElapsed.components.seconds))) MB/s (sink \(sink % 10))")
    }
}
SWIFT
swiftc -O -wmo -parse-as-library -module-name CopydeskTiming \
  -I Sources/CLibXML2 -I /usr/include/libxml2 -lxml2 \
  $(find Sources/Copydesk -name '*.swift') "$work/main.swift" -o "$work/timing" 2>&1 | grep -v warning || true
if [ -n "${PERF:-}" ]; then perf record -g -o /tmp/pw/perf.data "$work/timing" "$corpus" "$rounds" >/dev/null 2>&1; perf report -i /tmp/pw/perf.data --no-children --percent-limit 2 --stdio 2>/dev/null | grep -E "^ +[0-9]" | head -40; else "$work/timing" "$corpus" "$rounds"; fi
