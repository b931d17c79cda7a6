#!/usr/bin/env bash
# Re-extracts every tr()/translate() string from the sources into the Chinese catalogue.
# New strings arrive as unfinished; translate them (Qt Linguist, or edit the .ts) before
# committing: tst_translations fails on unfinished entries.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=$(command -v lupdate6 || command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
cd "$root"
# A lock lets several people (or tools) update the catalogue one after the other.
exec 9>"${TMPDIR:-/tmp}/netsmith-translations.lock"
flock 9
"$lupdate" -locations none -no-obsolete engine ui app -ts translations/netsmith_zh_CN.ts
