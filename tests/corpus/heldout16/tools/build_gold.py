#!/usr/bin/env python3
"""Build gold.jsonl from src/gold_src.py and src/sources.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
from sources import S
from gold_src import G

out = []
for (doc, span, num, cat, qual, subject, side, claimant, aliases, skey, scope, force) in G:
    if isinstance(num, tuple):
        value, low, high = None, num[0], num[1]
    else:
        value, low, high = num, None, None
    src, stype, scountry = S[skey]
    out.append({
        "doc": doc, "value": value, "low": low, "high": high, "unit": "people",
        "category": cat, "qualifier": qual, "subject": subject, "side": side,
        "claimant": claimant, "claimant_aliases": list(aliases), "span": span,
        "source": src, "source_type": stype, "source_country": scountry,
        "scope": scope, "force": force,
    })
with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out), "lines")
