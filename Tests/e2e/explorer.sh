#!/usr/bin/env bash
# End-to-end tests of the full-screen explorer (`dossier` with no command): the real binary in a
# real terminal (a pane of a private tmux server), driven by keys, read back from the screen.
# Every run ends with its exit status and the terminal's settings checked against the ones
# before it started. Runs without a terminal of its own (CI: setsid ... </dev/null).
# Usage: bash Tests/e2e/explorer.sh PATH/TO/dossier
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
dossier=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
# Never read or write the user's own judgements; no 30 s wait for a key if it crashes; UTF-8
# unless a check says otherwise.
export XDG_DATA_HOME="$scratch/data" SWIFT_BACKTRACE=interactive=no LANG=C.UTF-8
unset LC_ALL LC_CTYPE NO_COLOR
tm_init
started=$(now_ms)

# row TAG N: row N (1-based) of the last capture.
row() { sed -n "$2p" "$scratch/$1.screen"; }

# wait_size TAG WIDTH HEIGHT: the pane has the size and the explorer has redrawn for it: the
# title bar's right end (the history count "4/4 ", with its trailing space) reaches the last
# column, the key hints are on the last row.
wait_size() {
  local tag=$1 width=$2 height=$3 deadline=$(($(now_ms) + wait_seconds * 1000)) top
  while [ "$(now_ms)" -lt "$deadline" ]; do
    capture "$tag" >/dev/null
    top=$(row "$tag" 1)
    if [ "$(wc -l <"$scratch/$tag.screen")" = "$height" ] && [ "${#top}" = $((width - 1)) ] && [[ $top == *[0-9]/[0-9] ]] &&
      row "$tag" "$height" | grep -q 'q:quit'; then return 0; fi
    sleep 0.05
  done
  return 1
}

# ---------------------------------------------------------------------------------------------
# The main story at 80x24: list, article, search, cross-references, follow, back, graph,
# resizes, help, quit with q.
tm_open main 80 24 "$dossier"
expect_screen "opens at 80x24 on the article list" main "Dossier · Articles (5; dossier order)"
wait_screen main "q:quit"  # the last row is the last drawn
top=$(row main 1)
if [ "${top:0:10}" = " Dossier ·" ] && row main 24 | grep -q '^s:sort .*q:quit' &&
  grep -q "Iran Forges an Unusual Alliance in the Balkans" "$scratch/main.screen"; then
  pass "title bar on the first row, key hints on the 24th"
else
  fail "title bar on the first row, key hints on the 24th"; show_screen main
fi
expect_screen_gone "the analysis finishes in the background" main "analysing"
keys main Enter
expect_screen "Enter opens the first article" main "Dossier · Iran Forges an Unusual Alliance in the Balkans"
expect_screen "the reader names the current claim" main "Claim 000:0 · asserted"
keys main h
expect_screen "h goes back to the list" main "Dossier · Articles (5"
keys_text main "/unlikely"
expect_screen "the search prompt counts hits as you type" main "/unlikely  (1 hit in 1 article)"
keys main Enter
expect_screen "search lands on the hit's claim in its article" main "Claim 000:30 · speculative (unlikely)"
if grep -qF "Dossier · Iran Forges an Unusual Alliance" "$scratch/main.screen" &&
  grep -qF "unlikely to happen" "$scratch/main.screen"; then
  pass "the hit's sentence is on screen"
else
  fail "the hit's sentence is on screen"; show_screen main
fi
capture main -e >/dev/null
if [ -n "$(sgr_colours "$scratch/main.screen")" ]; then pass "colour is used by default"; else fail "colour is used by default"; fi
keys main Enter
expect_screen "Enter opens the claim's cross-references" main "Dossier · Cross-references of 000:30"
expect_screen "the unlikely drone purchase is updated by a later report, not contradicted" main "UPDATED BY"
expect_screen "the update is the drone order" main "ordered 20,000 Shahed-136 drones"
keys main Enter
expect_screen "Enter follows the link into the other article" main "Claim 002:10 ·"
expect_screen "the other article is the Tehran-Belgrade one" main "Dossier · A Tehran-Belgrade defense partnership"
keys main h
expect_screen "h returns to the cross-references" main "Dossier · Cross-references of 000:30"
keys main h
expect_screen "h again returns to the first article" main "Dossier · Iran Forges an Unusual Alliance in the Balkans"
expect_screen "the unlikely claim is still the current one" main "Claim 000:30 · speculative (unlikely)"
keys main l
expect_screen "l goes forward again" main "Dossier · Cross-references of 000:30"
keys main h
wait_screen main "Dossier · Iran Forges an Unusual Alliance"
keys main r
expect_screen "r opens Serbia's relations" main "Dossier · Relations of Serbia"
expect_screen "Iran is among Serbia's relations" main "[Iran]"
keys main Enter
expect_screen "Enter re-centres the graph on Iran" main "Dossier · Relations of Iran"
expect_screen "Serbia is among Iran's relations" main "[Serbia]"
tm resize-window -t main -x 120 -y 40
if wait_size main 120 40; then pass "at 120x40 the screen is redrawn to the new size"; else
  fail "at 120x40 the screen is redrawn to the new size"; show_screen main; fi
tm resize-window -t main -x 100 -y 30
if wait_size main 100 30; then pass "at 100x30 the screen is redrawn to the new size"; else
  fail "at 100x30 the screen is redrawn to the new size"; show_screen main; fi
tm resize-window -t main -x 80 -y 24
if wait_size main 80 24; then pass "back at 80x24"; else fail "back at 80x24"; show_screen main; fi
keys main Tab
expect_screen "Tab moves to the claims pane" main "Tab: back to the actors"
keys main o
expect_screen "o shows the whole-dossier overview" main "Dossier · Relations: the whole dossier, at Iran"
keys main o
expect_screen "o again returns to Iran" main "Dossier · Relations of Iran"
keys main '?'
expect_screen "? opens the help" main "Keys (j/k scroll"
keys main Escape
expect_screen_gone "Esc closes the help" main "Keys (j/k scroll"
keys main q
expect_screen "q closes the graph of Iran" main "Dossier · Relations of Serbia"
keys main q
expect_screen "q closes the graph of Serbia" main "Dossier · Iran Forges an Unusual Alliance"
keys main q
expect_screen "q closes the article" main "Dossier · Articles (5"
keys main q
expect_exit "q from the article list" main 0

# Q from deep inside: the graph's claims pane, opened into the reader.
tm_open Q 80 24 "$dossier"
wait_screen Q "Articles (5" && wait_gone Q "analysing"
keys Q r
expect_screen "r from the list opens a graph" Q "Dossier · Relations of"
keys Q Tab Enter
expect_screen "Enter on a claim in the pane opens it in the reader" Q "Claim 000:9 ·"
keys Q Q
expect_exit "Q from the reader" Q 0
tm_open Qh 80 24 "$dossier"
wait_screen Qh "Articles (5" && keys Qh '?'
expect_screen "help opens over the list" Qh "Keys (j/k scroll"
keys Qh Q
expect_exit "Q from the help" Qh 0

# Search: no match and Esc, next and previous hit, the list of hits; paging; the actors.
tm_open srch 80 24 "$dossier"
wait_screen srch "Articles (5" && wait_gone srch "analysing"
keys_text srch "/zzzq"
expect_screen "a search with no match says so" srch "/zzzq  (no match)"
keys srch Escape
expect_screen_gone "Esc closes the search prompt" srch "/zzzq"
keys_text srch "/shahed"
keys srch Enter
expect_screen "Enter jumps to the first of two hits" srch "Hit 1 of 2 in 2 articles"
keys srch n
expect_screen "n goes to the second hit, in the other article" srch "Claim 002:10 ·"
keys srch N
expect_screen "N goes back to the first hit" srch "Claim 000:30 ·"
keys srch S
expect_screen "S lists the hits" srch "Dossier · Search: shahed (2 hits)"
keys srch Enter
expect_screen "Enter opens a hit" srch "Claim 000:30 ·"
keys srch G
expect_screen "G goes to the end of the article" srch "100%"
keys srch g
expect_screen "g goes back to the top" srch "By Giorgio Cafiero"
keys srch Space
expect_screen_gone "Space pages down" srch "By Giorgio Cafiero"
keys srch b
expect_screen "b pages up" srch "By Giorgio Cafiero"
keys srch a
expect_screen "a lists the actors" srch "Dossier · Actors ("
keys srch Enter
expect_screen "Enter lists the claims naming the actor" srch "Dossier · Claims naming Iran ("
keys srch Q
expect_exit "Q from a list of claims" srch 0

# The mouse: reporting on with --mouse, and off again afterwards (checked by expect_exit).
tm_open mouse 80 24 "$dossier" --mouse
wait_screen mouse "Articles (5"
if [ "$(tm display -p -t mouse '#{mouse_any_flag}')" = 1 ]; then pass "--mouse turns mouse reporting on"; else fail "--mouse turns mouse reporting on"; fi
keys mouse Q
expect_exit "Q with the mouse on" mouse 0

# ---------------------------------------------------------------------------------------------
# Environments: the C locale, NO_COLOR, an old terminal, the smallest size.
tm_open c 80 24 env LANG=C "$dossier"
expect_screen "LANG=C opens the list" c "Articles (5"
expect_ascii "LANG=C: the list is ASCII" "$scratch/c.screen"
wait_gone c "analysing"
keys c Enter
expect_screen "LANG=C transliterates Milošević" c "Slobodan Milosevic"
expect_ascii "LANG=C: the reader is ASCII" "$scratch/c.screen"
keys c r
expect_screen "LANG=C: the graph opens" c "Relations of"
expect_ascii "LANG=C: the graph is ASCII" "$scratch/c.screen"
keys c '?'
expect_screen "LANG=C: the help opens" c "Keys (j/k scroll"
expect_ascii "LANG=C: the help is ASCII" "$scratch/c.screen"
keys c Escape Q
expect_exit "LANG=C" c 0

tm_open nc 80 24 env NO_COLOR=1 "$dossier"
wait_screen nc "Articles (5" && wait_gone nc "analysing"
keys_text nc "/unlikely"
keys nc Enter
expect_screen "NO_COLOR: search lands on the claim" nc "Claim 000:30"
capture nc -e >/dev/null
colours=$(sgr_colours "$scratch/nc.screen" | sort -u | tr '\n' ' ')
if [ -z "$colours" ]; then pass "NO_COLOR: no colour in the reader"; else fail "NO_COLOR: no colour in the reader" "SGR colours: $colours"; fi
if grep -q $'\e\\[[0-9;]*\\(1\\|4\\|7\\)m' "$scratch/nc.screen"; then pass "NO_COLOR: attributes still mark things"; else
  fail "NO_COLOR: attributes still mark things"; fi
keys nc r
wait_screen nc "Relations of" && capture nc -e >/dev/null
colours=$(sgr_colours "$scratch/nc.screen" | sort -u | tr '\n' ' ')
if [ -z "$colours" ]; then pass "NO_COLOR: no colour in the graph"; else fail "NO_COLOR: no colour in the graph" "SGR colours: $colours"; fi
keys nc Q
expect_exit "NO_COLOR" nc 0

# vt100 has no alternate screen: the explorer draws over the shell's screen.
tm_open vt 80 24 env TERM=vt100 "$dossier"
expect_screen "TERM=vt100 opens the list" vt "Articles (5"
wait_gone vt "analysing"
keys vt Enter
expect_screen "TERM=vt100 opens an article" vt "Claim 000:"
keys vt r
expect_screen "TERM=vt100 opens the graph" vt "Relations of"
keys vt Q
expect_exit "TERM=vt100" vt 0 same-screen

tm_open small 30 8 "$dossier"
expect_screen "30x8 shows the list" small "Dossier · Articles"
wait_gone small "analysing"
if capture small | sed -n 8p | grep -q "Enter:open" && [ "$(wc -l <"$scratch/small.screen")" = 8 ]; then
  pass "30x8: key hints on the last row"
else
  fail "30x8: key hints on the last row"; show_screen small
fi
keys small Enter
expect_screen "30x8 opens an article" small "Claim 000:"
keys small r
expect_screen "30x8 opens the graph" small "Relations of"
keys small '?'
expect_screen "30x8 opens the help" small "Keys (j/k"
keys small Escape a
expect_screen "30x8 lists the actors" small "Actors ("
keys small q q q
expect_screen "30x8 back on the list" small "Dossier · Articles"
tm resize-window -t small -x 12 -y 3
expect_screen "12x3 still says something" small "Terminal"
tm resize-window -t small -x 30 -y 8
expect_screen "back at 30x8 the list returns" small "Dossier · Articles"
tm resize-window -t small -x 1 -y 1
sleep 0.2
if running "$(cat "$scratch/small.pid")"; then pass "1x1 does not end it"; else fail "1x1 does not end it"; fi
tm resize-window -t small -x 10 -y 3
expect_screen "10x3 still says something" small "Termin"
# A storm of resizes (a window dragged about) with keys in between, from the graph.
tm resize-window -t small -x 80 -y 24
wait_screen small "Dossier · Articles" && keys small r
for size in 50x10 120x40 31x9 200x60 33x24 1x1 90x12 40x30 10x3 160x50 30x8 77x23; do
  tm resize-window -t small -x "${size%x*}" -y "${size#*x}"
  keys small j
done
tm resize-window -t small -x 80 -y 24
expect_screen "after a storm of resizes it draws at 80x24" small "Relations of"
keys small q
expect_screen "and still answers keys" small "Dossier · Articles"
tm resize-window -t small -x 29 -y 7
expect_screen "29x7 says the terminal is too small" small "Terminal too small (29x7)"
keys small q
expect_exit "q when too small" small 0
# Narrow but tall: the graph must draw (or say it cannot), not crash.
for width in 34 31; do
  tm_open "narrow$width" "$width" 24 "$dossier"
  wait_screen "narrow$width" "Articles (5" && wait_gone "narrow$width" "analysing"
  keys "narrow$width" r
  expect_screen "${width}x24 opens the graph" "narrow$width" "Relations of"
  keys "narrow$width" Q
  expect_exit "${width}x24 graph" "narrow$width" 0
done

# ---------------------------------------------------------------------------------------------
# Ways out other than q: signals, a suspend, a terminal that goes away.
# signal_run TAG NAME SIGNAL STATUS [mouse]: opens an article (with the mouse on), sends SIGNAL.
signal_run() {
  local tag=$1 name=$2 signal=$3 want=$4
  tm_open "$tag" 80 24 "$dossier"
  wait_screen "$tag" "Articles (5" && keys "$tag" Enter && wait_screen "$tag" "Claim 000:"
  if [ -n "${5:-}" ]; then keys "$tag" M && wait_screen "$tag" "Mouse on"; fi
  kill "-$signal" "$(cat "$scratch/$tag.pid")"
  expect_exit "$name" "$tag" "$want"
}
tm_open int 80 24 "$dossier"
wait_screen int "Articles (5" && keys int Enter && wait_screen int "Claim 000:"
keys int C-c
expect_exit "Ctrl-C" int 130
signal_run term "SIGTERM with the mouse on" TERM 143 mouse
signal_run hup "SIGHUP" HUP 129
signal_run quit "SIGQUIT" QUIT 131

# A real Swift trap with the screen up (a failpoint in the explore command): the terminal is
# restored and the trap's message, written while the screen was up, is printed after it.
tm_open trap 80 24 env DOSSIER_FAULT=trap "$dossier"
expect_exit "a Swift trap" trap 132
expect_in "the trap's message survives the full screen" "$scratch/trap.screen" "Fatal error: deliberate trap"

# Warnings written while the screen is up (here: a broken judgements file, read in the
# background) are held back and printed once the terminal is given back.
mkdir -p "$scratch/broken/dossier"
echo '{not json' >"$scratch/broken/dossier/judgements-bundled.json"
tm_open warn 80 24 env XDG_DATA_HOME="$scratch/broken" "$dossier"
wait_screen warn "Articles (5" && wait_gone warn "analysing" && keys warn q
expect_exit "q with a broken judgements file" warn 0
expect_in "its warning is printed after the screen is restored" "$scratch/warn.screen" "is malformed (not valid JSON)"

# Ctrl-Z needs a shell with job control, and the explorer as the shell's own child (as a user
# runs it: a wrapper in between would stop first and the shell would print under the full
# screen), so the settings and the status are recorded by typed commands instead of run.sh.
tm new-session -d -s tstp -x 80 -y 24 -e PS1='$ ' -e "S=$scratch" -e "D=$dossier" bash --norc --noprofile -i
if wait_screen tstp '$'; then
  keys_text tstp 'stty -g >"$S/tstp.before"; echo before-tstp'
  keys tstp Enter
  wait_screen tstp "before-tstp"
  keys_text tstp '"$D"'
  keys tstp Enter
  wait_screen tstp "Articles (5" && wait_gone tstp "analysing" && keys tstp Enter
  expect_screen "Ctrl-Z test: an article is open" tstp "Claim 000:0 ·"
  keys tstp C-z
  expect_screen "Ctrl-Z stops it and gives the shell back" tstp "Stopped"
  modes=$(tm display -p -t tstp '#{alternate_on} #{cursor_flag}')
  if [ "$modes" = "0 1" ]; then pass "Ctrl-Z leaves the alternate screen, cursor shown"; else
    fail "Ctrl-Z leaves the alternate screen, cursor shown" "alternate/cursor: $modes"; fi
  keys_text tstp fg
  keys tstp Enter
  expect_screen "fg redraws the article" tstp "Claim 000:0 ·"
  keys tstp ']'
  expect_screen "keys work after fg" tstp "Claim 000:1 ·"
  keys tstp q q
  wait_gone tstp "Claim 000:1 ·"
  keys_text tstp 'st=$?; stty -g >"$S/tstp.after"; echo "after-tstp status $st"; echo $st >"$S/tstp.status"'
  keys tstp Enter
  expect_exit "q after Ctrl-Z and fg" tstp 0
else
  fail "a shell for the Ctrl-Z test" "no prompt"; show_screen tstp
fi

# Closing the terminal (an SSH link dropped, a window closed): it must end, not spin or hang.
# The explorer is not the session leader here (run.sh is), so SIGHUP reaches it only after the
# shell is gone, often while it is already leaving because input failed: a race, so
# HANGUP_TRIALS=50 repeats it to hunt for a hang.
hung=""
for trial in $(seq "${HANGUP_TRIALS:-1}"); do
  tm_open gone 80 24 "$dossier"
  wait_screen gone "Articles (5"
  pid=$(cat "$scratch/gone.pid")
  tm kill-session -t gone
  deadline=$(($(now_ms) + wait_seconds * 1000))
  while running "$pid" && [ "$(now_ms)" -lt "$deadline" ]; do sleep 0.02; done
  if running "$pid"; then
    hung+="trial $trial: pid $pid $(ps -o stat=,pcpu= -p "$pid") $(grep SigBlk "/proc/$pid/status" | tr -s '\t' ' ') wchan $(cat "/proc/$pid/wchan" 2>/dev/null); "
    kill -KILL "$pid"
  fi
done
if [ -z "$hung" ]; then pass "it ends when its terminal goes away (${HANGUP_TRIALS:-1} trials)"; else
  fail "it ends when its terminal goes away (${HANGUP_TRIALS:-1} trials)" "still running: $hung"; fi

# ---------------------------------------------------------------------------------------------
# No usable terminal: status 2, one line on stderr, at once.
# expect_refusal NAME STATUS_FILE ERR_FILE BEGIN_MS
expect_refusal() {
  local name=$1 got=$2 err=$3 took=$(($(now_ms) - $4))
  if [ "$got" = 2 ] && [ "$(wc -l <"$err")" = 1 ] && [ "$took" -lt 5000 ]; then pass "$name: exit 2, one line on stderr (${took} ms)"; else
    fail "$name: exit 2, one line on stderr" "exit $got after ${took} ms; stderr: $(head -c 300 "$err")"; fi
}
begin=$(now_ms); got=0
timeout 10 "$dossier" </dev/null >"$scratch/out" 2>"$scratch/err" || got=$?
expect_refusal "no terminal at all (</dev/null, stdout a file)" "$got" "$scratch/err" "$begin"
begin=$(now_ms); got=0
timeout 10 bash -o pipefail -c '"$1" 2>"$2" | cat >/dev/null' _ "$dossier" "$scratch/err" </dev/null || got=$?
expect_refusal "dossier | cat" "$got" "$scratch/err" "$begin"
# In a terminal, with only one side of it redirected, or a terminal that cannot draw.
# refuse_in_tmux TAG NAME SHELL-COMMAND: runs it in a pane ($0 is the binary, $1 the stderr file).
refuse_in_tmux() {
  local tag=$1 name=$2 begin; begin=$(now_ms)
  tm_open "$tag" 80 24 bash -o pipefail -c "$3" "$dossier" "$scratch/$tag.err"
  if wait_exit "$tag"; then
    expect_refusal "$name" "$(cat "$scratch/$tag.status")" "$scratch/$tag.err" "$begin"
    expect_exit "$name" "$tag" 2
  else
    fail "$name: exit 2" "still running"; kill -KILL "$(cat "$scratch/$tag.pid")" 2>/dev/null
  fi
}
refuse_in_tmux nulin "stdin from /dev/null in a terminal" '"$0" </dev/null 2>"$1"'
refuse_in_tmux pipe "stdout into | cat in a terminal" '"$0" 2>"$1" | cat'
refuse_in_tmux dumb "TERM=dumb" 'TERM=dumb "$0" 2>"$1"'
refuse_in_tmux unknown "an unknown TERM" 'TERM=no-such-terminal "$0" 2>"$1"'
refuse_in_tmux noterm "TERM unset" 'unset TERM; "$0" 2>"$1"'
expect_in "TERM=dumb names the terminal type" "$scratch/dumb.err" "'dumb'"

# ---------------------------------------------------------------------------------------------
# A hostile article: escape sequences, C1 controls and bidi overrides never reach the terminal.
mkdir -p "$scratch/hostile"
printf '%b' 'Hostile \e]0;PWNED\a Article\n\nBy Mallory\n\nIran and Serbia signed a deal \e[2J Clear \e]52;c;aGVsbG8=\a clip \x9b31m raw C1 and \xc2\x9b32m \xc2\x9d0;PWNED2\xc2\x9c encoded C1 and \xe2\x80\xae reversed \xe2\x81\xa6 isolate text. Serbia said Iran is a friend.\n\n\e[31mRed\e[0m paragraph about Kosovo and Iran. \eP+q544e\e\\ dcs. \e_apc\e\\ apc \e[?1049l \e[?25l end.\n' >"$scratch/hostile/evil.txt"
tm_open evil 80 24 "$dossier" --corpus "$scratch/hostile" --quiet
expect_screen "a hostile article is listed" evil "Articles (1"
keys evil Enter
expect_screen "a hostile article opens" evil "Serbia said Iran is a friend"
# check_hostile WHERE: the pane's title, the clipboard buffers and the screen are untouched.
check_hostile() {
  local title buffers
  title=$(tm display -p -t evil '#{pane_title}')
  if [ "$title" != PWNED ] && [ "$title" != PWNED2 ]; then pass "$1: the window title is not set"; else fail "$1: the window title is not set" "title: $title"; fi
  buffers=$(tm list-buffers)
  if [ -z "$buffers" ]; then pass "$1: nothing reached the clipboard (OSC 52)"; else fail "$1: nothing reached the clipboard (OSC 52)" "$buffers"; fi
  capture evil -e >/dev/null
  if out=$(python3 - "$scratch/evil.screen" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
# capture-pane -e writes SGR (ESC [ ... m) and nothing else; anything else came from the article.
rest = re.sub(r"\x1b\[[0-9;:]*m", "", text)
bad = sorted({f"U+{ord(c):04X}" for c in rest if (ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F
              or 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069})
print(" ".join(bad))
sys.exit(1 if bad else 0)
PY
  ); then pass "$1: no control or bidi character on screen"; else fail "$1: no control or bidi character on screen" "$out"; fi
}
check_hostile "hostile reader"
if grep -qF "Dossier · Hostile" "$scratch/evil.screen" && grep -qF "Clear" "$scratch/evil.screen"; then
  pass "hostile reader: ESC [2J did not clear the screen"
else
  fail "hostile reader: ESC [2J did not clear the screen"; show_screen evil
fi
expect_in "hostile reader: escapes shown visibly" "$scratch/evil.screen" "^[]0;PWNED^G"
if [ "$(tm display -p -t evil '#{alternate_on} #{cursor_flag}')" = "1 1" ]; then pass "hostile reader: still on the alternate screen, cursor shown"; else
  fail "hostile reader: still on the alternate screen, cursor shown" "$(tm display -p -t evil '#{alternate_on} #{cursor_flag}')"; fi
keys evil q
wait_screen evil "Articles (1"
check_hostile "hostile list"
keys evil q
expect_exit "hostile article" evil 0

echo "explorer.sh took $(($(now_ms) - started)) ms"
summary
