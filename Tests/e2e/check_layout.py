#!/usr/bin/env python3
"""Checks a `dossier graph --layout-json` file against the drawing rules, independently of the
Swift code that made it: fits the size, boxes never overlap, every edge is a connected path
from beside its source box to beside its target box and never enters a box, labels overlap
neither boxes nor each other. Prints one line per problem; exit status 1 if any.
Usage: check_layout.py LAYOUT.json [DRAWING.txt]"""
import json
import sys
import unicodedata


def width(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in text)


def main():
    layout = json.load(open(sys.argv[1], encoding="utf-8"))
    W, H = layout["width"], layout["height"]
    boxes = {n["id"]: n for n in layout["nodes"]}
    problems = []

    def inside(box, x, y):
        return box["x"] <= x < box["x"] + box["w"] and box["y"] <= y < box["y"] + box["h"]

    def beside(box, x, y):
        if inside(box, x, y):
            return False
        column = x in (box["x"] - 1, box["x"] + box["w"]) and box["y"] <= y < box["y"] + box["h"]
        row = y in (box["y"] - 1, box["y"] + box["h"]) and box["x"] <= x < box["x"] + box["w"]
        return column or row

    for b in boxes.values():
        if b["x"] < 0 or b["y"] < 0 or b["x"] + b["w"] > W or b["y"] + b["h"] > H:
            problems.append(f"box {b['id']} outside {W}x{H}")
    items = list(boxes.values())
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            if a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"] and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]:
                problems.append(f"boxes {a['id']} and {b['id']} overlap")
    labels = []
    for e in layout["edges"]:
        name = f"{e['source']}->{e['target']} {e['type']}"
        cells = e["cells"]
        if not cells:
            problems.append(f"{name}: no cells")
            continue
        if e["source"] not in boxes or e["target"] not in boxes:
            problems.append(f"{name}: joins a node that is not drawn")
            continue
        if not beside(boxes[e["source"]], *cells[0]):
            problems.append(f"{name}: does not start beside its source")
        if not beside(boxes[e["target"]], *cells[-1]):
            problems.append(f"{name}: does not end beside its target")
        for (x1, y1), (x2, y2) in zip(cells, cells[1:]):
            if abs(x1 - x2) + abs(y1 - y2) != 1:
                problems.append(f"{name}: jumps at {x1},{y1}")
                break
        for x, y in cells:
            if not (0 <= x < W and 0 <= y < H):
                problems.append(f"{name}: leaves the drawing at {x},{y}")
                break
            hit = [b for b in boxes.values() if inside(b, x, y)]
            if hit:
                problems.append(f"{name}: runs through {hit[0]['id']} at {x},{y}")
                break
        if e.get("label") and e["label"] not in labels:
            labels.append(e["label"])
    for i, l in enumerate(labels):
        lw = width(l["text"])
        if l["x"] < 0 or l["x"] + lw > W or not 0 <= l["y"] < H:
            problems.append(f"label {l['text']!r} does not fit")
        for b in boxes.values():
            if b["y"] <= l["y"] < b["y"] + b["h"] and l["x"] < b["x"] + b["w"] and b["x"] < l["x"] + lw:
                problems.append(f"label {l['text']!r} overlaps box {b['id']}")
        for m in labels[i + 1:]:
            if m["y"] == l["y"] and m["x"] < l["x"] + lw and l["x"] < m["x"] + width(m["text"]):
                problems.append(f"labels {l['text']!r} and {m['text']!r} overlap")
    if len(sys.argv) > 2:
        rows = open(sys.argv[2], encoding="utf-8").read().split("\n")
        if rows and rows[-1] == "":
            rows.pop()
        if len(rows) > H:
            problems.append(f"{len(rows)} rows drawn, height {H}")
        for i, row in enumerate(rows):
            if width(row) > W:
                problems.append(f"row {i} is {width(row)} wide, over {W}")
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)


main()
