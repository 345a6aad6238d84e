#!/usr/bin/env python3
"""Checks for the k-set corpus: parse, spans, duplicates, enums, self-score = 1.0."""
import json, os, re, csv, subprocess, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["doc","value","low","high","unit","category","qualifier","subject","side","claimant",
          "claimant_aliases","span","source","source_type","source_country","scope","force"]
CATS = {"killed","wounded","casualties","captured","missing","deployed","exchanged"}
QUALS = {"exact","approximate","at_least","at_most","range","vague"}
STYPES = {"government","military","intelligence","health authority","international body","monitor","media","armed group","person","unnamed",None}
SCOPES = {"total","period","event","unknown"}
FORCES = {"military","civilian","mixed","unknown"}
errs = []
docs = {f[:-4]: open(os.path.join(HERE,"docs",f),encoding="utf-8").read() for f in os.listdir(os.path.join(HERE,"docs")) if f.endswith(".txt")}
rows = []
for i, line in enumerate(open(os.path.join(HERE,"gold.jsonl"),encoding="utf-8"),1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f"line {i}: does not parse: {e}"); continue
    rows.append(r)
    if list(r.keys()) != FIELDS: errs.append(f"line {i}: fields {list(r.keys())}")
    if r["doc"] not in docs: errs.append(f"line {i}: no doc {r['doc']}"); continue
    sp = r["span"]
    if "\n" in sp: errs.append(f"line {i}: span has a line break")
    if sp not in docs[r["doc"]]: errs.append(f"line {i}: span not in doc: {sp!r}")
    if r["category"] not in CATS: errs.append(f"line {i}: category {r['category']}")
    if r["qualifier"] not in QUALS: errs.append(f"line {i}: qualifier {r['qualifier']}")
    if r["unit"] not in ("people","percent"): errs.append(f"line {i}: unit")
    if r["source_type"] not in STYPES: errs.append(f"line {i}: source_type {r['source_type']}")
    if r["scope"] not in SCOPES: errs.append(f"line {i}: scope")
    if r["force"] not in FORCES: errs.append(f"line {i}: force")
    if (r["claimant"] is None) != (r["source"] is None): errs.append(f"line {i}: claimant/source null mismatch")
    q = r["qualifier"]
    if q == "vague" and (r["value"], r["low"], r["high"]) != (None, None, None): errs.append(f"line {i}: vague with numbers")
    if q == "range" and not (r["value"] is None and r["low"] is not None and r["high"] is not None and r["low"] < r["high"]): errs.append(f"line {i}: bad range")
    if q not in ("vague","range") and (r["value"] is None or r["low"] is not None or r["high"] is not None): errs.append(f"line {i}: bad value")
    # numeric spans should carry the number
    if r["value"] is not None and re.search(r"\d", sp):
        digits = re.sub(r"[,\s]", "", sp)
        v = r["value"]; vs = str(int(v)) if float(v).is_integer() else str(v)
        if vs not in digits and "thousand" not in sp: errs.append(f"line {i}: value {vs} not visible in span {sp!r}")
for d in docs:
    if not any(r["doc"] == d for r in rows): errs.append(f"doc {d}: no gold line")
def fold(s): return re.sub(r"\s+"," ",re.sub(r"[^\w\s-]"," ",(s or "").lower())).strip()
seen = collections.Counter((r["doc"], r["category"], r["unit"], r["value"], r["low"], r["high"], fold(r["claimant"])) for r in rows)
for k, n in seen.items():
    if n > 1: errs.append(f"duplicate key {k} x{n}")
# word counts and front matter
fm = 0
for d, t in docs.items():
    w = len(t.split())
    if not 300 <= w <= 900: errs.append(f"doc {d}: {w} words")
    if t.startswith("---\n"):
        fm += 1
        head = t.split("\n---\n")[0]
        for k in ("title:","publisher:","published:","url:"):
            if ("\n"+k) not in head: errs.append(f"doc {d}: front matter lacks {k}")
        if not re.search(r"\n---\n\n", t): errs.append(f"doc {d}: no blank line after front matter")
print(f"{len(rows)} lines, {len(docs)} docs, {fm} with front matter")
# self-score
pred = os.path.join(HERE, "pred_from_gold.csv")
with open(pred, "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=["doc","value","low","high","unit","category","qualifier","side","claimant","subject","span"])
    w.writeheader()
    for r in rows:
        w.writerow({k: ("" if r[k] is None else r[k]) for k in w.fieldnames})
out = subprocess.run([sys.executable, "/work/shared/tools/score.py", pred, os.path.join(HERE,"gold.jsonl"), "--json"], capture_output=True, text=True)
print(out.stdout.strip(), out.stderr.strip())
res = json.loads(out.stdout)
for k in ("precision","recall","f1","claimant_acc","qualifier_acc","side_acc","full_f1","vague_recall"):
    if res[k] != 1.0: errs.append(f"self-score {k}={res[k]}")
for e in errs: print("ERROR", e)
print("OK" if not errs else f"{len(errs)} errors")
sys.exit(1 if errs else 0)
