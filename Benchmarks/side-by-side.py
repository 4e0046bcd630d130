#!/usr/bin/env python3
"""Two builds of Dossier side by side, in one run, interleaved so the machine's noise falls on both.

For each build folder (holding `dossier`, and `ExplorerBenchmark` and `SearchBenchmark` when they
were built: `swift build -c release --product ExplorerBenchmark`, likewise SearchBenchmark):

  * the index build of a synthetic archive (`dossier index DIR --rebuild`): wall and user CPU;
  * `dossier search WORD --corpus DIR` on a current index, the whole process: median wall time;
  * the explorer's first frame on the bundled dossier (ExplorerBenchmark's figure (a));
  * a query in process (SearchBenchmark, the top-20 median for each word).

Usage:
    python3 Benchmarks/side-by-side.py OLD_DIR NEW_DIR [--articles 1000] [--rounds 3]
        [--work /tmp/dossier-side-by-side]

Prints one line per figure: old, new and new/old. Numbers only.
"""

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
WORDS = ["Shahed", "Belgrade", "drones"]


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, **kwargs)


def timed(command):
    """Wall seconds and the child's user CPU seconds of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
    start = time.perf_counter()
    result = run(command)
    wall = time.perf_counter() - start
    user = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime - before
    if result.returncode != 0:
        sys.exit(f"side-by-side: {' '.join(command)} failed: {result.stderr.strip()[:200]}")
    return wall, user


def first_frame(build):
    tool = os.path.join(build, "ExplorerBenchmark")
    if not os.path.exists(tool):
        return None
    out = run([tool]).stdout
    match = re.search(r"total to first frame\s+([\d.]+)", out)
    return float(match.group(1)) if match else None


def in_process(build, corpus):
    tool = os.path.join(build, "SearchBenchmark")
    if not os.path.exists(tool):
        return None
    out = run([tool, corpus] + WORDS).stdout
    # The first figure after each word is its top-20 median (ms).
    figures = []
    for word in WORDS:
        match = re.search(rf"^{word}\s+top 20.*?median\s+([\d.]+) ms", out, re.M)
        if match:
            figures.append(float(match.group(1)))
    return sum(figures) if figures else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--work", default="/tmp/dossier-side-by-side")
    args = parser.parse_args()
    builds = {"old": args.old, "new": args.new}

    corpus = os.path.join(args.work, f"corpus-{args.articles}")
    if not os.path.isdir(corpus):
        os.makedirs(args.work, exist_ok=True)
        subprocess.run(
            [sys.executable, os.path.join(HERE, "make-corpus.py"), str(args.articles), corpus],
            check=True, capture_output=True)
    figures = {name: {"build wall": [], "build user": [], "search": [], "frame": [], "query": []}
               for name in builds}
    for _ in range(args.rounds):
        for name, build in builds.items():
            copy = os.path.join(args.work, f"index-{name}")
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(corpus, copy)
            wall, user = timed([os.path.join(build, "dossier"), "index", copy, "--rebuild"])
            figures[name]["build wall"].append(wall)
            figures[name]["build user"].append(user)
            searches = []
            for _ in range(15):
                for word in WORDS:
                    wall, _ = timed(
                        [os.path.join(build, "dossier"), "search", word, "--corpus", copy])
                    searches.append(wall * 1000)
            figures[name]["search"].append(statistics.median(searches))
            frame = first_frame(build)
            if frame is not None:
                figures[name]["frame"].append(frame)
            query = in_process(build, copy)
            if query is not None:
                figures[name]["query"].append(query)

    labels = {
        "build wall": f"index build of {args.articles} articles, wall s",
        "build user": f"index build of {args.articles} articles, user CPU s",
        "search": "dossier search WORD (whole process), median ms",
        "frame": "explorer first frame, bundled dossier, ms",
        "query": f"query in process, top 20, {'+'.join(WORDS)}, ms",
    }
    print(f"{'figure (median of rounds)':<58} {'old':>9} {'new':>9} {'new/old':>8}")
    for key, label in labels.items():
        old, new = figures["old"][key], figures["new"][key]
        if not old or not new:
            continue
        a, b = statistics.median(old), statistics.median(new)
        print(f"{label:<58} {a:>9.2f} {b:>9.2f} {b / a:>8.2f}")


if __name__ == "__main__":
    main()
