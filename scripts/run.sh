#!/usr/bin/env bash
# Install what is missing, build, and open the Netsmith workbench on the bundled digits.
#   scripts/run.sh [--xvfb] [project.netsmith]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
"$root/scripts/setup.sh"

use_xvfb=0
if [ "${1:-}" = "--xvfb" ]; then use_xvfb=1; shift; fi
export OPENBLAS_NUM_THREADS=${OPENBLAS_NUM_THREADS:-1}

if [ $use_xvfb -eq 1 ]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$build_dir/app/netsmith" "$@"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  cat <<MSG
Netsmith is built, but there is no display to open its window on (DISPLAY is not set).
  - On a machine without a screen, run it in a virtual display:
        scripts/run.sh --xvfb          (or: xvfb-run -a $build_dir/app/netsmith)
  - Or use the headless command line, which needs no display:
        $build_dir/app/netsmith-cli --help
        $build_dir/app/netsmith-cli summary seed-cnn
MSG
  exit 0
fi
exec "$build_dir/app/netsmith" "$@"
