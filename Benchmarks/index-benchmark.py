#!/usr/bin/env python3
"""Scale benchmark of the index: build, update, search and the explorer's first frame.

For each archive size (synthetic archives from make-corpus.py, written once under --work):

  * `dossier index DIR --rebuild`: wall time, MB/s of article text, peak memory (RSS);
  * `dossier index DIR` after appending a sentence to one file: wall time;
  * `dossier search WORD --corpus DIR` for a few words: median and p95 wall time of the whole
    command (process start, index freshness check, query, output), against `rg -i -w WORD DIR`
    (ripgrep scanning the same files for the same word): the ratio is rg / dossier; then
    the same with `dossier index DIR --watch` running, which answers for the files;
  * with `SearchBenchmark` built (`swift build -c release --product SearchBenchmark`), the same
    words queried in process (no process start or freshness check), top 20 and the explorer's
    `/`, and ripgrep's time over the top-20 query's;
  * the explorer on a pseudo-terminal (80x24): time from spawn to the first frame showing the
    article list, median of several runs.

Usage:
    python3 Benchmarks/index-benchmark.py [--binary .build/release/dossier]
        [--sizes 1000,10000] [--work /tmp/dossier-bench] [--runs 21] [--cold]

Prints one block per size; copy the figures into BENCHMARKS.md. Needs ripgrep (`apt-get
install ripgrep`) for the comparison; without it that column is left out.
"""

import argparse
import fcntl
import os
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time

HERE = os.path.dirname(os.path.abspath(__file__))
WORDS = ["Shahed", "Belgrade", "drones", "sanctions"]


def timed(command, **kwargs):
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed ({result.returncode}): {result.stderr.decode()[:300]}")
    return elapsed


def peak(command):
    """Wall time and peak RSS (MB) of a command, from GNU time."""
    result = subprocess.run(
        ["/usr/bin/time", "-f", "%e %M"] + command,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, "CI": "true"})
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed: {result.stderr.decode()[-500:]}")
    seconds, kilobytes = result.stderr.decode().strip().splitlines()[-1].split()
    return float(seconds), int(kilobytes) / 1024


def percentiles(samples):
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered), p95


def first_frame(binary, corpus, marker, runs):
    """Seconds from spawn to the first frame containing `marker`, on an 80x24 pty."""
    times = []
    for _ in range(runs):
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        env = {**os.environ, "TERM": "xterm-256color", "LANG": "C.UTF-8"}
        start = time.perf_counter()
        process = subprocess.Popen(
            [binary, "--corpus", corpus], stdin=slave, stdout=slave, stderr=slave, env=env,
            start_new_session=True)
        os.close(slave)
        seen = b""
        elapsed = None
        while time.perf_counter() - start < 10:
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    seen += os.read(master, 65536)
                except OSError:
                    break
                if marker in seen:
                    elapsed = time.perf_counter() - start
                    break
        os.write(master, b"Q")
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
        os.close(master)
        if elapsed is None:
            sys.exit(f"no first frame with {marker!r}: {seen[-300:]!r}")
        times.append(elapsed)
    return statistics.median(times), min(times), max(times)


def corpus_bytes(folder):
    return sum(
        os.path.getsize(os.path.join(folder, name))
        for name in os.listdir(folder) if not name.startswith("."))


def drop_caches():
    os.sync()
    with open("/proc/sys/vm/drop_caches", "w") as handle:
        handle.write("3\n")


def watching(binary, corpus):
    """Runs `dossier index CORPUS --watch` for the duration of a `with` block."""
    import contextlib

    @contextlib.contextmanager
    def running():
        watcher = subprocess.Popen([binary, "index", corpus, "--watch"], stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL, text=True)
        try:
            for line in watcher.stdout:
                if line.startswith("Watching"):
                    break
            yield
        finally:
            watcher.send_signal(signal.SIGINT)
            watcher.wait(timeout=30)

    return running()


def bench(binary, size, work, runs, cold=False):
    corpus = os.path.join(work, f"archive-{size}")
    if not os.path.isdir(corpus):
        subprocess.run([sys.executable, os.path.join(HERE, "make-corpus.py"), str(size), corpus],
                       check=True)
    megabytes = corpus_bytes(corpus) / 1e6
    print(f"== {size} articles, {megabytes:.1f} MB ({corpus})")

    seconds, rss = peak([binary, "index", corpus, "--rebuild"])
    print(f"index build:       {seconds:.1f} s, {megabytes / seconds:.2f} MB/s, peak {rss:.0f} MB")
    index = os.path.join(corpus, ".dossier", "index.sqlite")
    print(f"index size:        {os.path.getsize(index) / 1e6:.0f} MB")

    edited = os.path.join(corpus, "00007.txt")
    with open(edited, "a", encoding="utf-8") as handle:
        handle.write("\nSerbia denied buying 12,000 Shahed drones from Iran in 2024.\n")
    seconds, rss = peak([binary, "index", corpus])
    print(f"re-index, 1 edit:  {seconds:.2f} s, peak {rss:.0f} MB")
    seconds, _ = peak([binary, "index", corpus])
    print(f"re-index, no edit: {seconds:.2f} s")

    rg = shutil.which("rg")
    rg_medians = {}

    def search_rows(label):
        for word in WORDS:
            ours = [timed([binary, "search", word, "--corpus", corpus, "--limit", "20"])
                    for _ in range(runs)]
            median, p95 = percentiles(ours)
            line = f"{label} {word:<10} median {median * 1000:6.1f} ms, p95 {p95 * 1000:6.1f} ms"
            if rg:
                theirs = [timed([rg, "-i", "-w", word, corpus]) for _ in range(max(5, runs // 3))]
                rg_median, rg_p95 = percentiles(theirs)
                rg_medians.setdefault(word, rg_median)
                line += (f" | rg median {rg_median * 1000:6.1f} ms, p95 {rg_p95 * 1000:6.1f} ms"
                         f" | rg/dossier {rg_median / median:5.1f}x")
            print(line)

    search_rows("search")
    # With `dossier index DIR --watch` running, commands ask the watcher instead of checking
    # every file's size and time.
    with watching(binary, corpus):
        search_rows("watched search")

    # With the page cache dropped (root only): the archive as a server holds it when nobody
    # has read it lately. Each run starts cold.
    if cold:
        for word in WORDS[:2]:
            ours, theirs = [], []
            for _ in range(3):
                drop_caches()
                ours.append(timed([binary, "search", word, "--corpus", corpus, "--limit", "20"]))
                if rg:
                    drop_caches()
                    theirs.append(timed([rg, "-i", "-w", word, corpus]))
            line = f"cold search {word:<10} median {statistics.median(ours) * 1000:6.0f} ms"
            if theirs:
                line += (f" | rg median {statistics.median(theirs) * 1000:6.0f} ms"
                         f" | rg/dossier {statistics.median(theirs) / statistics.median(ours):4.1f}x")
            print(line)

    # Filtered by an actor: common (Serbia) and rarer (Vučić).
    for word, actor in [("drones", "Serbia"), ("Belgrade", "Vučić")]:
        ours = [timed([binary, "search", word, "--actor", actor, "--corpus", corpus, "--limit",
                       "20"]) for _ in range(max(5, runs // 3))]
        median, p95 = percentiles(ours)
        print(f"search {word} --actor {actor}: median {median * 1000:6.1f} ms, "
              f"p95 {p95 * 1000:6.1f} ms")

    # The query alone, in process (what the explorer's `/` pays), if the benchmark is built.
    in_process = os.path.join(os.path.dirname(binary), "SearchBenchmark")
    if os.path.exists(in_process):
        result = subprocess.run([in_process, corpus] + WORDS, capture_output=True, text=True)
        for line in result.stdout.splitlines():
            word = line.split()[0] if line.strip() else ""
            if word in rg_medians and "median" in line:
                query = float(line.split("median")[1].split("ms")[0])
                line += f" | rg/query {rg_medians[word] * 1000 / query:5.1f}x"
            print(line)

    median, fastest, slowest = first_frame(
        binary, corpus, f"Articles ({size:,}".replace(",", "").encode(), max(3, runs // 3))
    print(f"explorer first frame: median {median * 1000:.0f} ms ({fastest * 1000:.0f}-"
          f"{slowest * 1000:.0f})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=".build/release/dossier")
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--work", default="/tmp/dossier-bench")
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--cold", action="store_true",
                        help="also search with the page cache dropped (needs root)")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    os.makedirs(args.work, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores, {os.uname().sysname} {os.uname().release}")
    for size in (int(s) for s in args.sizes.split(",")):
        bench(binary, size, args.work, args.runs, args.cold)


if __name__ == "__main__":
    main()
