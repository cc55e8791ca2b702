#!/usr/bin/env bash
# Scores the release build on ../shared/corpus/dev and fails when a metric drops below its floor.
# The floors sit just under what the parser reaches today, so any regression fails CI.
set -euo pipefail
cd "$(dirname "$0")/.."
scorer=../shared/eval/score.py
if [ ! -f "$scorer" ]; then
  echo "quality gate skipped: $scorer not found (a clone without ../shared)"
  exit 0
fi
swift build -c release --product convert
python3 "$scorer" --convert .build/release/convert \
  --min body_f1=0.92 \
  --min para_f1=0.60 \
  --min headline_acc=0.40 \
  --min quote_f1=0.97 \
  --min speaker_acc=0.95 \
  --min attributed_f1=0.95
