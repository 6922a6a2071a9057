#!/usr/bin/env bash
# Benchmark: requests per second of the public scorecard /campaigns/demo for
# a campaign of 200 companies, from the release server, against nginx
# serving the same HTML as a static file, in the same run, each server
# pinned to CPU 0 and wrk to the other CPUs. Goal: at least 0.8 of nginx.
#   bash benches/public-page.sh [SECONDS] [CONNECTIONS]
# Installs nginx-light and wrk from Debian when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
connections=${2:-32}
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
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# 177 companies of our own and the demo's 23 targets: 200.
python3 - > "$work/directory.csv" <<'PY'
print("name,slug,sector,hq_country,website,operates_in,contact_name,contact_email,contact_role")
for c in range(177):
    print(f"Bench Company {c},bench-company-{c},telecom-operator,SG,,MM,Person {c},rep@bench-company-{c}.example.org,Counsel")
PY
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
nginx_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export ANSWERABLE_DATABASE_URL="sqlite://$work/answerable.db"
export ANSWERABLE_DATA_DIR="$work/data"
export ANSWERABLE_BIND="127.0.0.1:$port"
export ANSWERABLE_LOG=warn
export ANSWERABLE_JOBS_INTERVAL_SECONDS=0
bin=./target/release/answerable
$bin import companies "$work/directory.csv" > /dev/null
$bin seed demo > /dev/null
$bin campaign send demo > /dev/null
$bin jobs run-once > /dev/null
$bin campaign close demo > /dev/null
$bin campaign publish demo --note "Benchmark" > /dev/null

cpus=$(nproc)
pin_server=() pin_load=()
if [ "$cpus" -gt 1 ]; then
  pin_server=(taskset -c 0)
  pin_load=(taskset -c "1-$((cpus - 1))")
fi
"${pin_server[@]}" $bin serve &
pids+=($!)
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.1; done

mkdir -p "$work/www/campaigns/demo"
curl -sf "http://127.0.0.1:$port/campaigns/demo" > "$work/www/campaigns/demo/index.html"
gzip -9 -k "$work/www/campaigns/demo/index.html"
companies=$(grep -c '<th scope="row"><a href="/campaigns/demo/companies/' "$work/www/campaigns/demo/index.html")
echo "page: $(wc -c < "$work/www/campaigns/demo/index.html") bytes ($(wc -c < "$work/www/campaigns/demo/index.html.gz") gzipped), $companies companies"

cat > "$work/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  types { text/html html; }
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    index index.html;
    gzip_static on;
  }
}
CONF
"${pin_server[@]}" "$nginx_bin" -c "$work/nginx.conf" -p "$work" &
pids+=($!)
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$nginx_port/campaigns/demo/" > /dev/null && break; sleep 0.1; done

# rps URL [HEADER]: requests per second over keep-alive connections.
rps() {
  local extra=()
  [ -n "${2:-}" ] && extra=(-H "$2")
  "${pin_load[@]}" wrk -t1 -c"$connections" -d"${seconds}s" "${extra[@]}" "$1" | awk '/Requests\/sec/ {print $2}'
}
ours_url="http://127.0.0.1:$port/campaigns/demo"
nginx_url="http://127.0.0.1:$nginx_port/campaigns/demo/"
rps "$ours_url" > /dev/null
rps "$nginx_url" > /dev/null
# As browsers ask (gzip accepted): nginx sends the .gz file (gzip_static).
ours=$(rps "$ours_url" "Accept-Encoding: gzip")
theirs=$(rps "$nginx_url" "Accept-Encoding: gzip")
echo "gzip accepted:  Answerable $ours requests/s, nginx $theirs requests/s: $(python3 -c "print(f'{float($ours) / float($theirs):.2f}')") of nginx (goal 0.8)"
# Without compression: nginx sends the file with sendfile (no copy).
ours=$(rps "$ours_url")
theirs=$(rps "$nginx_url")
echo "uncompressed:   Answerable $ours requests/s, nginx $theirs requests/s: $(python3 -c "print(f'{float($ours) / float($theirs):.2f}')") of nginx"
