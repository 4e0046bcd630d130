#!/usr/bin/env bash
# End-to-end tests of the index: `dossier index`, `dossier search`, commands reading a current
# index, and every fault the index can meet (damage, another version, a second indexer, a
# full disk, a folder that cannot hold it, Ctrl-C half-way). The articles must never change.
# Usage: bash Tests/e2e/index.sh PATH/TO/dossier
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
dossier=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
export XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"
repo=$(cd "$here/../.." && pwd)

corpus="$scratch/corpus"
mkdir -p "$corpus"
cp "$repo"/assets/articles/*.txt "$corpus/"
fingerprint() { (cd "$1" && find . -path ./.dossier -prune -o -type f -print0 | sort -z | xargs -0 sha256sum); }
fingerprint "$corpus" >"$scratch/articles.before"
articles_unchanged() {
  fingerprint "$corpus" >"$scratch/articles.now"
  if cmp -s "$scratch/articles.before" "$scratch/articles.now"; then pass "$1: the articles are untouched"; else fail "$1: the articles are untouched"; fi
}
same_as_scan() {
  "$dossier" export --corpus "$corpus" >"$scratch/indexed.json" 2>"$scratch/indexed.err"
  "$dossier" export --corpus "$corpus" --no-index >"$scratch/scanned.json" 2>/dev/null
  if cmp -s "$scratch/indexed.json" "$scratch/scanned.json"; then pass "$1: export from the index equals a scan"; else fail "$1: export from the index equals a scan"; fi
}

# ---- Building, reading, updating ----
expect_status "index a folder" 0 "$dossier" index "$corpus"
expect_in "the summary counts the articles" "$scratch/out" "5 added"
if [ ! -s "$scratch/err" ]; then pass "no progress bar when stderr is not a terminal"; else fail "no progress bar when stderr is not a terminal" "$(head -c 300 "$scratch/err")"; fi
[ -f "$corpus/.dossier/index.sqlite" ] && pass "the index is in PATH/.dossier" || fail "the index is in PATH/.dossier"
same_as_scan "first build"
if [ ! -s "$scratch/indexed.err" ]; then pass "a current index reads without a word"; else fail "a current index reads without a word" "$(cat "$scratch/indexed.err")"; fi
# Every reading command prints the same from the index as from the files.
for command in "list" "show 2 --removed" "entities" "claims --links" "graph --focus Serbia" "export --format csv"; do
  "$dossier" $command --corpus "$corpus" >"$scratch/from-index" 2>&1
  "$dossier" $command --corpus "$corpus" --no-index >"$scratch/from-files" 2>&1
  if cmp -s "$scratch/from-index" "$scratch/from-files"; then pass "$command: the index gives what the files give"; else fail "$command: the index gives what the files give" "$(diff "$scratch/from-index" "$scratch/from-files" | head -5)"; fi
done
expect_status "index again" 0 "$dossier" index "$corpus"
expect_in "a second run finds nothing to do" "$scratch/out" "0 added, 0 changed, 0 removed, 5 unchanged"

expect_status "search Shahed" 0 "$dossier" search Shahed --corpus "$corpus"
expect_in "search shows the sentence" "$scratch/out" "20,000 Shahed-136 drones"
expect_in "search names the article" "$scratch/out" "A Tehran-Belgrade defense partnership"
expect_status "search a phrase, as JSON" 0 "$dossier" search '"arms embargo"' --corpus "$corpus" --format json
if python3 -c '
import json, sys
result = json.load(open(sys.argv[1]))
assert result["engine"] == "index", result["engine"]
hit = result["hits"][0]
text = hit["text"].encode()
assert all(text[a:b].decode().lower() in ("arms embargo",) for a, b in hit["matches"]), hit
' "$scratch/out"; then pass "JSON hits point at the matched words"; else fail "JSON hits point at the matched words"; fi
expect_status "search ignores accents" 0 "$dossier" search dacic --corpus "$corpus"
expect_in "dacic finds Dačić" "$scratch/out" "Dačić"
expect_status "search --actor" 0 "$dossier" search military --actor Belarus --corpus "$corpus" --format json
if python3 -c 'import json,sys; h=json.load(open(sys.argv[1]))["hits"]; assert h and all("Belarus" in x["text"] or "Minsk" in x["text"] or "Lukashenko" in x["text"] for x in h), h' "$scratch/out"; then pass "--actor keeps sentences naming the actor"; else fail "--actor keeps sentences naming the actor"; fi
# ArgumentParser reads every form of an option: `--name value` and `--name=value` must print the
# same.
for request in "Shahed --limit 3" "military --actor Belarus --format json" "dacic --no-index --quiet"; do
  set -- $request
  "$dossier" search "$@" --corpus "$corpus" >"$scratch/plain" 2>&1
  echo "status $?" >>"$scratch/plain"
  args=()
  while (($#)); do
    if [[ $1 == --limit || $1 == --actor || $1 == --format ]]; then args+=("$1=$2"); shift 2; else args+=("$1"); shift; fi
  done
  "$dossier" search "${args[@]}" --corpus="$corpus" >"$scratch/parsed" 2>&1
  echo "status $?" >>"$scratch/parsed"
  if grep -qx "status 0" "$scratch/plain" && cmp -s "$scratch/plain" "$scratch/parsed"; then pass "search $request: read plainly or parsed, the same"; else fail "search $request: read plainly or parsed, the same" "$(diff "$scratch/plain" "$scratch/parsed" | head -5)"; fi
done
# --stdin: one JSON line per query line, each with the hits `--format json` gives for it alone;
# an empty or unanswerable query gets an `error`, and the end of stdin is status 0.
printf 'Shahed\n"arms embargo"\ndacic\n' >"$scratch/queries"
"$dossier" search --stdin --corpus "$corpus" <"$scratch/queries" >"$scratch/lines" 2>"$scratch/err"
if [ $? -eq 0 ] && [ ! -s "$scratch/err" ]; then pass "search --stdin ends with status 0, without a word"; else fail "search --stdin ends with status 0, without a word" "$(head -c 300 "$scratch/err")"; fi
number=0
for query in Shahed '"arms embargo"' dacic; do
  number=$((number + 1))
  "$dossier" search "$query" --corpus "$corpus" --format json >"$scratch/single-$number" 2>/dev/null
done
if python3 -c '
import json, sys
lines = open(sys.argv[1]).read().splitlines()
assert len(lines) == 3, lines
for number, (line, query) in enumerate(zip(lines, ["Shahed", "\"arms embargo\"", "dacic"]), 1):
    answer = json.loads(line)
    alone = json.load(open(sys.argv[2] + "/single-" + str(number)))
    assert answer["query"] == query, answer["query"]
    assert answer["engine"] == "index", answer["engine"]
    assert answer["hits"] and answer["hits"] == alone["hits"], query
' "$scratch/lines" "$scratch"; then pass "--stdin: three queries, three JSON lines, each the single search's hits"; else fail "--stdin: three queries, three JSON lines, each the single search's hits" "$(head -c 300 "$scratch/lines")"; fi
printf 'Shahed\n\nzzyzzx\n' | "$dossier" search --stdin --actor Nobodyatall --corpus "$corpus" >"$scratch/out" 2>"$scratch/err"
if [ $? -eq 0 ] && python3 -c '
import json, sys
lines = [json.loads(line) for line in open(sys.argv[1])]
assert len(lines) == 3 and all("error" in line for line in lines), lines
' "$scratch/out"; then pass "--stdin: an empty or unanswerable query is an error line, not an abort"; else fail "--stdin: an empty or unanswerable query is an error line, not an abort" "$(head -c 300 "$scratch/out")"; fi
printf 'Shahed\nzzyzzx\n' | "$dossier" search --stdin --corpus "$corpus" --no-index --quiet >"$scratch/out" 2>"$scratch/err"
if [ $? -eq 0 ] && python3 -c '
import json, sys
lines = [json.loads(line) for line in open(sys.argv[1])]
assert [l["engine"] for l in lines] == ["scan", "scan"] and lines[0]["hits"] and lines[1]["hits"] == [], lines
' "$scratch/out"; then pass "--stdin without an index reads the files once; no hit is an empty list"; else fail "--stdin without an index reads the files once; no hit is an empty list" "$(head -c 300 "$scratch/out")"; fi
expect_status "--stdin with a query on the command line is a usage error" 64 "$dossier" search Shahed --stdin --corpus "$corpus" </dev/null
expect_status "a search that finds nothing exits 1" 1 "$dossier" search zzyzzx --corpus "$corpus"
expect_status "an empty query is a usage error" 64 "$dossier" search '""' --corpus "$corpus"
expect_status "search without an index scans" 0 "$dossier" search Shahed --corpus "$corpus" --no-index --format json
expect_in "and says an index would be faster" "$scratch/err" "dossier index"
expect_in "scan engine named" "$scratch/out" '"engine" : "scan"'
expect_status "search of the bundled dossier" 0 "$dossier" search "Shahed 136"

# An edited file: commands say the index is stale and read the files; the update re-analyses one.
printf '\nSerbia denied ordering 40,000 Shahed drones from Iran in 2023.\n' >>"$corpus/002_8de320c8d7f2992b.txt"
expect_status "list with a stale index" 0 "$dossier" list --corpus "$corpus"
expect_in "says the index is stale" "$scratch/err" "the index is stale (1 file(s)"
expect_status "update after one edit" 0 "$dossier" index "$corpus"
expect_in "only the edited file is analysed" "$scratch/out" "0 added, 1 changed, 0 removed, 4 unchanged"
same_as_scan "after an edit"
expect_status "search finds the new sentence" 0 "$dossier" search '40,000 shahed' --corpus "$corpus"
fingerprint "$corpus" >"$scratch/articles.before"

# ---- Faults: the articles are never touched, the user is told, the index is rebuilt ----
head -c 20000 /dev/urandom >"$corpus/.dossier/index.sqlite"
expect_status "list over a damaged index" 0 "$dossier" list --corpus "$corpus"
expect_in "says the index cannot be used" "$scratch/err" "cannot be used"
expect_in "and still lists from the files" "$scratch/out" "Maryam Manzoori"
expect_status "index over a damaged index" 0 "$dossier" index "$corpus"
expect_in "says it was rebuilt" "$scratch/err" "rebuilt the index"
same_as_scan "after damage"
articles_unchanged "damaged index"

size=$(stat -c %s "$corpus/.dossier/index.sqlite")
head -c $((size / 3)) "$corpus/.dossier/index.sqlite" >"$scratch/cut" && cat "$scratch/cut" >"$corpus/.dossier/index.sqlite"
expect_status "index over a truncated index" 0 "$dossier" index "$corpus"
expect_in "a truncated index is rebuilt" "$scratch/err" "rebuilt the index"
same_as_scan "after truncation"

python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("UPDATE meta SET value=99 WHERE key=\"schema\""); c.commit()' "$corpus/.dossier/index.sqlite"
expect_status "list over a future index" 0 "$dossier" list --corpus "$corpus"
expect_in "a future schema is named" "$scratch/err" "newer Dossier (schema 99"
expect_status "index over a future index" 0 "$dossier" index "$corpus"
expect_in "and rebuilt" "$scratch/err" "rebuilt the index: the index was written by a newer Dossier"
articles_unchanged "future index"

# A second indexer while one holds the lock: told at once, exit 1.
python3 - "$corpus/.dossier/index.sqlite.lock" "$scratch/locked" <<'PY' &
import fcntl, os, sys, time
with open(sys.argv[1], "w") as f:
    fcntl.flock(f, fcntl.LOCK_EX)
    open(sys.argv[2], "w").close()
    time.sleep(30)
PY
holder=$!
for _ in $(seq 100); do [ -e "$scratch/locked" ] && break; sleep 0.05; done
expect_status "a second dossier index at once" 1 "$dossier" index "$corpus"
expect_in "is told another is running" "$scratch/err" "another \`dossier index\` is updating"
kill $holder 2>/dev/null; wait $holder 2>/dev/null
expect_status "index once the other is done" 0 "$dossier" index "$corpus"

# A folder that cannot hold the index (.dossier is a file): the cache folder holds it.
other="$scratch/other"
mkdir -p "$other" && cp "$repo"/assets/articles/00[0-2]*.txt "$other/" && echo "not a folder" >"$other/.dossier"
expect_status "index a folder that cannot hold it" 0 "$dossier" index "$other"
expect_in "the index goes to XDG_CACHE_HOME" "$scratch/out" "$scratch/cache/dossier/index-"
expect_status "commands find it there" 0 "$dossier" search Tehran --corpus "$other" --format json
expect_in "through the index" "$scratch/out" '"engine" : "index"'
if [ "$(id -u)" != 0 ]; then
  # Root writes anywhere; as another user, a read-only folder is the real case.
  ro="$scratch/readonly"; mkdir -p "$ro" && cp "$repo"/assets/articles/003*.txt "$ro/" && chmod a-w "$ro"
  expect_status "index a read-only folder" 0 "$dossier" index "$ro"
  expect_in "the index of a read-only folder goes to the cache" "$scratch/out" "$scratch/cache/dossier/"
  chmod u+w "$ro"
fi

# A full disk: a small tmpfs holding the articles has no room for their index.
small="$scratch/small"
mkdir -p "$small"
if mount -t tmpfs -o size=160k tmpfs "$small" 2>/dev/null; then
  at_exit "umount '$small' 2>/dev/null"
  cp "$repo"/assets/articles/00[0-3]*.txt "$small/"
  expect_status "index on a full disk fails" 1 "$dossier" index "$small"
  expect_in "and says the disk is full" "$scratch/err" "full"
  expect_in "and that the articles were not touched" "$scratch/err" "the articles were not touched"
  expect_status "commands still read the files" 0 "$dossier" list --corpus "$small"
  if ! ls "$small/.dossier/"*.new >/dev/null 2>&1; then pass "no half-written index is left"; else fail "no half-written index is left"; fi
  umount "$small"
else
  echo "skip full-disk checks: cannot mount a tmpfs here"
fi

# Ctrl-C half-way through an update: exit 130, the old index is kept, the next run finishes.
big="$scratch/big"
python3 "$repo/Benchmarks/make-corpus.py" 300 "$big" 2>/dev/null
"$dossier" index "$big" >/dev/null 2>&1
for f in "$big"/000[0-4]*.txt; do printf '\nIran and Serbia agreed on a new drone deal.\n' >>"$f"; done
"$dossier" index "$big" >"$scratch/int.out" 2>"$scratch/int.err" &
indexer=$!
for _ in $(seq 400); do [ -e "$big/.dossier/index.sqlite-journal" ] && break; sleep 0.01; done
kill -INT $indexer
status=0; wait $indexer || status=$?
if [ "$status" = 130 ]; then pass "Ctrl-C mid-index exits 130"; else fail "Ctrl-C mid-index exits 130" "exit $status"; fi
expect_in "and says the index was kept" "$scratch/int.err" "interrupted; the index was left as it was"
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); r=c.execute("PRAGMA integrity_check").fetchone()[0]; n=c.execute("SELECT count(*) FROM article").fetchone()[0]; assert r=="ok" and n==300, (r,n)' "$big/.dossier/index.sqlite" &&
  pass "the interrupted index is whole, as before" || fail "the interrupted index is whole, as before"
expect_status "list after the interruption" 0 "$dossier" list --corpus "$big" --format tsv
expect_in "says it is stale, not broken" "$scratch/err" "the index is stale"
expect_status "the next run finishes the update" 0 "$dossier" index "$big"
expect_in "re-analysing the edited files" "$scratch/out" "0 added, 50 changed"

# --watch: the index follows the files, commands ask the watcher and see every change at once.
watched="$scratch/watched"
mkdir -p "$watched" && cp "$repo"/assets/articles/*.txt "$watched/"
"$dossier" index "$watched" --watch >"$scratch/watch.out" 2>"$scratch/watch.err" </dev/null &
watcher=$!
at_exit "kill $watcher 2>/dev/null"
for _ in $(seq 200); do grep -qF "Watching" "$scratch/watch.out" 2>/dev/null && break; sleep 0.05; done
expect_in "--watch builds the index, then says it is watching" "$scratch/watch.out" "Watching $watched"
[ -S "$watched/.dossier/index.sqlite.watch" ] && pass "the watcher listens beside the index" || fail "the watcher listens beside the index"
printf 'Zanzibar Talks\n\nSerbia hosted the Zanzibarian envoy in Belgrade.\n' >"$watched/zz-new.txt"
expect_status "search right after adding a file" 0 "$dossier" search Zanzibarian --corpus "$watched" --format json
expect_in "finds it through the index" "$scratch/out" '"engine" : "index"'
expect_in "in the new file" "$scratch/out" '"article" : "zz-new"'
if [ ! -s "$scratch/err" ]; then pass "and does not call the index stale"; else fail "and does not call the index stale" "$(cat "$scratch/err")"; fi
mkdir -p "$watched/2026" && printf 'March Notes\n\nIran sent the Quetzalcoatlite shipment to Serbia.\n' >"$watched/2026/march.txt"
expect_status "a file in a folder made while watching" 0 "$dossier" search Quetzalcoatlite --corpus "$watched"
rm "$watched/zz-new.txt"
expect_status "a deleted file is gone from the index at once" 1 "$dossier" search Zanzibarian --corpus "$watched"
expect_in "the watcher reports each update" "$scratch/watch.out" "1 added"
same_as_watched() {
  "$dossier" export --corpus "$watched" >"$scratch/w-indexed.json" 2>/dev/null
  "$dossier" export --corpus "$watched" --no-index >"$scratch/w-scanned.json" 2>/dev/null
  if cmp -s "$scratch/w-indexed.json" "$scratch/w-scanned.json"; then pass "$1"; else fail "$1"; fi
}
same_as_watched "the watched index equals a scan of the files"
expect_status "a second watcher on the same folder" 1 "$dossier" index "$watched" --watch
expect_in "is told the folder is already watched" "$scratch/err" "already watched"
[ "$(wc -l <"$scratch/err")" = 1 ] && pass "in one line" || fail "in one line" "$(cat "$scratch/err")"
kill -INT $watcher
status=0; wait $watcher || status=$?
[ "$status" = 130 ] && pass "Ctrl-C stops the watcher with 130" || fail "Ctrl-C stops the watcher with 130" "exit $status"
expect_in "saying it stopped" "$scratch/watch.err" "stopped watching"
[ ! -e "$watched/.dossier/index.sqlite.watch" ] && pass "and removes its socket" || fail "and removes its socket"
printf 'Later\n\nSerbia and Iran met after the watcher stopped.\n' >"$watched/later.txt"
expect_status "without a watcher, commands check the files again" 0 "$dossier" list --corpus "$watched"
expect_in "and say the index is stale" "$scratch/err" "the index is stale (1 file(s)"
expect_status "--watch on a missing folder" 1 "$dossier" index "$scratch/nowhere" --watch
expect_in "says there is no such folder" "$scratch/err" "no such folder"

# On a terminal: a progress bar on stderr while it works, gone when it is done; then the
# explorer opens the index and its / asks it.
tm_init
saved_wait=$wait_seconds; wait_seconds=$((wait_seconds * 6))  # a whole rebuild, not a keypress
tm_open bar 100 10 env -u CI "$dossier" index "$big" --rebuild
expect_screen "a progress bar on a terminal" bar "analysing ["
expect_screen "MB/s on the bar" bar "MB/s"
if wait_exit bar && [ "$(cat "$scratch/bar.status")" = 0 ]; then pass "the indexer finishes"; else fail "the indexer finishes" "$(ended bar)"; fi
wait_seconds=$saved_wait
capture bar >/dev/null
expect_not_in "the bar is cleared at the end" "$scratch/bar.screen" "analysing ["
expect_in "the summary follows" "$scratch/bar.screen" "Indexed"
tm_open explore 100 30 env SWIFT_BACKTRACE=interactive=no "$dossier" --corpus "$big"
expect_screen "the explorer opens the indexed archive" explore "Articles (300"
keys_text explore "/shahe"
expect_screen "/ counts the index's hits as you type" explore "hits in"
keys explore Enter
expect_screen "Enter shows the first hit" explore "Shahed"
keys explore Q
if wait_exit explore && [ "$(cat "$scratch/explore.status")" = 0 ]; then pass "Q quits"; else fail "Q quits" "$(ended explore)"; fi

summary
