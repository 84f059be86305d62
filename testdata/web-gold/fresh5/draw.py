#!/usr/bin/env python3
"""Fifth draw for testdata/web-gold (fresh5, issue 15), same method as fresh4's.

usage: python3 draw.py [MAIN_DIR] [WEB_NEWS_DIR] > draw.txt

Takes the pages of WEB_NEWS_DIR/*.html.gz that are in no MAIN_DIR/testdata/web-gold/* folder and
not in MAIN_DIR/loader/ner/modern/pages (the recogniser's training pages, NAME.txt there), sorts
them by name, shuffles them with random.Random(SEED) and takes the first N.
"""
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from drawlib import gold_pages, print_rows, trained_pages, web_pages  # noqa: E402

SEED = 2026120503  # the fifth draw, 2026-12-05
N = 10


def main(argv):
    main_dir = argv[1] if len(argv) > 1 else "/work/main"
    src = argv[2] if len(argv) > 2 else "/work/shared/data/web-news"
    names = web_pages(src)
    gold = gold_pages(main_dir)
    trained = trained_pages(main_dir)
    rest = sorted(n for n in names if n not in gold and n not in trained)
    random.Random(SEED).shuffle(rest)
    print("# fifth draw (fresh5): %d pages in web-news, %d in a testdata/web-gold folder, %d in loader/ner/modern/pages;"
          % (len(names), len(gold & set(names)), len(trained & set(names))))
    print("# the %d left, sorted by name, shuffled with random.Random(%d); first %d drawn. order<TAB>page"
          % (len(rest), SEED, N))
    print_rows(rest, N)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
