#!/usr/bin/env bash
# End-to-end tests on hostile and broken input files (Tests/e2e/make-hostile-corpus.py): every
# command prints the good articles, each bad file gets one warning line naming it and saying
# why, nothing hangs (each command has a time limit, HOSTILE_TIMEOUT seconds, 60 by default),
# the exit status follows the documented rules (3 only with --strict), and no control, C1,
# bidi or zero-width character from an article reaches stdout, in a pipe or on a terminal.
# Usage: bash Tests/e2e/hostile.sh PATH/TO/dossier
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
dossier=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
export XDG_DATA_HOME="$scratch/data"
limit=${HOSTILE_TIMEOUT:-60}
corpus="$scratch/corpus"

python3 "$here/make-hostile-corpus.py" "$corpus" || { echo "FAIL cannot generate the corpus"; exit 1; }
python3 "$here/make-hostile-corpus.py" "$scratch/again" >/dev/null
# Regular files only: the FIFO and the links have no content to compare.
digest() { (cd "$1" && find . -type f ! -name unreadable.txt -exec sha256sum {} + | LC_ALL=C sort); }
if [ "$(digest "$corpus")" = "$(digest "$scratch/again")" ]; then pass "the generator is deterministic"; else fail "the generator is deterministic"; fi

# clean NAME FILE [ALLOWED]: FILE has no raw control character (C0 other than newline and the
# ALLOWED ones, DEL, C1), bidi control, zero-width character or invalid UTF-8 (such as a raw
# 0x9B byte, an 8-bit CSI).
clean() {
  local report
  if report=$(python3 - "$2" "${3:-}" <<'PY'
import sys
data = open(sys.argv[1], "rb").read().decode("utf-8", "surrogateescape")
allowed = set("\n" + sys.argv[2].encode().decode("unicode_escape"))
def bad(c):
    o = ord(c)
    if c in allowed: return False
    return (o < 0x20 or 0x7F <= o < 0xA0 or 0xDC80 <= o <= 0xDCFF or 0x200B <= o <= 0x200F
            or 0x202A <= o <= 0x202E or 0x2060 <= o <= 0x2064 or 0x2066 <= o <= 0x2069
            or o in (0x061C, 0xFEFF))
found = sorted({"U+%04X" % (ord(c) - 0xDC00 if 0xDC80 <= ord(c) <= 0xDCFF else ord(c)) for c in data if bad(c)})
print(" ".join(found))
sys.exit(1 if found else 0)
PY
  ); then pass "$1"; else fail "$1" "raw characters: $report"; fi
}

# run NAME STATUS ARGS...: `dossier ARGS --corpus CORPUS` under the time limit, stdout to
# $scratch/out, stderr to $scratch/err; checks the status and says how long it took.
total_ms=0
runs=0
run() {
  local name=$1 want=$2; shift 2
  local got=0 start end
  start=$(now_ms)
  timeout "$limit" "$dossier" "$@" >"$scratch/out" 2>"$scratch/err" </dev/null || got=$?
  end=$(now_ms)
  elapsed=$((end - start))
  total_ms=$((total_ms + elapsed))
  runs=$((runs + 1))
  local took; took=$(printf '%d.%03ds' $((elapsed / 1000)) $((elapsed % 1000)))
  if [ "$got" = 124 ]; then
    fail "$name: exits $want within ${limit}s" "still running after ${limit}s (a hang)"
  elif [ "$got" = "$want" ]; then
    pass "$name: exits $want in $took"
  else
    fail "$name: exits $want within ${limit}s" "exit $got after $took: $(head -c 300 "$scratch/err")"
  fi
}

# ---- Loading: the good articles, and one line per bad file naming it and why ----
run "list of the hostile corpus" 0 list --corpus "$corpus" --format tsv
list_ms=$elapsed
cp "$scratch/out" "$scratch/list.tsv"
cp "$scratch/err" "$scratch/warnings"
clean "list: stdout clean" "$scratch/list.tsv" '\t'
clean "warnings on stderr are sanitised too" "$scratch/warnings"
for id in good escapes bidi cjk-emoji dir.txt/inside invalid-utf8 latin1-crlf raw-c1 nul-inside \
  title-only huge-line many-lines run-on frontmatter-bad frontmatter-unclosed 'name-^[[31m-red'; do
  if cut -f1 "$scratch/list.tsv" | grep -qxF -- "$id"; then pass "loads $id"; else fail "loads $id" "$(cut -f1 "$scratch/list.tsv" | tr '\n' ' ')"; fi
done
if [ "$(id -u)" = 0 ]; then
  expect_in "unreadable.txt: root reads it anyway" "$scratch/list.tsv" $'unreadable\tUnreadable Article'
else
  expect_in "unreadable.txt: skipped, saying why" "$scratch/warnings" "skipped: unreadable.txt: cannot be read: Permission denied"
fi
expect_in "the 6.8 MB line keeps all 400,000 sentences" "$scratch/list.tsv" $'\t400000'
expect_in "the 300,000 lines are all kept" "$scratch/list.tsv" $'Line 1 about Serbia.\t\t\t300000'

# warned FILE KIND TEXT: exactly one stderr line for FILE, of that kind, saying TEXT.
warned() {
  local lines; lines=$(grep -cF -- ": $2: $1: " "$scratch/warnings")
  if [ "$lines" = 1 ] && grep -F -- "$2: $1: " "$scratch/warnings" | grep -qF -- "$3"; then
    pass "$1: one '$2' line: $3"
  else
    fail "$1: one '$2' line: $3" "$(grep -F -- "$1" "$scratch/warnings" || echo "no line")"
  fi
}
warned binary.txt skipped "binary data"
warned empty.txt skipped "empty file"
warned utf16.txt skipped "UTF-16"
warned fifo.txt skipped "a named pipe, not a regular file"
warned fifo-link.txt skipped "symbolic link to a named pipe"
warned loop-a.txt skipped "symbolic link loop"
warned loop-b.txt skipped "symbolic link loop"
warned self.txt skipped "symbolic link loop"
warned up skipped "symbolic link to a folder; not followed"
warned dangling.txt skipped "broken symbolic link"
warned 'dangling-^[]0;pwned^G.txt' skipped "broken symbolic link"
warned sparse-65mb.txt skipped "larger than 64 MB"
warned invalid-utf8.txt warning "shown as U+FFFD"
warned raw-c1.txt warning "shown as U+FFFD"
warned latin1-crlf.txt warning "read as Windows-1252"
warned nul-inside.txt warning "NUL byte(s) removed"
warned frontmatter-unclosed.md warning "never closed; read as text"
warned frontmatter-bad.md warning "not \`key: value\`"
warned title-only.txt warning "no article text, only a title"
warned huge-line.txt warning "only the first 10000 of its 400000 sentences"
warned many-lines.txt warning "only the first 10000 of its 300000 sentences"
warned run-on.txt warning "1 run-on sentence(s) over 5000 bytes were not analysed"
expected_lines=22
[ "$(id -u)" = 0 ] || expected_lines=23
if [ "$(wc -l <"$scratch/warnings")" = "$expected_lines" ]; then pass "no other warning lines"; else fail "no other warning lines" "$(cat "$scratch/warnings")"; fi
if grep -vE '^dossier: (warning|skipped): [^:]+: ' "$scratch/warnings" | grep -q .; then
  fail "every warning line names its file" "$(grep -vE '^dossier: (warning|skipped): [^:]+: ' "$scratch/warnings")"
else pass "every warning line names its file"; fi

# ---- Every command on the whole corpus: no crash, no hang, nothing raw on stdout ----
commands=(
  "list" "list --format json"
  "show good" "show escapes --removed" "show bidi" "show cjk-emoji" "show latin1-crlf"
  "show raw-c1" "show nul-inside" "show title-only --removed" "show name-" "show invalid-utf8"
  "show frontmatter-unclosed" "show huge-line" "show many-lines --removed"
  "entities" "entities --format tsv" "entities --format json"
  "claims" "claims --links" "claims --format tsv" "claims --format json --links"
  "graph" "graph --overview" "export --format json" "export --format csv"
  "export --format csv --table links" "export --format dot" "export --format mermaid" "link list"
)
for command in "${commands[@]}"; do
  # shellcheck disable=SC2086 # one word per argument
  run "$command" 0 $command --corpus "$corpus"
  case $command in
    *tsv*) allowed='\t' ;;
    *csv*) allowed='\r' ;;
    *) allowed='' ;;
  esac
  clean "$command: stdout clean" "$scratch/out" "$allowed"
  case $command in
    *json*) if python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$scratch/out" 2>"$scratch/json.err"; then pass "$command: valid JSON"; else fail "$command: valid JSON" "$(head -c 300 "$scratch/json.err")"; fi ;;
  esac
  [ "$command" = "export --format json" ] && cp "$scratch/out" "$scratch/export.json"
  [ "$command" = "show latin1-crlf" ] && cp "$scratch/out" "$scratch/latin.txt"
  [ "$command" = "show escapes --removed" ] && cp "$scratch/out" "$scratch/escapes.txt"
done
expect_in "Latin-1 body shown decoded" "$scratch/latin.txt" "Café crème in Belgrade."
expect_in "escape sequences shown visibly" "$scratch/escapes.txt" "^[]0;pwned-title^G"
expect_in "OSC 52 shown visibly" "$scratch/escapes.txt" "^[]52;c;cm0gLXJmIH4v^G"
expect_in "UTF-8 encoded CSI shown visibly" "$scratch/escapes.txt" "<U+009B>31m"
if python3 - "$scratch/export.json" <<'PY'
import json, sys
articles = {a["id"]: a for a in json.load(open(sys.argv[1]))["articles"]}
assert articles["escapes"]["title"].startswith("Escape \x1b[2J"), articles["escapes"]["title"]
assert "\u202e" in articles["bidi"]["title"]
assert "\u200d" in " ".join(articles["cjk-emoji"]["sentences"])
assert len(articles["huge-line"]["sentences"]) == 400000
PY
then pass "export keeps the raw text, escaped as JSON"; else fail "export keeps the raw text, escaped as JSON"; fi
if [ -s "$scratch/export.json" ] && python3 - "$here/../../docs/dossier-export.schema.json" "$scratch/export.json" <<'PY'
import json, sys
from jsonschema import Draft202012Validator
errors = list(Draft202012Validator(json.load(open(sys.argv[1]))).iter_errors(json.load(open(sys.argv[2]))))
for e in errors[:5]: print(list(e.absolute_path)[:4], e.message[:200])
sys.exit(1 if errors else 0)
PY
then pass "export validates against the schema"; else fail "export validates against the schema"; fi

# ---- On a terminal: the same commands through a pseudo-terminal ----
# tty FILE ARGS...: runs dossier ARGS on a 100x30 pseudo-terminal, its screen output to FILE.
tty() {
  local file=$1; shift
  timeout "$limit" python3 - "$file" "$dossier" "$@" <<'PY'
import fcntl, os, struct, subprocess, sys, termios
out, command = sys.argv[1], sys.argv[2:]
master, slave = os.openpty()
fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=slave, stderr=subprocess.DEVNULL)
os.close(slave)
chunks = []
while True:
    try:
        chunk = os.read(master, 65536)
    except OSError:  # EIO: the program has ended and closed the terminal
        break
    if not chunk:
        break
    chunks.append(chunk)
open(out, "wb").write(b"".join(chunks))
sys.exit(process.wait())
PY
}
for command in "list" "show escapes --removed" "show bidi" "claims --links" "graph" "export --format json"; do
  # shellcheck disable=SC2086
  if tty "$scratch/tty.out" $command --corpus "$corpus"; then pass "on a terminal: $command exits 0"; else fail "on a terminal: $command exits 0"; fi
  # The terminal turns each newline into CR LF.
  clean "on a terminal: $command: clean" "$scratch/tty.out" '\r'
done

# ---- Exit status: 0 with warnings, 3 with --strict, 1 for errors ----
run "warnings alone keep status 0" 0 entities --corpus "$corpus"
run "--strict with skipped files exits 3" 3 list --corpus "$corpus" --format tsv --strict
expect_in "--strict still prints the output" "$scratch/out" "Iran and Serbia Deepen Their Ties"
expect_in "--strict still prints the warnings" "$scratch/err" "skipped: binary.txt"
run "--strict --quiet exits 3 in silence" 3 entities --corpus "$corpus" --strict --quiet
if [ -s "$scratch/err" ]; then fail "--quiet prints no warning" "$(head -3 "$scratch/err")"; else pass "--quiet prints no warning"; fi
mkdir -p "$scratch/clean"
cp "$corpus/good.txt" "$scratch/clean/"
run "--strict on a clean corpus exits 0" 0 claims --corpus "$scratch/clean" --strict
run "--strict and a title-only file exit 3" 3 show title-only --corpus "$corpus/title-only.txt" --strict
run "--strict with an error exits 1" 1 show nosuch --corpus "$corpus" --strict
run "a named pipe as the corpus exits 1 at once" 1 list --corpus "$corpus/fifo.txt"
expect_in "and says it is a named pipe" "$scratch/err" "named pipe"
run "a binary file as the corpus exits 1" 1 list --corpus "$corpus/binary.txt"
if [ "$(wc -l <"$scratch/err")" -eq 1 ]; then pass "in one line"; else fail "in one line" "$(cat "$scratch/err")"; fi
expect_in "saying why" "$scratch/err" "binary data"
mkdir -p "$scratch/bad"
cp "$corpus/empty.txt" "$corpus/binary.txt" "$scratch/bad/"
run "a corpus of only bad files exits 1" 1 list --corpus "$scratch/bad"
expect_in "saying there are no articles" "$scratch/err" "no articles in corpus"
expect_in "after one warning per bad file" "$scratch/err" "skipped: binary.txt: binary data"
"$dossier" --help >"$scratch/help" 2>&1
expect_in "--help documents status 3" "$scratch/help" "3 with --strict"
"$dossier" list --help >"$scratch/help" 2>&1
expect_in "every command takes --strict" "$scratch/help" "--strict"

printf 'time for the whole hostile corpus: list %d.%03ds; %d timed runs %d.%03ds in all\n' \
  $((list_ms / 1000)) $((list_ms % 1000)) "$runs" $((total_ms / 1000)) $((total_ms % 1000))
summary
