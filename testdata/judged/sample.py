#!/usr/bin/env python3
"""Draw a seeded random sample of facts of one predicate from a store's N-Quads
dump, with their evidence sentences, for a person to judge (issue 11).

    newsgraph export --dbpath STORE --format nquads --with-articles -o store.nq
    python3 testdata/judged/sample.py store.nq --pred met --n 50 --seed 11 > met-after.tsv

Facts are distinct (subject, predicate, object); `met` is symmetric, so a pair
counts once. The evidence is the fact's first evidence sentence (in IRI order).
Output columns: subject, predicate, object, evidence sentence, sentence IRI,
verdict (empty: the judge writes right or wrong, and a note in a 7th column).
"""
import argparse
import random
import re
import sys

NS = {
    "met": "<http://newsgraph.org/ns/met>",
    "jobTitle": "<http://schema.org/jobTitle>",
    "affiliation": "<http://schema.org/affiliation>",
}
NAME = "<http://schema.org/name>"
TEXT = "<http://schema.org/text>"
QUAD = re.compile(r'^(<[^>]*>) (<[^>]*>) (<[^>]*>|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]*>|@[\w-]+)?) (<[^>]*>) \.$')


def unquote(lit):
    m = re.match(r'^"((?:[^"\\]|\\.)*)"', lit)
    if not m:
        return lit
    return m.group(1).encode().decode("unicode_escape").encode("latin-1").decode("utf-8")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("--pred", required=True, choices=sorted(NS))
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--seed", type=int, default=11)
    a = ap.parse_args()
    pred = NS[a.pred]
    facts = {}  # (s, o) -> sorted evidence labels
    names, texts = {}, {}
    with open(a.dump, encoding="utf-8") as f:
        for line in f:
            m = QUAD.match(line.rstrip("\n"))
            if not m:
                continue
            s, p, o, g = m.groups()
            if p == pred:
                key = (s, o)
                if a.pred == "met":
                    key = tuple(sorted((s, o)))
                facts.setdefault(key, []).append(g)
            elif p == NAME:
                names.setdefault(s, unquote(o))
            elif p == TEXT:
                texts[s] = unquote(o)
    keys = sorted(facts)
    rnd = random.Random(a.seed)
    pick = rnd.sample(keys, min(a.n, len(keys)))
    out = sys.stdout
    out.write("# %d distinct %s facts in %s; %d drawn with seed %d\n" % (len(keys), a.pred, a.dump, len(pick), a.seed))
    out.write("subject\tpredicate\tobject\tevidence\tsentence\tverdict\tnote\n")
    for s, o in pick:
        g = sorted(facts[(s, o)])[0]
        sub = names.get(s, s)
        obj = names.get(o, unquote(o) if o.startswith('"') else o)
        ev = texts.get(g.strip("<>"), texts.get(g, "")).replace("\t", " ").replace("\n", " ")
        out.write("\t".join([sub, a.pred, obj, ev, g.strip("<>"), "", ""]) + "\n")


if __name__ == "__main__":
    main()
