#!/usr/bin/env python3
"""Sixth draw for testdata/web-gold (fresh6, issue 15): 10 English news pages of
../shared/data/html-pages (Mozilla Readability's saved test pages; web-news is used up).

usage: python3 testdata/web-gold/fresh6/draw.py [HTML_PAGES_DIR]

Which page is English news was decided by reading each page's expected-metadata.json (lang,
title, siteName) and expected.html (Readability's article text), never from newsgraph output,
and is written down below, before the draw. English news pages the repository already holds are
left out, as earlier draws left out pages other sets held: the 10 whose text is annotated in
testdata/gold (the "modern-*" files, development data since 2026-11-27), and medicalnewstoday,
whose article is also web-news's medicalnewstoday.com.318674, a training page of
loader/ner/modern (names marked by hand). The pages left are sorted by name and
random.Random(SEED).sample(pages, 10) draws the batch. The script checks that the folders it
names exist and that the classification covers every folder of HTML_PAGES_DIR.
"""
import os
import random
import sys

SEED = 2026120510  # the sixth web-gold draw, 2026-12-05

# English news: a report of current events (news, news feature or news analysis) in English.
ENGLISH_NEWS = [
    "ars-1", "bbc-1", "buzzfeed-1", "cnet", "cnn", "guardian-1", "herald-sun-1", "medicalnewstoday",
    "msn", "nytimes-1", "nytimes-2", "nytimes-3", "nytimes-4", "schema-org-context-object",
    "seattletimes-1", "telegraph", "tmz-1", "wapo-1", "wapo-2", "webmd-1", "yahoo-2", "yahoo-3",
]
# English, not news (the reason from expected.html).
ENGLISH_NOT_NEWS = {
    "aclu": "a first-person essay on the ACLU's blog (advocacy, not a news outlet)",
    "bug-1255978": "The Independent's service listicle from an online Q&A thread (no event)",
    "citylab-1": "a history essay on neon lighting (magazine feature, no news peg)",
    "salon-1": "an opinion essay on Uber and libertarianism",
    "theverge": "a first-person product review (Vision Pro hands-on)",
}
# Not in English (lang metadata, or the text when lang is null).
NOT_ENGLISH = ["aktualne", "folha", "gmw", "heise", "la-nacion", "lemonde-1", "liberation-1",
               "nytimes-5", "qq", "youth"]
# English news already annotated in testdata/gold (page -> gold file): not fresh.
IN_GOLD = {
    "bbc-1": "modern-bbc-obama-guns", "cnet": "modern-cnet-zuckerberg-deals",
    "herald-sun-1": "modern-heraldsun-surveillance", "nytimes-1": "modern-nyt-sudan-sanctions",
    "nytimes-2": "modern-nyt-yahoo-verizon", "schema-org-context-object": "modern-nbc-korea-impeachment",
    "telegraph": "modern-telegraph-zimbabwe", "wapo-1": "modern-wapo-tunisia-attack",
    "wapo-2": "modern-wapo-us-israel", "yahoo-2": "modern-ap-progress-cargo",
}
# English news held elsewhere in the repository under another name (page -> file): not fresh.
# Found after a first run of this script, which left out IN_GOLD only (see ../draw.txt).
ELSEWHERE = {
    "medicalnewstoday": "loader/ner/modern/pages/medicalnewstoday.com.318674.txt (the same article, from web-news)",
}
N = 10


def main(argv):
    src = argv[1] if len(argv) > 1 else "/work/shared/data/html-pages"
    folders = sorted(d for d in os.listdir(src) if os.path.isdir(os.path.join(src, d)))
    named = ENGLISH_NEWS + list(ENGLISH_NOT_NEWS) + NOT_ENGLISH
    assert sorted(named) == folders, (sorted(set(folders) ^ set(named)))
    assert set(IN_GOLD) <= set(ENGLISH_NEWS) and set(ELSEWHERE) <= set(ENGLISH_NEWS)
    pages = sorted(p for p in ENGLISH_NEWS if p not in IN_GOLD and p not in ELSEWHERE)
    drawn = random.Random(SEED).sample(pages, N)
    print("# sixth draw (fresh6, 2026-12-05, testdata/web-gold/fresh6/draw.py): ../shared/data/html-pages, %d folders;"
          % len(folders))
    print("# %d English news (%d English not news, %d not English); left out: %d already in testdata/gold (modern-*)"
          % (len(ENGLISH_NEWS), len(ENGLISH_NOT_NEWS), len(NOT_ENGLISH), len(IN_GOLD)))
    print("# and %d held elsewhere (%s);" % (len(ELSEWHERE), "; ".join("%s: %s" % kv for kv in sorted(ELSEWHERE.items()))))
    print("# the %d left, sorted by name: %s" % (len(pages), " ".join(pages)))
    print("# random.Random(%d).sample(those, %d), in drawn order; left undrawn: %s"
          % (SEED, N, " ".join(p for p in pages if p not in drawn)))
    for k, p in enumerate(drawn):
        print("fresh6\t%d\t%s" % (k + 1, p))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
