#!/usr/bin/env bash
# libFuzzer over parse + every registered writer (see docs/ROBUSTNESS.md).
#
#   Scripts/fuzz.sh            fuzz for 600 seconds
#   Scripts/fuzz.sh 3600       fuzz for an hour
#   Scripts/fuzz.sh 10000000r  fuzz for ten million executions
#   Scripts/fuzz.sh build      only build fuzz-out/copydesk-fuzz (FUZZ_BIN=path: another binary,
#                              e.g. one build with AddressSanitizer and one without, side by side)
#   Scripts/fuzz.sh FILE…      run the fuzz target once on each FILE (reproduce a finding)
#
# The binary, the working corpus, crash files and logs all go to fuzz-out/ (git-ignored).
# Seeds: examples/articles, the torture fixtures and, when present, ../shared/corpus/dev/*.txt
# (copied into fuzz-out/seeds; the shared corpus is never committed).
set -euo pipefail
cd "$(dirname "$0")/.."
out=fuzz-out
bin=${FUZZ_BIN:-$out/copydesk-fuzz}
mkdir -p "$out/corpus" "$out/seeds" "$out/crashes" "$out/build"
export SWIFT_BACKTRACE=enable=no

build() {
  # swiftc cannot link a SwiftPM target against libFuzzer's main, so compile the library's sources
  # and the fuzz entry point into one module here. swift-crypto is not linked, so SHA256 uses
  # PortableSHA256 (tested against swift-crypto's digest in ModelTests).
  local sources
  mapfile -t sources < <(find Sources/Copydesk -name '*.swift' | sort)
  set -o pipefail
  local coverage=()
  if [ -n "${FUZZ_COVERAGE:-}" ]; then coverage=(-sanitize-coverage="$FUZZ_COVERAGE"); fi
  swiftc -sanitize="${FUZZ_SANITIZE:-fuzzer,address}" "${coverage[@]}" -parse-as-library -O -swift-version 6 \
    -module-name Copydesk \
    -I Sources/CLibXML2 -I /usr/include/libxml2 -lxml2 \
    -module-cache-path "$out/build/module-cache" -use-ld=lld \
    "${sources[@]}" Fuzz/*.swift \
    -o "$bin.new" 2>&1 | { grep -v 'Cannot export local symbol' || true; }
  mv "$bin.new" "$bin"  # a rename: a running fuzzer keeps its binary
}

seed() {
  cp examples/articles/*.txt "$out/seeds/" 2>/dev/null || true
  if [ -d Tests/CopydeskTests/Fixtures/torture ]; then
    find Tests/CopydeskTests/Fixtures/torture -type f -size -64k -exec cp {} "$out/seeds/" \;
  fi
  if [ -d ../shared/corpus/dev ]; then cp ../shared/corpus/dev/*.txt "$out/seeds/"; fi
}

arg="${1:-600}"
if [ "$arg" = build ]; then build; exit 0; fi
if [ -f "$arg" ]; then
  [ -x "$bin" ] || build
  exec "$bin" -runs=1 "$@"
fi
# FUZZ_NO_BUILD=1 runs the binary already in fuzz-out/ (e.g. while the sources are being edited).
if [ -z "${FUZZ_NO_BUILD:-}" ] || [ ! -x "$bin" ]; then build; fi
seed
limit=(-max_total_time="$arg")
case "$arg" in *r) limit=(-runs="${arg%r}") ;; esac
# -max_len (FUZZ_MAX_LEN, default 4 KB): long enough for an article's front matter and several
# paragraphs, short enough to keep executions fast (Scripts/scale-check.sh covers big inputs).
# FUZZ_SANITIZE=fuzzer drops AddressSanitizer for speed (pure Swift is memory-safe; ASan guards
# the libxml2 calls and unsafe-pointer code). -timeout catches hangs; -rss_limit_mb runaway memory.
"$bin" "$out/corpus" "$out/seeds" \
  "${limit[@]}" -max_len="${FUZZ_MAX_LEN:-4096}" -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$out/crashes/" -print_final_stats=1 2>&1 | tee "$out/fuzz-$(date +%Y%m%d-%H%M%S)-$$.log"
