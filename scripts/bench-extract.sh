#!/usr/bin/env bash
# The NDTMS extract benchmark (not part of ./mvnw verify or CI): recreates a onedoor_bench_extract database on the
# local PostgreSQL, loads one agency of 350,000 clients set-based, then times the validation report and the streamed
# file (ExtractBenchmark) with the test JVM's heap capped at 512 MB, with ./mvnw verify -Pbench.
# Figures are printed between "====" lines. Extra arguments go to Maven, e.g. -Donedoor.bench.extractClients=100000.
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), BENCH_DATABASE (onedoor_bench_extract),
# MVN_FLAGS (e.g. -o for an offline build).
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=${BENCH_DATABASE:-onedoor_bench_extract}
psql -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
export ONEDOOR_TEST_DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db"
export ONEDOOR_TEST_DATABASE_USERNAME=$PGUSER
mkdir -p target
set +e
# shellcheck disable=SC2086
./mvnw -B ${MVN_FLAGS:-} verify -Pbench -Dit.test=ExtractBenchmark -DargLine=-Xmx512m "$@" 2>&1 | tee target/bench-extract.log
status=${PIPESTATUS[0]}
set -e
echo
echo "Figures (also in target/bench-extract.log):"
sed -n '/^==== /,/^====$/p' target/bench-extract.log
exit "$status"
