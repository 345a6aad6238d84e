#!/usr/bin/env python3
"""Checks for the w-set: parse, spans, coverage, duplicates, scorer round-trip."""
import csv, json, os, re, subprocess, sys, tempfile
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
GOLD = os.path.join(HERE, "gold.jsonl")
FIELDS = ["doc","value","low","high","unit","category","qualifier","subject","side","claimant",
          "claimant_aliases","span","source","source_type","source_country","scope","force"]
CATS = {"killed","wounded","casualties","captured","missing","deployed","exchanged"}
QUALS = {"exact","approximate","at_least","at_most","range","vague"}
STYPES = {"government","military","intelligence","health authority","international body","monitor","media","armed group","person","unnamed",None}
SCOPES = {"total","period","event","unknown"}
FORCES = {"military","civilian","mixed","unknown"}
errs = []
rows = []
for i, line in enumerate(open(GOLD, encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f"line {i}: does not parse: {e}"); continue
    rows.append(r)
    if list(r.keys()) != FIELDS: errs.append(f"line {i}: fields {list(r.keys())}")
    if r["category"] not in CATS: errs.append(f"line {i}: category {r['category']}")
    if r["qualifier"] not in QUALS: errs.append(f"line {i}: qualifier {r['qualifier']}")
    if r["source_type"] not in STYPES: errs.append(f"line {i}: source_type {r['source_type']}")
    if r["scope"] not in SCOPES: errs.append(f"line {i}: scope {r['scope']}")
    if r["force"] not in FORCES: errs.append(f"line {i}: force {r['force']}")
    if r["unit"] not in ("people","percent"): errs.append(f"line {i}: unit")
    q = r["qualifier"]
    if q == "vague" and (r["value"] is not None or r["low"] is not None): errs.append(f"line {i}: vague with numbers")
    if q == "range" and (r["low"] is None or r["high"] is None or r["value"] is not None): errs.append(f"line {i}: range bounds")
    if q not in ("vague","range") and r["value"] is None: errs.append(f"line {i}: no value")
    if (r["claimant"] is None) != (r["source"] is None): errs.append(f"line {i}: claimant/source mismatch")
    path = os.path.join(DOCS, r["doc"] + ".txt")
    if not os.path.exists(path):
        errs.append(f"line {i}: no doc {r['doc']}"); continue
    text = open(path, encoding="utf-8").read()
    if "\n" in r["span"]: errs.append(f"line {i}: span has newline")
    if r["span"] not in text: errs.append(f"line {i}: span not in doc: {r['span']!r}")
docs = sorted(f[:-4] for f in os.listdir(DOCS) if f.endswith(".txt"))
have = {r["doc"] for r in rows}
for d in docs:
    if d not in have: errs.append(f"doc {d} has no gold line")
def nums(r):
    return (r["value"], r["low"], r["high"])
seen = {}
for i, r in enumerate(rows, 1):
    k = (r["doc"], r["category"], r["unit"], nums(r), (r["claimant"] or "").lower())
    if k in seen: errs.append(f"line {i}: duplicates line {seen[k]} {k}")
    seen[k] = i
# word counts, wraps, front matter
for d in docs:
    t = open(os.path.join(DOCS, d + ".txt"), encoding="utf-8").read()
    w = len(t.split())
    if not 300 <= w <= 900: errs.append(f"doc {d}: {w} words")
# scorer round trip
with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="", encoding="utf-8") as f:
    wr = csv.writer(f)
    wr.writerow(["doc","value","low","high","unit","category","qualifier","side","claimant"])
    for r in rows:
        wr.writerow([r["doc"], "" if r["value"] is None else r["value"], "" if r["low"] is None else r["low"],
                     "" if r["high"] is None else r["high"], r["unit"], r["category"], r["qualifier"],
                     r["side"] or "", r["claimant"] or ""])
    pred = f.name
res = subprocess.run([sys.executable, "/work/shared/tools/score.py", pred, GOLD, "--json"], capture_output=True, text=True)
print("scorer:", res.stdout.strip(), res.stderr.strip())
sc = json.loads(res.stdout)
for k in ("precision","recall","f1","claimant_acc","qualifier_acc","side_acc","full_f1","vague_recall"):
    if sc[k] != 1.0: errs.append(f"scorer {k}={sc[k]}")
os.unlink(pred)
print(f"{len(rows)} lines, {len(docs)} docs, vague {sum(r['qualifier']=='vague' for r in rows)}")
print("by category:", dict(Counter(r["category"] for r in rows)))
print("by qualifier:", dict(Counter(r["qualifier"] for r in rows)))
print("by scope:", dict(Counter(r["scope"] for r in rows)))
print("by force:", dict(Counter(r["force"] for r in rows)))
per = Counter(r["doc"] for r in rows)
for d in docs:
    print(f"  {d}: {per[d]} lines ({sum(1 for r in rows if r['doc']==d and r['qualifier']=='vague')} vague)")
if errs:
    print("ERRORS:"); [print(" ", e) for e in errs]; sys.exit(1)
print("all checks passed")
