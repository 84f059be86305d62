#!/usr/bin/env python3
"""Draw the random-sample entity gold articles (issue 11), seeded and reproducible.

usage (from the repository root):
  python3 testdata/random-gold/draw.py [--shared ../shared] [--seed 20261204] [--reuters 20] [--bbc 10] [--write]
      [--record draw.txt] [--out DIR]

Every non-empty record of the Reuters and BBC JSON Lines files is a candidate (a record
is skipped only when its text is empty); nothing is chosen by content, so earnings
tables, price reports and sports results stay in. Without --write it prints the draw;
with --write it also writes NAME.txt (headline, blank line, text) next to this script
for each drawn article, as testdata/gold/*.txt are written. The draw is recorded in
draw.txt (or --record). The second batch: --seed 20261205 --reuters 7 --bbc 3 --record draw2.txt.
The third (a fresh batch, scored apart): --seed 20261206 --reuters 11 --bbc 5 --out testdata/random-gold-3.
The fourth: --seed 20261205 --reuters 10 --bbc 5 --skip-existing --out testdata/random-gold-4 (with --skip-existing
the records already written to any testdata/random-gold* folder are taken out of the candidates before the draw).
The fifth: --seed 20261206 --reuters 20 --bbc 10 --skip-existing --out testdata/random-gold-5 (make the folder first).
"""
import argparse
import glob
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))


def records(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if (d.get("text") or "").strip():
                out.append(d)
    return out


def name_of(d):
    if d["id"].startswith("reuters-"):
        return d["id"]
    return "bbc-" + d["id"].replace("/", "-")


def existing():
    """The names of the articles already in a testdata/random-gold* folder or in testdata/gold
    (random-gold-14's draw took reuters-3992, which testdata/gold already held)."""
    names = set()
    for folder in ("random-gold*", "gold"):
        for path in glob.glob(os.path.join(os.path.dirname(HERE), folder, "*.txt")):
            names.add(os.path.basename(path)[:-len(".txt")])
    return names


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.environ.get("NEWSGRAPH_SHARED", "../shared"))
    ap.add_argument("--seed", type=int, default=20261204)
    ap.add_argument("--reuters", type=int, default=20)
    ap.add_argument("--bbc", type=int, default=10)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--record", default="draw.txt", help="file (in --out) that records the draw")
    ap.add_argument("--out", default=HERE, help="folder the articles and the record go to (default: next to this script)")
    ap.add_argument("--skip-existing", action="store_true",
                    help="leave out records already in a testdata/random-gold* folder or testdata/gold")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    reuters = records(os.path.join(a.shared, "data", "reuters", "articles.jsonl"))
    bbc = records(os.path.join(a.shared, "data", "bbc", "articles.jsonl"))
    if a.skip_existing:
        drawn_before = existing()
        reuters = [d for d in reuters if name_of(d) not in drawn_before]
        bbc = [d for d in bbc if name_of(d) not in drawn_before]
    drawn = [("reuters", d) for d in rng.sample(reuters, a.reuters)] + [("bbc", d) for d in rng.sample(bbc, a.bbc)]
    lines = ["# draw.py --seed %d --reuters %d --bbc %d: %d of %d non-empty Reuters records, %d of %d BBC records"
             % (a.seed, a.reuters, a.bbc, a.reuters, len(reuters), a.bbc, len(bbc))]
    for i, (corpus, d) in enumerate(drawn, 1):
        title = " ".join((d.get("title") or "").split())
        lines.append("%d\t%s\t%s\t%s\t%s" % (i, name_of(d), d["id"], d.get("date", ""), title))
        if a.write:
            text = d["text"].strip()
            with open(os.path.join(a.out, name_of(d) + ".txt"), "w", encoding="utf-8") as f:
                f.write(title + "\n\n" + text + "\n")
    out = "\n".join(lines) + "\n"
    print(out, end="")
    if a.write:
        with open(os.path.join(a.out, a.record), "w", encoding="utf-8") as f:
            f.write(out)


if __name__ == "__main__":
    main()
