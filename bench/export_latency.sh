#!/usr/bin/env bash
# Issue 12: inference latency of the exported TorchScript model against Netsmith's own
# forward pass, batch sizes 1 and 64, interleaved inside one process (netsmith-export-bench).
#
#   bench/export_latency.sh [run-dir | preset=seed-cnn] [THREADS=1]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
model=${1:-seed-cnn}; threads=${2:-1}
build=${BUILD_DIR:-$here/build}
cmake --build "$build" --target netsmith-export-bench >/dev/null
export OPENBLAS_NUM_THREADS=1
for batch in 1 64; do
  "$build/bench/netsmith-export-bench" "$model" --batch "$batch" --threads "$threads" \
    --iterations $((batch == 1 ? 200 : 20))
done
