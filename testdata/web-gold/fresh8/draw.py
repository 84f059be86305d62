#!/usr/bin/env python3
"""Eighth draw for testdata/web-gold (fresh8, issue 15).

usage: python3 draw.py [MAIN_DIR] [WEB_NEWS_DIR] > draw.txt

web-news has no page left that is neither in a web-gold folder nor a training page of the
recogniser (fresh7/README.md). This draw takes the pages of WEB_NEWS_DIR/*.html.gz that are in no
MAIN_DIR/testdata/web-gold/* folder but ARE in MAIN_DIR/loader/ner/modern/pages (their names were
marked by hand as the recogniser's training data; nobody wrote facts, events or meetings for them),
sorts them by name, shuffles them with random.Random(SEED) and takes the first N. Entity scores on
them are not fresh (the recogniser learnt these pages' names); facts and met pairs are written here
for the first time, before any extractor run in this batch.
"""
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from drawlib import gold_pages, print_rows, trained_pages, web_pages  # noqa: E402

SEED = 2026120701  # the eighth draw, 2026-12-07
N = 10


def main(argv):
    main_dir = argv[1] if len(argv) > 1 else "/work/main"
    src = argv[2] if len(argv) > 2 else "/work/shared/data/web-news"
    names = web_pages(src)
    gold = gold_pages(main_dir, skip=("fresh8",))
    trained = trained_pages(main_dir)
    rest = sorted(n for n in names if n not in gold and n in trained)
    random.Random(SEED).shuffle(rest)
    print("# eighth draw (fresh8): %d pages in web-news, %d in a testdata/web-gold folder, %d in loader/ner/modern/pages;"
          % (len(names), len(gold & set(names)), len(trained & set(names))))
    print("# the %d training pages in no web-gold folder, sorted by name, shuffled with random.Random(%d); first %d drawn. order<TAB>page"
          % (len(rest), SEED, min(N, len(rest))))
    print_rows(rest, N)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
