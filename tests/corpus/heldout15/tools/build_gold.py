#!/usr/bin/env python3
"""Builds OUTDIR/gold.jsonl from tools/gold_src.py and tools/claimants.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from claimants import C
from gold_src import D, G

out = []
for t in G:
    doc, num, qual, cat, subj, side, ck, span, scope, force = t[:10]
    unit = t[10] if len(t) > 10 else 'people'
    value = low = high = None
    if isinstance(num, tuple):
        low, high = num
    elif num is not None:
        value = num
    claimant, aliases, source, stype, scountry = C[ck]
    out.append({
        'doc': D[doc], 'value': value, 'low': low, 'high': high, 'unit': unit,
        'category': cat, 'qualifier': qual, 'subject': subj, 'side': side,
        'claimant': claimant, 'claimant_aliases': list(aliases), 'span': span,
        'source': source, 'source_type': stype, 'source_country': scountry,
        'scope': scope, 'force': force,
    })
with open(os.path.join(HERE, '..', 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out), 'lines')
