#!/usr/bin/env bash
# Release-build timing of the quotes stage alone: compiles the Copydesk sources with a small loop
# (swiftc -O, outside SwiftPM), parses every *.txt under CORPUS_DIR once, then times
# QuoteFinder.quotes(in:reusing:) (one QuoteWorkspace for the run, as a batch worker keeps one)
# over the parsed articles and prints µs CPU per article.
# With CALLGRIND=1 it runs the loop with 0 and 1 rounds under `valgrind --tool=callgrind` instead
# and prints the quotes stage's instructions per article (the difference), which does not depend on
# load; KEEP=PATH keeps the one-round callgrind file as PATH.
# Usage: Scripts/quote-timing.sh [CORPUS_DIR] [ROUNDS] [MAX_ARTICLES]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/dev}
rounds=${2:-20}
limit=${3:-3000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/main.swift" <<'SWIFT'
import Foundation
@main
struct QuoteTiming {
    static func main() throws {
        let args = CommandLine.arguments
        let root = URL(fileURLWithPath: args[1])
        let rounds = Int(args[2]) ?? 20
        let limit = Int(args[3]) ?? 3000
        var paths: [String] = []
        if let e = FileManager.default.enumerator(atPath: root.path) {
            for case let p as String in e where p.hasSuffix(".txt") { paths.append(p) }
        }
        paths = Array(paths.sorted().prefix(limit))
        let parser = ArticleParser()
        let articles = try paths.map { parser.parse(text: try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8), id: $0) }
        let finder = QuoteFinder()
        var workspace = QuoteWorkspace()  // one per worker, as the batch keeps it
        var sink = 0
        for a in articles { sink &+= finder.quotes(in: a, reusing: &workspace).count }
        let quoteCount = sink
        var best = Double.infinity
        for _ in 0..<rounds {
            let cpuStart = clock()
            for a in articles { sink &+= finder.quotes(in: a, reusing: &workspace).count }
            best = min(best, Double(clock() - cpuStart) / Double(CLOCKS_PER_SEC) / Double(articles.count))
        }
        print("articles: \(articles.count), quotes: \(quoteCount), rounds: \(rounds)")
        print("quotes stage: \(String(format: "%.1f", best * 1e6)) µs CPU per article (best round) (sink \(sink % 10))")
    }
}
SWIFT
swiftc -O -wmo -parse-as-library -module-name CopydeskQuoteTiming \
  -I Sources/CLibXML2 -I /usr/include/libxml2 -lxml2 \
  $(find Sources/Copydesk -name '*.swift') "$work/main.swift" -o "$work/timing" 2>&1 | grep -v warning || true
if [ -n "${BIN:-}" ]; then cp "$work/timing" "$BIN"; exit; fi
if [ -n "${CALLGRIND:-}" ]; then
  count() { valgrind --tool=callgrind --callgrind-out-file="$work/cg.$1" "$work/timing" "$corpus" "$1" "$limit" 2>&1 \
    | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'; }
  base=$(count 0); one=$(count 1)
  [ -n "${KEEP:-}" ] && cp "$work/cg.1" "$KEEP"
  articles=$(find "$corpus" -name '*.txt' | wc -l); [ "$articles" -gt "$limit" ] && articles=$limit
  printf 'quotes stage: %d instructions/article\n' "$(( (one - base) / articles ))"
  exit
fi
if [ -n "${PERF:-}" ]; then perf record ${PERFARGS:--g} -o "$PERF" "$work/timing" "$corpus" "$rounds" "$limit"; else "$work/timing" "$corpus" "$rounds" "$limit"; fi
