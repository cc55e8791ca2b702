#!/usr/bin/env bash
# Instructions per article of the whole program under callgrind (load-independent): the real
# `convert --to xml,json,csv-quotes,text --jobs 1` on N generated articles, runner, parse, writers
# and file I/O wrappers included. valgrind cannot read SwiftPM's dynamically linked release binary,
# so this builds one with the Swift standard library linked in (`--static-swift-stdlib`, its own
# scratch folder, debug info stripped). The count of an empty run (start-up) is subtracted.
# valgrind lacks the CPU's SHA extensions, so BoringSSL's portable SHA-256 runs instead of the
# hardware one (~160 K instructions per article here against ~2 K natively); the script prints
# the count with and without it.
# Usage: Scripts/whole-callgrind.sh [N]   (default 300; needs ../shared/bench/make-corpus.py;
#        SCRATCH=DIR for the static build's scratch folder, default .build-static)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-300}
shared=${SHARED:-../shared}
work=$(mktemp -d /dev/shm/copydesk-wcg.XXXXXX 2>/dev/null || mktemp -d)
trap 'rm -rf "$work"' EXIT
scratch=${SCRATCH:-.build-static}
swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product convert 2>&1 | tail -1
strip --strip-debug -o "$work/convert" "$scratch/release/convert"
python3 "$shared/bench/make-corpus.py" "$n" "$work/in" >/dev/null
mkdir -p "$work/empty"
count() {  # count INPUT_DIR: total instructions, and those under SHA256.hexDigest
    valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$work/convert" \
        --to xml,json,csv-quotes,text --jobs 1 --quiet "$1" "$work/out.$RANDOM" >/dev/null 2>&1
    callgrind_annotate --inclusive=yes --threshold=100 "$work/cg.out" |
        awk '/PROGRAM TOTALS/ { gsub(",", "", $1); total = $1 }
             /SHA256.*hexDigest/ && !sha { gsub(",", "", $1); sha = $1 }
             END { print total, sha + 0 }'
}
read -r full sha < <(count "$work/in")
read -r empty _ < <(count "$work/empty")
echo "whole program, $n articles, 4 formats, --jobs 1: $(( (full - empty) / n )) instructions/article;" \
     "without the portable SHA-256: $(( (full - empty - sha) / n ))"
