#!/usr/bin/env python3
"""Checks for blind test set k; writes tools/pred_from_gold.csv and scores it."""
import csv, json, os, re, subprocess, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
GOLD = os.path.join(ROOT, "gold.jsonl")
DOCS = os.path.join(ROOT, "docs")
PRED = os.path.join(HERE, "pred_from_gold.csv")
SCORE = "/work/shared/tools/score.py"

FIELDS = ["doc", "value", "low", "high", "unit", "category", "qualifier", "subject", "side",
          "claimant", "claimant_aliases", "span", "source", "source_type", "source_country", "scope", "force"]
UNITS = {"people", "percent"}
CATS = {"killed", "wounded", "casualties", "captured", "missing", "deployed", "exchanged"}
QUALS = {"exact", "approximate", "at_least", "at_most", "range", "vague"}
STYPES = {"government", "military", "intelligence", "health authority", "international body",
          "monitor", "media", "armed group", "person", "unnamed"}
SCOPES = {"total", "period", "event", "unknown"}
FORCES = {"military", "civilian", "mixed", "unknown"}

errors = []
def err(msg):
    errors.append(msg)

docs = {f[:-4]: open(os.path.join(DOCS, f), encoding="utf-8").read()
        for f in sorted(os.listdir(DOCS)) if f.endswith(".txt")}
gold = []
for i, line in enumerate(open(GOLD, encoding="utf-8"), 1):
    if not line.strip():
        continue
    try:
        g = json.loads(line)
    except Exception as e:
        err(f"line {i}: does not parse: {e}"); continue
    if list(g.keys()) != FIELDS:
        err(f"line {i}: fields {list(g.keys())} != required")
    gold.append((i, g))

seen = {}
per_doc = defaultdict(int)
src_by_name = defaultdict(set)
for i, g in gold:
    d = g.get("doc")
    if d not in docs:
        err(f"line {i}: unknown doc {d}"); continue
    per_doc[d] += 1
    if g["unit"] not in UNITS: err(f"line {i}: unit {g['unit']}")
    if g["category"] not in CATS: err(f"line {i}: category {g['category']}")
    if g["qualifier"] not in QUALS: err(f"line {i}: qualifier {g['qualifier']}")
    if g["scope"] not in SCOPES: err(f"line {i}: scope {g['scope']}")
    if g["force"] not in FORCES: err(f"line {i}: force {g['force']}")
    if g["source_type"] is not None and g["source_type"] not in STYPES: err(f"line {i}: source_type {g['source_type']}")
    if (g["claimant"] is None) != (g["source"] is None): err(f"line {i}: claimant/source nullness differs")
    if not isinstance(g["claimant_aliases"], list): err(f"line {i}: aliases not a list")
    q = g["qualifier"]
    if q == "vague":
        if any(g[k] is not None for k in ("value", "low", "high")): err(f"line {i}: vague with numbers")
    elif q == "range":
        if g["value"] is not None or g["low"] is None or g["high"] is None: err(f"line {i}: bad range")
    else:
        if g["value"] is None or g["low"] is not None or g["high"] is not None: err(f"line {i}: bad value")
    span = g["span"]
    if not span or "\n" in span:
        err(f"line {i}: empty or multi-line span")
    elif not any(span in ln for ln in docs[d].split("\n")):
        err(f"line {i}: span not found on one line of {d}: {span!r}")
    if q != "vague":
        k = (d, g["category"], g["unit"], g["value"], g["low"], g["high"], (g["claimant"] or "").lower())
        if k in seen: err(f"line {i}: duplicates line {seen[k]} (category, unit, numbers, claimant)")
        seen[k] = i
    if g["source"]:
        src_by_name[g["source"]].add((g["source_type"], g["source_country"]))

for name, props in src_by_name.items():
    if len(props) > 1: err(f"source {name!r} has inconsistent type/country {props}")
# near-duplicate spellings of sources (case/punctuation folding)
fold = lambda s: re.sub(r"[^a-z0-9]", "", s.lower())
byfold = defaultdict(set)
for n in src_by_name: byfold[fold(n)].add(n)
for f, ns in byfold.items():
    if len(ns) > 1: err(f"source spellings collide: {ns}")

for d, text in docs.items():
    if per_doc[d] < 1: err(f"{d}: no gold line")
    body = text.split("---\n", 2)[2] if text.startswith("---\n") else text
    n = len(re.findall(r"\S+", body))
    if not 300 <= n <= 900: err(f"{d}: {n} words (need 300-900)")

with open(PRED, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["doc", "value", "low", "high", "unit", "category", "qualifier", "side", "claimant", "sentence"])
    for i, g in gold:
        w.writerow([g["doc"], "" if g["value"] is None else g["value"], "" if g["low"] is None else g["low"],
                    "" if g["high"] is None else g["high"], g["unit"], g["category"], g["qualifier"],
                    g["side"] or "", g["claimant"] or "", g["span"]])

print(f"{len(docs)} docs, {len(gold)} lines, {len(src_by_name)} distinct sources")
if errors:
    print("\n".join("ERROR " + e for e in errors))
out = subprocess.run([sys.executable, SCORE, PRED, GOLD], capture_output=True, text=True)
print(out.stdout.strip(), out.stderr.strip())
scores = dict(kv.split("=") for kv in out.stdout.split())
bad = [k for k in ("precision", "recall", "f1", "claimant_acc", "qualifier_acc", "side_acc", "full_f1", "vague_recall")
       if scores.get(k) not in ("1.0",)]
if bad: print("SCORE NOT 1.0 on:", bad)
ok = not errors and not bad
print("CHECK", "PASSED" if ok else "FAILED")
sys.exit(0 if ok else 1)
