#!/usr/bin/env bash
# Installs, from Debian's packages, whatever the build and the tests need and the machine lacks:
# the C libraries the binary links (ncursesw, SQLite), Python's jsonschema (the export schema
# tests), Graphviz's dot (the graph tests), tmux and OpenSSH (the explorer's end-to-end tests).
# Does nothing when all is there. Needs root or sudo when something is missing.
# Usage: bash scripts/install-deps.sh
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

missing=()
command -v tmux >/dev/null || missing+=(tmux)
command -v sshd >/dev/null || [ -x /usr/sbin/sshd ] || missing+=(openssh-server)
command -v ssh >/dev/null || missing+=(openssh-client)
[ -e /usr/include/ncursesw/curses.h ] || missing+=(libncurses-dev)
[ -e /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
command -v python3 >/dev/null && python3 -c 'import jsonschema' 2>/dev/null ||
  missing+=(python3 python3-jsonschema)
command -v dot >/dev/null || missing+=(graphviz)
((${#missing[@]})) || exit 0

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null; then
  as_root=(sudo -n DEBIAN_FRONTEND=noninteractive)
else
  echo "install-deps: missing ${missing[*]}, and neither root nor sudo to install them" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null; then
  echo "install-deps: missing ${missing[*]}; install them with your system's package manager" >&2
  exit 1
fi
echo "install-deps: installing ${missing[*]}" >&2
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q "${missing[@]}"
