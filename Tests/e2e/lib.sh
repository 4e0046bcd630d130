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

# ---- Full-screen tests in tmux (explorer.sh, explorer-ssh.sh) ----
# A private tmux server on its own socket, so a test never touches the user's tmux. Each run is
# a session named by a tag, whose pane runs $scratch/run.sh: it records in $scratch/TAG.* the
# terminal settings before and after (`stty -g`), the program's pid and its exit status. Waits
# poll the screen until a deadline (WAIT_SECONDS, 10 by default); no check relies on a sleep.
wait_seconds=${WAIT_SECONDS:-10}
at_exit_commands=""
# at_exit COMMAND: runs COMMAND when the script ends, before the scratch folder is removed
# (again a moment later if a process that was just stopped was still writing into it).
at_exit() {
  at_exit_commands="$1; $at_exit_commands"
  trap "$at_exit_commands"'rm -rf "$scratch" 2>/dev/null || { sleep 0.5; rm -rf "$scratch"; }' EXIT
}
tm() { tmux -S "$scratch/tmux.sock" -f "$scratch/tmux.conf" "$@"; }

# tm_init: the tmux configuration and run.sh; the server is killed on exit.
tm_init() {
  command -v tmux >/dev/null || { echo "FAIL tmux is needed (apt-get install tmux)"; exit 1; }
  at_exit 'tm kill-server 2>/dev/null'
  # Panes stay readable after the program ends; OSC 52 from a program would land in a buffer;
  # a screen cleared by a program is not kept in the history (so the shell's text found there
  # proves it was not cleared); one terminal type, whatever the user's tmux says.
  printf '%s\n' 'set -g remain-on-exit on' 'set -g set-clipboard on' 'set -g history-limit 1000' \
    'set -gw scroll-on-clear off' 'set -g default-terminal tmux-256color' >"$scratch/tmux.conf"
  cat >"$scratch/run.sh" <<'SH'
# run.sh TAG COMMAND...: runs COMMAND in this terminal; leaves TAG.before, TAG.after (stty -g),
# TAG.pid and TAG.status in the folder of this script. Ctrl-C is for COMMAND, not for us.
dir=$(dirname "$0"); tag=$1; shift
trap : INT
stty -g >"$dir/$tag.before"
echo "before-$tag"
sh -c 'echo $$ >"$0"; exec "$@"' "$dir/$tag.pid" "$@"
status=$?
stty -g >"$dir/$tag.after"
echo "after-$tag status $status"
echo "$status" >"$dir/$tag.status.new" && mv "$dir/$tag.status.new" "$dir/$tag.status"
# Keep the pane alive (a dead pane's notice scrolls the screen) until the terminal goes.
exec cat >/dev/null
SH
}

# now_ms: a monotonic-enough clock for deadlines, in milliseconds.
now_ms() { local t=${EPOCHREALTIME//[!0-9]/}; echo $((10#$t / 1000)); }

# tm_open TAG WIDTH HEIGHT COMMAND...: a new session TAG of that size running COMMAND through run.sh.
tm_open() {
  local tag=$1 width=$2 height=$3; shift 3
  rm -f "$scratch/$tag".*
  tm new-session -d -s "$tag" -x "$width" -y "$height" sh "$scratch/run.sh" "$tag" "$@"
}

# capture TAG [capture-pane options]: the visible screen of TAG, also kept in $scratch/TAG.screen.
capture() {
  local tag=$1; shift
  tm capture-pane -p "$@" -t "$tag" >"$scratch/$tag.screen" 2>/dev/null
  cat "$scratch/$tag.screen"
}

# wait_screen TAG TEXT: until TEXT is on the screen (0), or the deadline passes or the program
# has ended (1).
wait_screen() {
  local deadline=$(($(now_ms) + wait_seconds * 1000))
  while [ "$(now_ms)" -lt "$deadline" ]; do
    capture "$1" | grep -qF -- "$2" && return 0
    [ -e "$scratch/$1.status" ] && return 1
    sleep 0.05
  done
  return 1
}

# wait_gone TAG TEXT: until TEXT is no longer on the screen while the program still runs.
wait_gone() {
  local deadline=$(($(now_ms) + wait_seconds * 1000))
  while [ "$(now_ms)" -lt "$deadline" ]; do
    [ -e "$scratch/$1.status" ] && return 1
    capture "$1" | grep -qF -- "$2" || return 0
    sleep 0.05
  done
  return 1
}

# show_screen TAG: the last screen captured, indented, for a failure's details.
show_screen() { tail -n 40 "$scratch/$1.screen" 2>/dev/null | sed -e "s/^/     | /"; }

# ended TAG: ", the program ended with status N" once run.sh has recorded it.
ended() { [ -e "$scratch/$1.status" ] && echo ", the program ended with status $(cat "$scratch/$1.status")"; }

# expect_screen NAME TAG TEXT: passes when TEXT appears on the screen in time.
expect_screen() {
  if wait_screen "$2" "$3"; then pass "$1"; else fail "$1" "no '$3' within ${wait_seconds}s$(ended "$2"); screen:"; show_screen "$2"; return 1; fi
}

# expect_screen_gone NAME TAG TEXT: passes when TEXT leaves the screen in time.
expect_screen_gone() {
  if wait_gone "$2" "$3"; then pass "$1"; else fail "$1" "'$3' still there after ${wait_seconds}s$(ended "$2"); screen:"; show_screen "$2"; return 1; fi
}

# keys TAG KEY...: tmux key names (Enter, Escape, C-c, q...); keys_text TAG TEXT types TEXT literally.
keys() { local tag=$1; shift; tm send-keys -t "$tag" "$@"; }
keys_text() { tm send-keys -t "$1" -l -- "$2"; }

# wait_exit TAG: until run.sh has recorded the exit status (0) or the deadline passes (1).
wait_exit() {
  local deadline=$(($(now_ms) + wait_seconds * 1000))
  while [ "$(now_ms)" -lt "$deadline" ]; do
    [ -s "$scratch/$1.status" ] && return 0
    sleep 0.05
  done
  return 1
}

# expect_exit NAME TAG STATUS [same-screen]: the program in TAG ended with STATUS, and the
# terminal is as it was: same stty settings, alternate screen left, cursor shown, keypad and
# mouse modes off, and the shell's text from before it ran is back (not for terminals without
# an alternate screen: pass same-screen).
expect_exit() {
  local name=$1 tag=$2 want=$3 same=${4:-}
  if ! wait_exit "$tag"; then
    capture "$tag" >/dev/null
    fail "$name exits $want" "still running after ${wait_seconds}s; screen:"; show_screen "$tag"
    fail "$name restores the terminal" "not checked"
    return 1
  fi
  local got; got=$(cat "$scratch/$tag.status")
  if [ "$got" = "$want" ]; then pass "$name exits $want"; else fail "$name exits $want" "exit $got"; fi
  local modes problems=""
  modes=$(tm display -p -t "$tag" '#{alternate_on} #{cursor_flag} #{keypad_cursor_flag} #{mouse_any_flag}')
  cmp -s "$scratch/$tag.before" "$scratch/$tag.after" ||
    problems="stty $(cat "$scratch/$tag.before") became $(cat "$scratch/$tag.after"); "
  [ "$modes" = "0 1 0 0" ] || problems+="alternate/cursor/keypad/mouse modes are '$modes', wanted '0 1 0 0'; "
  # The shell's text: on the screen, or scrolled into the history by what was printed after.
  capture "$tag" -S - >/dev/null
  { [ -n "$same" ] || grep -q "^before-$tag\$" "$scratch/$tag.screen"; } && grep -q "^after-$tag status" "$scratch/$tag.screen" ||
    problems+="the shell's screen is not back; "
  if [ -z "$problems" ]; then pass "$name restores the terminal"; else fail "$name restores the terminal" "$problems"; show_screen "$tag"; fi
}

# running PID: the process exists and is not a zombie waiting for an adoptive parent to reap it.
running() { [ -r "/proc/$1/stat" ] && [ "$(sed 's/.*) //' "/proc/$1/stat" | cut -c1)" != Z ]; }

# expect_ascii NAME FILE: no byte above 127.
expect_ascii() {
  if [ "$(LC_ALL=C tr -d '\000-\177' <"$2" | wc -c)" = 0 ]; then pass "$1"; else
    fail "$1" "non-ASCII: $(LC_ALL=C grep -n '[^[:print:][:space:]]' "$2" | head -3)"
  fi
}

# sgr_colours FILE: the colour parameters of the SGR sequences in a `capture-pane -e` capture,
# one per line (38;5;N counts as one); nothing when only attributes and default colours are used.
sgr_colours() {
  python3 - "$1" <<'PY'
import re, sys
for seq in re.findall(r"\x1b\[([0-9;:]*)m", open(sys.argv[1], encoding="utf-8", errors="replace").read()):
    params = [p for p in seq.split(";") if p != ""]
    i = 0
    while i < len(params):
        p = params[i].split(":")[0]
        if p in ("38", "48", "58"):
            n = 3 if params[i + 1:i + 2] == ["5"] else 5
            print(";".join(params[i:i + n])); i += n; continue
        if p.isdigit() and (30 <= int(p) <= 37 or 40 <= int(p) <= 47 or 90 <= int(p) <= 97 or 100 <= int(p) <= 107):
            print(p)
        i += 1
PY
}
