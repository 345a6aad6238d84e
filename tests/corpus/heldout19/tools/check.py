#!/usr/bin/env python3
"""Checks for gold.jsonl: parse, fields, spans, coverage, duplicates; then writes pred.csv and runs the scorer."""
import json, os, csv, subprocess, sys, collections, re
HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["doc", "value", "low", "high", "unit", "category", "qualifier", "subject", "side", "claimant",
          "claimant_aliases", "span", "source", "source_type", "source_country", "scope", "force"]
CATS = {"killed", "wounded", "casualties", "captured", "missing", "deployed", "exchanged"}
QUALS = {"exact", "approximate", "at_least", "at_most", "range", "vague"}
STYPES = {"government", "military", "intelligence", "health authority", "international body", "monitor", "media", "armed group", "person", "unnamed", None}
SCOPES = {"total", "period", "event", "unknown"}
FORCES = {"military", "civilian", "mixed", "unknown"}
errs = []
docs = {f[:-4]: open(os.path.join(HERE, "docs", f), encoding="utf-8").read() for f in os.listdir(os.path.join(HERE, "docs")) if f.endswith(".txt")}
gold = []
for i, line in enumerate(open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"), 1):
    if not line.strip():
        continue
    try:
        g = json.loads(line)
    except Exception as e:
        errs.append(f"line {i}: does not parse: {e}"); continue
    gold.append(g)
    if list(g) != FIELDS:
        errs.append(f"line {i}: fields {list(g)}")
    if g["doc"] not in docs:
        errs.append(f"line {i}: unknown doc {g['doc']}"); continue
    t = docs[g["doc"]]
    if g["span"] not in t:
        errs.append(f"line {i}: span not in doc: {g['span']!r}")
    elif "\n" in g["span"]:
        errs.append(f"line {i}: span crosses a line break")
    if g["category"] not in CATS: errs.append(f"line {i}: category {g['category']}")
    if g["qualifier"] not in QUALS: errs.append(f"line {i}: qualifier {g['qualifier']}")
    if g["unit"] not in ("people", "percent"): errs.append(f"line {i}: unit")
    if g["scope"] not in SCOPES: errs.append(f"line {i}: scope")
    if g["force"] not in FORCES: errs.append(f"line {i}: force")
    if g["source_type"] not in STYPES: errs.append(f"line {i}: source_type")
    q = g["qualifier"]
    if q == "vague" and not (g["value"] is None and g["low"] is None and g["high"] is None):
        errs.append(f"line {i}: vague with numbers")
    if q == "range" and not (g["value"] is None and g["low"] is not None and g["high"] is not None and g["low"] < g["high"]):
        errs.append(f"line {i}: bad range")
    if q not in ("vague", "range") and (g["value"] is None or g["low"] is not None or g["high"] is not None):
        errs.append(f"line {i}: bad value")
    if (g["claimant"] is None) != (g["source"] is None):
        errs.append(f"line {i}: claimant/source mismatch")
    if not isinstance(g["claimant_aliases"], list):
        errs.append(f"line {i}: aliases not a list")
for d in docs:
    if not any(g["doc"] == d for g in gold):
        errs.append(f"doc without lines: {d}")
seen = collections.Counter()
for g in gold:
    k = (g["doc"], g["category"], g["unit"], g["value"], g["low"], g["high"], (g["claimant"] or "").lower())
    seen[k] += 1
for k, n in seen.items():
    if n > 1 and k[3:6] != (None, None, None):
        errs.append(f"duplicate numeric line: {k}")
    if n > 1 and k[3:6] == (None, None, None):
        print("note: two vague lines share doc/category/claimant:", k)
# front matter and wrap checks
fm = [d for d, t in docs.items() if t.startswith("---\n")]
for d in fm:
    t = docs[d]
    m = re.match(r"---\ntitle: .+\npublisher: .+\npublished: \d{4}-\d{2}-\d{2}\nurl: https://\S+\n---\n\n", t)
    if not m: errs.append(f"bad front matter: {d}")
wc = {d: len(t.split()) for d, t in docs.items()}
for d, n in wc.items():
    if not 300 <= n <= 900: errs.append(f"word count {d}: {n}")
print("docs", len(docs), "with front matter", len(fm), "lines", len(gold))
# prediction CSV from gold, then the scorer
pred = os.path.join(HERE, "pred_from_gold.csv")
with open(pred, "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=["doc", "value", "low", "high", "unit", "category", "qualifier", "side", "claimant", "subject", "span"])
    w.writeheader()
    for g in gold:
        w.writerow({k: ("" if g[k] is None else g[k]) for k in w.fieldnames})
out = subprocess.run([sys.executable, "/work/shared/tools/score.py", pred, os.path.join(HERE, "gold.jsonl"), "--json"], capture_output=True, text=True)
print(out.stdout.strip(), out.stderr.strip())
res = json.loads(out.stdout)
for k in ("precision", "recall", "f1", "claimant_acc", "qualifier_acc", "side_acc", "full_f1", "vague_recall"):
    if res[k] != 1.0:
        errs.append(f"scorer {k}={res[k]}")
print("\n".join(errs) if errs else "ALL CHECKS PASSED")
sys.exit(1 if errs else 0)
