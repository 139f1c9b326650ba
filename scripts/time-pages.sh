#!/usr/bin/env bash
# Signs in as a demo user with curl and times a few pages and API calls (5 runs each, prints each time in seconds).
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
JAR=$(mktemp)
token=$(curl -s -c "$JAR" "$BASE/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"//')
curl -s -b "$JAR" -c "$JAR" -o /dev/null -d "username=${USERNAME:-commissioner}&password=onedoor-demo-2026&_csrf=$token" "$BASE/sign-in"
for path in "$@"; do
  printf '%s' "$path"
  for _ in 1 2 3 4 5; do printf ' %s' "$(curl -s -b "$JAR" -o /dev/null -w '%{time_total}' "$BASE$path")"; done
  echo
done
