#!/usr/bin/env python3
"""Build gold.jsonl from src/g*.py and check it (see README.md)."""
import csv, glob, json, os, re, subprocess, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import common
for f in sorted(glob.glob(os.path.join(HERE, "src", "g*.py"))):
    exec(open(f, encoding="utf-8").read(), {"__name__": "g"})
rows = common.ROWS
FIELDS = ["doc","value","low","high","unit","category","qualifier","subject","side","claimant","claimant_aliases","span","source","source_type","source_country","scope","force"]
with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + "\n")

errs = []
gold = [json.loads(l) for l in open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8")]
docs = {os.path.basename(p)[:-4]: open(p, encoding="utf-8").read() for p in glob.glob(os.path.join(HERE, "docs", "*.txt"))}
CATS = {"killed","wounded","casualties","captured","missing","deployed","exchanged"}
QUALS = {"exact","approximate","at_least","at_most","range","vague"}
STYPES = {"government","military","intelligence","health authority","international body","monitor","media","armed group","person","unspecified","unnamed", None}
for i, g in enumerate(gold, 1):
    if list(g) != FIELDS: errs.append(f"line {i}: fields {list(g)}")
    if g["doc"] not in docs: errs.append(f"line {i}: no doc {g['doc']}"); continue
    t = docs[g["doc"]]
    if "\n" in g["span"] or g["span"] not in t: errs.append(f"line {i}: span not found on one line: {g['span']!r}")
    if g["category"] not in CATS: errs.append(f"line {i}: category {g['category']}")
    if g["qualifier"] not in QUALS: errs.append(f"line {i}: qualifier {g['qualifier']}")
    if g["unit"] not in ("people","percent"): errs.append(f"line {i}: unit")
    if g["scope"] not in ("total","period","event","unknown"): errs.append(f"line {i}: scope")
    if g["force"] not in ("military","civilian","mixed","unknown"): errs.append(f"line {i}: force")
    if g["source_type"] not in STYPES: errs.append(f"line {i}: source_type {g['source_type']}")
    if (g["claimant"] is None) != (g["source"] is None): errs.append(f"line {i}: claimant/source mismatch")
    v, lo, hi, q = g["value"], g["low"], g["high"], g["qualifier"]
    if q == "vague" and (v, lo, hi) != (None, None, None): errs.append(f"line {i}: vague with numbers")
    if q == "range" and (v is not None or lo is None or hi is None or lo >= hi): errs.append(f"line {i}: bad range")
    if q not in ("vague", "range") and (v is None or lo is not None): errs.append(f"line {i}: bad value")
for d in docs:
    if not any(g["doc"] == d for g in gold): errs.append(f"doc {d} has no line")
seen = {}
for i, g in enumerate(gold, 1):
    if g["qualifier"] == "vague": continue
    k = (g["doc"], g["category"], g["unit"], g["value"], g["low"], g["high"], (g["claimant"] or "").lower())
    if k in seen: errs.append(f"line {i}: duplicate of line {seen[k]} {k}")
    seen[k] = i
# canonical source spelled one way: same source -> same type/country
st = collections.defaultdict(set)
for g in gold:
    if g["source"]: st[g["source"]].add((g["source_type"], g["source_country"]))
for s, v in st.items():
    if len(v) > 1: errs.append(f"source {s} has several type/country pairs {v}")
# prediction CSV from the gold, scored with the project scorer
pred = os.path.join(HERE, "pred_from_gold.csv")
with open(pred, "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=["doc","value","low","high","unit","category","qualifier","side","claimant"])
    w.writeheader()
    for g in gold:
        w.writerow({k: ("" if g[k] is None else g[k]) for k in w.fieldnames})
out = subprocess.run([sys.executable, "/work/shared/tools/score.py", pred, os.path.join(HERE, "gold.jsonl")], capture_output=True, text=True)
print(out.stdout.strip(), out.stderr.strip())
for k in ("precision=1.0", "recall=1.0", "f1=1.0", "claimant_acc=1.0", "qualifier_acc=1.0", "side_acc=1.0", "full_f1=1.0", "vague_recall=1.0"):
    if k not in out.stdout: errs.append(f"scorer: {k} not reached")
# summary
print("lines", len(gold), "numeric", sum(g["qualifier"] != "vague" for g in gold), "vague", sum(g["qualifier"] == "vague" for g in gold))
print("by category", dict(collections.Counter(g["category"] for g in gold)))
print("by qualifier", dict(collections.Counter(g["qualifier"] for g in gold)))
print("by scope", dict(collections.Counter(g["scope"] for g in gold)), "by force", dict(collections.Counter(g["force"] for g in gold)))
for d in sorted(docs):
    t = docs[d]; fm = t.startswith("title:")
    body = t.split("\n\n", 1)[1] if fm else t
    n = [g for g in gold if g["doc"] == d]
    print(f"{d:48s} words={len(body.split()):4d} fm={fm!s:5s} lines={len(n):3d} vague={sum(g['qualifier']=='vague' for g in n)}")
print("ERRORS:" if errs else "OK: no errors", *errs, sep="\n")
sys.exit(1 if errs else 0)
