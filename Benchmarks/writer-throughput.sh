#!/usr/bin/env bash
# Release-build throughput of the writers (default: xml, ninjs and json for reference) on the dev corpus.
#   bash Benchmarks/writer-throughput.sh [--corpus DIR] [--rounds N] [FORMAT…]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product WriterThroughput
.build/release/WriterThroughput "$@"
