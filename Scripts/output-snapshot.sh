#!/usr/bin/env bash
# Writes every format (json, xml, text, csv-quotes, ninjs) for the dev corpus and the parser/torture
# fixtures into OUTDIR with a given convert binary, so a speed change can be checked byte for byte:
#   Scripts/output-snapshot.sh /tmp/ref  [path/to/convert]     # before the change
#   Scripts/output-snapshot.sh /tmp/new                         # after it (default: .build/release/convert)
#   diff -r /tmp/ref /tmp/new                                   # must print nothing
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: output-snapshot.sh OUTDIR [CONVERT]}
convert=${2:-.build/release/convert}
# A fixed input folder: outputs record the source path, so it must be the same in both runs.
input=${TMPDIR:-/tmp}/copydesk-snapshot-input
# One run at a time on this machine: a second run would rewrite the shared input folder.
exec 9>"${TMPDIR:-/tmp}/copydesk-snapshot.lock"
flock 9
rm -rf "$input"; mkdir -p "$input"
trap 'rm -rf "$input"' EXIT
if [ -d ../shared/corpus/dev ]; then cp ../shared/corpus/dev/*.txt "$input"/; fi
find Tests/CopydeskTests/Fixtures -type f -name '*.txt' | while read -r f; do
  name=${f#Tests/CopydeskTests/Fixtures/}; cp "$f" "$input/fx_${name//\//_}"
done
rm -rf "$out"; mkdir -p "$out"
SWIFT_BACKTRACE=enable=no "$convert" --to json,xml,text,csv-quotes,ninjs --jobs 2 --quiet "$input" "$out" || echo "convert exit $?"
echo "$(find "$out" -type f | wc -l) files in $out"
