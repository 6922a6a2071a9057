# Shared by the benchmarks: the databases to run on, a fresh database of
# each kind, and peak memory. Source it; do not run it.
#
# SQLite always; PostgreSQL too when BENCH_POSTGRES_URL names a server
# (for example postgres://postgres@127.0.0.1:5432/postgres): each run gets
# a database of its own there, dropped at the end.

# BENCH_ONLY=sqlite or BENCH_ONLY=postgres runs one of them.
bench_databases() {
  if [ "${BENCH_ONLY:-sqlite}" = sqlite ]; then echo sqlite; fi
  if [ -n "${BENCH_POSTGRES_URL:-}" ] && [ "${BENCH_ONLY:-postgres}" = postgres ]; then echo postgres; fi
}

# fresh_database KIND WORKDIR: sets ANSWERABLE_DATABASE_URL to an empty
# database of that kind (PostgreSQL: made now, dropped by drop_databases).
bench_pg_databases=()
fresh_database() {
  local kind=$1 dir=$2
  case "$kind" in
    sqlite)
      export ANSWERABLE_DATABASE_URL="sqlite://$dir/answerable.db"
      ;;
    postgres)
      local name="answerable_bench_$$_${#bench_pg_databases[@]}"
      PGOPTIONS=--client-min-messages=warning psql "$BENCH_POSTGRES_URL" -qAtc "DROP DATABASE IF EXISTS $name" > /dev/null
      psql "$BENCH_POSTGRES_URL" -qAtc "CREATE DATABASE $name" > /dev/null
      bench_pg_databases+=("$name")
      export ANSWERABLE_DATABASE_URL="${BENCH_POSTGRES_URL%/*}/$name"
      ;;
  esac
}

drop_databases() {
  local name
  for name in "${bench_pg_databases[@]}"; do
    psql "$BENCH_POSTGRES_URL" -qAtc "DROP DATABASE IF EXISTS $name WITH (FORCE)" > /dev/null 2>&1 || true
  done
  bench_pg_databases=()
}

# peak_mb PID: the largest resident memory of a running process, in MB.
peak_mb() {
  awk '/VmHWM/ {printf "%.1f", $2 / 1024}' "/proc/$1/status" 2>/dev/null || echo "?"
}

# measure COMMAND...: runs it, sets $elapsed (seconds) and $peak_mb (its
# largest resident memory), and leaves its output in $work/out.
measure() {
  local start end
  start=$(date +%s.%N)
  "$@" > "$work/out" 2> "$work/err" &
  local pid=$! peak=0 kb
  while kill -0 "$pid" 2>/dev/null; do
    kb=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    [ -n "$kb" ] && [ "$kb" -gt "$peak" ] && peak=$kb
    sleep 0.02
  done
  wait "$pid" || { cat "$work/err"; return 1; }
  end=$(date +%s.%N)
  elapsed=$(python3 -c "print(f'{float($end) - float($start):.2f}')")
  peak_mb=$(python3 -c "print(f'{$peak / 1024:.1f}')")
}

# free_port: a TCP port nobody listens on now.
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
