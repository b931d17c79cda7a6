#!/usr/bin/env bash
# Stroke-event-to-painted-bars latency of the draw pad (goal: under 30 ms for the seed CNN on
# CPU). Usage: bench/drawpad-latency.sh [build-dir] [--run DIR] [--threads N] ...
# Runs under Xvfb when it is installed (a real X window), otherwise offscreen.
set -euo pipefail
build=${1:-build}
shift || true
cmake --build "$build" --target netsmith-drawpad-bench >/dev/null
export OPENBLAS_NUM_THREADS=1
for heat in "" "--no-heatmap"; do
  if command -v xvfb-run >/dev/null; then
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" "$build/bench/netsmith-drawpad-bench" --strokes 8 $heat "$@"
  else
    QT_QPA_PLATFORM=offscreen "$build/bench/netsmith-drawpad-bench" --strokes 8 $heat "$@"
  fi
done
