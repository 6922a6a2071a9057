#!/usr/bin/env bash
# Benchmark: 64 representatives of 64 companies save a section of answers at
# once against the release server on SQLite (the page's autosave: a form
# post answered with JSON): first all 64 at the same instant once a second,
# then each again as soon as answered (saturation). Goal: 99th percentile
# under 50 ms, no error ("database is locked" included).
#   bash benches/save-answers.sh [REPRESENTATIVES] [SECONDS]
# The server runs on CPU 0 and the load on the other CPUs (taskset), so
# that the load generator does not take the server's time.
set -euo pipefail
cd "$(dirname "$0")/.."
reps=${1:-64}
seconds=${2:-20}
cargo build --release --quiet
cargo build --release --quiet --example save_load
work=$(mktemp -d)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

python3 - "$reps" > "$work/directory.csv" <<'PY'
import sys
print("name,slug,sector,hq_country,website,operates_in,contact_name,contact_email,contact_role")
for c in range(int(sys.argv[1])):
    print(f"Bench Company {c},bench-company-{c},telecom-operator,SG,,MM,Person {c},rep@bench-company-{c}.example.org,Counsel")
PY
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export ANSWERABLE_DATABASE_URL="sqlite://$work/answerable.db"
export ANSWERABLE_DATA_DIR="$work/data"
export ANSWERABLE_BIND="127.0.0.1:$port"
export ANSWERABLE_BASE_URL="http://127.0.0.1:$port"
export ANSWERABLE_LOG=warn
bin=./target/release/answerable
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

cpus=$(nproc)
pin_server=() pin_load=()
if command -v taskset > /dev/null && [ "$cpus" -gt 1 ]; then
  pin_server=(taskset -c 0)
  pin_load=(taskset -c "1-$((cpus - 1))")
fi
ANSWERABLE_JOBS_INTERVAL_SECONDS=0 "${pin_server[@]}" $bin serve &
server_pid=$!
for _ in $(seq 50); do
  curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break
  sleep 0.1
done
load=(./target/release/examples/save_load "http://127.0.0.1:$port" "$work/links.txt" "$seconds")
# All representatives save at the same instant, once a second (autosave
# waits 2.5 s after typing, so this is more than people do), then as fast
# as the server answers.
"${pin_load[@]}" "${load[@]}" 1000
"${pin_load[@]}" "${load[@]}"
echo "server peak memory: $(awk '/VmHWM/ {printf "%.1f MB", $2 / 1024}' /proc/$server_pid/status)"
