#!/usr/bin/env bash
# The monitoring dashboards benchmark (not part of ./mvnw verify or CI): recreates a onedoor_bench_dash database on the local
# PostgreSQL, then runs DashboardBenchmark (each monitoring dashboard for a partnership of 10,000 clients over 5 years) with
# ./mvnw verify -Pbench.
# Figures are printed between "====" lines. Extra arguments go to Maven, e.g. -Donedoor.bench.clients=20000.
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), BENCH_DATABASE (onedoor_bench_dash),
# MVN_FLAGS (e.g. -o for an offline build).
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=${BENCH_DATABASE:-onedoor_bench_dash}
psql -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
export ONEDOOR_TEST_DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db"
export ONEDOOR_TEST_DATABASE_USERNAME=$PGUSER
mkdir -p target
set +e
# shellcheck disable=SC2086
./mvnw -B ${MVN_FLAGS:-} verify -Pbench -Dit.test=DashboardBenchmark "$@" 2>&1 | tee target/bench-dashboards.log
status=${PIPESTATUS[0]}
set -e
echo
echo "Figures (also in target/bench-dashboards.log):"
sed -n '/^==== /,/^====$/p' target/bench-dashboards.log
exit "$status"
