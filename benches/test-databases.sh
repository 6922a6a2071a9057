#!/usr/bin/env bash
# What a PostgreSQL test pays for its database: a new database migrated
# from nothing (as every test did before) against a copy of a migrated
# template (as the tests do now). N of each, sequentially.
#   bash benches/test-databases.sh [N]   (PostgreSQL at $PG, default local)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-20}"
# PostgreSQL only: SQLite tests make a file, which costs nothing to compare.
PG="${PG:-${BENCH_POSTGRES_URL:+${BENCH_POSTGRES_URL%/*}}}"
PG="${PG:-postgres://postgres@127.0.0.1:5432}"
cargo build --release --quiet
BIN=target/release/answerable
sql() { psql "$PG/postgres" -qAtc "$1" >/dev/null; }
tmpl="answerable_bench_template_$$"
sql "DROP DATABASE IF EXISTS $tmpl"; sql "CREATE DATABASE $tmpl"
ANSWERABLE_DATABASE_URL="$PG/$tmpl" "$BIN" migrate >/dev/null

start=$(date +%s.%N)
for i in $(seq "$N"); do
  sql "CREATE DATABASE answerable_bench_m$i"
  ANSWERABLE_DATABASE_URL="$PG/answerable_bench_m$i" "$BIN" migrate >/dev/null
done
migrated=$(echo "$(date +%s.%N) - $start" | bc)

start=$(date +%s.%N)
for i in $(seq "$N"); do
  sql "CREATE DATABASE answerable_bench_t$i TEMPLATE $tmpl"
done
copied=$(echo "$(date +%s.%N) - $start" | bc)

for i in $(seq "$N"); do
  sql "DROP DATABASE answerable_bench_m$i"; sql "DROP DATABASE answerable_bench_t$i"
done
sql "DROP DATABASE $tmpl"
printf 'create + migrate: %.3f s each\ncopy of template: %.3f s each\n' \
  "$(echo "$migrated / $N" | bc -l)" "$(echo "$copied / $N" | bc -l)"
