#!/usr/bin/env bash
# The same set-up as run.sh, then the whole test suite through CTest. Exits non-zero when
# anything fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
# The export tests also need ONNX Runtime (setup.sh installs it into the build folder).
NETSMITH_TEST_CLIENTS=1 "$root/scripts/setup.sh"
cd "$build_dir"
ctest --output-on-failure -j "${NETSMITH_TEST_JOBS:-2}" "$@"
