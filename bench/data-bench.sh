#!/usr/bin/env bash
# Builds and runs the data-pipeline benchmark: dataset load times, augmentation batches/s,
# and the seed CNN's step rate with and without augmentation on the prefetch thread.
#   bench/data-bench.sh [torch-threads, default 2]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
cmake --build "$build_dir" --target netsmith-data-bench >/dev/null
OPENBLAS_NUM_THREADS=1 "$build_dir/bench/netsmith-data-bench" "${1:-2}"
