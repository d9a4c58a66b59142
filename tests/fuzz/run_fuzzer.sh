#!/usr/bin/env bash
# Runs one libFuzzer target for a bounded time on a working copy of its seed corpus, so the source tree is
# never written: new corpus entries, crash-*, leak-*, timeout-* and oom-* files all land in WORK_DIR.
# Usage: run_fuzzer.sh TARGET SEED_DIR WORK_DIR SECONDS [extra libFuzzer flags...]
# Exit status: libFuzzer's (0 = no finding in SECONDS; non-zero = a finding, saved under WORK_DIR).
set -euo pipefail
target=${1:?fuzz target}
seeds=${2:?seed corpus dir}
work=${3:?work dir}
seconds=${4:?seconds}
shift 4
mkdir -p "$work/corpus" "$work/artifacts"
# A third-party leak in LibTorch's zip reader is suppressed (see lsan.supp); every other leak is a finding.
export LSAN_OPTIONS="suppressions=$(cd "$(dirname "$0")" && pwd)/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
# -n: an entry the fuzzer already grew under the same name is kept; new seeds are added.
cp -n "$seeds"/* "$work/corpus/" 2>/dev/null || true
exec "$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=25 -print_final_stats=1 \
  -artifact_prefix="$work/artifacts/" "$@" "$work/corpus"
