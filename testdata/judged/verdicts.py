#!/usr/bin/env python3
"""Fill the verdict column of an audit sample: verdicts.py FILE.tsv 'R W R ...'
(rows in file order) and print the precision."""
import sys
path, vs = sys.argv[1], sys.argv[2].split()
lines = open(path, encoding="utf-8").read().rstrip("\n").split("\n")
out, i = [], 0
for l in lines:
    if l.startswith("#") or l.startswith("verdict\t"):
        out.append(l)
        continue
    c = l.split("\t")
    c[0] = {"R": "right", "W": "wrong"}[vs[i]]
    i += 1
    out.append("\t".join(c))
assert i == len(vs), (i, len(vs))
open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")
r = vs.count("R")
print("%s: %d/%d right, precision %.2f" % (path, r, len(vs), r / len(vs)))
