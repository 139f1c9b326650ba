#!/usr/bin/env bash
# The payment-run benchmark (not part of ./mvnw verify or CI): recreates a onedoor_bench_pay database on the local
# PostgreSQL, then runs PaymentRunBenchmark ((a) the March run of one contract with about 10,000 clients in
# treatment; (b) the whole March month end of 152 stored contracts over the live records of 350,000 clients
# (snapshot, counting, computing, storing), then over its snapshot contract by contract and in one pass grouped by
# contract, side by side with DuckDB over the same rows (compared row for row); (b2) the year as 12 national month
# ends) with ./mvnw verify -Pbench.
# Figures are printed between "====" lines. Extra arguments go to Maven, e.g. -Donedoor.bench.nationalClients=100000.
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), BENCH_DATABASE (onedoor_bench_pay),
# MVN_FLAGS (e.g. -o for an offline build).
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=${BENCH_DATABASE:-onedoor_bench_pay}
psql -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
export ONEDOOR_TEST_DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db"
export ONEDOOR_TEST_DATABASE_USERNAME=$PGUSER
mkdir -p target
set +e
# shellcheck disable=SC2086
./mvnw -B ${MVN_FLAGS:-} verify -Pbench -Dit.test=PaymentRunBenchmark "$@" 2>&1 | tee target/bench-payments.log
status=${PIPESTATUS[0]}
set -e
echo
echo "Figures (also in target/bench-payments.log):"
sed -n '/^==== /,/^====$/p' target/bench-payments.log
exit "$status"
