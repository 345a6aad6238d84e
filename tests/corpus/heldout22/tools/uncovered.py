#!/usr/bin/env python3
"""Second-pass aid: list number tokens in each doc that no gold span covers."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|dozens|hundreds|thousands|billion|trillion"
TOK = re.compile(r"\d[\d,.]*|\b(?:" + WORDS + r")\b", re.I)
gold = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"))]
for f in sorted(os.listdir(os.path.join(ROOT, "docs"))):
    d = f[:-4]
    t = open(os.path.join(ROOT, "docs", f)).read()
    cov = [False] * len(t)
    for g in gold:
        if g["doc"] != d:
            continue
        for m in re.finditer(re.escape(g["span"]), t):
            for i in range(m.start(), m.end()):
                cov[i] = True
    print("=====", d)
    for m in TOK.finditer(t):
        if not any(cov[m.start():m.end()]):
            a = max(0, m.start() - 45); b = min(len(t), m.end() + 35)
            print(f"  {m.group():>12} | " + t[a:b].replace("\n", " "))
