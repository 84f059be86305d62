#!/usr/bin/env python3
"""Draw the web-gold sets from ../shared/data/web-news at random, with a fixed seed.

usage: python3 testdata/web-gold/draw.py [WEB_NEWS_DIR] > testdata/web-gold/draw.txt

Lists WEB_NEWS_DIR/*.html.gz sorted by name, shuffles the list with random.Random(SEED)
and assigns the first 20 pages to the test set, the next 10 to the fresh batch and the
next 15 to the dev set. Nothing is chosen by hand: every page stays in the draw.

A second draw (fresh2, a further fresh batch of 10) takes the pages the first draw left,
sorted by name, and shuffles them with random.Random(SEED2). A third draw (fresh3, 10 more)
takes the pages the second left, sorted by name, and shuffles them with random.Random(SEED3).
A fourth draw (fresh4, 6 more) takes the pages the third left that loader/ner/modern/pages does
not hold (training data), sorted by name, and shuffles them with random.Random(SEED4).
"""
import glob
import os
import random
import sys

SEED = 20261204  # the date of the draw
SETS = (("test", 20), ("fresh", 10), ("dev", 15))
SEED2 = 2026120402  # the second draw of the same day
SETS2 = (("fresh2", 10),)
SEED3 = 2026120403  # the third draw, a later session of the same day
SETS3 = (("fresh3", 10),)
SEED4 = 2026120502  # the fourth draw (2026-12-05): pages left by the third and by loader/ner/modern
SETS4 = (("fresh4", 6),)


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    src = argv[1] if len(argv) > 1 else os.path.join(here, "..", "..", "..", "shared", "data", "web-news")
    if not os.path.isdir(src):
        src = "/work/shared/data/web-news"
    names = sorted(os.path.basename(p)[: -len(".html.gz")] for p in glob.glob(os.path.join(src, "*.html.gz")))
    random.Random(SEED).shuffle(names)
    print("# web-gold draw: %d pages in web-news, sorted by name, shuffled with random.Random(%d)." % (len(names), SEED))
    print("# Drawn 2026-12-04 by testdata/web-gold/draw.py; set<TAB>order<TAB>page")
    i = 0
    for set_name, n in SETS:
        for k in range(n):
            print("%s\t%d\t%s" % (set_name, k + 1, names[i]))
            i += 1
    rest = sorted(names[i:])
    random.Random(SEED2).shuffle(rest)
    print("# second draw: the %d pages left, sorted by name, shuffled with random.Random(%d)." % (len(rest), SEED2))
    i = 0
    for set_name, n in SETS2:
        for k in range(n):
            print("%s\t%d\t%s" % (set_name, k + 1, rest[i]))
            i += 1
    rest = sorted(rest[i:])
    random.Random(SEED3).shuffle(rest)
    print("# third draw: the %d pages left, sorted by name, shuffled with random.Random(%d)." % (len(rest), SEED3))
    i = 0
    for set_name, n in SETS3:
        for k in range(n):
            print("%s\t%d\t%s" % (set_name, k + 1, rest[i]))
            i += 1
    # the fourth draw leaves out the pages annotated as training data for the recogniser
    modern = os.path.join(here, "..", "..", "loader", "ner", "modern", "pages")
    trained = set(n[: -len(".txt")] for n in os.listdir(modern) if n.endswith(".txt")) if os.path.isdir(modern) else set()
    rest = sorted(n for n in rest[i:] if n not in trained)
    random.Random(SEED4).shuffle(rest)
    print("# fourth draw: the %d pages left that loader/ner/modern does not hold, sorted by name, shuffled with random.Random(%d)." % (len(rest), SEED4))
    i = 0
    for set_name, n in SETS4:
        for k in range(n):
            print("%s\t%d\t%s" % (set_name, k + 1, rest[i]))
            i += 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
