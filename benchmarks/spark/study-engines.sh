#!/usr/bin/env bash
# The same study on the embedded engine (1 and 2 points at a time) and on Apache Spark (local[1] and
# local[2]): Spark's speed-up from one to two cores, its start-up, and its overhead per point against
# the embedded engine at the same parallelism. Prints a Markdown table.
#   benchmarks/spark/study-engines.sh [POINTS]      (default 100; the study is benchmarks/spark/chip-r-sweep.yaml)
# Each configuration is a fresh `kapitza study` process, run one after the other. Times:
#   wall     the study's own wall time (the "Time: ... s wall" line: plan, points, study.csv, study.json),
#            which for Spark includes starting the Spark context;
#   start-up starting the Spark context (the engine's "started in" line);
#   points   the Spark job alone (the engine's "after start-up" line); for the embedded engine, its wall.
# Overhead per point = (Spark points − embedded wall at the same parallelism) / POINTS.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
points="${1:-100}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
study() { # THREADS -> a study file
  sed -e "s#BASE#$here/examples/chip-package/case.yaml#" -e "s#POINTS#$points#" -e "s#THREADS#$1#" \
    "$here/benchmarks/spark/chip-r-sweep.yaml" > "$work/study-$1.yaml"
  echo "$work/study-$1.yaml"
}
run() { # NAME ARGS... -> the log in $work/NAME.log
  local name="$1"; shift
  "$here/kapitza" study "$@" -q -o "$work/$name" > "$work/$name.log" 2>&1 || {
    echo "benchmark: $name failed (exit $?):" >&2; cat "$work/$name.log" >&2; exit 1; }
}
wall() { sed -n 's/^Time: \([0-9.]*\) s wall.*/\1/p' "$work/$1.log"; }
startup() { sed -n 's/^Spark .*started in \([0-9.]*\) s.*/\1/p' "$work/$1.log"; }
job() { sed -n 's/^Spark .* points in \([0-9.]*\) s after start-up.*/\1/p' "$work/$1.log"; }
rows() { tail -n +2 "$work/$1/study.csv" | cut -d, -f1-8 | sort; }

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
# Build both launchers' jars first, so no configuration pays for a build.
"$here/kapitza" --version > /dev/null
"$here/kapitza" study --help --engine spark > /dev/null

run embedded-1 "$(study 1)"
run embedded-2 "$(study 2)"
run spark-1 "$(study 1)" --engine spark --master 'local[1]'
run spark-2 "$(study 2)" --engine spark --master 'local[2]'

same="yes"
for c in embedded-2 spark-1 spark-2; do
  if [ "$(rows embedded-1)" != "$(rows "$c")" ]; then
    same="NO"
    echo "benchmark: $c's rows differ from embedded-1's (kept in $work):" >&2
    diff <(rows embedded-1) <(rows "$c") | head -20 >&2 || true
    trap - EXIT
  fi
done
e1=$(wall embedded-1); e2=$(wall embedded-2)
echo "Study: examples/chip-package, $points log-spaced die|TIM1 resistances; study.csv rows (values,"
echo "responses, status) identical across the four runs: $same. Load average (1, 5, 15 min) before: $load_before;"
echo "after: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) processors."
echo
echo "| engine | wall (s) | Spark start-up (s) | points (s) | per point (s) | overhead per point vs embedded (s) |"
echo "|---|---|---|---|---|---|"
awk -v p="$points" -v w="$e1" 'BEGIN { printf "| embedded, 1 point at a time | %.1f | | %.1f | %.3f | |\n", w, w, w / p }'
awk -v p="$points" -v w="$e2" 'BEGIN { printf "| embedded, 2 points at a time | %.1f | | %.1f | %.3f | |\n", w, w, w / p }'
for n in 1 2; do
  e=$([ "$n" = 1 ] && echo "$e1" || echo "$e2")
  awk -v n="$n" -v p="$points" -v w="$(wall spark-$n)" -v s="$(startup spark-$n)" -v j="$(job spark-$n)" -v e="$e" \
    'BEGIN { printf "| Spark local[%d] | %.1f | %.1f | %.1f | %.3f | %+.3f |\n", n, w, s, j, j / p, (j - e) / p }'
done
awk -v a="$(job spark-1)" -v b="$(job spark-2)" -v c="$(wall spark-1)" -v d="$(wall spark-2)" \
  'BEGIN { printf "\nSpark speed-up local[1] → local[2]: %.2f× on the points, %.2f× on the wall time (start-up included)\n", a / b, c / d }'
awk -v a="$e1" -v b="$e2" 'BEGIN { printf "Embedded speed-up 1 → 2 points at a time: %.2f×\n", a / b }'
