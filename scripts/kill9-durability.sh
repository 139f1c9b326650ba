#!/usr/bin/env bash
# Does the demo's embedded H2 keep every referral it acknowledged when the process is killed with SIGKILL?
# Starts OneDoor (demo profile) from the packaged jar in a fresh directory, issues an API credential as the demo
# administrator, sends referrals through POST /api/v1/referrals from several workers, kills the JVM with kill -9
# once ACKS referrals were acknowledged (while more are in flight), restarts it on the same files, sends one more
# referral, stops it, and then reads the referral table with H2's own shell. It fails when an acknowledged reference
# is missing or a reference was issued twice. Not part of ./mvnw verify; the result belongs in docs/reliability.md.
#
# Usage: ./mvnw -q -DskipTests package && scripts/kill9-durability.sh [target/onedoor.jar]
# Environment: PORT (8185), ACKS (500 acknowledged before the kill), WORKERS (8), WORK (a new temporary directory),
#              DATASOURCE_URL (the demo profile's own URL; set it to try another, e.g. today's without WRITE_DELAY).
set -euo pipefail
JAR=$(realpath "${1:-target/onedoor.jar}")
PORT=${PORT:-8185}
ACKS=${ACKS:-500}
WORKERS=${WORKERS:-8}
WORK=${WORK:-$(mktemp -d /tmp/onedoor-kill9.XXXXXX)}
BASE="http://127.0.0.1:$PORT"
mkdir -p "$WORK/acks" && cd "$WORK"
echo "working in $WORK"

args=(--spring.profiles.active=demo --server.port="$PORT")
if [ -n "${DATASOURCE_URL:-}" ]; then args+=(--spring.datasource.url="$DATASOURCE_URL"); fi

start() { # $1: log file
  java -jar "$JAR" "${args[@]}" > "$1" 2>&1 &
  pid=$!
  for _ in $(seq 1 900); do
    if grep -q 'OneDoor demo is ready' "$1"; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "OneDoor stopped while starting: see $WORK/$1"; exit 2; fi
    sleep 1
  done
  echo "OneDoor did not start in 15 minutes"; kill -9 "$pid"; exit 2
}

csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }

send() { # $1: worker number; appends each acknowledged reference to acks/$1
  local n=0
  while [ ! -f stop ]; do
    n=$((n + 1))
    body=$(printf '{"givenName":"Kill","familyName":"Nine W%sN%s","dateOfBirth":"1980-01-01","sex":"NOT_STATED",%s}' \
      "$1" "$n" '"source":"GP","referrerName":"Dr Probe","referrerOrganisation":"Probe surgery","substances":["ALCOHOL"]')
    answer=$(curl -s -m 10 -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      -w '\n%{http_code}' -d "$body" "$BASE/api/v1/referrals" || true)
    if [ "$(tail -1 <<< "$answer")" = 201 ]; then
      grep -o '"reference":"[^"]*"' <<< "$answer" | cut -d'"' -f4 >> "acks/$1"
    fi
  done
}

start run1.log
echo "started (pid $pid); issuing an API credential as the demo administrator"
jar=cookies.txt
token=$(curl -s -c $jar -b $jar "$BASE/sign-in" | csrf)
curl -s -c $jar -b $jar -o /dev/null --data-urlencode "_csrf=$token" -d username=admin \
  -d password=onedoor-demo-2026 "$BASE/sign-in"
page=$(curl -s -c $jar -b $jar "$BASE/admin/api-clients/new")
organisation=$(grep -o '<option value="[0-9a-f-]\{36\}"' <<< "$page" | head -1 | cut -d'"' -f2)
TOKEN=$(curl -s -L -c $jar -b $jar --data-urlencode "_csrf=$(csrf <<< "$page")" -d name=kill9-probe \
  -d organisationId="$organisation" -d privileges=REFERRAL_SUBMIT "$BASE/admin/api-clients/new" \
  | grep -o 'id="api-token">[^<]*' | cut -d'>' -f2)
[ -n "$TOKEN" ] || { echo "could not issue an API credential"; kill -9 "$pid"; exit 2; }

echo "sending referrals from $WORKERS workers; kill -9 after $ACKS acknowledgements"
for w in $(seq 1 "$WORKERS"); do send "$w" & done
until [ "$(cat acks/* 2>/dev/null | wc -l)" -ge "$ACKS" ]; do sleep 0.05; done
kill -9 "$pid"
touch stop; wait "$pid" 2>/dev/null || true
for job in $(jobs -p); do wait "$job" 2>/dev/null || true; done
sort acks/* > acknowledged.txt
echo "killed; $(wc -l < acknowledged.txt) referrals were acknowledged"

start run2.log
rm -f stop acks/*
one=$(curl -s -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$(printf \
  '{"givenName":"After","familyName":"Restart","dateOfBirth":"1980-01-01","sex":"NOT_STATED",%s}' \
  '"source":"GP","referrerName":"Dr Probe","referrerOrganisation":"Probe surgery","substances":["ALCOHOL"]')" \
  "$BASE/api/v1/referrals" | grep -o '"reference":"[^"]*"' | cut -d'"' -f4)
kill "$pid"; wait "$pid" 2>/dev/null || true

unzip -q -o -j "$JAR" 'BOOT-INF/lib/h2-*.jar' -d lib
url=${DATASOURCE_URL:-$(unzip -p "$JAR" BOOT-INF/classes/application-demo.yaml | grep -o 'jdbc:h2:[^ ]*')}
java -cp lib/h2-*.jar org.h2.tools.Shell -url "$url" -user sa -password '' \
  -sql "select reference from referral" | grep -o '^R[0-9]*' | sort > stored.txt
missing=$(comm -23 acknowledged.txt stored.txt | wc -l)
twice=$( (cat acknowledged.txt; echo "$one") | sort | uniq -d | wc -l)
stored_twice=$(uniq -d stored.txt | wc -l)
echo "acknowledged before the kill: $(wc -l < acknowledged.txt); missing after restart: $missing"
echo "reference after restart: $one (issued before: $twice); references stored twice: $stored_twice"
if [ "$missing" -gt 0 ] || [ "$twice" -gt 0 ] || [ "$stored_twice" -gt 0 ] || [ -z "$one" ]; then
  echo "FAILED: acknowledged work was lost or a reference was reissued"; exit 1
fi
echo "PASSED"
