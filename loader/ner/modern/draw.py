#!/usr/bin/env python3
"""Draw the pages of the recogniser's modern training data (issue 15) at random, with a fixed seed.

usage: python3 loader/ner/modern/draw.py [WEB_NEWS_DIR] > loader/ner/modern/draw.txt

Lists WEB_NEWS_DIR/*.html.gz sorted by name, leaves out every page of testdata/web-gold's draw
(testdata/web-gold/draw.txt: test, fresh, dev, fresh2, fresh3), shuffles the rest with
random.Random(SEED) and prints them all in that order. The pages are annotated in that order,
none skipped by choice (draw.txt's third column says what was done with each).
"""
import glob
import os
import random
import sys

SEED = 2026120501  # the date of the draw and its number that day


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    src = argv[1] if len(argv) > 1 else os.path.join(here, "..", "..", "..", "..", "shared", "data", "web-news")
    if not os.path.isdir(src):
        src = "/work/shared/data/web-news"
    used = set()
    with open(os.path.join(here, "..", "..", "..", "testdata", "web-gold", "draw.txt")) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            used.add(line.rstrip("\n").split("\t")[2])
    names = sorted(os.path.basename(p)[: -len(".html.gz")] for p in glob.glob(os.path.join(src, "*.html.gz")))
    rest = [n for n in names if n not in used]
    random.Random(SEED).shuffle(rest)
    print("# modern training draw: the %d web-news pages not in testdata/web-gold/draw.txt, sorted by name," % len(rest))
    print("# shuffled with random.Random(%d). order<TAB>page" % SEED)
    for i, n in enumerate(rest):
        print("%d\t%s" % (i + 1, n))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
