#!/usr/bin/env bash
# Two netsmith-cli binaries (say, before and after a change) training the seed CNN on the
# digits with the same settings, interleaved with the order alternating each round, so that
# machine-wide swings hit both. Prints each round and the median of the per-round ratios.
#
#   bench/compare_builds.sh BEFORE_CLI AFTER_CLI [ROUNDS=4] [EPOCHS=3] [THREADS=2]
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 BEFORE_CLI AFTER_CLI [ROUNDS] [EPOCHS] [THREADS]" >&2; exit 2; }
before=$1; after=$2; rounds=${3:-4}; epochs=${4:-3}; threads=${5:-2}
for exe in "$before" "$after"; do
  [ -x "$exe" ] || { echo "compare_builds: $exe is not an executable" >&2; exit 2; }
done
export OPENBLAS_NUM_THREADS=1
run() {
  "$1" bench seed-cnn --data digits --epochs "$epochs" --threads "$threads" --batch-size 32 --validation-split 0 |
    tail -n 1 | /usr/bin/python3 -c 'import json,sys; print(round(json.load(sys.stdin)["samples_per_second"], 1))'
}
bs=(); as=()
for ((r = 1; r <= rounds; r++)); do
  if ((r % 2)); then b=$(run "$before"); a=$(run "$after"); else a=$(run "$after"); b=$(run "$before"); fi
  bs+=("$b"); as+=("$a")
  echo "round $r: before $b samples/s, after $a samples/s"
done
/usr/bin/python3 - "${bs[*]}" "${as[*]}" <<'PY'
import statistics, sys
b = [float(x) for x in sys.argv[1].split()]
a = [float(x) for x in sys.argv[2].split()]
print(f"median before {statistics.median(b):.0f}, after {statistics.median(a):.0f} samples/s; "
      f"median of the per-round ratios after/before: {statistics.median(x / y for x, y in zip(a, b)):.2f}")
PY
