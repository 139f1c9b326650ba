#!/usr/bin/env bash
# The single point of contact benchmarks (not part of ./mvnw verify or CI): recreates a onedoor_bench database on the
# local PostgreSQL, then runs ReferralQueueBenchmark (GET /referrals with 10,000 open referrals) and
# ReferralApiBenchmark (POST /api/v1/referrals, 50 concurrent clients) with ./mvnw verify -Pbench.
# Figures are printed between "====" lines. Extra arguments go to Maven, e.g. -Donedoor.bench.seconds=60.
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), BENCH_DATABASE (onedoor_bench).
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=${BENCH_DATABASE:-onedoor_bench}
psql -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
export ONEDOOR_TEST_DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db"
export ONEDOOR_TEST_DATABASE_USERNAME=$PGUSER
mkdir -p target
set +e
./mvnw -B verify -Pbench -Dit.test='Referral*Benchmark' "$@" 2>&1 | tee target/bench-referrals.log
status=${PIPESTATUS[0]}
set -e
echo
echo "Figures (also in target/bench-referrals.log):"
sed -n '/^==== /,/^====$/p' target/bench-referrals.log
exit "$status"
