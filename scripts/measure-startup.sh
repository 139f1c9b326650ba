#!/usr/bin/env bash
# Starts OneDoor (demo profile) from the packaged jar in the current directory (its ./data is used or created),
# waits until the demo is ready, and prints the start-up time and the resident memory after 20 s idle.
# Usage: ./mvnw -DskipTests package && mkdir -p /tmp/perf && cd /tmp/perf && /path/to/scripts/measure-startup.sh /path/to/target/onedoor.jar
set -euo pipefail
JAR=${1:-/work/main/target/onedoor.jar}
start=$(date +%s%N)
java -jar "$JAR" --spring.profiles.active=demo > run.log 2>&1 &
pid=$!
until grep -q 'Started OneDoorApplication' run.log; do sleep 0.2; done
until grep -q 'OneDoor demo is ready' run.log; do sleep 0.2; done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
echo "wall-clock to ready: ${ready} ms; $(grep -o 'Started OneDoorApplication in [0-9.]* seconds' run.log)"
grep -o 'Demo partnership generated in [0-9]* ms' run.log || echo "no generation (data kept)"
sleep 20
echo "idle RSS: $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MiB"
kill $pid; wait $pid 2>/dev/null || true
