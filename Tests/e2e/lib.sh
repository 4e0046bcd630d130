# Helpers for the end-to-end scripts: each check prints one line; the summary counts them.
passed=0
failed=0
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; [ -n "${2:-}" ] && printf '     %s\n' "$2"; }

# expect_status NAME STATUS COMMAND...: runs COMMAND, stdout to $scratch/out, stderr to $scratch/err.
expect_status() {
  local name=$1 want=$2; shift 2
  local got=0
  "$@" >"$scratch/out" 2>"$scratch/err" </dev/null || got=$?
  if [ "$got" = "$want" ]; then pass "$name"; else fail "$name" "exit $got, wanted $want: $(head -c 300 "$scratch/err")"; fi
}

# expect_in NAME FILE TEXT: FILE contains TEXT.
expect_in() {
  if grep -qF -- "$3" "$2"; then pass "$1"; else fail "$1" "missing '$3' in $(head -c 300 "$2")"; fi
}

# expect_not_in NAME FILE TEXT
expect_not_in() {
  if grep -qF -- "$3" "$2"; then fail "$1" "unexpected '$3'"; else pass "$1"; fi
}

summary() {
  echo "$(basename "$0"): $passed passed, $failed failed"
  [ "$failed" = 0 ]
}
