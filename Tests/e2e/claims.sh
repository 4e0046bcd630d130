#!/usr/bin/env bash
# End-to-end tests of claims, cross-references and judgements through the real binary.
# Usage: bash Tests/e2e/claims.sh PATH/TO/dossier
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
dossier=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
# Judgements on the bundled dossier go to the data directory: keep them in the scratch folder.
export XDG_DATA_HOME="$scratch/data"

expect_status "claims about Serbia" 0 "$dossier" claims --actor Serbia
expect_in "the drone order is a claim" "$scratch/out" "ordered 20,000 Shahed-136 drones"
expect_in "its source is cited" "$scratch/out" "per EttoBA"
expect_status "claims by metonym" 0 "$dossier" claims --actor Tehran --relation arms_transfer --format tsv
expect_in "Tehran finds Iran's arms transfers" "$scratch/out" "arms_transfer: Iran → Serbia"
expect_status "claims with links" 0 "$dossier" claims --article 000 --links
expect_in "the unlikely assessment is updated by the later order" "$scratch/out" "updated by 002:10"
expect_in "links say why" "$scratch/out" "why: same actors Iran, Serbia"
expect_status "unknown actor exits 1" 1 "$dossier" claims --actor Atlantis
expect_status "unknown relation is a usage error" 64 "$dossier" claims --relation friendship
expect_status "contested claims as JSON" 0 "$dossier" claims --contested --format json
if python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if d and all(c["standing"]["contested_by"] for c in d) else 1)' "$scratch/out"; then
  pass "every listed claim is contested"
else
  fail "every listed claim is contested"
fi

# Judgements stick: a rejected link is gone from later runs, and a confirmed one is marked.
expect_status "reject a link" 0 "$dossier" link reject 000:30 002:10
expect_in "the judgement file is named" "$scratch/out" "$scratch/data/dossier/judgements-bundled.json"
"$dossier" claims --article 000 --links >"$scratch/after.txt" 2>&1
expect_not_in "a rejected link is not proposed again" "$scratch/after.txt" "updated by 002:10"
expect_status "confirm it after all" 0 "$dossier" link confirm 002:10 000:30
"$dossier" export >"$scratch/export.json" 2>&1
if python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if any(l["confirmed"] for l in d["links"]) else 1)' "$scratch/export.json"; then
  pass "the export marks the confirmed link"
else
  fail "the export marks the confirmed link"
fi
expect_status "list judgements" 0 "$dossier" link list
expect_in "one judgement, confirmed" "$scratch/out" "confirmed"
expect_status "no link between two claims of one article" 1 "$dossier" link confirm 000:1 000:2
expect_in "and says so" "$scratch/err" "no link between 000:1 and 000:2"
expect_status "unknown claim" 1 "$dossier" link reject 000:999 002:10

# A corpus folder keeps its judgements beside it.
mkdir -p "$scratch/corpus"
cp "$here/../../assets/articles/"*.txt "$scratch/corpus/"
expect_status "judge a link in a user corpus" 0 "$dossier" link reject --corpus "$scratch/corpus" 000:30 002:10
if [ -f "$scratch/corpus/.dossier/judgements.json" ]; then pass "judgements live in .dossier/"; else fail "judgements live in .dossier/"; fi
printf 'not json' >"$scratch/corpus/.dossier/judgements.json"
expect_status "a malformed judgement file is refused, not overwritten" 1 "$dossier" link confirm --corpus "$scratch/corpus" 000:30 002:10
expect_in "it is left as it was" "$scratch/corpus/.dossier/judgements.json" "not json"
expect_status "reading commands still work" 0 "$dossier" claims --corpus "$scratch/corpus" --article 000
expect_in "and warn about it" "$scratch/err" "judgements not applied"

# CSV for spreadsheets.
expect_status "claims as CSV" 0 "$dossier" export --format csv
if python3 -c 'import csv,sys; r=list(csv.reader(open(sys.argv[1], newline=""))); sys.exit(0 if r[0][0]=="id" and len(r)>100 and all(len(x)==len(r[0]) for x in r) else 1)' "$scratch/out"; then
  pass "claims CSV parses with one row per claim"
else
  fail "claims CSV parses with one row per claim"
fi
expect_status "links as CSV" 0 "$dossier" export --format csv --table links
expect_in "links CSV has kinds" "$scratch/out" ",contradicts,"
expect_status "export to a file" 0 "$dossier" export -o "$scratch/export-file.json"
if python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$scratch/export-file.json"; then pass "the file holds the JSON"; else fail "the file holds the JSON"; fi
expect_status "export to a missing folder exits 1" 1 "$dossier" export -o "$scratch/no/such/dir/x.json"
expect_in "and says why" "$scratch/err" "No such file or directory"

# -o onto what is not a plain file: a named pipe stays a pipe and gets the export (so would
# /dev/null, which a rename would have replaced), a link stays a link and its target is written.
mkfifo "$scratch/pipe"
timeout 20 cat "$scratch/pipe" >"$scratch/from-pipe.json" &
reader=$!
expect_status "export to a named pipe" 0 "$dossier" export -o "$scratch/pipe"
wait "$reader"
if [ -p "$scratch/pipe" ]; then pass "the pipe is still a pipe"; else fail "the pipe is still a pipe" "$(ls -l "$scratch/pipe")"; fi
if python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$scratch/from-pipe.json"; then pass "the reader got the JSON"; else fail "the reader got the JSON"; fi
echo old >"$scratch/target.json"
ln -s "$scratch/target.json" "$scratch/link.json"
expect_status "export through a symbolic link" 0 "$dossier" export -o "$scratch/link.json"
if [ -L "$scratch/link.json" ]; then pass "the link is still a link"; else fail "the link is still a link"; fi
expect_in "its target holds the export" "$scratch/target.json" '"claims"'
expect_status "export onto a folder exits 1" 1 "$dossier" export -o "$scratch"
expect_in "and says why" "$scratch/err" "Is a directory"

summary
