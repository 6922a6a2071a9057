#!/usr/bin/env bash
# Benchmark: import a directory of 10,000 rows (5,000 companies with two
# contacts each) into a fresh database, then import it again (all
# unchanged), with the release binary, on SQLite and, with
# BENCH_POSTGRES_URL set, on PostgreSQL. Goal: under 5 seconds on each.
#   bash benches/import-companies.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
. benches/lib/databases.sh
rows=${1:-10000}
cargo build --release --quiet
work=$(mktemp -d)
trap 'drop_databases; rm -rf "$work"' EXIT
python3 - "$rows" > "$work/directory.csv" <<'PY'
import sys
rows = int(sys.argv[1])
sectors = ["telecom-operator", "surveillance-vendor", "network-equipment", "internet-platform", "other"]
countries = ["MM", "TH", "SG", "DE", "CN", "IN", "US", "FR", "JP", "KR"]
print("name,slug,sector,hq_country,website,operates_in,contact_name,contact_email,contact_role")
for i in range(rows):
    c = i // 2
    print(f"Example Company {c},example-company-{c},{sectors[c % 5]},{countries[c % 10]},"
          f"https://company-{c}.example.org,{countries[(c + 1) % 10]};{countries[(c + 2) % 10]},"
          f"Person {i},person-{i}@company-{c}.example.org,Human rights lead")
PY
for db in $(bench_databases); do
  mkdir -p "$work/$db"
  fresh_database "$db" "$work/$db"
  echo "== $db"
  ./target/release/answerable migrate > /dev/null
  measure ./target/release/answerable import companies "$work/directory.csv"
  echo "first import:  $(tail -1 "$work/out")"
  echo "  $elapsed s for $rows rows (goal under 5 s), peak memory $peak_mb MB"
  measure ./target/release/answerable import companies "$work/directory.csv"
  echo "second import (nothing changes): $(tail -1 "$work/out")"
  echo "  $elapsed s for $rows rows, peak memory $peak_mb MB"
done
