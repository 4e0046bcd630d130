#!/usr/bin/env python3
"""`dossier export` of two builds side by side, runs interleaved so the machine's noise falls on both:
the bundled dossier, and a 1,000-article synthetic archive read from the files (--no-index).

    python3 Benchmarks/make-corpus.py 1000 /tmp/dossier-c1k
    python3 Benchmarks/export-side-by-side.py OLD/dossier NEW/dossier [ROUNDS_BUNDLED] [ROUNDS_1000]

Prints the median wall and CPU time of each and the ratio new/old.
"""
import resource, subprocess, sys, time, statistics
old, new = sys.argv[1], sys.argv[2]
cases = [("export, bundled dossier", ["export", "--format", "json", "-o", "/dev/null"], int(sys.argv[3]) if len(sys.argv) > 3 else 10),
         ("export, 1,000 synthetic (--no-index)", ["export", "--format", "json", "--no-index", "--corpus", "/tmp/dossier-c1k", "-o", "/dev/null"], int(sys.argv[4]) if len(sys.argv) > 4 else 3)]
def timed(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert r.returncode == 0, r.stderr[:300]
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
for name, args, rounds in cases:
    res = {old: [], new: []}
    for _ in range(rounds):
        for b in (old, new):
            res[b].append(timed([b] + args))
    ow = statistics.median(w for w, _ in res[old]); nw = statistics.median(w for w, _ in res[new])
    oc = statistics.median(c for _, c in res[old]); nc = statistics.median(c for _, c in res[new])
    print(f"{name} (median of {rounds}): wall {ow*1000:.0f} ms -> {nw*1000:.0f} ms ({nw/ow:.2f}x); CPU {oc*1000:.0f} ms -> {nc*1000:.0f} ms ({nc/oc:.2f}x)")
