#!/usr/bin/env python3
"""Build gold.jsonl from tools/gold_tables.py and the canonical source table tools/sources.py."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from sources import SOURCES  # noqa: E402
from gold_tables import DOCS  # noqa: E402

ROOT = os.path.dirname(HERE)


def build():
    out = []
    for doc, d in DOCS.items():
        cls = d["CLAIMANTS"]
        for f in d["FIGURES"]:
            if f["cl"] is None:
                claimant, aliases, src = None, [], (None, None, None)
            else:
                claimant, aliases, skey = cls[f["cl"]]
                src = SOURCES[skey]
            out.append({
                "doc": doc,
                "value": f["value"], "low": f["low"], "high": f["high"],
                "unit": f["unit"], "category": f["category"], "qualifier": f["qualifier"],
                "subject": f["subject"], "side": f["side"],
                "claimant": claimant, "claimant_aliases": list(aliases),
                "span": f["span"],
                "source": src[0], "source_type": src[1], "source_country": src[2],
                "scope": f["scope"], "force": f["force"],
            })
    return out


if __name__ == "__main__":
    rows = build()
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines")
