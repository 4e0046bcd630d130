#!/usr/bin/env bash
# Fuzzes the loader, the model and the explorer's text path with libFuzzer (docs/fuzzing.md).
# Usage: bash scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#   default: 15 seconds for each of: loader cleaner splitter actors claims sanitizer explorer
# Crash, timeout and out-of-memory inputs go to .build-fuzz/artifacts/; exits 1 if any target
# failed. Linux only (it links libFuzzer's Linux runtime). Needs no terminal.
set -euo pipefail
cd "$(dirname "$0")/.."

all_targets=(loader cleaner splitter actors claims sanitizer explorer)
seconds=${1:-15}
shift || true
targets=("$@")
((${#targets[@]})) || targets=("${all_targets[@]}")
if ! [[ $seconds =~ ^[0-9]+$ ]] || ((seconds < 1)); then
  echo "usage: bash scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]" >&2
  exit 2
fi
for target in "${targets[@]}"; do
  if [[ " ${all_targets[*]} " != *" $target "* ]]; then
    echo "fuzz.sh: unknown target '$target' (targets: ${all_targets[*]})" >&2
    exit 2
  fi
done

# libFuzzer without its `main`. `--sanitize fuzzer` (or -sanitize=fuzzer at link time) would
# link libFuzzer's own `main` into every executable, including the AssetEmbedder the
# EmbedAssets plugin runs during the build; instead everything gets ASan and coverage, and
# only DossierFuzz calls into libFuzzer (LLVMFuzzerRunDriver).
resources=$(swiftc -print-target-info | sed -n 's/.*"runtimeResourcePath": "\(.*\)".*/\1/p')
fuzzer_runtime="$resources/clang/lib/linux/libclang_rt.fuzzer_no_main-$(uname -m).a"
if [[ ! -f $fuzzer_runtime ]]; then
  echo "fuzz.sh: libFuzzer runtime not found at $fuzzer_runtime" >&2
  exit 2
fi

echo "== building DossierFuzz (debug, ASan, coverage) in .build-fuzz"
build_start=$SECONDS
# The plugin's AssetEmbedder runs under ASan too; its globals are never freed, which
# LeakSanitizer would report as a leak and fail the build.
# gold warns once per ASan helper symbol ("Cannot export local symbol"): noise, filtered.
ASAN_OPTIONS=detect_leaks=0 swift build -c debug --scratch-path .build-fuzz \
  --product DossierFuzz \
  -Xswiftc -sanitize=address \
  -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
  -Xswiftc -DFUZZING \
  -Xlinker "$fuzzer_runtime" -Xlinker -lstdc++ 2>&1 |
  { grep -v "Cannot export local symbol" || true; }
echo "   built in $((SECONDS - build_start)) s"
binary=.build-fuzz/debug/DossierFuzz

mkdir -p .build-fuzz/artifacts .build-fuzz/logs
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failed=()
summary=()
for target in "${targets[@]}"; do
  # A scratch copy: libFuzzer adds the inputs it finds interesting to the corpus folder.
  corpus="$work/$target"
  mkdir -p "$corpus"
  cp Tests/fuzz/seeds/"$target"/* "$corpus"/
  log=.build-fuzz/logs/$target.log
  echo "== $target: ${seconds} s"
  start=$SECONDS
  status=0
  # The backtracer trips an ASan false positive; libFuzzer prints the stack itself. The outer
  # timeout only guards against a hang outside an input (-timeout covers each input).
  DOSSIER_FUZZ_TARGET=$target SWIFT_BACKTRACE=enable=no \
    timeout $((seconds + 300)) "$binary" "$corpus" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -artifact_prefix=".build-fuzz/artifacts/$target-" \
    </dev/null >"$log" 2>&1 || status=$?
  elapsed=$((SECONDS - start))
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  executions=${executions:-0}
  rate=$((executions / (elapsed > 0 ? elapsed : 1)))
  result=ok
  if ((status != 0)); then
    result=crash
    if grep -q "libFuzzer: timeout" "$log"; then
      result=timeout
    elif grep -q "libFuzzer: out-of-memory" "$log"; then
      result=out-of-memory
    elif grep -q "LeakSanitizer" "$log"; then
      result=leak
    fi
    artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
    result="$result (exit $status) ${artifact:-no artifact}; log $log"
    failed+=("$target")
    # The error and the top of its stack, so CI output alone says what broke.
    grep -m1 -B2 -A25 "Fatal error\|Precondition failed\|ERROR: \(AddressSanitizer\|libFuzzer\|LeakSanitizer\)" \
      "$log" || tail -40 "$log"
  fi
  summary+=("$(printf '%-10s %10s executions %7s/s  %s' "$target" "$executions" "$rate" "$result")")
done

echo "== summary (${seconds} s per target)"
printf '%s\n' "${summary[@]}"
if ((${#failed[@]})); then
  echo "fuzz.sh: failed: ${failed[*]} (inputs in .build-fuzz/artifacts/)" >&2
  exit 1
fi
