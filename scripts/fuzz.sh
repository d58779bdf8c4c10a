#!/usr/bin/env bash
# Runs one libFuzzer target (tests/fuzz/) with its seed corpus and the
# vnextract dictionary.
#
#   scripts/fuzz.sh TARGET SECONDS [BUILD_DIR] [extra libFuzzer flags...]
#   scripts/fuzz.sh fuzz_extract_html 3600          # a long run (one hour)
#   scripts/fuzz.sh all 20                          # CI smoke: every target 20 s
#
# TARGET: fuzz_extract_html, fuzz_extract_text, fuzz_find_quantities,
# fuzz_dates, fuzz_jsonl_record, fuzz_differential (every fast path against
# its plain twin, tests/plain/), or "all". BUILD_DIR (default build/fuzz) is
# a clang build with -DVNEXTRACT_BUILD_FUZZERS=ON:
#   CC=clang CXX=clang++ cmake -S . -B build/fuzz -DVNEXTRACT_BUILD_FUZZERS=ON \
#     -DCMAKE_BUILD_TYPE=RelWithDebInfo && cmake --build build/fuzz
# The corpus grows in BUILD_DIR/corpus/TARGET (seeded from the test fixtures);
# a crash leaves crash-*/timeout-*/oom-* in BUILD_DIR/artifacts/TARGET and the
# script exits non-zero: copy the file into tests/fuzz/regressions/TARGET/,
# fix, and the regression test replays it from then on.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
target="${1:?usage: scripts/fuzz.sh TARGET SECONDS [BUILD_DIR] [flags...]}"
seconds="${2:?usage: scripts/fuzz.sh TARGET SECONDS [BUILD_DIR] [flags...]}"
build="${3:-$root/build/fuzz}"
shift $(($# < 3 ? $# : 3))

if [[ "$target" == all ]]; then
  for t in fuzz_extract_html fuzz_extract_text fuzz_find_quantities fuzz_dates fuzz_jsonl_record \
    fuzz_differential; do
    "$0" "$t" "$seconds" "$build" "$@"
  done
  exit 0
fi

# Longest input libFuzzer generates: pages get room for markup, phrases do not
# need it.
case "$target" in
  fuzz_extract_html | fuzz_extract_text) max_len=65536 ;;
  fuzz_find_quantities | fuzz_dates | fuzz_jsonl_record) max_len=4096 ;;
  # Two finders and their plain twins, per sentence: a few sentences and
  # small pages are enough, and each run stays short.
  fuzz_differential) max_len=1024 ;;
  *) echo "fuzz.sh: unknown target $target" >&2; exit 2 ;;
esac

binary="$build/tests/fuzz/$target"
[[ -x "$binary" ]] || { echo "fuzz.sh: $binary not built" >&2; exit 2; }
corpus="$build/corpus/$target"
artifacts="$build/artifacts/$target"
mkdir -p "$corpus" "$artifacts"
# First the inputs that once crashed: they must pass before anything new.
regressions=("$root/tests/fuzz/regressions/$target"/*)
if [[ -e "${regressions[0]}" ]]; then
  if ! "$binary" -timeout="${FUZZ_TIMEOUT:-25}" "${regressions[@]}" >"$artifacts/regressions.log" 2>&1; then
    cat "$artifacts/regressions.log" >&2
    echo "fuzz.sh: $target fails on a kept regression input" >&2
    exit 1
  fi
  echo "fuzz.sh: $target passes its ${#regressions[@]} regression inputs" >&2
fi
/usr/bin/python3 "$root/tests/fuzz/seeds.py" "$target" "$corpus"

echo "fuzz.sh: $target for ${seconds}s (max_len $max_len), corpus $corpus" >&2
# A unit slower than FUZZ_TIMEOUT seconds is a hang (generous: the machine
# may be busy; a real hang runs forever).
"$binary" -max_total_time="$seconds" -max_len="$max_len" -timeout="${FUZZ_TIMEOUT:-25}" \
  -rss_limit_mb=2560 \
  -dict="$root/tests/fuzz/vnextract.dict" -artifact_prefix="$artifacts/" \
  -print_final_stats=1 "$@" "$corpus"
