#!/usr/bin/env bash
# Benchmark: queue and deliver about 10,000 invitations over SMTP, with the
# release binary, a fresh SQLite database and a local SMTP server that
# counts what it accepts (examples/smtp_sink.rs, the tests' server).
#   bash benches/send-invitations.sh [CONTACTS]
# Reports the queuing rate (`campaign send`), the delivery rate (`jobs
# run-once`) and the largest resident memory of each.
#   SMTP=aiosmtpd   deliver to Python's aiosmtpd (its Sink handler) instead;
#                   PYTHON names a python3 that has it (pip install aiosmtpd)
#   BIN=PATH        measure another build of answerable (before/after)
#   SINK=PATH       another build of examples/smtp_sink
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-10000}
smtp=${SMTP:-sink}
if [ -z "${BIN:-}" ]; then cargo build --release --quiet; fi
if [ "$smtp" = sink ] && [ -z "${SINK:-}" ]; then cargo build --release --quiet --example smtp_sink; fi
sink=${SINK:-./target/release/examples/smtp_sink}
work=$(mktemp -d)
sink_pid=
cleanup() {
  [ -n "$sink_pid" ] && kill "$sink_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Companies with two contacts each, all telecom operators, so that the
# demo campaign of `seed demo` (which targets that sector) asks them all.
python3 - "$rows" > "$work/directory.csv" <<'PY'
import sys
rows = int(sys.argv[1])
print("name,slug,sector,hq_country,website,operates_in,contact_name,contact_email,contact_role")
for i in range(rows):
    c = i // 2
    print(f"Bench Company {c},bench-company-{c},telecom-operator,SG,,MM,"
          f"Person {i},person-{i}@company-{c}.example.org,Human rights lead")
PY

export ANSWERABLE_DATABASE_URL="sqlite://$work/answerable.db"
export ANSWERABLE_DATA_DIR="$work/data"
export ANSWERABLE_BASE_URL="https://answerable.example.org"
bin=${BIN:-./target/release/answerable}
$bin import companies "$work/directory.csv" > /dev/null
$bin seed demo > /dev/null

# Runs a command, prints its wall time and peak memory (VmHWM), and leaves
# its output in $work/out.
measure() {
  local start end
  start=$(date +%s.%N)
  "$@" > "$work/out" 2> "$work/err" &
  local pid=$! peak=0 kb
  while kill -0 "$pid" 2>/dev/null; do
    kb=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    [ -n "$kb" ] && [ "$kb" -gt "$peak" ] && peak=$kb
    sleep 0.05
  done
  wait "$pid" || { cat "$work/err"; exit 1; }
  end=$(date +%s.%N)
  elapsed=$(python3 -c "print(f'{float($end) - float($start):.2f}')")
  peak_mb=$(python3 -c "print(f'{$peak / 1024:.1f}')")
}

measure $bin campaign send demo
queued=$(grep -o '[0-9]* invitation(s) queued' "$work/out" | grep -o '^[0-9]*')
echo "queued:    $queued invitations in ${elapsed} s ($(python3 -c "print(round($queued / $elapsed))") per second), peak memory ${peak_mb} MB"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
if [ "$smtp" = aiosmtpd ]; then
  ${PYTHON:-python3} -m aiosmtpd -n -l "127.0.0.1:$port" -c aiosmtpd.handlers.Sink > "$work/sink.log" 2>&1 &
  sink_pid=$!
else
  mkfifo "$work/sink-in"
  "$sink" "$port" < "$work/sink-in" > "$work/sink.log" &
  sink_pid=$!
  exec 3> "$work/sink-in"
fi
sleep 1

export ANSWERABLE_SMTP_URL="smtp://127.0.0.1:$port"
measure $bin jobs run-once
sent=$(grep -o '^[0-9]* sent' "$work/out" | grep -o '^[0-9]*')
echo "delivered: $sent emails over SMTP in ${elapsed} s ($(python3 -c "print(round($sent / $elapsed))") per second), peak memory ${peak_mb} MB"
echo "           $(cat "$work/out")"

if [ "$smtp" = aiosmtpd ]; then
  kill "$sink_pid" 2>/dev/null || true
  echo "the SMTP server was aiosmtpd ($(${PYTHON:-python3} -c 'import aiosmtpd; print(aiosmtpd.__version__)'))"
else
  exec 3>&-
  wait "$sink_pid" || true
  echo "the SMTP server says: $(tail -1 "$work/sink.log")"
fi
sink_pid=
