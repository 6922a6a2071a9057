#!/usr/bin/env bash
# Benchmark: queue and deliver about 10,000 invitations over SMTP, with the
# release binary, a fresh database and a local SMTP server that counts
# what it accepts (examples/smtp_sink.rs, the tests' server), on SQLite
# and, with BENCH_POSTGRES_URL set, on PostgreSQL. Goal: queued and
# delivered in under 60 s on each.
#   bash benches/send-invitations.sh [CONTACTS]
# Reports the queuing rate (`campaign send`), the delivery rate (`jobs
# run-once`) and the largest resident memory of each.
#   SMTP=aiosmtpd   deliver to Python's aiosmtpd (its Sink handler) instead;
#                   PYTHON names a python3 that has it (pip install aiosmtpd)
#   BIN=PATH        measure another build of answerable (before/after)
#   SINK=PATH       another build of examples/smtp_sink
set -euo pipefail
cd "$(dirname "$0")/.."
. benches/lib/databases.sh
rows=${1:-10000}
smtp=${SMTP:-sink}
if [ -z "${BIN:-}" ]; then cargo build --release --quiet; fi
if [ "$smtp" = sink ] && [ -z "${SINK:-}" ]; then cargo build --release --quiet --example smtp_sink; fi
sink=${SINK:-./target/release/examples/smtp_sink}
work=$(mktemp -d)
sink_pid=
cleanup() {
  [ -n "$sink_pid" ] && kill "$sink_pid" 2>/dev/null || true
  drop_databases
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

bin=${BIN:-./target/release/answerable}
export ANSWERABLE_BASE_URL="https://answerable.example.org"
for db in $(bench_databases); do
  rm -rf "$work/data"
  mkdir -p "$work/$db"
  fresh_database "$db" "$work/$db"
  export ANSWERABLE_DATA_DIR="$work/data"
  unset ANSWERABLE_SMTP_URL
  echo "== $db"
  $bin import companies "$work/directory.csv" > /dev/null
  $bin seed demo > /dev/null

  measure $bin campaign send demo
  queued=$(grep -o '[0-9]* invitation(s) queued' "$work/out" | grep -o '^[0-9]*')
  queue_s=$elapsed
  echo "queued:    $queued invitations in ${elapsed} s ($(python3 -c "print(round($queued / $elapsed))") per second), peak memory ${peak_mb} MB"

  port=$(free_port)
  if [ "$smtp" = aiosmtpd ]; then
    ${PYTHON:-python3} -m aiosmtpd -n -l "127.0.0.1:$port" -c aiosmtpd.handlers.Sink > "$work/sink.log" 2>&1 &
    sink_pid=$!
  else
    rm -f "$work/sink-in"
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
  echo "queued + delivered: $(python3 -c "print(f'{$queue_s + $elapsed:.1f}')") s (goal under 60 s)"

  if [ "$smtp" = aiosmtpd ]; then
    kill "$sink_pid" 2>/dev/null || true
    wait "$sink_pid" 2>/dev/null || true
    echo "the SMTP server was aiosmtpd ($(${PYTHON:-python3} -c 'import aiosmtpd; print(aiosmtpd.__version__)'))"
  else
    exec 3>&-
    wait "$sink_pid" || true
    echo "the SMTP server says: $(tail -1 "$work/sink.log")"
  fi
  sink_pid=
done
