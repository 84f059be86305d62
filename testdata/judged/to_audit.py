#!/usr/bin/env python3
"""Turn a sample drawn and judged with sample.py into the layout of
`newsgraph audit` (NAME.tsv and NAME.articles.jsonl), so that `newsgraph
audit check` and TestJudged hold the extractor to it.

    python3 testdata/judged/to_audit.py store.nq judged.tsv --pred met --seed 11 -o testdata/judged/met-before.tsv

The draw is made again from the same dump and seed (sample.py's), which gives
the rows' IRIs; the verdicts and notes are read from judged.tsv in order.
Article texts are rebuilt as audit does: each sentence at its byte offset, the
gaps as line breaks.
"""
import argparse
import json
import random
import re
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from sample import NS, NAME, TEXT, QUAD, unquote  # noqa: E402

HEADLINE = "<http://schema.org/headline>"
DATE = "<http://schema.org/datePublished>"
PART = "<http://schema.org/isPartOf>"
START = "<http://newsgraph.org/ns/startOffset>"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("judged")
    ap.add_argument("--pred", required=True)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("-o", required=True)
    a = ap.parse_args()
    pred = NS[a.pred]
    facts, names, texts, heads, dates, parts, starts = {}, {}, {}, {}, {}, {}, {}
    with open(a.dump, encoding="utf-8") as f:
        for line in f:
            m = QUAD.match(line.rstrip("\n"))
            if not m:
                continue
            s, p, o, g = m.groups()
            if p == pred:
                key = tuple(sorted((s, o))) if a.pred == "met" else (s, o)
                facts.setdefault(key, []).append(g)
            elif p == NAME:
                names.setdefault(s, unquote(o))
            elif p == TEXT:
                texts[s] = unquote(o)
            elif p == HEADLINE:
                heads[s] = unquote(o)
            elif p == DATE:
                dates[s] = unquote(o)[:10]
            elif p == PART:
                parts.setdefault(o, []).append(s)
            elif p == START:
                starts[s] = int(unquote(o))
    keys = sorted(facts)
    pick = random.Random(a.seed).sample(keys, min(50, len(keys)))
    judged = [l.rstrip("\n").split("\t") for l in open(a.judged, encoding="utf-8")
              if not l.startswith("#") and not l.startswith("subject\t")]
    assert len(judged) == len(pick), (len(judged), len(pick))
    rows, arts = [], {}
    for (s, o), j in zip(pick, judged):
        g = sorted(facts[(s, o)])[0]
        sent = g.strip("<>")
        art = sent.rsplit("/", 1)[0]
        sub, obj = names.get(s, s), names.get(o, unquote(o) if o.startswith('"') else o)
        assert sub == j[0] and obj == j[2], (sub, obj, j[:3])
        oiri = "" if o.startswith('"') else o.strip("<>")
        rows.append([j[5], a.pred, sub, obj, texts.get(g, ""), heads.get("<%s>" % art, ""), art, s.strip("<>"), oiri])
        if art not in arts:
            ss = sorted((starts[x], texts[x]) for x in parts.get("<%s>" % art, []))
            b = b""
            for st, t in ss:
                if st > len(b):
                    b += b"\n" * (st - len(b))
                b += t.encode("utf-8")
            arts[art] = {"article": art, "headline": heads.get("<%s>" % art, "")}
            if dates.get("<%s>" % art):
                arts[art]["published"] = dates["<%s>" % art]
            arts[art]["text"] = b.decode("utf-8")
    with open(a.o, "w", encoding="utf-8") as f:
        f.write("# sample.py %s --pred %s --n 50 --seed %d over main at 782b695 (both corpora), judged by reading each sentence;\n" % (a.dump, a.pred, a.seed))
        f.write("# notes on wrong rows: %s\n" % "; ".join("%s-%s: %s" % (r[2], r[3], j[6]) for r, j in zip(rows, judged) if len(j) > 6 and j[6]))
        f.write("verdict\tkind\tsubject\tobject\tsentence\theadline\tarticle\tsubject_iri\tobject_iri\n")
        for r in rows:
            f.write("\t".join(x.replace("\t", " ").replace("\n", " ") for x in r) + "\n")
    with open(a.o[:-len(".tsv")] + ".articles.jsonl", "w", encoding="utf-8") as f:
        for art in sorted(arts):
            f.write(json.dumps(arts[art], ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
