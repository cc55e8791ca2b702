#!/usr/bin/env bash
# Release-build cost of the parser's line stages alone (split + line facts, classify, context rules,
# layout + header + build; quotes excluded): compiles the Copydesk sources with a small loop
# (swiftc -O, outside SwiftPM), reads up to MAX_ARTICLES *.txt under CORPUS_DIR, and prints the
# best-round CPU µs per article for each cumulative stage.
# With CALLGRIND=1 it runs each cumulative stage once under `valgrind --tool=callgrind` instead and
# prints instructions per article (the loading run's count subtracted), which does not depend on load.
# Usage: Scripts/line-timing.sh [CORPUS_DIR] [ROUNDS] [MAX_ARTICLES]
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
struct LineTiming {
    /// Runs the line stages on `text` up to `stage` (1 split, 2 classify, 3 context, 4 layout, 5 build).
    static func run(_ text: String, stage: Int) -> Int {
        // as ArticleParser.parse runs them: lines and roles read in place, each line's text read through the page
        var text = text
        text.makeContiguousUTF8()
        let base = text
        return text.withUTF8 { text in
            let page = LinePage(base: base, utf8: text)
            let lines = TextLine.lines(in: text)
            guard stage >= 2 else { return lines.count }
            return lines.withUnsafeBufferPointer { lines in
            var roles = ArticleParser.classify(lines, page)
            guard stage >= 3 else { return roles.count }
            return roles.withUnsafeMutableBufferPointer { roles in
                RoleTable.with(roles) { table in  // as ArticleParser.parse: kinds worked out once, read by context and build
                    ContextRules.apply(table, lines, page)
                    guard stage >= 4 else { return roles.count }
                    let layout = PageLayout(lines, table, page)
                    guard stage >= 5 else { return layout.headerEnd }
                    let source = Source(path: nil, sha256: "", bytes: 0, encoding: "utf-8")
                    // as the parser: the discarded lines are ranges of the page
                    var builder = ArticleBuilder(article: Article(id: "t", source: source, discardedLines: DiscardedLines(base: base)))
                    builder.reserve(body: max(0, layout.bodyEnd - layout.headerEnd + 1))
                    builder.takeAll(lines: lines, text: text, roles: table, layout: layout)
                    return builder.finish().body.count
                }
            }
        } }
    }

    static func main() throws {
        let args = CommandLine.arguments
        let root = URL(fileURLWithPath: args[1])
        let rounds = Int(args[2]) ?? 20
        let limit = Int(args[3]) ?? 3000
        let only = args.count > 4 ? Int(args[4]) : nil
        var paths: [String] = []
        if let e = FileManager.default.enumerator(atPath: root.path) {
            for case let p as String in e where p.hasSuffix(".txt") { paths.append(p) }
        }
        paths = Array(paths.sorted().prefix(limit))
        let texts = try paths.map { InputDecoder.clean(try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)) }
        var sink = 0
        if let only {  // one pass of one cumulative stage (0: load only), for callgrind
            if only > 0 { for text in texts { sink &+= run(text, stage: only) } }
            print("articles: \(texts.count) stage \(only) (sink \(sink % 10))")
            return
        }
        print("articles: \(texts.count), rounds: \(rounds)")
        var previous = 0.0
        for (stage, name) in [(1, "split + line facts"), (2, "+ classify"), (3, "+ context rules"), (4, "+ layout, header"), (5, "+ build")] {
            for text in texts { sink &+= run(text, stage: stage) }
            var best = Double.infinity
            for _ in 0..<rounds {
                let cpuStart = clock()
                for text in texts { sink &+= run(text, stage: stage) }
                best = min(best, Double(clock() - cpuStart) / Double(CLOCKS_PER_SEC) / Double(texts.count))
            }
            print(String(format: "%-22@ %7.2f µs/article (stage %+.2f)", name as NSString, best * 1e6, (best - previous) * 1e6))
            previous = best
        }
        print("(sink \(sink % 10))")
    }
}
SWIFT
swiftc -O -wmo -parse-as-library -module-name CopydeskLineTiming \
  -I Sources/CLibXML2 -I /usr/include/libxml2 -lxml2 \
  $(find Sources/Copydesk -name '*.swift') "$work/main.swift" -o "$work/timing" 2>&1 | grep -v warning || true
if [ -n "${BIN:-}" ]; then cp "$work/timing" "$BIN"; exit; fi
if [ -n "${CALLGRIND:-}" ]; then
  count() { valgrind --tool=callgrind --callgrind-out-file="$work/cg.$1" "$work/timing" "$corpus" 1 "$limit" "$1" 2>&1 \
    | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'; }
  base=$(count 0)
  [ -n "${KEEP:-}" ] && cp "$work/cg.0" "$KEEP.0"
  articles=$(find "$corpus" -name '*.txt' | wc -l); [ "$articles" -gt "$limit" ] && articles=$limit
  previous=0
  for stage in ${STAGES:-1 2 3 4 5}; do
    total=$(( ($(count $stage) - base) / articles ))
    printf 'stage %d: %8d instructions/article cumulative (stage %+d)\n' "$stage" "$total" "$((total - previous))"
    previous=$total
    [ -n "${KEEP:-}" ] && cp "$work/cg.$stage" "$KEEP.$stage"
  done
  exit
fi
"$work/timing" "$corpus" "$rounds" "$limit"
