#!/usr/bin/env python3
"""Tenth draw for testdata/web-gold (fresh10, issue 15): fresh8's draw taken on.

usage: python3 draw.py [MAIN_DIR] [WEB_NEWS_DIR] > draw.txt

Rebuilds fresh8's order (fresh8/draw.py: the web-news pages that are training pages of the
recogniser, MAIN_DIR/loader/ner/modern/pages, and in no web-gold folder holding their
.html.gz, sorted by name, shuffled with random.Random(2026120701)), then drops the pages that
any web-gold folder but fresh10 already holds as gold (NAME.gold.tsv: fresh8 and fresh9 keep no .html.gz,
so it is found by its gold files) and takes the next N. If that order held fewer than N pages,
the draw would go on with SEED2 over the pages left; it holds enough (draw.txt).
"""
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from drawlib import gold_pages, print_rows, trained_pages, web_pages  # noqa: E402

FRESH8_SEED = 2026120701  # fresh8's draw, whose order this one continues
SEED2 = 2026120702  # for the pages left, were fresh8's order used up (it is not)
N = 5
HERE = "fresh10"


def main(argv):
    main_dir = argv[1] if len(argv) > 1 else "/work/main"
    src = argv[2] if len(argv) > 2 else "/work/shared/data/web-news"
    names = web_pages(src)
    trained = trained_pages(main_dir)
    # fresh8's order, as fresh8/draw.py made it.
    gold8 = gold_pages(main_dir, skip=("fresh8", "fresh9", HERE))
    order = sorted(n for n in names if n not in gold8 and n in trained)
    random.Random(FRESH8_SEED).shuffle(order)
    held = gold_pages(main_dir, skip=(HERE,), ext=".gold.tsv")
    rest = [n for n in order if n not in held]
    print("# tenth draw (fresh10): fresh8's order (%d training pages of loader/ner/modern/pages in no web-gold folder,"
          " sorted by name, shuffled with random.Random(%d))" % (len(order), FRESH8_SEED))
    print("# less the %d of them a web-gold folder holds as gold (fresh8's and fresh9's 20); the next %d drawn, in fresh8's order."
          " order<TAB>page" % (len(order) - len(rest), min(N, len(rest))))
    if len(rest) < N:
        left = sorted(n for n in names if n not in held and n not in gold8 and n not in rest)
        random.Random(SEED2).shuffle(left)
        rest += left
    print_rows(rest, N)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
