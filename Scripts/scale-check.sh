#!/usr/bin/env bash
# Scale and time check (release build): for each big hostile input kind, seconds per MB for parse
# and every registered writer, peak RSS, and the ratio full size / quarter size (≈1 = linear).
# Fails when any stage takes a second or more per MB.
#
#   Scripts/scale-check.sh                 all kinds at full size (20 MB line, 300,000 lines, …)
#   Scripts/scale-check.sh --scale 0.1     everything at a tenth of the size
#   Scripts/scale-check.sh quotes          one kind
set -euo pipefail
cd "$(dirname "$0")/.."
scale=1
kinds=()
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale="$2"; shift 2 ;;
    *) kinds+=("$1"); shift ;;
  esac
done
[ ${#kinds[@]} -gt 0 ] || kinds=(long-line short-lines paragraphs quotes nested-quotes list-lines captions speakers standfirst surnames roles acronyms figures)
swift build -c release --product ScaleCheck >/dev/null
status=0
for kind in "${kinds[@]}"; do
  # One process per kind, so each peak RSS belongs to its input alone.
  out=$(SWIFT_BACKTRACE=enable=no .build/release/ScaleCheck "$kind" --scale "$scale")
  echo "$out"
  if echo "$out" | awk '/s\/MB/ && $1 != "total" { if ($2 + 0 >= 1.0) bad = 1 } END { exit bad ? 0 : 1 }'; then
    echo "  FAIL: a stage of $kind takes a second or more per MB"
    status=1
  fi
done
exit $status
