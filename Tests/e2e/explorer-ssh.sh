#!/usr/bin/env bash
# The explorer over a real SSH session on loopback: a throwaway sshd on 127.0.0.1 and a high
# port, a real `ssh -tt` client in a tmux pane, the user story of the README: find the claim
# that a drone purchase is unlikely, see the later order update it, follow the link, come back, look at
# Serbia's relations, quit. The remote side gets no LANG, so it runs in the C locale and must
# draw ASCII. Prints SKIP and exits 0 only when no sshd can be had here.
# Usage: bash Tests/e2e/explorer-ssh.sh PATH/TO/dossier
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
dossier=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
export XDG_DATA_HOME="$scratch/data" SWIFT_BACKTRACE=interactive=no LANG=C.UTF-8
unset LC_ALL LC_CTYPE NO_COLOR
tm_init
started=$(now_ms)

skip() {
  echo "SKIP $(basename "$0"): $1"
  exit 0
}

# An SSH server and client: installed if missing and we may (root with apt-get).
if [ ! -x /usr/sbin/sshd ] || ! command -v ssh >/dev/null || ! command -v ssh-keygen >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing openssh-server and openssh-client with apt-get"
    if ! { DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        openssh-server openssh-client; } >"$scratch/apt.log" 2>&1; then
      skip "sshd is not installed and apt-get could not install it: $(tail -1 "$scratch/apt.log")"
    fi
  else
    skip "sshd is not installed and cannot be installed here (needs root and apt-get)"
  fi
fi
[ -x /usr/sbin/sshd ] || skip "no /usr/sbin/sshd after installing openssh-server"

# Throwaway keys and configuration; the server is ours and stops with the script.
ssh_dir="$scratch/ssh"
mkdir -p "$ssh_dir" /run/sshd
chmod 700 "$ssh_dir"
ssh-keygen -q -t ed25519 -N '' -f "$ssh_dir/host_key" -C dossier-e2e-host
ssh-keygen -q -t ed25519 -N '' -f "$ssh_dir/id" -C dossier-e2e-client
cp "$ssh_dir/id.pub" "$ssh_dir/authorized_keys"
user=$(id -un)
sshd_pid=""
at_exit 'if [ -n "$sshd_pid" ]; then kill "$sshd_pid" 2>/dev/null; wait "$sshd_pid" 2>/dev/null; fi'
# start_sshd PORT: runs sshd in the foreground (-D) in the background; 0 once it listens.
start_sshd() {
  cat >"$ssh_dir/sshd_config" <<EOF
ListenAddress 127.0.0.1
Port $1
HostKey $ssh_dir/host_key
PidFile none
UsePAM no
StrictModes no
AuthorizedKeysFile $ssh_dir/authorized_keys
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
AcceptEnv LANG LC_*
PrintMotd no
PrintLastLog no
EOF
  /usr/sbin/sshd -D -e -f "$ssh_dir/sshd_config" 2>"$ssh_dir/sshd.log" &
  sshd_pid=$!
  local deadline=$(($(now_ms) + wait_seconds * 1000))
  while [ "$(now_ms)" -lt "$deadline" ]; do
    grep -q "Server listening on 127.0.0.1 port $1" "$ssh_dir/sshd.log" && return 0
    kill -0 "$sshd_pid" 2>/dev/null || break
    sleep 0.05
  done
  kill "$sshd_pid" 2>/dev/null; wait "$sshd_pid" 2>/dev/null
  sshd_pid=""
  return 1
}
port=""
for attempt in 1 2 3 4 5; do
  candidate=$((20000 + RANDOM % 40000))
  if start_sshd "$candidate"; then port=$candidate; break; fi
  # Only a port in use is worth another try.
  grep -q "Address already in use" "$ssh_dir/sshd.log" || break
done
[ -n "$port" ] || skip "sshd does not start here: $(grep -v '^debug' "$ssh_dir/sshd.log" | tail -2 | tr '\n' ' ')"
echo "sshd listening on 127.0.0.1:$port (pid $sshd_pid)"

# No user or system ssh_config (-F /dev/null): nothing forwards LANG unless asked.
ssh_base=(ssh -F /dev/null -p "$port" -i "$ssh_dir/id" -o BatchMode=yes -o IdentitiesOnly=yes
  -o StrictHostKeyChecking=accept-new -o UserKnownHostsFile="$ssh_dir/known_hosts" -o LogLevel=ERROR)
if "${ssh_base[@]}" -T "$user@127.0.0.1" true </dev/null >"$scratch/probe.out" 2>&1; then
  pass "ssh logs in to the throwaway sshd"
else
  fail "ssh logs in to the throwaway sshd" "$(tail -3 "$scratch/probe.out") / $(tail -3 "$ssh_dir/sshd.log")"
  summary; exit
fi

# remote TAG: the command for the far side: notes its pid, the SSH client's address and LANG in
# $scratch/TAG.remote (loopback: the same file system), then becomes the explorer (judgements
# in the scratch folder, not the remote user's).
remote() {
  echo "echo \$\$ \${SSH_CONNECTION%% *} \${LANG:-unset} >'$scratch/$1.remote';" \
    "XDG_DATA_HOME='$scratch/data' SWIFT_BACKTRACE=interactive=no exec '$dossier'"
}

# ---------------------------------------------------------------------------------------------
# The user story, at 80x24, remote in the C locale.
tm_open ssh 80 24 "${ssh_base[@]}" -tt "$user@127.0.0.1" "$(remote ssh)"
expect_screen "the explorer opens over SSH" ssh "Articles (5"
expect_screen_gone "the analysis finishes" ssh "analysing"
expect_ascii "remote C locale: the list is ASCII" "$scratch/ssh.screen"
expect_in "remote C locale: an ASCII title bar" "$scratch/ssh.screen" "Dossier . Articles (5"
read -r _ remote_from remote_lang <"$scratch/ssh.remote" 2>/dev/null
if [ "${remote_from:-}" = 127.0.0.1 ] && [ "${remote_lang:-}" = unset ]; then
  pass "it runs on the remote side, with no LANG"
else
  fail "it runs on the remote side, with no LANG" "remote saw: $(cat "$scratch/ssh.remote" 2>/dev/null)"
fi
keys_text ssh "/unlikely"
expect_screen "the search counts the hit as you type" ssh "/unlikely  (1 hit in 1 article)"
keys ssh Enter
expect_screen "search finds the claim that a drone purchase is unlikely" ssh "Claim 000:30 . speculative (unlikely)"
expect_in "the drone purchase is on screen" "$scratch/ssh.screen" "unlikely to happen"
keys ssh Enter
expect_screen "Enter shows its cross-references" ssh "Cross-references of 000:30"
expect_screen "a later report updates it" ssh "UPDATED BY"
expect_screen "by the drone order" ssh "ordered 20,000 Shahed-136 drones"
expect_ascii "remote C locale: the cross-references are ASCII" "$scratch/ssh.screen"
keys ssh Enter
expect_screen "Enter follows the link to the order" ssh "Claim 002:10 ."
keys ssh h
expect_screen "h comes back to the cross-references" ssh "Cross-references of 000:30"
keys ssh h
expect_screen "h comes back to the unlikely claim" ssh "Claim 000:30 . speculative (unlikely)"
keys ssh r
expect_screen "r shows Serbia's relations" ssh "Relations of Serbia"
expect_screen "Iran is among them" ssh "[Iran]"
expect_ascii "remote C locale: the graph is ASCII" "$scratch/ssh.screen"
keys ssh Q
expect_exit "ssh session ending with Q" ssh 0

# LANG forwarded (SendEnv, accepted by AcceptEnv): the same binary draws UTF-8.
tm_open sshutf 80 24 "${ssh_base[@]}" -tt -o SendEnv=LANG "$user@127.0.0.1" "$(remote sshutf)"
expect_screen "with LANG=C.UTF-8 forwarded it draws UTF-8" sshutf "Dossier · Articles (5"
keys sshutf Q
expect_exit "ssh session with LANG forwarded" sshutf 0

# A dropped link: the client dies; the remote explorer gets SIGHUP and must end, not spin.
tm_open sshdrop 80 24 "${ssh_base[@]}" -tt "$user@127.0.0.1" "$(remote sshdrop)"
if wait_screen sshdrop "Articles (5" && [ -s "$scratch/sshdrop.remote" ]; then
  read -r remote_pid _ <"$scratch/sshdrop.remote"
  kill -TERM "$(cat "$scratch/sshdrop.pid")"
  deadline=$(($(now_ms) + wait_seconds * 1000))
  while running "$remote_pid" && [ "$(now_ms)" -lt "$deadline" ]; do sleep 0.02; done
  if running "$remote_pid"; then
    fail "a dropped link ends the remote explorer" "pid $remote_pid still running: $(ps -o stat=,pcpu=,comm= -p "$remote_pid")"
    kill -KILL "$remote_pid"
  else
    pass "a dropped link ends the remote explorer"
  fi
  # Nothing can take the alternate screen down across a dead link; ssh itself puts the local
  # terminal's modes back and says 255.
  if wait_exit sshdrop && [ "$(cat "$scratch/sshdrop.status")" = 255 ] &&
    cmp -s "$scratch/sshdrop.before" "$scratch/sshdrop.after"; then
    pass "the killed client exits 255 with the local stty restored"
  else
    fail "the killed client exits 255 with the local stty restored" \
      "status $(cat "$scratch/sshdrop.status" 2>/dev/null); stty $(cat "$scratch/sshdrop.before") -> $(cat "$scratch/sshdrop.after" 2>/dev/null)"
  fi
else
  fail "a dropped link ends the remote explorer" "the explorer did not open"; show_screen sshdrop
fi

echo "explorer-ssh.sh took $(($(now_ms) - started)) ms"
summary
