#!/usr/bin/env bash
# Build the Debian package: the same set-up and build as run.sh, then CPack (packaging/).
#   scripts/package.sh            then: sudo apt install ./build/netsmith_<version>_amd64.deb
# Environment: BUILD_DIR (default: build).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
"$root/scripts/setup.sh"
(cd "$build_dir" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build_dir"/netsmith_*.deb | head -n1)
echo "netsmith: $deb"
echo "install it with: sudo apt install $deb"
