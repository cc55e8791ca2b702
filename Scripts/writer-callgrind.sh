#!/usr/bin/env bash
# Instructions per article of each writer alone, under callgrind (load-independent): compiles the
# Copydesk sources with a small loop (swiftc -O, outside SwiftPM, whose release binaries valgrind
# cannot read), parses up to MAX_ARTICLES *.txt under CORPUS_DIR once, then writes every article
# through one WriterWorkspace as a batch worker does; the count of a 3-round run minus a 1-round
# run, divided by 2 × articles, is printed per format.
# Usage: Scripts/writer-callgrind.sh [CORPUS_DIR] [MAX_ARTICLES] [FORMAT…]   (default: 300, xml json csv-quotes text)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/dev}
limit=${2:-300}
shift $(( $# > 2 ? 2 : $# ))
formats=${*:-xml json csv-quotes text}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/main.swift" <<'SWIFT'
import Foundation
@main
struct WriterCount {
    static func main() throws {
        let args = CommandLine.arguments
        let root = URL(fileURLWithPath: args[1])
        let limit = Int(args[2]) ?? 300
        let rounds = Int(args[4]) ?? 1
        var paths: [String] = []
        if let e = FileManager.default.enumerator(atPath: root.path) {
            for case let p as String in e where p.hasSuffix(".txt") { paths.append(p) }
        }
        paths = Array(paths.sorted().prefix(limit))
        var articles: [Article] = []
        for p in paths {
            let bytes = [UInt8](try Data(contentsOf: root.appendingPathComponent(p)))
            articles.append(try ArticleParser().parse(bytes: bytes, id: String(p.dropLast(4)), path: p))
        }
        let writer = try WriterRegistry.format(named: args[3]).writer
        var workspace = WriterWorkspace()
        var sink = 0
        for _ in 0..<rounds {
            for index in articles.indices { sink &+= try writer.write(articles[index], reusing: &workspace).count }
        }
        print("articles \(articles.count) (sink \(sink % 10))")
    }
}
SWIFT
swiftc -O -wmo -parse-as-library -module-name CopydeskWriterCount \
  -I Sources/CLibXML2 -I /usr/include/libxml2 -lxml2 \
  $(find Sources/Copydesk -name '*.swift') "$work/main.swift" -o "$work/count" 2>&1 | grep -v warning || true
articles=$(find "$corpus" -name '*.txt' | wc -l); [ "$articles" -gt "$limit" ] && articles=$limit
count() { valgrind --tool=callgrind --callgrind-out-file="$work/cg.$1.$2" "$work/count" "$corpus" "$limit" "$1" "$2" 2>&1 \
  | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'; }
for format in $formats; do
  one=$(count "$format" 1); three=$(count "$format" 3)
  printf '%-11s %8d instructions/article\n' "$format" $(( (three - one) / (2 * articles) ))
done
