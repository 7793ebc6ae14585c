#!/usr/bin/env bash
# Measures time to the first window and idle memory of the packaged jar (or of an app-image launcher).
# Needs Xvfb (Debian: apt-get install -y xvfb). Usage: docs/startup-benchmark.sh [RUNS] [LAUNCHER...]
#   docs/startup-benchmark.sh 5                                   # java -jar target/danvan-desk.jar
#   docs/startup-benchmark.sh 5 installer/out/linux/danvan-desk/bin/danvan-desk
# The app logs "Window shown N ms after the JVM started" once the window is on screen; RSS is read 10 s later.
set -euo pipefail
RUNS="${1:-5}"
shift || true
LAUNCHER=("$@")
if [ ${#LAUNCHER[@]} -eq 0 ]; then LAUNCHER=(java -jar target/danvan-desk.jar); fi
DB="$(mktemp -d)"
printf 'bench-password\n' > "$DB/pw"
"${LAUNCHER[@]}" init --db "$DB/data" --office "UBND xã Bench" --level xa --province "Phú Thọ" \
  --admin-user admin --admin-password-file "$DB/pw" > /dev/null
Xvfb :91 -screen 0 1280x800x24 > /dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null; rm -rf "$DB"' EXIT
sleep 1
for run in $(seq "$RUNS"); do
  DISPLAY=:91 "${LAUNCHER[@]}" --db "$DB/data" > /dev/null 2>&1 &
  APP=$!
  for _ in $(seq 60); do
    [ "$(grep -c 'Window shown' "$DB/data/logs/danvan-desk.log" 2>/dev/null || true)" -ge "$run" ] && break
    sleep 0.5
  done
  sleep 10
  RSS_KB="$(ps -o rss= --ppid "$APP" -p "$APP" | sort -n | tail -1)"
  SHOWN="$(grep 'Window shown' "$DB/data/logs/danvan-desk.log" | tail -1 | sed -E 's/.*shown ([0-9]+) ms.*/\1/')"
  echo "run $run: first window ${SHOWN} ms, idle RSS $((RSS_KB / 1024)) MB"
  kill "$APP"
  wait "$APP" 2>/dev/null || true
done
