#!/usr/bin/env python3
"""Checks for /tmp/h20: parse, spans, coverage, duplicates, field set, scorer round-trip."""
import json, os, sys, csv, subprocess, collections
HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["doc","value","low","high","unit","category","qualifier","subject","side","claimant","claimant_aliases","span",
          "source","source_type","source_country","scope","force"]
CATS = {"killed","wounded","casualties","captured","missing","deployed","exchanged"}
QUALS = {"exact","approximate","at_least","at_most","range","vague"}
STYPES = {"government","military","intelligence","health authority","international body","monitor","media","armed group","person","unnamed"}
SCOPES = {"total","period","event","unknown"}; FORCES = {"military","civilian","mixed","unknown"}
errs = []
rows = []
for i, line in enumerate(open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f"line {i}: does not parse: {e}"); continue
    rows.append(r)
    if list(r.keys()) != FIELDS: errs.append(f"line {i}: fields {list(r.keys())}")
    if r["category"] not in CATS: errs.append(f"line {i}: category {r['category']}")
    if r["qualifier"] not in QUALS: errs.append(f"line {i}: qualifier {r['qualifier']}")
    if r["unit"] not in ("people","percent"): errs.append(f"line {i}: unit")
    if r["scope"] not in SCOPES or r["force"] not in FORCES: errs.append(f"line {i}: scope/force")
    if r["source_type"] is not None and r["source_type"] not in STYPES: errs.append(f"line {i}: source_type")
    if (r["claimant"] is None) != (r["source"] is None): errs.append(f"line {i}: claimant/source mismatch")
    q = r["qualifier"]
    if q == "vague" and any(r[k] is not None for k in ("value","low","high")): errs.append(f"line {i}: vague with numbers")
    if q == "range" and (r["value"] is not None or r["low"] is None or r["high"] is None): errs.append(f"line {i}: range numbers")
    if q not in ("vague","range") and (r["value"] is None or r["low"] is not None): errs.append(f"line {i}: value missing")
    path = os.path.join(HERE, "docs", r["doc"] + ".txt")
    if not os.path.exists(path):
        errs.append(f"line {i}: no doc {r['doc']}"); continue
    text = open(path, encoding="utf-8").read()
    if "\n" in r["span"]: errs.append(f"line {i}: span has newline")
    if not any(r["span"] in l for l in text.split("\n")): errs.append(f"line {i}: span not found on one line: {r['span']!r}")
docs = sorted(f[:-4] for f in os.listdir(os.path.join(HERE, "docs")) if f.endswith(".txt"))
have = {r["doc"] for r in rows}
for d in docs:
    if d not in have: errs.append(f"doc {d}: no gold line")
seen = collections.Counter((r["doc"], r["category"], r["unit"], r["value"], r["low"], r["high"], (r["claimant"] or "").lower()) for r in rows)
for k, n in seen.items():
    if n > 1 and not (k[3] is None and k[4] is None):
        errs.append(f"duplicate key {k}")
# word counts and front matter
for d in docs:
    t = open(os.path.join(HERE, "docs", d + ".txt"), encoding="utf-8").read()
    w = len(t.split())
    if not 300 <= w <= 900: errs.append(f"doc {d}: {w} words")
# scorer round-trip
pred = os.path.join(HERE, "build", "pred_from_gold.csv")
with open(pred, "w", newline="", encoding="utf-8") as f:
    wr = csv.DictWriter(f, fieldnames=FIELDS); wr.writeheader()
    for r in rows:
        rr = dict(r); rr["claimant_aliases"] = "|".join(r["claimant_aliases"])
        wr.writerow({k: ("" if v is None else v) for k, v in rr.items()})
out = subprocess.run([sys.executable, "/work/shared/tools/score.py", pred, os.path.join(HERE, "gold.jsonl"), "--json"],
                     capture_output=True, text=True)
res = json.loads(out.stdout)
print("scorer:", res)
for k in ("precision","recall","f1","claimant_acc","qualifier_acc","side_acc","full_f1"):
    if res[k] != 1.0: errs.append(f"scorer {k}={res[k]}")
if res["vague_recall"] not in (None, 1.0): errs.append("vague recall")
print(f"{len(rows)} lines, {len(docs)} docs")
for e in errs: print("ERROR", e)
sys.exit(1 if errs else 0)
