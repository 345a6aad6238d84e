#!/usr/bin/env python3
"""Checks for the m-set: parse, spans, coverage, duplicates, self-score = 1.0."""
import json, os, glob, csv, subprocess, sys, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIELDS = ["doc", "value", "low", "high", "unit", "category", "qualifier", "subject", "side", "claimant",
          "claimant_aliases", "span", "source", "source_type", "source_country", "scope", "force"]
CATS = {"killed", "wounded", "casualties", "captured", "missing", "deployed", "exchanged"}
QUALS = {"exact", "approximate", "at_least", "at_most", "range", "vague"}
STYPES = {None, "government", "military", "intelligence", "health authority", "international body", "monitor", "media", "armed group", "person", "unnamed"}
errs = []
docs = {os.path.basename(p)[:-4]: open(p, encoding='utf-8').read() for p in glob.glob(OUT + '/docs/*.txt')}
gold = []
for i, line in enumerate(open(OUT + '/gold.jsonl', encoding='utf-8'), 1):
    try:
        g = json.loads(line)
    except Exception as e:
        errs.append(f"line {i}: does not parse: {e}"); continue
    gold.append(g)
    if list(g.keys()) != FIELDS: errs.append(f"line {i}: fields {list(g.keys())}")
    if g["doc"] not in docs: errs.append(f"line {i}: unknown doc {g['doc']}"); continue
    if g["category"] not in CATS: errs.append(f"line {i}: category {g['category']}")
    if g["qualifier"] not in QUALS: errs.append(f"line {i}: qualifier {g['qualifier']}")
    if g["unit"] not in ("people", "percent"): errs.append(f"line {i}: unit")
    if g["scope"] not in ("total", "period", "event", "unknown"): errs.append(f"line {i}: scope")
    if g["force"] not in ("military", "civilian", "mixed", "unknown"): errs.append(f"line {i}: force")
    if g["source_type"] not in STYPES: errs.append(f"line {i}: source_type")
    if (g["claimant"] is None) != (g["source"] is None): errs.append(f"line {i}: claimant/source mismatch")
    q = g["qualifier"]
    if q == "vague" and not (g["value"] is None and g["low"] is None and g["high"] is None): errs.append(f"line {i}: vague with numbers")
    if q == "range" and not (g["value"] is None and g["low"] is not None and g["high"] is not None): errs.append(f"line {i}: range numbers")
    if q not in ("vague", "range") and g["value"] is None: errs.append(f"line {i}: no value")
    sp = g["span"]
    if "\n" in sp: errs.append(f"line {i}: span has a line break")
    if sp not in docs[g["doc"]]: errs.append(f"line {i}: span not in doc: {sp!r}")
for d in docs:
    if not any(g["doc"] == d for g in gold): errs.append(f"doc without lines: {d}")
seen = collections.Counter((g["doc"], g["category"], g["unit"], g["value"], g["low"], g["high"], (g["claimant"] or "").lower()) for g in gold)
for k, n in seen.items():
    if n > 1: errs.append(f"duplicate key {k} x{n}")
# front matter / word counts
for d, t in sorted(docs.items()):
    w = len(t.split())
    if not 300 <= w <= 900: errs.append(f"{d}: {w} words")
# self-score
pred = OUT + '/tools/pred_from_gold.csv'
with open(pred, 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(["doc", "value", "low", "high", "unit", "category", "qualifier", "side", "claimant", "subject", "span"])
    for g in gold:
        w.writerow([g["doc"], "" if g["value"] is None else g["value"], "" if g["low"] is None else g["low"],
                    "" if g["high"] is None else g["high"], g["unit"], g["category"], g["qualifier"],
                    g["side"] or "", g["claimant"] or "", g["subject"], g["span"]])
r = subprocess.run([sys.executable, "/work/shared/tools/score.py", pred, OUT + "/gold.jsonl", "--json"], capture_output=True, text=True)
print(r.stdout.strip(), r.stderr.strip())
res = json.loads(r.stdout)
for k in ("precision", "recall", "f1", "claimant_acc", "qualifier_acc", "side_acc", "full_f1", "vague_recall"):
    if res[k] != 1.0: errs.append(f"self-score {k}={res[k]}")
print(f"{len(gold)} lines, {len(docs)} docs, {sum(g['qualifier']=='vague' for g in gold)} vague")
print(collections.Counter(g["category"] for g in gold))
print(collections.Counter(g["qualifier"] for g in gold))
for e in errs: print("ERROR", e)
print("OK" if not errs else f"{len(errs)} errors")
