#!/usr/bin/env bash
# Issue 6, point 5: is the dashboard responsive while it trains, and does it slow training?
# Runs the seed CNN on `digits` (batch 32) through the training page with its live charts
# (netsmith-dashboard-bench, offscreen) and through `netsmith-cli bench` with the same
# settings, interleaved (order alternating each round) so machine-wide swings hit both.
# Prints each round, the UI event-loop latency (p99 of a 10 ms timer probe; goal < 30 ms)
# and the ratio of the samples/s medians (goal: the dashboard at 0.95 of the CLI or better).
#
#   bench/dashboard_responsiveness.sh [ROUNDS=3] [EPOCHS=3] [THREADS=2]
#
# Environment: BUILD_DIR (default build; the two programs are built there first),
# NETSMITH_CLI, NETSMITH_DASHBOARD_BENCH (to run other binaries).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
rounds=${1:-3}; epochs=${2:-3}; threads=${3:-2}
build=${BUILD_DIR:-$here/build}
if [ -z "${NETSMITH_CLI:-}${NETSMITH_DASHBOARD_BENCH:-}" ]; then
  cmake --build "$build" --target netsmith-dashboard-bench netsmith-cli >/dev/null
fi
cli=${NETSMITH_CLI:-$build/app/netsmith-cli}
dash=${NETSMITH_DASHBOARD_BENCH:-$build/bench/netsmith-dashboard-bench}
for exe in "$cli" "$dash"; do
  [ -x "$exe" ] || { echo "dashboard_responsiveness: $exe is missing (build it first)" >&2; exit 2; }
done
export OPENBLAS_NUM_THREADS=1 QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

run_cli() {
  "$cli" bench seed-cnn --data digits --epochs "$epochs" --threads "$threads" --batch-size 32 | tail -n 1 |
    /usr/bin/python3 -c 'import json,sys; print(round(json.load(sys.stdin)["samples_per_second"], 1))'
}
run_dash() {
  "$dash" seed-cnn --data digits --epochs "$epochs" --threads "$threads" --batch-size 32 | tail -n 1
}

clis=(); dashes=()
for ((r = 1; r <= rounds; r++)); do
  if ((r % 2)); then c=$(run_cli); d=$(run_dash); else d=$(run_dash); c=$(run_cli); fi
  clis+=("$c"); dashes+=("$d")
  echo "round $r: cli $c samples/s; dashboard $d"
done
/usr/bin/python3 - "${clis[*]}" "${dashes[@]}" <<'PY'
import json, statistics, sys
cli = [float(x) for x in sys.argv[1].split()]
dash = [json.loads(x) for x in sys.argv[2:]]
mc = statistics.median(cli)
md = statistics.median(d["samples_per_second"] for d in dash)
p99 = max(d["ui_latency_p99_ms"] for d in dash)
print(f"UI event-loop latency p99 (worst round): {p99:.1f} ms (goal < 30 ms); "
      f"p50 {statistics.median(d['ui_latency_p50_ms'] for d in dash):.1f} ms, "
      f"max {max(d['ui_latency_max_ms'] for d in dash):.1f} ms")
print(f"samples/s median: cli {mc:.0f}, dashboard {md:.0f}; dashboard/cli = {md / mc:.3f} (goal >= 0.95)")
PY
