#!/usr/bin/env bash
# Batch benchmark, in one run: builds release, generates N articles (default 20,000) and a small
# set (default 5,000) under /dev/shm with ../shared/bench/make-corpus.py, and times
#   - the I/O floor (../shared/bench/floor.c, 2 threads, 4 outputs per article, no parsing),
#   - the same floor with the runner's atomic writes (Benchmarks/atomic-floor.c: O_TMPFILE + linkat),
#   - the Python baseline (python_baseline.py IN OUT --jobs 2),
#   - convert --to <every registered format of xml,json,csv-quotes,text> at --jobs 1 and all cores,
#   - convert --to json,text at all cores: the two outputs the Python baseline writes (like for like, info only),
#   - convert at all cores on the small set (peak RSS must not grow with the number of articles).
# Prints articles/s, MB/s (input), peak RSS and the ratios. Each timing is the best of REPEAT runs.
#
#   Benchmarks/run.sh [N] [SMALL]        REPEAT=3 SHARED=../shared by default
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-20000}
SMALL=${2:-5000}
REPEAT=${REPEAT:-3}
SHARED=${SHARED:-../shared}
BENCH="$SHARED/bench"
[ -f "$BENCH/floor.c" ] || { echo "benchmark: $BENCH/floor.c not found (needs ../shared)"; exit 1; }
[ -x /usr/bin/time ] || { echo "benchmark: installing GNU time for peak RSS"; apt-get install -y -qq time >/dev/null; }

WORK=$(mktemp -d /dev/shm/copydesk-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

echo "== build (release)"
swift build -c release --product convert 2>&1 | tail -1
CONVERT=${CONVERT:-$PWD/.build/release/convert}  # CONVERT=path: another build of the same tool, e.g. the previous pass's
gcc -O2 -pthread -o "$WORK/floor" "$BENCH/floor.c"
gcc -O2 -pthread -o "$WORK/atomic-floor" Benchmarks/atomic-floor.c

wanted="xml json csv-quotes text"
formats=""
for f in $wanted; do
  if "$CONVERT" --list-formats | awk '{print $1}' | grep -qx "$f"; then formats="${formats:+$formats,}$f"; fi
done
echo "== formats registered (of: $wanted): $formats"

echo "== corpus: $N and $SMALL articles under $WORK"
python3 "$BENCH/make-corpus.py" "$N" "$WORK/in" >/dev/null
python3 "$BENCH/make-corpus.py" "$SMALL" "$WORK/small" >/dev/null

CORES=$(nproc)
python3 - "$WORK" "$N" "$SMALL" "$REPEAT" "$CORES" "$formats" "$CONVERT" "$BENCH" <<'PY'
import os, shutil, subprocess, sys, time
work, n, small, repeat, cores, formats, convert, bench = sys.argv[1:]
n, small, repeat, cores = int(n), int(small), int(repeat), int(cores)

def size(folder):
    return sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(folder) for f in fs)

def measure(name, argv, inp, out, count):
    best = None
    for _ in range(repeat):
        shutil.rmtree(out, ignore_errors=True)
        if name.startswith("floor ("): os.makedirs(out)
        t0 = time.perf_counter()
        p = subprocess.run(["/usr/bin/time", "-f", "%M %U %S"] + argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        dt = time.perf_counter() - t0
        if p.returncode != 0:
            sys.exit(f"benchmark: {name} failed ({p.returncode}): {p.stderr[-2000:]}")
        rss, user, system = p.stderr.strip().splitlines()[-1].split()
        if best is None or dt < best[0]: best = (dt, int(rss) / 1024, float(user) + float(system))
    dt, rss, cpu = best
    mb = size(inp) / 1e6
    row = dict(name=name, seconds=dt, rate=count / dt, mbs=mb / dt, rss=rss, cpu=cpu)
    print(f"{name:34s} {dt:7.3f} s {row['rate']:10.0f} art/s {row['mbs']:7.1f} MB/s {rss:7.1f} MB"
          f" {cpu:8.2f} s {1e6 * cpu / count:8.1f} µs", flush=True)
    return row

inp, small_in = f"{work}/in", f"{work}/small"
print(f"load average before: {open('/proc/loadavg').read().split()[0]} (this machine is shared: wall-clock ratios drift)")
print(f"{'run':34s} {'time':>9s} {'articles/s':>16s} {'MB/s':>12s} {'peak RSS':>10s} {'CPU':>10s} {'CPU/art':>11s}")
floor = measure("floor (C, 2 threads, 4 outputs)", [f"{work}/floor", "-j", "2", inp, f"{work}/out-floor"], inp, f"{work}/out-floor", n)
atomic = measure("floor, atomic (O_TMPFILE + link)", [f"{work}/atomic-floor", "-j", "2", inp, f"{work}/out-atomic"], inp, f"{work}/out-atomic", n)
py = measure("python baseline (--jobs 2)", ["python3", f"{bench}/python_baseline.py", inp, f"{work}/out-py", "--jobs", "2"], inp, f"{work}/out-py", n)
one = measure(f"convert --jobs 1", [convert, "--to", formats, "--quiet", "--jobs", "1", inp, f"{work}/out-1"], inp, f"{work}/out-1", n)
allc = measure(f"convert --jobs {cores}", [convert, "--to", formats, "--quiet", "--jobs", str(cores), inp, f"{work}/out-all"], inp, f"{work}/out-all", n)
two = measure(f"convert json,text --jobs {cores}", [convert, "--to", "json,text", "--quiet", "--jobs", str(cores), inp, f"{work}/out-two"], inp, f"{work}/out-two", n)
sm = measure(f"convert --jobs {cores} ({small} articles)", [convert, "--to", formats, "--quiet", "--jobs", str(cores), small_in, f"{work}/out-small"], small_in, f"{work}/out-small", small)

def check(label, value, target, ok):
    print(f"{label:44s} {value:8.2f}   target {target:10s} {'OK' if ok else 'MISSED'}")
print(f"load average after: {open('/proc/loadavg').read().split()[0]}")
print()
print(f"formats: {formats}   cores: {cores}   articles: {n}   input: {size(inp)/1e6:.1f} MB")
check("all cores vs floor (fraction)", allc["rate"] / floor["rate"], ">= 0.25", allc["rate"] / floor["rate"] >= 0.25)
check("all cores vs Python baseline (x)", allc["rate"] / py["rate"], ">= 1.5", allc["rate"] / py["rate"] >= 1.5)
check("all cores vs one core (x)", allc["rate"] / one["rate"], ">= 1.8", allc["rate"] / one["rate"] >= 1.8)
check("peak RSS at all cores (MB)", allc["rss"], "<= 64", allc["rss"] <= 64)
check("json,text (Python's two outputs) vs Python (x)", two["rate"] / py["rate"], "(info)", True)
check("CPU per article, convert vs floor (x)", allc["cpu"] / floor["cpu"], "(info)", True)
check("CPU per article, atomic vs plain floor (x)", atomic["cpu"] / floor["cpu"], "(info)", True)
check(f"peak RSS {n} vs {small} articles (ratio)", allc["rss"] / sm["rss"], "0.9 .. 1.1", 0.9 <= allc["rss"] / sm["rss"] <= 1.1)
PY
