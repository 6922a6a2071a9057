#!/usr/bin/env bash
# Benchmark: requests per second of the public scorecard /campaigns/demo
# (its first page) for campaigns of 200 and 2,000 companies, from the
# release server, against nginx serving the same HTML as a static file
# (its gzip with gzip_static), in the same run, each server pinned to
# CPU 0 and wrk to the other CPUs; on SQLite and, with BENCH_POSTGRES_URL
# set, on PostgreSQL. Goal: at least 0.8 of nginx, gzip accepted or not;
# the page under 100 KB as sent. nginx's own rate varies by some 15% from
# one run to the next on a small machine, so each figure is the median of
# ROUNDS runs (3 unless set), Answerable's and nginx's taken in turn.
#   [ROUNDS=N] bash benches/public-page.sh [SECONDS] [CONNECTIONS] [COMPANIES...]
# Installs nginx-light and wrk from Debian when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
. benches/lib/databases.sh
seconds=${1:-5}
rounds=${ROUNDS:-3}
connections=${2:-32}
shift $(( $# < 2 ? $# : 2 ))
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(200 2000)
need=()
command -v nginx > /dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
command -v wrk > /dev/null || need+=(wrk)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" > /dev/null
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
cargo build --release --quiet
work=$(mktemp -d)
pids=()
stop_servers() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  pids=()
}
cleanup() {
  stop_servers
  drop_databases
  rm -rf "$work"
}
trap cleanup EXIT

cpus=$(nproc)
pin_server=() pin_load=()
if [ "$cpus" -gt 1 ]; then
  pin_server=(taskset -c 0)
  pin_load=(taskset -c "1-$((cpus - 1))")
fi
# rps URL [HEADER]: requests per second over keep-alive connections.
rps() {
  local extra=()
  [ -n "${2:-}" ] && extra=(-H "$2")
  "${pin_load[@]}" wrk -t1 -c"$connections" -d"${seconds}s" "${extra[@]}" "$1" | awk '/Requests\/sec/ {print $2}'
}
ratio() { python3 -c "print(f'{float($1) / float($2):.2f}')"; }
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
# compare LABEL [HEADER]: the median requests/s of each server over the
# rounds, taken in turn, and their ratio.
compare() {
  local ours=() theirs=() o t
  for _ in $(seq "$rounds"); do
    ours+=("$(rps "$ours_url" "${2:-}")")
    theirs+=("$(rps "$nginx_url" "${2:-}")")
  done
  o=$(median "${ours[@]}")
  t=$(median "${theirs[@]}")
  echo "$1 Answerable $o requests/s, nginx $t requests/s (medians of $rounds): $(ratio "$o" "$t") of nginx (goal 0.8)"
}
bin=./target/release/answerable

for db in $(bench_databases); do
for size in "${sizes[@]}"; do
  echo "== $db, $size companies"
  run="$work/$db-$size"
  mkdir -p "$run"
  fresh_database "$db" "$run"
  # Telecom operators of our own (the demo campaign asks that sector) and
  # the demo's 23 targets.
  python3 - "$((size - 23))" > "$run/directory.csv" <<'PY'
import sys
print("name,slug,sector,hq_country,website,operates_in,contact_name,contact_email,contact_role")
for c in range(int(sys.argv[1])):
    print(f"Bench Company {c},bench-company-{c},telecom-operator,SG,,MM,Person {c},rep@bench-company-{c}.example.org,Counsel")
PY
  port=$(free_port)
  nginx_port=$(free_port)
  export ANSWERABLE_DATA_DIR="$run/data"
  export ANSWERABLE_BIND="127.0.0.1:$port"
  export ANSWERABLE_LOG=warn
  export ANSWERABLE_JOBS_INTERVAL_SECONDS=0
  $bin import companies "$run/directory.csv" > /dev/null
  $bin seed demo > /dev/null
  $bin campaign send demo > /dev/null
  $bin jobs run-once > /dev/null
  $bin campaign close demo > /dev/null
  $bin campaign publish demo --note "Benchmark" > /dev/null

  "${pin_server[@]}" $bin serve &
  server_pid=$!
  pids+=($server_pid)
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.1; done

  mkdir -p "$run/www/campaigns/demo"
  page="$run/www/campaigns/demo/index.html"
  curl -sf "http://127.0.0.1:$port/campaigns/demo" > "$page"
  gzip -9 -k "$page"
  listed=$(grep -c '<th scope="row"><a href="/campaigns/demo/companies/' "$page")
  headline=$(grep -o '[0-9]* of [0-9]* companies responded' "$page")
  sent_gz=$(curl -sf -H 'Accept-Encoding: gzip' "http://127.0.0.1:$port/campaigns/demo" | wc -c)
  echo "page: $(wc -c < "$page") bytes uncompressed, $sent_gz bytes as sent gzipped; $listed companies listed ($headline)"

  cat > "$run/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $run/nginx.pid;
error_log $run/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  types { text/html html; }
  server {
    listen 127.0.0.1:$nginx_port;
    root $run/www;
    index index.html;
    gzip_static on;
  }
}
CONF
  "${pin_server[@]}" "$nginx_bin" -c "$run/nginx.conf" -p "$run" &
  pids+=($!)
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$nginx_port/campaigns/demo/" > /dev/null && break; sleep 0.1; done

  ours_url="http://127.0.0.1:$port/campaigns/demo"
  nginx_url="http://127.0.0.1:$nginx_port/campaigns/demo/"
  rps "$ours_url" > /dev/null
  rps "$nginx_url" > /dev/null
  # As browsers ask (gzip accepted): nginx sends the .gz file (gzip_static).
  compare "gzip accepted:" "Accept-Encoding: gzip"
  # Without compression: nginx sends the file with sendfile (no copy).
  compare "uncompressed: "
  echo "server peak memory: $(peak_mb "$server_pid") MB"
  stop_servers
done
done
