#!/usr/bin/env bash
# The training speed that augmentation costs: the seed CNN on the bundled digits (8,000 for
# training, batch 32) without augmentation and with the augmentation the dataset suggests
# (`--augment suggested`, the Data page's proposal), through `netsmith-cli bench`. The two
# run interleaved, order alternating each round, so that machine-wide swings hit both; the
# script prints each round, the medians and their ratio (issue 18's target: at least 0.85).
#
#   bench/augmentation_speed.sh [ROUNDS=5] [EPOCHS=3] [THREADS=2] [DATA=digits]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
rounds=${1:-5}; epochs=${2:-3}; threads=${3:-2}; data=${4:-digits}
cli=${NETSMITH_CLI:-$here/build/app/netsmith-cli}
[ -x "$cli" ] || { echo "augmentation_speed: $cli is missing (build netsmith-cli first)" >&2; exit 2; }
export OPENBLAS_NUM_THREADS=1

speed() {
  "$cli" bench seed-cnn --data "$data" --epochs "$epochs" --threads "$threads" --batch-size 32 \
    --validation-split 0 --augment "$1" | tail -n 1 |
    /usr/bin/python3 -c 'import json,sys; print(round(json.load(sys.stdin)["samples_per_second"], 1))'
}

plain=(); augmented=()
for ((r = 1; r <= rounds; r++)); do
  if ((r % 2)); then a=$(speed none); b=$(speed suggested); else b=$(speed suggested); a=$(speed none); fi
  plain+=("$a"); augmented+=("$b")
  echo "round $r: none $a samples/s, suggested $b samples/s"
done
/usr/bin/python3 - "${plain[*]}" "${augmented[*]}" <<'PY'
import statistics, sys
plain = [float(x) for x in sys.argv[1].split()]
augmented = [float(x) for x in sys.argv[2].split()]
p, a = statistics.median(plain), statistics.median(augmented)
print(f"median: none {p:.0f} samples/s, suggested {a:.0f} samples/s, ratio {a / p:.3f}")
PY
