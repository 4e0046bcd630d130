#!/usr/bin/env python3
"""Writes a synthetic archive of N articles for the scale benchmarks.

    python3 Benchmarks/make-corpus.py N DIR [--seed S]

Deterministic: the same N and seed give the same bytes. Each article recombines the bundled
articles: a title and about ten kilobytes of their body paragraphs, with the states swapped for
others (so the relation graph has more actors than the bundled one), and numbers and years
shifted (so claims disagree the way real sources do). 10,000 articles are about 100 MB.
"""

import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "..", "assets", "articles")

# Names as they appear in the bundled text, with their adjectives; each article maps the bundled
# states onto a random choice of these.
STATES = [
    ("Iran", "Iranian"), ("Serbia", "Serbian"), ("Russia", "Russian"), ("China", "Chinese"),
    ("Belarus", "Belarusian"), ("Turkey", "Turkish"), ("Hungary", "Hungarian"),
    ("Israel", "Israeli"), ("Ukraine", "Ukrainian"), ("Bosnia", "Bosnian"),
    ("Croatia", "Croatian"), ("Albania", "Albanian"), ("Greece", "Greek"),
    ("Azerbaijan", "Azerbaijani"), ("Armenia", "Armenian"), ("Syria", "Syrian"),
    ("Venezuela", "Venezuelan"), ("Kazakhstan", "Kazakh"),
]
SWAPPED = ["Iran", "Serbia", "Russia", "China", "Belarus", "Israel"]
OUTLETS = ["Balkan Insight", "Tehran Times", "Eurasia Review", "Reuters", "Al-Monitor",
           "The Diplomat", "Foreign Policy", "RFE/RL", "Nova", "Politika"]


def paragraphs(text):
    """Body paragraphs: non-empty lines long enough to be prose."""
    return [line.strip() for line in text.splitlines() if len(line.split()) >= 12]


def load():
    titles, pool = [], []
    for name in sorted(os.listdir(ARTICLES)):
        with open(os.path.join(ARTICLES, name), encoding="utf-8") as handle:
            text = handle.read()
        titles.append(text.strip().splitlines()[0])
        pool.extend(paragraphs(text))
    return titles, pool


def swapper(rng):
    """A function rewriting the bundled states into this article's cast."""
    cast = rng.sample(STATES, len(SWAPPED))
    table = {}
    for old, new in zip(SWAPPED, cast):
        adjective = dict(STATES)[old]
        table[old], table[adjective] = new
    pattern = re.compile(r"\b(" + "|".join(sorted(table, key=len, reverse=True)) + r")\b")
    return lambda text: pattern.sub(lambda m: table[m.group(1)], text)


def shift_numbers(text, rng):
    def replace(match):
        value = match.group(0)
        if len(value) == 4 and value[:2] in ("19", "20"):
            return str(int(value) + rng.choice((0, 0, 0, 1, -1, 2)))
        digits = value.replace(",", "")
        if not digits.isdigit():
            return value
        number = max(1, int(int(digits) * rng.choice((1, 1, 1, 0.5, 2, 3))))
        return f"{number:,}" if "," in value else str(number)
    return re.sub(r"\d[\d,]*\d|\d", replace, text)


def article(number, titles, pool, seed):
    rng = random.Random(seed * 1_000_003 + number)
    swap = swapper(rng)
    title = swap(rng.choice(titles))
    body, size = [], 0
    start = rng.randrange(len(pool))
    while size < rng.randint(7_000, 13_000):
        paragraph = pool[(start + len(body) * rng.randint(1, 7)) % len(pool)]
        paragraph = shift_numbers(swap(paragraph), rng)
        body.append(paragraph)
        size += len(paragraph.encode()) + 2
    year = 2015 + number % 11
    date = f"{year}-{1 + number % 12:02d}-{1 + number % 28:02d}"
    head = [
        "---",
        f"title: {title}",
        f"published: {date}",
        f"url: https://example.org/{number:05d}",
        "---",
        title,
        "",
        f"By {rng.choice(['Ana', 'Milan', 'Sara', 'Reza', 'Leila', 'Ivan'])} "
        f"{rng.choice(['Petrović', 'Dačić', 'Karimi', 'Hosseini', 'Novak', 'Smith'])} | "
        f"{rng.choice(OUTLETS)}",
        "",
    ]
    return "\n".join(head + [p + "\n" for p in body])


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--seed")]
    seed = int(next((a.split("=", 1)[1] for a in argv if a.startswith("--seed=")), "1"))
    if len(args) != 2 or not args[0].isdigit():
        print("usage: make-corpus.py N DIR [--seed=S]", file=sys.stderr)
        return 2
    count, folder = int(args[0]), args[1]
    os.makedirs(folder, exist_ok=True)
    titles, pool = load()
    total = 0
    for number in range(count):
        text = article(number, titles, pool, seed)
        path = os.path.join(folder, f"{number:05d}.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        total += len(text.encode())
    print(f"{count} articles, {total / 1e6:.1f} MB in {folder}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
