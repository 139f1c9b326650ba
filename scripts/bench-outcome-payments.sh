#!/usr/bin/env bash
# The outcome-measure payment benchmark (issue 16; not part of ./mvnw verify or CI): recreates a
# onedoor_bench_measure database on the local PostgreSQL, writes 100,000 clients' outcome records (400,000 TOP and
# PHQ-9 records at start and 6-month review, hepatitis C tests, health checks) and times the March payment run of one
# provider's contract of 10,000 clients with outcome-measure rules (OutcomeMeasureRunBenchmark, ./mvnw verify -Pbench).
# Figures are printed between "====" lines. Extra arguments go to Maven, e.g. -Donedoor.bench.outcomeClients=200000.
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), BENCH_DATABASE (onedoor_bench_measure),
# MVN_FLAGS (e.g. -o for an offline build).
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=${BENCH_DATABASE:-onedoor_bench_measure}
psql -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
export ONEDOOR_TEST_DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db"
export ONEDOOR_TEST_DATABASE_USERNAME=$PGUSER
mkdir -p target
set +e
# shellcheck disable=SC2086
./mvnw -B ${MVN_FLAGS:-} verify -Pbench -Dit.test=OutcomeMeasureRunBenchmark "$@" 2>&1 | tee target/bench-outcome-payments.log
status=${PIPESTATUS[0]}
set -e
echo
echo "Figures (also in target/bench-outcome-payments.log):"
sed -n '/^==== /,/^====$/p' target/bench-outcome-payments.log
exit "$status"
