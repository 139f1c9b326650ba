#!/usr/bin/env bash
# The caseload benchmark (not part of ./mvnw verify or CI): recreates a onedoor_bench_caseload database on the local
# PostgreSQL, then runs CaseloadBenchmark (a keyworker's 60-client "My caseload" page and recording an attended
# contact, among 100,000 clients with 130,000 episodes and 1.3 million appointments loaded by set-based SQL) with
# ./mvnw verify -Pbench. Figures are printed between "====" lines. Extra arguments go to Maven,
# e.g. -Donedoor.bench.clients=20000.
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), BENCH_DATABASE (onedoor_bench_caseload).
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=${BENCH_DATABASE:-onedoor_bench_caseload}
psql -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
export ONEDOOR_TEST_DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db"
export ONEDOOR_TEST_DATABASE_USERNAME=$PGUSER
mkdir -p target
set +e
./mvnw -B verify -Pbench -Dit.test=CaseloadBenchmark "$@" 2>&1 | tee target/bench-caseload.log
status=${PIPESTATUS[0]}
set -e
echo
echo "Figures (also in target/bench-caseload.log):"
sed -n '/^==== /,/^====$/p' target/bench-caseload.log
exit "$status"
