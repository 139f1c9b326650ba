#!/usr/bin/env bash
# The outcomes benchmark (not part of ./mvnw verify or CI): recreates a onedoor_bench_outcomes database on the local
# PostgreSQL, then runs OutcomeBenchmark (a client's trajectory page and the cohort outcome measures for one partner's
# 10,000 clients over five years, among 100,000 clients with 400,000 outcome records written set-based) with
# ./mvnw verify -Pbench. Figures are printed between "====" lines. Extra arguments go to Maven,
# e.g. -Donedoor.bench.clients=10000.
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), BENCH_DATABASE (onedoor_bench_outcomes).
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=${BENCH_DATABASE:-onedoor_bench_outcomes}
psql -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
export ONEDOOR_TEST_DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db"
export ONEDOOR_TEST_DATABASE_USERNAME=$PGUSER
mkdir -p target
set +e
./mvnw -B verify -Pbench -Dit.test=OutcomeBenchmark "$@" 2>&1 | tee target/bench-outcomes.log
status=${PIPESTATUS[0]}
set -e
echo
echo "Figures (also in target/bench-outcomes.log):"
sed -n '/^==== /,/^====$/p' target/bench-outcomes.log
exit "$status"
