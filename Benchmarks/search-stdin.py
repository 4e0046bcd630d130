#!/usr/bin/env python3
"""Searching in a loop: N queries through one `dossier search --stdin` process against N
`dossier search` processes, on the same indexed folder. Prints queries per second for both.

The --stdin process is driven as a script would drive it: one query written, its JSON line
read, then the next, so each figure includes the round trip through the pipe.

Usage:
    python3 Benchmarks/search-stdin.py [--binary .build/release/dossier]
        [--folder /tmp/dossier-stdin-1k] [--articles 1000] [--queries 200]

The folder is made with make-corpus.py and indexed when it is not there yet.
"""

import argparse
import json
import os
import subprocess
import sys
import time

WORDS = [
    "Shahed", "Belgrade", "drone*", "Tehran", "\"arms embargo\"", "sanctions", "missile*",
    "Vucic", "minister", "contract", "Serbia", "Iran", "export*", "delivery", "military",
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=".build/release/dossier")
    parser.add_argument("--folder", default="/tmp/dossier-stdin-1k")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--queries", type=int, default=200)
    options = parser.parse_args()
    binary = os.path.abspath(options.binary)
    here = os.path.dirname(os.path.abspath(__file__))

    if not os.path.isdir(options.folder):
        subprocess.run(
            [sys.executable, os.path.join(here, "make-corpus.py"), str(options.articles),
             options.folder], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([binary, "index", options.folder], check=True, stdout=subprocess.DEVNULL)
    queries = [WORDS[i % len(WORDS)] for i in range(options.queries)]

    # N processes, one query each.
    start = time.perf_counter()
    for query in queries:
        subprocess.run(
            [binary, "search", query, "--corpus", options.folder, "--format", "json"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    processes = time.perf_counter() - start

    # One process, a query at a time through the pipe.
    start = time.perf_counter()
    child = subprocess.Popen(
        [binary, "search", "--stdin", "--corpus", options.folder],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
    answered = 0
    for query in queries:
        child.stdin.write(query + "\n")
        child.stdin.flush()
        answer = json.loads(child.stdout.readline())
        if "hits" in answer:
            answered += 1
    child.stdin.close()
    child.wait()
    piped = time.perf_counter() - start

    n = len(queries)
    print(f"{n} queries on {options.folder} ({answered} answered through --stdin)")
    print(f"  {n} processes of `dossier search`: {n / processes:9.1f} queries/s"
          f" ({processes / n * 1000:.2f} ms each)")
    print(f"  one `dossier search --stdin`:     {n / piped:9.1f} queries/s"
          f" ({piped / n * 1000:.2f} ms each)")
    print(f"  ratio: {processes / piped:.1f}x")


if __name__ == "__main__":
    main()
