#!/usr/bin/env bash
# Benchmark: 64 representatives of 64 companies save a section of answers at
# once against the release server (the page's autosave: a form post
# answered with JSON): first all 64 at the same instant once a second,
# then each again as soon as answered (saturation), on SQLite and, with
# BENCH_POSTGRES_URL set, on PostgreSQL. Goals: 99th percentile under
# 50 ms, no error ("database is locked" included); saturation at least a
# quarter of the single-row UPDATE transactions per second SQLite itself
# does on this disk from one process (the anchor, measured first).
#   bash benches/save-answers.sh [REPRESENTATIVES] [SECONDS]
# The server runs on CPU 0 and the load on the other CPUs (taskset), so
# that the load generator does not take the server's time.
set -euo pipefail
cd "$(dirname "$0")/.."
. benches/lib/databases.sh
reps=${1:-64}
seconds=${2:-20}
cargo build --release --quiet
cargo build --release --quiet --example save_load
work=$(mktemp -d)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  drop_databases
  rm -rf "$work"
}
trap cleanup EXIT

python3 - "$reps" > "$work/directory.csv" <<'PY'
import sys
print("name,slug,sector,hq_country,website,operates_in,contact_name,contact_email,contact_role")
for c in range(int(sys.argv[1])):
    print(f"Bench Company {c},bench-company-{c},telecom-operator,SG,,MM,Person {c},rep@bench-company-{c}.example.org,Counsel")
PY
cpus=$(nproc)
pin_server=() pin_load=()
if command -v taskset > /dev/null && [ "$cpus" -gt 1 ]; then
  pin_server=(taskset -c 0)
  pin_load=(taskset -c "1-$((cpus - 1))")
fi

# The anchor: single-row UPDATE transactions per second of SQLite itself,
# one process, WAL and synchronous=NORMAL as the server sets them; the
# median of three runs of two seconds (one run varies by a tenth).
anchor=$("${pin_server[@]}" python3 - "$work/anchor.db" <<'PY'
import sqlite3, statistics, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA journal_mode = WAL")
db.execute("PRAGMA synchronous = NORMAL")
db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT, n INTEGER)")
db.executemany("INSERT INTO t VALUES (?, ?, 0)", [(i, "x") for i in range(64)])
def run(seconds):
    n, end = 0, time.monotonic() + seconds
    while time.monotonic() < end:
        db.execute("BEGIN IMMEDIATE")
        db.execute("UPDATE t SET v = ?, n = n + 1 WHERE id = ?", (f"answer {n}", n % 64))
        db.execute("COMMIT")
        n += 1
    return n / seconds
print(round(statistics.median(run(2) for _ in range(3))))
PY
)
echo "anchor: SQLite alone does $anchor single-row UPDATE transactions/s on this disk"

bin=./target/release/answerable
for db in $(bench_databases); do
echo "== $db"
mkdir -p "$work/$db"
rm -rf "$work/data"
fresh_database "$db" "$work/$db"
port=$(free_port)
export ANSWERABLE_DATA_DIR="$work/data"
export ANSWERABLE_BIND="127.0.0.1:$port"
export ANSWERABLE_BASE_URL="http://127.0.0.1:$port"
export ANSWERABLE_LOG=warn
$bin import companies "$work/directory.csv" > /dev/null
$bin seed demo > /dev/null
$bin campaign send demo > /dev/null
$bin jobs run-once > /dev/null

# One link per bench company, from the delivered .eml files.
python3 - "$work/data/mail" > "$work/links.txt" <<'PY'
import pathlib, re, sys
for f in sorted(pathlib.Path(sys.argv[1]).glob("*.eml")):
    text = f.read_text()
    if "@bench-company-" not in text:
        continue
    joined = text.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=")
    m = re.search(r"(/respond/open/[A-Za-z0-9_-]{43})", joined)
    print(m.group(1))
PY
echo "links: $(wc -l < "$work/links.txt")"

ANSWERABLE_JOBS_INTERVAL_SECONDS=0 "${pin_server[@]}" $bin serve &
server_pid=$!
for _ in $(seq 50); do
  curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break
  sleep 0.1
done
load=(./target/release/examples/save_load "http://127.0.0.1:$port" "$work/links.txt")
# Two seconds not counted, as for any server: each pooled connection
# prepares its statements and PostgreSQL loads its catalogue caches on a
# connection's first queries (the first burst after start takes up to
# four times a later one).
"${pin_load[@]}" "${load[@]}" 2 1000 > /dev/null
# All representatives save at the same instant, once a second (autosave
# waits 2.5 s after typing, so this is more than people do), then as fast
# as the server answers.
"${pin_load[@]}" "${load[@]}" "$seconds" 1000
perf_pid=
if [ -n "${PERF:-}" ]; then
  # PERF=DIR: a profile of the server while it is saturated, one per
  # database, for `perf report -i DIR/DB.perf`.
  mkdir -p "$PERF"
  perf record -F 999 ${PERF_CALLS:+--call-graph dwarf} -p "$server_pid" -o "$PERF/$db.perf" 2> /dev/null &
  perf_pid=$!
fi
"${pin_load[@]}" "${load[@]}" "$seconds" | tee "$work/saturation"
if [ -n "$perf_pid" ]; then kill -INT "$perf_pid"; wait "$perf_pid" || true; fi
rate=$(grep -o '[0-9]* saves/s' "$work/saturation" | grep -o '^[0-9]*')
echo "saturation: $rate saves/s = $(python3 -c "print(f'{$rate / $anchor:.1%}')") of SQLite's own $anchor UPDATE transactions/s (goal 25%)"
echo "server peak memory: $(peak_mb "$server_pid") MB"
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=
done
