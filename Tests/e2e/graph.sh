#!/usr/bin/env bash
# End-to-end tests of `dossier graph` and the graph exports through the real binary. Every
# drawing's --layout-json is checked by an independent checker (check_layout.py).
# Usage: bash Tests/e2e/graph.sh PATH/TO/dossier
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
dossier=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
export XDG_DATA_HOME="$scratch/data"

# check_drawing NAME ARGS...: draws with --layout-json and checks the rules.
check_drawing() {
  local name=$1; shift
  expect_status "$name" 0 "$dossier" graph "$@" --layout-json "$scratch/layout.json"
  if out=$(python3 "$here/check_layout.py" "$scratch/layout.json" "$scratch/out" 2>&1); then
    pass "$name keeps the drawing rules"
  else
    fail "$name keeps the drawing rules" "$(echo "$out" | head -5)"
  fi
}

check_drawing "Serbia at 80x24" --focus Serbia --width 80 --height 24
for actor in Iran Russia China Kosovo "European Union" Israel; do
  expect_in "Serbia's relation to $actor is drawn" "$scratch/out" "[$actor]"
done
expect_in "Russia supplies Serbia with arms" "$scratch/out" "◄ arms_transfer"
check_drawing "Iran at 120x40" --focus Iran --width 120 --height 40
check_drawing "Kosovo by its capital" --focus Pristina --width 80 --height 24
expect_in "Iran has never recognized Kosovo" "$scratch/out" "✗ recognition"
check_drawing "the whole overview" --overview --width 400 --height 200
if python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if len(d["edges"]) >= 80 and len(d["nodes"]) >= 25 else 1)' "$scratch/layout.json"; then
  pass "the overview draws every relation"
else
  fail "the overview draws every relation"
fi
check_drawing "the overview at 200x60" --overview --width 200 --height 60 --focus Serbia
expect_not_in "the whole dossier fits 200x60" "$scratch/out" "off-screen"
if python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if len(d["edges"]) >= 80 and d["height"] <= 60 else 1)' "$scratch/layout.json"; then
  pass "every relation drawn within 200x60"
else
  fail "every relation drawn within 200x60"
fi
check_drawing "the overview at 80x24 shows a window" --overview --width 80 --height 24 --focus Serbia
expect_in "the window says what is off-screen" "$scratch/out" "off-screen"
check_drawing "ASCII drawing" --focus Serbia --width 80 --height 24 --ascii
if LC_ALL=C grep -q '[^[:print:][:space:]]' "$scratch/out"; then fail "--ascii output is ASCII"; else pass "--ascii output is ASCII"; fi
LANG=C LC_ALL=C "$dossier" graph --focus Serbia --width 80 --height 24 >"$scratch/c.txt" 2>&1
if LC_ALL=C grep -q '[^[:print:][:space:]]' "$scratch/c.txt"; then fail "LANG=C draws ASCII"; else pass "LANG=C draws ASCII"; fi
check_drawing "arms transfers only" --type arms_transfer --focus Serbia --width 80 --height 24
expect_not_in "other types are left out" "$scratch/out" "diplomatic"
"$dossier" graph --focus Serbia --width 80 --height 24 >"$scratch/one.txt"
"$dossier" graph --focus Serbia --width 80 --height 24 >"$scratch/two.txt"
if cmp -s "$scratch/one.txt" "$scratch/two.txt"; then pass "the same input draws the same bytes"; else fail "the same input draws the same bytes"; fi
expect_status "unknown actor exits 1" 1 "$dossier" graph --focus Atlantis
expect_status "an unwritable --layout-json exits 1" 1 "$dossier" graph --layout-json "$scratch/no/such/dir/x.json"
expect_in "and says why in one line" "$scratch/err" "cannot write $scratch/no/such/dir/x.json: No such file or directory"
expect_status "bad size is a usage error" 64 "$dossier" graph --width 0

expect_status "DOT export" 0 "$dossier" export --format dot
if command -v dot >/dev/null; then
  if dot -Tsvg "$scratch/out" >"$scratch/graph.svg" 2>"$scratch/dot.err"; then pass "Graphviz renders the DOT"; else fail "Graphviz renders the DOT" "$(head -3 "$scratch/dot.err")"; fi
else
  fail "Graphviz renders the DOT" "dot is not installed (.ci/run installs graphviz)"
fi
expect_status "Mermaid export" 0 "$dossier" export --format mermaid
expect_in "Mermaid graph" "$scratch/out" "graph LR"

summary
