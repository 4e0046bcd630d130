#!/usr/bin/env python3
"""Score Dossier's analysis against a hand-labelled gold folder. Standard library only.

    scripts/score-analysis.py DOSSIER_BINARY GOLD_DIR [--corpus DIR] [--export FILE]

GOLD_DIR holds relations.tsv, links.tsv, dates.tsv, people.tsv, attribution.tsv, copies.tsv (any may be
missing; parts labelled apart, relations-a.tsv, relations-b.tsv, ..., are merged) and, unless --corpus is
given, the articles in GOLD_DIR/articles (the development set: Tests/gold/dev --corpus assets/articles). The script runs
`DOSSIER_BINARY export --format json --corpus DIR` (or reads --export FILE), matches gold sentences to
exported sentences by their opening words, and prints precision / recall / F1 or accuracy per task.
It prints numbers and never asserts: fields the export lacks (link kind `updates`, article `dated`, a
sentence's copy source, edge modality) are scored as misses, not errors.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import unicodedata

MUTUAL = {"diplomatic", "economic", "energy", "military_cooperation", "conflict"}


def fold(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = text.replace("\u2014", "-").replace("\u2013", "-")
    return re.sub(r"\s+", " ", text).strip().lower()


def words(text):
    return re.findall(r"[a-z0-9]+", fold(text))


def read_tsv(path):
    if not os.path.exists(path):
        return None
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


def read_gold(folder, name):
    """Rows of NAME.tsv and of every NAME*.tsv beside it (relations-a.tsv, relations-b.tsv: parts labelled
    apart are merged), in file-name order; None when there is no such file."""
    stem, ext = os.path.splitext(name)
    try:
        files = sorted(f for f in os.listdir(folder) if f.startswith(stem) and f.endswith(ext))
    except OSError:
        return None
    parts = [read_tsv(os.path.join(folder, f)) for f in files]
    parts = [p for p in parts if p is not None]
    if not parts:
        return None
    return [r for p in parts for r in p]


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    f = 2 * p * r / (p + r) if tp and p == p and r == r else (0.0 if tp + fp and tp + fn else float("nan"))
    return p, r, f


def fmt(x):
    return "  n/a" if x != x else f"{x:5.2f}"


def line(label, tp, fp, fn, note=""):
    p, r, f = prf(tp, fp, fn)
    print(f"  {label:<44} P {fmt(p)}  R {fmt(r)}  F1 {fmt(f)}   (tp {tp}, fp {fp}, fn {fn}){note}")


def acc(label, right, total, note=""):
    a = right / total if total else float("nan")
    print(f"  {label:<44} {fmt(a)}   ({right}/{total}){note}")


class Export:
    def __init__(self, data):
        self.data = data
        self.articles = {a["id"]: a for a in data.get("articles", [])}
        self.claims = {c["id"]: c for c in data.get("claims", [])}
        self.claim_at = {(c["article"], c["sentence"]): c for c in data.get("claims", [])}
        self.unmatched = []

    def article_id(self, name):
        if name in self.articles:
            return name
        for aid, a in self.articles.items():
            src = os.path.splitext(a.get("source", ""))[0]
            if src == name or os.path.basename(src) == name or aid.endswith("/" + name):
                return aid
        return None

    def sentence(self, article, opening):
        """Index of the sentence of `article` that begins with `opening` (compared as words)."""
        aid = self.article_id(article)
        if aid is None:
            self.unmatched.append((article, opening))
            return None
        want = words(opening)
        sents = self.articles[aid]["sentences"]
        for i, s in enumerate(sents):
            if words(s)[: len(want)] == want:
                return aid, i
        # The splitter may keep or drop a dateline, a quote mark or a lead-in: look near the start.
        for i, s in enumerate(sents):
            w = words(s)
            for k in range(0, min(8, len(w))):
                if w[k : k + len(want)] == want:
                    return aid, i
        self.unmatched.append((article, opening))
        return None


def load_gazetteer(root):
    path = os.path.join(root, "assets", "vocabulary", "actors.json")
    try:
        actors = json.load(open(path, encoding="utf-8"))["actors"]
    except (OSError, KeyError, ValueError):
        return {}
    return {a["id"]: a for a in actors}


def up_to_country(gaz, ident, persons_only):
    seen = set()
    while ident in gaz and ident not in seen:
        seen.add(ident)
        a = gaz[ident]
        if a.get("kind") == "country":
            return ident
        if persons_only and a.get("kind") != "person":
            return ident
        parent = a.get("affiliation")
        if not parent:
            return ident
        ident = parent
    return ident


def rel_key(sent, typ, src, tgt):
    if typ in MUTUAL:
        src, tgt = sorted([src, tgt])
    return (sent, typ, src, tgt)


def predicted_relations(ex):
    """(sentence, type, source, target) -> modality, from claims' relation_details (or edges)."""
    out = {}
    details = any("relation_details" in c for c in ex.claims.values())
    if details:
        for c in ex.claims.values():
            for d in c.get("relation_details") or []:
                mod = d.get("modality")
                if mod is None:
                    mod = "negated" if d.get("negated") else ("speculative" if c.get("modality") == "speculative" else "asserted")
                out.setdefault(((c["article"], c["sentence"]), d["type"], d["source"], d["target"]), mod)
    else:
        for e in ex.data.get("edges", []):
            for cid in e.get("claims", []):
                c = ex.claims.get(cid)
                if not c:
                    continue
                mod = e.get("modality") or ("negated" if e.get("negated") else ("speculative" if c.get("modality") == "speculative" else "asserted"))
                out.setdefault(((c["article"], c["sentence"]), e["type"], e["source"], e["target"]), mod)
    return out


def score_relations(ex, gold, gaz):
    print("Relations (every sentence of the gold articles is coded; a relation matches on sentence, type, source, target)")
    gold_articles = {ex.article_id(r[0]) for r in gold} - {None}
    pred_raw = predicted_relations(ex)
    for label, persons_only in (("ids (a person counts as their state)", True), ("by country (every actor up to its state)", False)):
        norm = lambda i: up_to_country(gaz, i, persons_only)
        g = {}
        for r in gold:
            s = ex.sentence(r[0], r[1])
            if s is None:
                continue
            g[rel_key(s, r[2], norm(r[3]), norm(r[4]))] = r[5]
        p = {}
        for (s, t, a, b), m in pred_raw.items():
            if s[0] in gold_articles:
                p.setdefault(rel_key(s, t, norm(a), norm(b)), m)
        tp = len(set(g) & set(p))
        line(f"relations, {label}", tp, len(p) - tp, len(g) - tp)
        tpm = sum(1 for k in set(g) & set(p) if p[k] == g[k] or (g[k] == "speculative-negated" and p[k] in ("negated", "speculative")))
        line("  ... and the same modality", tpm, len(p) - tpm, len(g) - tpm)
        if persons_only:
            by_mod = collections.Counter(g.values())
            found = collections.Counter(g[k] for k in set(g) & set(p))
            for m in sorted(by_mod):
                acc(f"  recall of gold {m} relations", found[m], by_mod[m])
            by_type_g = collections.Counter(k[1] for k in g)
            by_type_tp = collections.Counter(k[1] for k in set(g) & set(p))
            by_type_p = collections.Counter(k[1] for k in p)
            for t in sorted(set(by_type_g) | set(by_type_p)):
                tp_t = by_type_tp[t]
                line(f"  type {t}", tp_t, by_type_p[t] - tp_t, by_type_g[t] - tp_t)
            mods = [(g[k], p[k]) for k in set(g) & set(p)]
            acc("  modality right on matched relations", sum(1 for a, b in mods if a == b or (a == "speculative-negated" and b in ("negated", "speculative"))), len(mods))
            fps = sorted(set(p) - set(g), key=lambda k: (k[0], k[1]))
            if fps:
                print("    false positives (first 12):")
                for (s, t, a, b) in fps[:12]:
                    print(f"      {s[0]}:{s[1]} {t} {a}->{b} ({p[(s, t, a, b)]})  {ex.articles[s[0]]['sentences'][s[1]][:70]}")


def score_links(ex, gold, copies, rel_gold):
    print("Links (pairs unordered; unlabelled pairs are unjudged)")
    g = {}
    classes = {}
    for r in gold:
        a, b = ex.sentence(r[1], r[2]), ex.sentence(r[3], r[4])
        if a is None or b is None:
            continue
        k = frozenset([a, b])
        g[k] = r[0]
        classes[k] = r[5] if len(r) > 5 else ""
    copy_pairs = set()
    for r in copies or []:
        a, b = ex.sentence(r[0], r[1]), ex.sentence(r[2], r[3])
        if a and b:
            copy_pairs.add(frozenset([a, b]))
    gold_articles = {ex.article_id(r[1]) for r in gold} | {ex.article_id(r[3]) for r in gold}
    p = {}
    for l in ex.data.get("links", []):
        ca, cb = ex.claims.get(l["from"]), ex.claims.get(l["to"])
        if not ca or not cb or ca["article"] not in gold_articles:
            continue
        k = frozenset([(ca["article"], ca["sentence"]), (cb["article"], cb["sentence"])])
        p[k] = l["kind"]
    judged = {k: v for k, v in p.items() if k in g}
    right = sum(1 for k, v in judged.items() if g[k] == v)
    positives = {k: v for k, v in g.items() if v != "none"}
    found_kind = sum(1 for k, v in positives.items() if p.get(k) == v)
    found_any = sum(1 for k in positives if k in p)
    print(f"  predicted links among these articles: {len(p)}; judged {len(judged)}, unjudged {len(p) - len(judged) - len(set(p) & copy_pairs)}, between a copy and its source {len(set(p) & copy_pairs)}")
    acc("link precision on judged links (kind right)", right, len(judged))
    acc("link recall, kind right", found_kind, len(positives))
    acc("link recall, any kind", found_any, len(positives))
    for kind in ("corroborates", "contradicts", "elaborates", "updates"):
        gk = [k for k, v in g.items() if v == kind]
        pk = [k for k, v in p.items() if v == kind]
        tp = sum(1 for k in gk if p.get(k) == kind)
        fp_judged = sum(1 for k in pk if k in g and g[k] != kind)
        print(f"  {kind:<13} gold {len(gk):3}  predicted {len(pk):3}  right {tp:3}  wrong (judged) {fp_judged:3}  unjudged {sum(1 for k in pk if k not in g)}")
    pc = [k for k, v in p.items() if v == "contradicts"]
    pc_right = sum(1 for k in pc if g.get(k) == "contradicts")
    print(f"  every contradicts right: {'yes' if pc_right == len(pc) else 'no'} ({pc_right} of {len(pc)} predicted contradicts are gold contradicts)")
    upd_as_contra = sum(1 for k, v in g.items() if v == "updates" and p.get(k) == "contradicts")
    print(f"  gold updates predicted as contradicts: {upd_as_contra}")
    bad = [k for k in p if g.get(k) == "none"]
    byclass = collections.Counter(classes[k] for k in bad)
    print(f"  must-not-link pairs linked: {len(bad)} of {sum(1 for v in g.values() if v == 'none')}" + (f" ({', '.join(f'{c} {n}' for c, n in sorted(byclass.items()))})" if bad else ""))
    # Different subjects, judged from the gold relations: both claims have gold relations and share no
    # (type, actor pair) and no actor pair.
    pairs = collections.defaultdict(set)
    for r in rel_gold or []:
        s = ex.sentence(r[0], r[1])
        if s:
            pairs[s].add(frozenset([r[3], r[4]]))
    diff = sum(1 for k in p if len(k) == 2 and all(pairs.get(s) for s in k) and not (pairs[list(k)[0]] & pairs[list(k)[1]]))
    both = sum(1 for k in p if len(k) == 2 and all(pairs.get(s) for s in k))
    print(f"  links between different subjects (no actor pair in common in the gold relations): {diff} of {both} links whose claims both carry gold relations")


def score_copies(ex, gold):
    print("Copies (a copy must name its source; the export has no such field today)")
    right = 0
    for r in gold:
        a, b = ex.sentence(r[0], r[1]), ex.sentence(r[2], r[3])
        c = ex.claim_at.get(a) if a else None
        src = None
        if c:
            src = c.get("copy_of") or c.get("copy_source") or c.get("copied_from")
        if isinstance(src, dict):
            src = (src.get("article"), src.get("sentence"))
        elif isinstance(src, str) and src in ex.claims:
            src = (ex.claims[src]["article"], ex.claims[src]["sentence"])
        if src is not None and b is not None and tuple(src) == b:
            right += 1
    acc("copies with the right source", right, len(gold))
    confirmed = 0
    for r in gold:
        a = ex.sentence(r[0], r[1])
        c = ex.claim_at.get(a) if a else None
        st = (c or {}).get("standing") or {}
        src = ex.sentence(r[2], r[3])
        for ref in st.get("confirmed_by", []):
            # confirmed_by names articles today (claim ids are accepted too)
            other = ex.claims.get(ref)
            if src and (ref == src[0] or (other and other["article"] == src[0])):
                confirmed += 1
                break
    print(f"  copies counted as confirmed by their own source: {confirmed} of {len(gold)}")


def score_dates(ex, gold):
    print("Dates")
    art_rows = [r for r in gold if r[1] == "(article)"]
    claim_rows = [r for r in gold if r[1] != "(article)"]
    right_dated = right_pub = 0
    for r in art_rows:
        aid = ex.article_id(r[0])
        a = ex.articles.get(aid, {})
        dated = a.get("dated") or {}
        # An article that declares no date is labelled with basis "inferred" in column 3; every other row wants "declared".
        basis = "inferred" if len(r) > 2 and r[2] == "inferred" else "declared"
        if isinstance(dated, dict) and str(dated.get("date", "")).startswith(r[3]) and dated.get("basis") == basis:
            right_dated += 1
        if str(a.get("published") or "").startswith(r[3]):
            right_pub += 1
    acc("article dated {date, basis: declared} right", right_dated, len(art_rows))
    acc("article published (front matter) right", right_pub, len(art_rows))
    exact = year = 0
    for r in claim_rows:
        s = ex.sentence(r[0], r[1])
        c = ex.claim_at.get(s) if s else None
        ds = [str(d) for d in (c or {}).get("dates", [])] + [str(d) for d in (c or {}).get("event_dates", [])]
        if r[3] in ds:
            exact += 1
        if any(d[:4] == r[3][:4] for d in ds):
            year += 1
    acc("claim event time exact (relative dates resolved)", exact, len(claim_rows))
    acc("claim event time, year right", year, len(claim_rows))


def score_people(ex, gold, gaz):
    print("People (a later surname resolves to the full name given earlier)")
    by_sentence = collections.defaultdict(list)
    for e in ex.data.get("entities", []):
        if e.get("kind") != "person":
            continue
        for m in e.get("mentions", []):
            by_sentence[(m["article"], m["sentence"])].append((e, m.get("text", "")))
    right = right_gaz = n_gaz = 0
    for r in gold:
        s = ex.sentence(r[0], r[1])
        surface = fold(r[2]).replace("'s", "")
        hit = False
        for e, text in by_sentence.get(s, []):
            if surface in fold(text) and (e["id"] == r[4] or fold(e.get("name", "")) == fold(r[3])):
                hit = True
        right += hit
        if r[4] != "-":
            n_gaz += 1
            right_gaz += hit
    acc("surnames resolved, all", right, len(gold))
    acc("  of people the gazetteer lists", right_gaz, n_gaz)
    acc("  of people no gazetteer lists", right - right_gaz, len(gold) - n_gaz)


def score_attribution(ex, gold, articles):
    print("Attribution (who the claim is cited to)")
    g = {}
    for r in gold:
        s = ex.sentence(r[0], r[1])
        if s:
            g[s] = r[2]
    right = 0
    for s, who in g.items():
        c = ex.claim_at.get(s)
        pred = (c or {}).get("attribution")
        if pred:
            pw, gw = set(words(pred)), set(words(who))
            last = words(who)[-1] if words(who) else ""
            if last in pw or (pw and pw <= gw):
                right += 1
    wrong_voice = 0
    voiced = 0
    for (aid, i), c in ex.claim_at.items():
        if aid in articles and (aid, i) not in g and c.get("attribution"):
            wrong_voice += 1
    for (aid, i), c in ex.claim_at.items():
        if aid in articles and c.get("attribution"):
            voiced += 1
    correct_pred = right
    line("attribution", correct_pred, voiced - correct_pred, len(g) - correct_pred,
         f"; cited where the article speaks itself: {wrong_voice}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("binary", help="the dossier binary, e.g. .build/release/dossier")
    ap.add_argument("gold", help="gold folder, e.g. Tests/gold/heldout")
    ap.add_argument("--corpus", help="articles folder (default GOLD/articles)")
    ap.add_argument("--export", help="read this export JSON instead of running the binary")
    args = ap.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    corpus = args.corpus or os.path.join(args.gold, "articles")
    if args.export:
        data = json.load(open(args.export, encoding="utf-8"))
    else:
        run = subprocess.run([args.binary, "export", "--format", "json", "--corpus", corpus], capture_output=True, text=True)
        if run.returncode != 0:
            print(f"export failed ({run.returncode}): {run.stderr.strip()}")
            return 1
        data = json.loads(run.stdout)
    ex = Export(data)
    gaz = load_gazetteer(root)
    T = lambda name: read_gold(args.gold, name)
    rel, links, dates, people, attribution, copies = (T(n) for n in ("relations.tsv", "links.tsv", "dates.tsv", "people.tsv", "attribution.tsv", "copies.tsv"))
    print(f"Gold {args.gold}; corpus {corpus}; {len(ex.articles)} articles, {len(ex.claims)} claims, {len(data.get('links', []))} links, {len(data.get('edges', []))} edges")
    if rel is not None:
        score_relations(ex, rel, gaz)
    if links is not None:
        score_links(ex, links, copies, rel)
    if copies is not None:
        score_copies(ex, copies)
    if dates is not None:
        score_dates(ex, dates)
    if people is not None:
        score_people(ex, people, gaz)
    if attribution is not None:
        arts = {ex.article_id(r[0]) for r in attribution}
        if rel:
            arts |= {ex.article_id(r[0]) for r in rel}
        score_attribution(ex, attribution, arts - {None})
    if ex.unmatched:
        print(f"Gold sentences not found in the export ({len(set(ex.unmatched))}): " + "; ".join(f"{a}: {o}" for a, o in sorted(set(ex.unmatched))[:10]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
