#!/usr/bin/env bash
# Benchmark: import a directory of 10,000 rows (5,000 companies with two
# contacts each) into a fresh SQLite database, then import it again (all
# unchanged), with the release binary. Target: under 5 seconds.
#   bash benches/import-companies.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-10000}
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
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
export ANSWERABLE_DATABASE_URL="sqlite://$work/answerable.db"
./target/release/answerable migrate > /dev/null
measure() {
  local start end
  start=$(date +%s.%N)
  ./target/release/answerable import companies "$work/directory.csv" | tail -1
  end=$(date +%s.%N)
  python3 -c "print(f'  {float($end) - float($start):.2f} s for $rows rows')"
}
echo "first import:"; measure
echo "second import (nothing changes):"; measure
