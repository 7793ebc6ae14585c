#!/bin/bash
# the list-import benchmark: one cold JVM per run, each on a fresh copy of its database
# registers: /tmp/li-empty (a fresh init) and /tmp/li-demo100k (init, then generate-demo --petitions 100000)
J=${JAR:-target/danvan-desk.jar}
run() { # name db-source file extra-java-opts
  rm -rf /tmp/li-run-db && cp -r $2 /tmp/li-run-db
  echo "== $1 (load before: $(cut -d' ' -f1-3 /proc/loadavg))"
  /usr/bin/time -f "%e s wall, %U s user, %S s sys, %M KB max RSS" java $4 -jar $J import $3 --create-villages --create-units --db /tmp/li-run-db 2>&1 >/tmp/li-run.out | tail -1
  head -1 /tmp/li-run.out
  grep "Imported\|written:" /tmp/li-run-db/logs/danvan-desk.log | tail -2 | cut -c60-400
  echo "(load after: $(cut -d' ' -f1-3 /proc/loadavg))"
}
run "100k CSV into an empty register" /tmp/li-empty /tmp/li-100k.csv ""
run "100k XLSX into an empty register" /tmp/li-empty /tmp/li-100k.xlsx ""
run "100k CSV (no codes) into the 100k demo" /tmp/li-demo100k /tmp/li-100k-nocodes.csv ""
run "100k CSV into an empty register, -Xmx256m" /tmp/li-empty /tmp/li-100k.csv "-Xmx256m"
run "100k CSV (codes of the demo: all skipped) into the 100k demo" /tmp/li-demo100k /tmp/li-100k.csv ""
echo done
