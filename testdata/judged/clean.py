#!/usr/bin/env python3
"""Write the rows of a judged sample whose check is clean into a regression
file TestJudged runs: clean.py BIN seedN/KIND.tsv KIND-seedN.tsv. Runs `BIN audit
check` on the sample and keeps every row it does not name (a wrong fact still
extracted, or a right one no longer extracted: the work left), with the
sample's articles beside it."""
import os, re, shutil, subprocess, sys
bin_, src, dst = sys.argv[1:4]
out = subprocess.run([bin_, "audit", "check", src], capture_output=True, text=True)
bad = {int(m.group(1)) for m in re.finditer(re.escape(src) + r":(\d+): judged", out.stdout + out.stderr)}
lines = open(src, encoding="utf-8").read().rstrip("\n").split("\n")
kept = [l for n, l in enumerate(lines, 1) if n not in bad]
facts = sum(1 for l in lines if not l.startswith("#")) - 1
kept.insert(2, "# the rows of %s whose check is clean (%d of %d facts left out: still wrong, or right under another node)" % (src, len(bad), facts))
open(dst, "w", encoding="utf-8").write("\n".join(kept) + "\n")
shutil.copy(src[:-4] + ".articles.jsonl", dst[:-4] + ".articles.jsonl")
print("%s: %d rows, %d left out" % (dst, facts - len(bad), len(bad)))
