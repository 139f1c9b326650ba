#!/usr/bin/env bash
# The NDTMS import benchmark (issue 17; not part of ./mvnw verify or CI): recreates a onedoor_bench_ndtms database on
# the local PostgreSQL and times loading a provider file of 100,000 intervention rows, loading it again unchanged, and
# loading the next month's file over it (NdtmsImportBenchmark, ./mvnw verify -Pbench). Figures are printed between
# "====" lines. Extra arguments go to Maven, e.g. -Donedoor.bench.ndtmsRows=350000.
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), BENCH_DATABASE (onedoor_bench_ndtms),
# MVN_FLAGS (e.g. -o for an offline build).
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=${BENCH_DATABASE:-onedoor_bench_ndtms}
psql -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
export ONEDOOR_TEST_DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db"
export ONEDOOR_TEST_DATABASE_USERNAME=$PGUSER
mkdir -p target
set +e
# shellcheck disable=SC2086
./mvnw -B ${MVN_FLAGS:-} verify -Pbench -Dit.test=NdtmsImportBenchmark "$@" 2>&1 | tee target/bench-ndtms-import.log
status=${PIPESTATUS[0]}
set -e
echo
echo "Figures (also in target/bench-ndtms-import.log):"
sed -n '/^==== /,/^====$/p' target/bench-ndtms-import.log
exit "$status"
