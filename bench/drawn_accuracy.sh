#!/usr/bin/env bash
# The default project's reading of drawn digits (issue 18): draws the drawn-digit set through
# the real draw pad (netsmith-drawn-digits, 600 drawings, seed 1), trains the seed CNN on the
# bundled digits for 10 epochs with each seed, and reports per seed the bundled test accuracy
# and the accuracy on the drawings read as the pad reads them — with the stroke
# normalisation (the run as trained) and without it (the same run with its project's
# "stroke" statistics removed: how Netsmith read drawings before).
#
#   bench/drawn_accuracy.sh [AUGMENT=none] [SEEDS="1 2 3"] [EPOCHS=10]
#
# AUGMENT is a --augment value (none, suggested, digits, ...). Environment: BUILD_DIR.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$here/build}
augment=${1:-none}; seeds=${2:-1 2 3}; epochs=${3:-10}
cli=$build/app/netsmith-cli
cmake --build "$build" --target netsmith-cli netsmith-drawn-digits >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export OPENBLAS_NUM_THREADS=1
QT_QPA_PLATFORM=offscreen "$build/bench/netsmith-drawn-digits" --out "$work/drawn" --count 600 --seed 1 >/dev/null

accuracy() { /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["'"$1"'"])'; }
for seed in $seeds; do
  "$cli" train seed-cnn --data digits --epochs "$epochs" --seed "$seed" --augment "$augment" \
    --out "$work/runs/$seed" >"$work/train.log"
  run=$(tail -n 1 "$work/train.log" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["run_dir"])')
  test=$(tail -n 1 "$work/train.log" | accuracy test_accuracy)
  plain=$work/plain-$seed
  cp -r "$run" "$plain"
  /usr/bin/python3 - "$plain/project.netsmith" <<'PY'
import json, sys
path = sys.argv[1]
project = json.load(open(path))
project.pop("stroke", None)
json.dump(project, open(path, "w"), indent=4)
PY
  drawn=$("$cli" evaluate "$run" --data "$work/drawn" --drawings | accuracy accuracy)
  before=$("$cli" evaluate "$plain" --data "$work/drawn" --drawings | accuracy accuracy)
  echo "seed $seed (--augment $augment): digits test $test, drawn $drawn (without stroke normalisation $before)"
done
