#!/usr/bin/env bash
# Benchmark: 200 sign-ins at once, each from its own loopback address (half
# at one admin account, half at addresses with no account), against the
# release server, while /healthz is asked every 20 ms. Goals: peak resident
# memory under 256 MiB, /healthz p99 under 200 ms, no error.
#   bash benches/login-flood.sh
# Runs the black-box test `login_flood` against target/release/answerable
# and prints its measurements (the test asserts only what cannot flake:
# memory, answers, and how many passwords were checked).
# On SQLite and, with BENCH_POSTGRES_URL set, on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
. benches/lib/databases.sh
cargo build --release --quiet
for db in $(bench_databases); do
  echo "== $db"
  if [ "$db" = postgres ]; then
    export ANSWERABLE_TEST_POSTGRES_URL="$BENCH_POSTGRES_URL"
  else
    unset ANSWERABLE_TEST_POSTGRES_URL
  fi
  ANSWERABLE_TEST_BINARY="$PWD/target/release/answerable" \
    cargo test --quiet --test api login_flood -- --nocapture 2>&1 | grep -E "login flood|test result"
done
