#!/usr/bin/env python3
"""Draw candidate names for the identity gold (issue 11), seeded and reproducible.

usage (from the repository root):
  python3 testdata/random-gold/draw_identity.py [--shared ../shared] [--seed 1111] [--n 200]

Picks --n articles at random from the non-empty records of the Reuters and BBC JSON Lines
files together (in proportion to their sizes), and from each article's text one capitalised
name span at random (a run of capitalised words, with "of", "and", "&", "de" allowed inside;
the first word of a sentence only when it is followed by another capitalised word). It prints
one candidate a line: draw number, article id, span. A person then keeps, in draw order, the
spans that are real people, organisations or places (skipping the examples named in issue 11
and names already kept) until there are enough; identity-draw.txt records every decision.
"""
import argparse
import json
import os
import random
import re

SPAN = re.compile(r"(?:[A-Z][\w'\u2019.&-]*)(?:[ \t]+(?:(?:of|and|&|de|du|von|van|der|la|le)[ \t]+)?[A-Z][\w'\u2019.&-]*)*")


def records(path):
    with open(path, encoding="utf-8") as f:
        return [d for d in (json.loads(l) for l in f) if (d.get("text") or "").strip()]


def spans(text):
    out = []
    for m in SPAN.finditer(text):
        s = m.group(0).rstrip(".'\u2019-")
        if s.endswith("'s") or s.endswith("\u2019s"):
            s = s[:-2]
        if s.startswith("The "):
            s = s[4:]
        before = text[:m.start()].rstrip()
        sentence_start = not before or before[-1] in '.!?"\u201c:\n'
        if sentence_start and " " not in s:
            continue
        if len(s) < 2 or s.isupper() and len(s) > 6:
            continue
        out.append(s)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.environ.get("NEWSGRAPH_SHARED", "../shared"))
    ap.add_argument("--seed", type=int, default=1111)
    ap.add_argument("--n", type=int, default=200)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    pool = records(os.path.join(a.shared, "data", "reuters", "articles.jsonl")) + \
        records(os.path.join(a.shared, "data", "bbc", "articles.jsonl"))
    i = 0
    while i < a.n:
        d = rng.choice(pool)
        cands = spans(d["text"])
        if not cands:
            continue
        i += 1
        print("%d\t%s\t%s" % (i, d["id"], rng.choice(cands)))


if __name__ == "__main__":
    main()
