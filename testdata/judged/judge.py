#!/usr/bin/env python3
"""Write verdicts into a sample file: judge.py FILE 'R R W ...' ['1=note' ...].
Prints the precision. Rows are numbered from 1 in file order."""
import sys
path, verdicts = sys.argv[1], sys.argv[2].split()
notes = dict(a.split("=", 1) for a in sys.argv[3:])
lines = open(path, encoding="utf-8").read().rstrip("\n").split("\n")
head = [l for l in lines if l.startswith("#") or l.startswith("subject\t")]
rows = [l for l in lines if l not in head]
assert len(rows) == len(verdicts), (len(rows), len(verdicts))
out = []
for i, (r, v) in enumerate(zip(rows, verdicts), 1):
    c = r.split("\t")
    c = (c + [""] * 7)[:7]
    c[5] = {"R": "right", "W": "wrong"}[v]
    c[6] = notes.get(str(i), c[6])
    out.append("\t".join(c))
right = sum(v == "R" for v in verdicts)
with open(path, "w", encoding="utf-8") as f:
    f.write("\n".join(head + out) + "\n")
print("%s: %d/%d right, precision %.2f" % (path, right, len(verdicts), right / len(verdicts)))
