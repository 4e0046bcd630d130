#!/usr/bin/env python3
"""Draws the bundled dossier's graph with `dossier graph` and with graph-easy (Debian package
libgraph-easy-perl), the reference text-graph tool, and prints size, crossings, edges drawn
and time side by side. Usage: python3 Benchmarks/compare-graph-easy.py PATH/TO/dossier"""
import json
import os
import subprocess
import sys
import tempfile
import time

dossier = sys.argv[1]
work = tempfile.mkdtemp()


def run(args, **kw):
    start = time.perf_counter()
    result = subprocess.run(args, capture_output=True, text=True, **kw)
    return result, time.perf_counter() - start


def width(text):
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def crossings(layout):
    horizontal, vertical = {}, {}
    paths = []
    for e in layout["edges"]:
        if e["cells"] not in paths:
            paths.append(e["cells"])
    for i, p in enumerate(paths):
        for (a, b, c) in zip(p, p[1:], p[2:]):
            if a[1] == b[1] == c[1]:
                horizontal[tuple(b)] = i
            if a[0] == b[0] == c[0]:
                vertical[tuple(b)] = i
    return sum(1 for cell, i in horizontal.items() if cell in vertical and vertical[cell] != i)


edges = json.loads(run([dossier, "export"])[0].stdout)["edges"]
names = {e["id"]: e["name"] for e in json.loads(run([dossier, "export"])[0].stdout)["entities"]}


def graph_easy(selected, path):
    lines = []
    for e in selected:
        arrow = "--" if e["type"] in ("diplomatic", "economic", "energy", "military_cooperation", "conflict") else "-->"
        label = ("not " if e["negated"] else "") + e["type"]
        lines.append(f"[ {names[e['source']]} ] {arrow} {{ label: {label}; }} [ {names[e['target']]} ]")
    open(path, "w").write("\n".join(lines) + "\n")
    result, seconds = run(["graph-easy", "--as=boxart", path])
    text = result.stdout.rstrip("\n").split("\n")
    drawn_width = max(width(r) for r in text) if text else 0
    return drawn_width, len(text), text.count("┼") + sum(r.count("┼") for r in text), seconds


def report(name, selected, dossier_args):
    ge = graph_easy(selected, os.path.join(work, name + ".txt"))
    layout_file = os.path.join(work, name + ".json")
    result, seconds = run([dossier, "graph", *dossier_args, "--layout-json", layout_file])
    layout = json.load(open(layout_file))
    rows = result.stdout.rstrip("\n").split("\n")
    print(f"{name}: {len(selected)} relations")
    print(f"  graph-easy: {ge[0]}x{ge[1]}, {ge[2]} crossings, {ge[3]*1000:.0f} ms")
    print(f"  dossier:    {max(width(r) for r in rows)}x{len(rows)} (asked {layout['width']}x{layout['height']}), "
          f"{crossings(layout)} crossings, {len(layout['edges'])} edges drawn, {seconds*1000:.0f} ms (whole command)")


serbia = [e for e in edges if "serbia" in (e["source"], e["target"])]
report("Serbia ego view", serbia, ["--focus", "Serbia", "--width", "80", "--height", "24"])
report("whole dossier", edges, ["--overview", "--width", "200", "--height", "60"])
