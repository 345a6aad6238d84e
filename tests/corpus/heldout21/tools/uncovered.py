#!/usr/bin/env python3
"""Second pass helper: list number tokens in each doc not covered by a gold span."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.join(HERE, "..")
WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|dozens|hundreds|thousands|several|half|quarter"
pat = re.compile(r"\d[\d,.]*|\b(?:%s)\b" % WORDS, re.I)
gold = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"))]
for f in sorted(os.listdir(os.path.join(ROOT, "docs"))):
    d = f[:-4]; text = open(os.path.join(ROOT, "docs", f)).read()
    covered = set()
    for g in gold:
        if g["doc"] != d: continue
        for m in re.finditer(re.escape(g["span"]), text):
            covered.update(range(m.start(), m.end()))
    print("==", d)
    for m in pat.finditer(text):
        if m.start() not in covered:
            ln = text[:m.start()].count("\n") + 1
            ctx = text[max(0, m.start()-40):m.end()+30].replace("\n", " ")
            print(f"  L{ln} {m.group()!r}: ...{ctx}...")
