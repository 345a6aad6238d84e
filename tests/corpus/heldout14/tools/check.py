#!/usr/bin/env python3
"""Checks for the h14 blind set: parse, fields, spans, coverage, duplicates, self-score = 1.0."""
import csv, json, os, re, subprocess, sys, collections

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
GOLD = os.path.join(ROOT, "gold.jsonl")
DOCS = os.path.join(ROOT, "docs")
SCORER = "/work/shared/tools/score.py"
FIELDS = ["doc", "value", "low", "high", "unit", "category", "qualifier", "subject", "side", "claimant",
          "claimant_aliases", "span", "source", "source_type", "source_country", "scope", "force"]
CATS = {"killed", "wounded", "casualties", "captured", "missing", "deployed", "exchanged"}
QUALS = {"exact", "approximate", "at_least", "at_most", "range", "vague"}
STYPES = {"government", "military", "intelligence", "health authority", "international body", "monitor",
          "media", "armed group", "person", "unnamed", None}
SCOPES = {"total", "period", "event", "unknown"}
FORCES = {"military", "civilian", "mixed", "unknown"}

errors = []
def err(m): errors.append(m)

rows = []
for i, line in enumerate(open(GOLD, encoding="utf-8"), 1):
    if not line.strip():
        continue
    try:
        r = json.loads(line)
    except Exception as e:
        err(f"line {i}: does not parse: {e}"); continue
    rows.append(r)
    if list(r.keys()) != FIELDS:
        err(f"line {i}: fields {list(r.keys())}")
    if r["category"] not in CATS: err(f"line {i}: category {r['category']}")
    if r["qualifier"] not in QUALS: err(f"line {i}: qualifier {r['qualifier']}")
    if r["unit"] not in ("people", "percent"): err(f"line {i}: unit {r['unit']}")
    if r["scope"] not in SCOPES: err(f"line {i}: scope {r['scope']}")
    if r["force"] not in FORCES: err(f"line {i}: force {r['force']}")
    if r["source_type"] not in STYPES: err(f"line {i}: source_type {r['source_type']}")
    if (r["claimant"] is None) != (r["source"] is None): err(f"line {i}: claimant/source mismatch")
    q = r["qualifier"]
    if q == "vague" and not (r["value"] is None and r["low"] is None and r["high"] is None):
        err(f"line {i}: vague with numbers")
    if q == "range" and not (r["value"] is None and r["low"] is not None and r["high"] is not None):
        err(f"line {i}: range without low/high")
    if q not in ("vague", "range") and (r["value"] is None or r["low"] is not None):
        err(f"line {i}: {q} needs value only")
    path = os.path.join(DOCS, r["doc"] + ".txt")
    if not os.path.exists(path):
        err(f"line {i}: no doc {r['doc']}"); continue
    text = open(path, encoding="utf-8").read()
    sp = r["span"]
    if "\n" in sp: err(f"line {i}: span has a line break")
    if sp not in text: err(f"line {i}: span not in doc: {sp!r}")

docs = sorted(f[:-4] for f in os.listdir(DOCS) if f.endswith(".txt"))
have = {r["doc"] for r in rows}
for d in docs:
    if d not in have: err(f"doc without lines: {d}")

def nums(r):
    return (r["value"], r["low"], r["high"])
seen = collections.Counter((r["doc"], r["category"], r["unit"], nums(r), (r["claimant"] or "").lower()) for r in rows if r["qualifier"] != "vague")
for k, n in seen.items():
    if n > 1: err(f"duplicate figure {k}")

# word counts and front matter
for d in docs:
    t = open(os.path.join(DOCS, d + ".txt"), encoding="utf-8").read()
    w = len(t.split())
    if not 300 <= w <= 900: err(f"{d}: {w} words")

# self-score: prediction CSV built from gold
pred = os.path.join(ROOT, "tools", "pred_from_gold.csv")
with open(pred, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["doc", "value", "low", "high", "unit", "category", "qualifier", "side", "claimant", "subject", "span"])
    for r in rows:
        w.writerow([r["doc"], "" if r["value"] is None else r["value"], "" if r["low"] is None else r["low"],
                    "" if r["high"] is None else r["high"], r["unit"], r["category"], r["qualifier"],
                    r["side"] or "", r["claimant"] or "", r["subject"], r["span"]])
res = subprocess.run([sys.executable, SCORER, pred, GOLD, "--json"], capture_output=True, text=True)
print("scorer:", res.stdout.strip(), res.stderr.strip())
sc = json.loads(res.stdout)
for k in ("precision", "recall", "f1", "claimant_acc", "qualifier_acc", "side_acc", "full_f1", "vague_recall"):
    if sc[k] != 1.0: err(f"self-score {k}={sc[k]}")

print(f"{len(rows)} lines, {len(docs)} docs")
print("by category:", dict(collections.Counter(r["category"] for r in rows)))
print("by qualifier:", dict(collections.Counter(r["qualifier"] for r in rows)))
print("by scope:", dict(collections.Counter(r["scope"] for r in rows)))
print("by force:", dict(collections.Counter(r["force"] for r in rows)))
for d in docs:
    rs = [r for r in rows if r["doc"] == d]
    print(f"  {d}: {len(rs)} lines ({sum(r['qualifier'] != 'vague' for r in rs)} numeric, {sum(r['qualifier'] == 'vague' for r in rs)} vague)")
if errors:
    print("ERRORS:"); [print("  " + e) for e in errors]; sys.exit(1)
print("all checks passed")
