#!/usr/bin/env bash
# End-to-end tests of the `dossier` command line: the real binary, its output, exit codes and
# stderr. Usage: bash Tests/e2e/cli.sh PATH/TO/dossier
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
dossier=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
# Never read or write the user's own judgements.
export XDG_DATA_HOME="$scratch/data"

# The binary carries its dossier: copied alone elsewhere and run from /, it still opens it.
mkdir -p "$scratch/alone"
cp "$dossier" "$scratch/alone/dossier"
(cd / && "$scratch/alone/dossier" list --format tsv >"$scratch/alone.tsv" 2>"$scratch/alone.err")
expect_in "binary copied alone lists the bundled articles" "$scratch/alone.tsv" "Iran Forges an Unusual Alliance in the Balkans"
if [ "$(wc -l <"$scratch/alone.tsv")" = 6 ]; then pass "five articles and a header"; else fail "five articles and a header" "$(cat "$scratch/alone.tsv")"; fi

# With no command it opens the explorer; without a terminal it says so in one line, status 2.
expect_status "dossier with no terminal exits 2" 2 "$dossier"
expect_in "and points at the commands" "$scratch/err" "dossier list"
if [ "$(wc -l <"$scratch/err")" = 1 ] && [ ! -s "$scratch/out" ]; then pass "one line on stderr, nothing on stdout"; else fail "one line on stderr, nothing on stdout" "$(cat "$scratch/err")"; fi
expect_status "dossier list" 0 "$dossier" list
expect_in "list names the articles" "$scratch/out" "Maryam Manzoori"
expect_status "--help" 0 "$dossier" --help
expect_in "--help names the commands" "$scratch/out" "export"
expect_status "--version" 0 "$dossier" --version

expect_status "show by number" 0 "$dossier" show 2 --width 60
expect_in "show prints the title" "$scratch/out" "Iran & Serbia: A Surprising Alliance In A Shifting World"
expect_not_in "show drops the link farm" "$scratch/out" "Bloodhound"
# Characters, not bytes (mawk's length counts bytes; the rules under headings are "─").
if python3 -c 'import sys; sys.exit(any(len(l.rstrip("\n")) > 60 for l in open(sys.argv[1], encoding="utf-8")))' "$scratch/out"; then pass "show wraps to --width"; else fail "show wraps to --width"; fi
expect_status "show --removed" 0 "$dossier" show 001 --removed
expect_in "removed lines carry their reason" "$scratch/out" "link-farm: - Aitana Bonmati Fidanzata"

expect_status "entities --kind country" 0 "$dossier" entities --kind country --format tsv
expect_in "Iran is an entity" "$scratch/out" $'iran\tIran\tcountry'
expect_status "entities of one article" 0 "$dossier" entities --article 002
expect_in "Hizbullah counted as Hezbollah" "$scratch/out" "Hezbollah"

expect_status "export json" 0 "$dossier" export --format json
cp "$scratch/out" "$scratch/export.json"
if python3 - "$here/../../docs/dossier-export.schema.json" "$scratch/export.json" <<'PY'
import json, sys
from jsonschema import Draft202012Validator
errors = list(Draft202012Validator(json.load(open(sys.argv[1]))).iter_errors(json.load(open(sys.argv[2]))))
for e in errors[:5]: print(list(e.absolute_path), e.message)
sys.exit(1 if errors else 0)
PY
then pass "export validates against the schema"; else fail "export validates against the schema"; fi
expect_status "export -o FILE" 0 "$dossier" export -o "$scratch/out.json"
if cmp -s "$scratch/out.json" "$scratch/export.json"; then pass "export -o writes the same JSON"; else fail "export -o writes the same JSON"; fi

# Errors: one line on stderr, a non-zero exit, nothing on stdout.
expect_status "missing corpus exits 1" 1 "$dossier" list --corpus /no/such/folder
expect_in "missing corpus says so" "$scratch/err" "corpus not found: /no/such/folder"
if [ "$(wc -l <"$scratch/err")" = 1 ] && [ ! -s "$scratch/out" ]; then pass "one error line, empty stdout"; else fail "one error line, empty stdout" "$(cat "$scratch/err")"; fi
mkdir -p "$scratch/empty"
expect_status "empty corpus exits 1" 1 "$dossier" list --corpus "$scratch/empty"
expect_in "empty corpus says so" "$scratch/err" "no articles in corpus"
expect_status "unknown article exits 1" 1 "$dossier" show nosuch
expect_status "bad --width is a usage error" 64 "$dossier" show 1 --width 5
expect_status "unknown command is a usage error" 64 "$dossier" frobnicate
expect_status "unknown kind is a usage error" 64 "$dossier" entities --kind planet

# A user's folder: bad files are skipped with one warning each; hostile text never reaches the terminal raw.
mkdir -p "$scratch/corpus/sub"
printf 'Belgrade Talks\n\nBy Ana Petrovic\n\nVucic met Pezeshkian in Tehran on Monday. Evil \033]0;pwned\007 and \033[2J and \302\233 end.\n' >"$scratch/corpus/sub/a.txt"
printf 'Latin Title\n\nDa\350i\346 spoke in Belgrade.\n' >"$scratch/corpus/latin.txt"
head -c 2048 /dev/urandom >"$scratch/corpus/noise.txt"
printf '\0\0\0' >>"$scratch/corpus/noise.txt"
expect_status "user corpus loads" 0 "$dossier" list --corpus "$scratch/corpus" --format tsv
expect_in "good article listed" "$scratch/out" "Belgrade Talks"
expect_in "binary file skipped with a warning" "$scratch/err" "skipped: noise.txt"
expect_in "invalid UTF-8 repaired with a warning" "$scratch/err" "warning: latin.txt: not valid UTF-8"
expect_status "show hostile article" 0 "$dossier" show sub/a --corpus "$scratch/corpus"
if LC_ALL=C grep -q $'\033\|\007\|\302\233' "$scratch/out"; then fail "no control characters reach the output"; else pass "no control characters reach the output"; fi
expect_in "escapes are shown visibly" "$scratch/out" "^[]0;pwned^G"
expect_status "entities of a user corpus" 0 "$dossier" entities --corpus "$scratch/corpus" --format tsv
expect_in "Vucic resolves to Aleksandar Vučić" "$scratch/out" "Aleksandar Vučić"

# Under the C locale output is ASCII, transliterated.
LANG=C LC_ALL=C "$dossier" show 000 >"$scratch/c.txt" 2>&1
if LC_ALL=C grep -q '[^[:print:][:space:]]' "$scratch/c.txt"; then fail "LANG=C output is ASCII"; else pass "LANG=C output is ASCII"; fi
expect_in "LANG=C transliterates names" "$scratch/c.txt" "Ivica Dacic"

summary
