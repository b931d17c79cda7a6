#!/usr/bin/env bash
# Builds (if needed) and runs every fuzzer of fuzz/ for SECONDS each, one after another, and
# prints per target the executions, the corpus size and the findings.
#   fuzz/run.sh SECONDS [TARGET...]        e.g. fuzz/run.sh 60, fuzz/run.sh 600 idx csv
# Targets: idx csv cifar10 targz project checkpoint weights image (default: all).
# The build is the "sanitize" preset's (build-sanitize; NETSMITH_FUZZ_BUILD overrides it).
# Under build-sanitize/fuzz-work/: corpus/<target>/ (what the fuzzer learnt; fuzz/corpus/<target>/
# holds the committed seeds and is only read), artifacts/<target>/ (crash-*, leak-*, oom-*,
# timeout-*: the findings), logs/<target>.log. Exit status 1 when anything was found.
# A fuzzer stops at its first finding; FUZZ_KEEP_GOING=1 runs each in libFuzzer's fork mode
# instead, which records every finding and goes on (for long runs past a known open finding).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
seconds=${1:?usage: fuzz/run.sh SECONDS [TARGET...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(idx csv cifar10 targz project checkpoint weights image)
build=${NETSMITH_FUZZ_BUILD:-$root/build-sanitize}
work=$build/fuzz-work

if [ ! -f "$build/CMakeCache.txt" ]; then
  (cd "$root" && cmake --preset sanitize) || exit 2
fi
nice -n 15 cmake --build "$build" --target netsmith-fuzzers -j2 || exit 2

# The sanitizers' settings (fuzz/README.md says why each is there). The leak suppressions
# (fuzz/lsan.supp) name frames inside libtorch, which only the slow unwinder sees: it is on for
# the targets that read torch archives, where that leak is.
asan_options=${ASAN_OPTIONS:-"detect_leaks=1:print_summary=1"}
export LSAN_OPTIONS=${LSAN_OPTIONS:-"suppressions=$here/lsan.supp:print_suppressions=0"}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-"print_stacktrace=1:halt_on_error=1"}
# The engine's torch uses one thread (FuzzSupport.h); OpenBLAS and OpenMP should not add any.
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 NETSMITH_LANG=en

keep_going=()
if [ "${FUZZ_KEEP_GOING:-0}" = 1 ]; then
  keep_going=(-fork=1 -ignore_crashes=1 -ignore_ooms=1 -ignore_timeouts=1)
fi

status=0
summary=()
for t in "${targets[@]}"; do
  bin=$build/fuzz/fuzz_$t
  if [ ! -x "$bin" ]; then
    echo "no fuzzer $t (expected $bin)" >&2
    status=2
    continue
  fi
  mkdir -p "$work/corpus/$t" "$work/artifacts/$t" "$work/logs" "$work/tmp"
  log=$work/logs/$t.log
  marker=$work/logs/$t.started
  touch "$marker"
  echo "== fuzz_$t: $seconds s"
  case $t in
    checkpoint | weights) export ASAN_OPTIONS="$asan_options:fast_unwind_on_malloc=0" ;;
    *) export ASAN_OPTIONS="$asan_options" ;;
  esac
  TMPDIR=$work/tmp nice -n 15 "$bin" "$work/corpus/$t" "$here/corpus/$t" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/$t/" "${keep_going[@]}" >"$log" 2>&1
  rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  # Fork mode prints no final stats; its progress lines carry the total ("#425: cov: ...").
  [ -n "$execs" ] || execs=$(sed -n 's/^#\([0-9]*\): cov:.*/\1/p' "$log" | tail -1)
  corpus=$(find "$work/corpus/$t" -type f | wc -l)
  cov=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+(/[0-9]+[a-zA-Z]*)?' "$log" | tail -1)
  findings=$(find "$work/artifacts/$t" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'oom-*' \
                  -o -name 'timeout-*' \) -newer "$marker" | wc -l)
  all=$(find "$work/artifacts/$t" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'oom-*' \
             -o -name 'timeout-*' \) | wc -l)
  line=$(printf '%-11s execs %-9s corpus %-6s findings %s (all runs: %s)  [%s] rc=%s' \
                "$t" "${execs:-?}" "$corpus" "$findings" "$all" "$cov" "$rc")
  summary+=("$line")
  echo "$line"
  if [ "$rc" -ne 0 ] || [ "$findings" -gt 0 ]; then
    status=1
    grep -E '^==[0-9]+==ERROR|SUMMARY:|runtime error|deadly signal|out-of-memory|Timeout|finding:|artifact_prefix' "$log" | head -8
    echo "   log: $log"
  fi
done
echo
echo "== summary ($seconds s each)"
printf '%s\n' "${summary[@]}"
exit $status
