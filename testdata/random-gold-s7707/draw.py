#!/usr/bin/env python3
"""Draw of the issue-11 entity sample random-gold-s7707 (i11-ents3, 2026-12-05), from the repository root:

  python3 testdata/random-gold-s7707/draw.py [--shared ../shared] [--write]

random.Random(7707).sample of 40 over the non-empty records of both corpora (Reuters then BBC lines), leaving
out the records in testdata/gold and in the random-gold folders that existed at the draw (random-gold,
random-gold-3, -4, -5). With --write it writes NAME.txt (headline, blank line, text) here.
"""
import argparse, glob, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
SKIPPED = ["gold", "random-gold", "random-gold-3", "random-gold-4", "random-gold-5"]


def name_of(d):
    return d["id"] if d["id"].startswith("reuters-") else "bbc-" + d["id"].replace("/", "-")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args()
    skip = set()
    for folder in SKIPPED:
        for p in glob.glob(os.path.join(os.path.dirname(HERE), folder, "*.txt")):
            skip.add(os.path.basename(p)[:-4])
    recs = []
    for corpus in ("reuters", "bbc"):
        with open(os.path.join(a.shared, "data", corpus, "articles.jsonl"), encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                if (d.get("text") or "").strip() and name_of(d) not in skip:
                    recs.append(d)
    for i, d in enumerate(random.Random(7707).sample(recs, 40), 1):
        title = " ".join((d.get("title") or "").split())
        print(i, name_of(d), len(d["text"]), title, sep="\t")
        if a.write:
            with open(os.path.join(HERE, name_of(d) + ".txt"), "w", encoding="utf-8") as f:
                f.write(title + "\n\n" + d["text"].strip() + "\n")


if __name__ == "__main__":
    main()
