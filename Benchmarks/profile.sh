#!/usr/bin/env bash
# Where the batch time goes: runs `convert --to xml,json,csv-quotes,text --jobs 1` under
# `perf record -g` on N generated articles (default 3,000) and prints each stage's share of all
# CPU samples and its CPU µs per article. A sample counts for the innermost stage on its stack;
# libxml2 functions (built without frame pointers, so their callers are often lost) count for the
# xml writer; samples in the kernel count as file work (the runner does no other system calls per article);
# samples whose stack names no stage are listed as "other".
#
#   Benchmarks/profile.sh [N]          needs perf (apt-get install linux-perf) and ../shared/bench
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-3000}
command -v perf >/dev/null || { echo "profile: perf not found (apt-get install -y linux-perf)"; exit 1; }
WORK=$(mktemp -d /dev/shm/copydesk-profile.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
swift build -c release --product convert 2>&1 | tail -1
python3 ../shared/bench/make-corpus.py "$N" "$WORK/in" >/dev/null
perf record -q -g -F 2000 -o "$WORK/perf.data" .build/release/convert --to xml,json,csv-quotes,text --jobs 1 --quiet \
  "$WORK/in" "$WORK/out" 2>/dev/null
cat > "$WORK/stages.py" <<'PY'
import collections, sys
articles = int(sys.argv[1])
import re
# (stage, owning types); a frame's owner is the type its mangled Swift name starts with
# ($s8Copydesk<length><Type>…); the innermost frame with a listed owner decides.
stages = [
    ("parse: split lines, line facts", ["LineSplitter", "LineFlags", "TextLine"]),
    ("parse: classify lines", ["LineClassifier", "CaptionRule", "KnownPhrases", "PhraseTable", "DateRule", "DateText",
                               "BylineRule", "PrintEditionRule", "VideoRule"]),
    ("parse: context rules", ["ContextRules"]),
    ("parse: layout, header, build", ["PageLayout", "HeaderReader", "ArticleBuilder"]),
    ("parse: quotes and speakers", ["QuoteFinder", "QuoteDecider", "QuoteMarkScanner", "Tokenizer", "SpeakerResolver",
                                    "AttributionReader", "EntityTable", "NameRuns", "CueTable", "TokenList"]),
    ("parse: decode input", ["InputDecoder", "BinarySniffer", "ByteScan", "UTF8Text", "Windows1252"]),
    ("parse: sha-256", ["SHA256"]),
    ("parse: other", ["ArticleParser"]),
    ("write: xml (NewsML-G2)", ["NewsMLWriter", "XHTMLBody", "XMLStreamWriter", "XMLText", "XMLEscape", "QuotePlacement",
                               "NewsItemFacts"]),
    ("write: json", ["JSONArticleWriter", "JSONOutput"]),
    ("write: csv-quotes", ["CSVQuotesWriter"]),
    ("write: text", ["TextArticleWriter"]),
    ("files: read input", ["InputFile"]),
    ("files: atomic outputs", ["AtomicOutput", "AtomicFile", "OutputFolder"]),
    ("model: copy and free values", ["Article", "BodyBlock", "Quote", "Speaker", "DiscardedLine", "Source", "MediaItem",
                                     "RelatedLink", "BylineEntry", "DateStamp"]),
    ("runner: walk, queue, events", ["TreeWalker", "BatchEngine", "ItemProcessor", "BatchConverter"]),
]
owner_stage = {owner: name for name, owners in stages for owner in owners}
mangled = re.compile(r"\$s8Copydesk(\d+)")
def owner(frame):
    m = mangled.search(frame)
    if not m: return None
    n = int(m.group(1)); start = m.end()
    return frame[start:start + n]
counts, total, stack, kernel = collections.Counter(), 0, [], False
def flush():
    global total
    if not stack: return
    total += 1
    if kernel:
        counts["kernel: file writes, opens, links"] += 1; return
    if any(frame.startswith("xml") for frame in stack[:2]):  # libxml2 (its callers may be lost)
        counts["write: xml (NewsML-G2)"] += 1; return
    for frame in stack:  # leaf first
        name = owner_stage.get(owner(frame))
        if name: counts[name] += 1; return
    counts["other: Swift runtime, libc"] += 1
for line in sys.stdin:
    line = line.strip()
    if not line: flush(); stack = []; kernel = False; continue
    parts = line.split(None, 1)
    if not stack: kernel = parts[0].startswith("ffff")
    stack.append(parts[1] if len(parts) > 1 else "")
flush()
print(f"{total} samples, {articles} articles")
print(f"{'stage':48} {'share':>7} {'µs/article':>11}")
for name, _ in stages + [("kernel: file writes, opens, links", None), ("other: Swift runtime, libc", None)]:
    if counts[name]:
        print(f"{name:48} {100 * counts[name] / total:6.1f}% {counts[name] / 2000 / articles * 1e6:10.0f}")
PY
perf script -i "$WORK/perf.data" -F ip,sym 2>/dev/null | python3 "$WORK/stages.py" "$N"
