#!/usr/bin/env python3
"""The explorer in a real pseudo-terminal: time to the first frame, and bytes per key.

Runs the real binary (default .build/release/dossier; build it with
`swift build -c release --product dossier`) on a pty of 80x24 with TERM=xterm-256color and
LANG=C.UTF-8, and measures:

  (a) the time from spawn until the first frame is drawn (the output contains "Articles (5"),
      median of several runs;
  (b) after opening the first article (Enter) and letting the output go quiet, the bytes the
      explorer writes to the terminal for each one-line scroll (j), next claim (]) and page
      down (Space), one key at a time, waiting for quiet after each; then Q.

"Quiet" is no output for 150 ms; every wait gives up after 5 s. Usage:

    python3 Benchmarks/explorer-bytes.py [path/to/dossier] [--runs N] [--size 80x24]
"""

import argparse
import fcntl
import os
import select
import signal
import statistics
import struct
import sys
import termios
import time

QUIET = 0.150
DEADLINE = 5.0
MARKER = b"Articles (5"


class Explorer:
    """The binary on a fresh pty, with its output read as it comes."""

    def __init__(self, binary, columns, rows):
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("NO_COLOR", "LC_ALL", "LC_CTYPE", "COLUMNS", "LINES")
        }
        env.update(TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
        self.started = time.monotonic()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(master)
                os.setsid()
                fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
                for fd in (0, 1, 2):
                    os.dup2(slave, fd)
                if slave > 2:
                    os.close(slave)
                os.execve(binary, [binary], env)
            finally:
                os._exit(127)
        os.close(slave)
        self.pid = pid
        self.fd = master
        self.output = bytearray()
        self.closed = False
        self.status = None

    def read(self, timeout):
        """Reads what arrives within `timeout` seconds; returns the bytes (b"" if none)."""
        if self.closed:
            time.sleep(max(0.0, timeout))
            return b""
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return b""
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:  # EIO: the child closed the terminal
            chunk = b""
        if not chunk:
            self.closed = True
            return b""
        self.output += chunk
        return chunk

    def wait_for(self, marker, deadline=DEADLINE):
        """Reads until `marker` is in the output; returns the time since spawn, or None."""
        end = time.monotonic() + deadline
        while marker not in self.output:
            if time.monotonic() > end or self.closed:
                return None
            self.read(end - time.monotonic())
        return time.monotonic() - self.started

    def quiet(self, quiet=QUIET, deadline=DEADLINE):
        """Reads until nothing arrives for `quiet` seconds; returns the bytes read meanwhile."""
        start = len(self.output)
        end = time.monotonic() + deadline
        last = time.monotonic()
        while time.monotonic() < end and not self.closed:
            remaining = quiet - (time.monotonic() - last)
            if remaining <= 0:
                break
            if self.read(min(remaining, end - time.monotonic())):
                last = time.monotonic()
        return len(self.output) - start

    def settle_after_first_frame(self):
        """Waits out the redraw that follows the background analysis: quiet after a second
        burst of output, or quiet once 2 s have passed since the first frame."""
        first = time.monotonic()
        end = first + DEADLINE
        bursts = 1
        last = time.monotonic()
        gap_seen = False
        while time.monotonic() < end and not self.closed:
            chunk = self.read(0.02)
            now = time.monotonic()
            if chunk:
                if gap_seen:
                    bursts += 1
                    gap_seen = False
                last = now
            elif now - last > 0.05:
                gap_seen = True
            if now - last >= QUIET and (bursts >= 2 or now - first > 2.0):
                break

    def send(self, data):
        os.write(self.fd, data)

    def key(self, data):
        """Sends one key and returns the bytes written until the output goes quiet."""
        self.send(data)
        return self.quiet()

    def finish(self):
        """Q, then waits for the exit; kills the child if it does not leave in time."""
        if not self.closed:
            try:
                self.send(b"Q")
            except OSError:
                pass
        end = time.monotonic() + DEADLINE
        while time.monotonic() < end:
            self.read(0.05)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = status
                break
        else:
            os.kill(self.pid, signal.SIGKILL)
            _, self.status = os.waitpid(self.pid, 0)
        os.close(self.fd)
        return self.status


def summary(values):
    if not values:
        return "-", "-", "-"
    return (
        f"{statistics.median(values):.0f}",
        f"{min(values)}",
        f"{max(values)}",
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary", nargs="?", default=".build/release/dossier")
    parser.add_argument("--runs", type=int, default=7, help="first-frame runs (default 7)")
    parser.add_argument("--size", default="80x24", help="terminal size (default 80x24)")
    options = parser.parse_args()
    binary = os.path.abspath(options.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"no executable at {binary}; swift build -c release --product dossier")
    columns, rows = (int(part) for part in options.size.split("x"))

    # (a) Time to the first frame.
    firsts = []
    first_bytes = []
    for _ in range(options.runs):
        explorer = Explorer(binary, columns, rows)
        elapsed = explorer.wait_for(MARKER)
        if elapsed is None:
            print(f"no first frame within {DEADLINE:.0f} s; output so far:", file=sys.stderr)
            print(bytes(explorer.output[-500:]), file=sys.stderr)
        else:
            firsts.append(elapsed * 1000)
            explorer.settle_after_first_frame()
            first_bytes.append(len(explorer.output))
        explorer.finish()

    # (b) Bytes per key in the reader.
    explorer = Explorer(binary, columns, rows)
    if explorer.wait_for(MARKER) is None:
        sys.exit("the explorer drew no first frame")
    explorer.settle_after_first_frame()
    opened = explorer.key(b"\r")
    scrolls = [explorer.key(b"j") for _ in range(20)]
    claims = [explorer.key(b"]") for _ in range(10)]
    pages = [explorer.key(b" ") for _ in range(5)]
    before_quit = len(explorer.output)
    status = explorer.finish()
    teardown = len(explorer.output) - before_quit

    print(f"dossier explorer on a {columns}x{rows} pty ({binary})")
    print()
    if firsts:
        print(
            f"(a) first frame: median {statistics.median(firsts):.1f} ms"
            f" (min {min(firsts):.1f}, max {max(firsts):.1f}; {len(firsts)} runs);"
            f" {statistics.median(first_bytes):.0f} bytes until the analysed frame settled"
        )
    else:
        print("(a) first frame: never seen")
    print()
    print("(b) bytes written per key, one key at a time")
    print(f"    {'key':<24}{'count':>6}{'median':>9}{'min':>7}{'max':>7}")
    rows_out = [
        ("Enter (open article)", [opened]),
        ("j (one line down)", scrolls),
        ("] (next claim)", claims),
        ("Space (page down)", pages),
        ("Q (quit, teardown)", [teardown]),
    ]
    for label, values in rows_out:
        median, low, high = summary(values)
        print(f"    {label:<24}{len(values):>6}{median:>9}{low:>7}{high:>7}")
    if status is not None and os.WIFEXITED(status):
        print(f"\nexit status {os.WEXITSTATUS(status)}")
    elif status is not None and os.WIFSIGNALED(status):
        print(f"\nkilled by signal {os.WTERMSIG(status)}")


if __name__ == "__main__":
    main()
