#!/bin/bash
# The list import as the window runs it (WindowImport.java), variants alternated run by run: this VM's speed drifts
# by a fifth over tens of minutes, so only runs made in turn compare (docs/benchmarks.md, 2026-11-27).
#
#   docs/bench/window-import-ab.sh ROUNDS FILE PASSWORD_FILE "label|REGISTER|JARDIR|java options" ...
#
# REGISTER is copied afresh before each run (an encrypted register with an officer admin); JARDIR holds
# danvan-desk.jar and lib/ (a copy of target/ after `mvn package`). One line per run: check, Nhập, wall, peak RSS.
set -euo pipefail
ROUNDS=$1 FILE=$2 PW=$3
shift 3
HERE="$(cd "$(dirname "$0")" && pwd)"
CLASSES="$(mktemp -d)"
RUN="$(mktemp -d)"
trap 'rm -rf "$CLASSES" "$RUN"' EXIT
IFS='|' read -r _ _ first _ <<< "$1"
# compiled once: the source-file launcher would compile it inside the measured JVM
javac -d "$CLASSES" -cp "$first/danvan-desk.jar:$first/lib/*" "$HERE/WindowImport.java"
for round in $(seq "$ROUNDS"); do
  for spec in "$@"; do
    IFS='|' read -r label register jars options <<< "$spec"
    rm -rf "$RUN/db" && cp -r "$register" "$RUN/db"
    sync && sleep 8
    # shellcheck disable=SC2086
    line=$( { /usr/bin/time -f "%e s wall, %M KB peak" java $options -cp "$CLASSES:$jars/danvan-desk.jar:$jars/lib/*" \
        WindowImport "$RUN/db" "$FILE" admin "$PW" 2>&1 >&3 | tail -1; } 3>&1 | grep -v "^\[\|SLF4J" | tr '\n' ' ')
    echo "round $round, $label: $line"
  done
done
