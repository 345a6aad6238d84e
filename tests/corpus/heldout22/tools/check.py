#!/usr/bin/env python3
"""Checks gold.jsonl against the docs and the guideline's field definitions, writes
tools/pred_from_gold.csv and runs the shared scorer on it (must give 1.0 everywhere)."""
import csv
import json
import os
import re
import subprocess
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from sources import SOURCES  # noqa: E402

FIELDS = ["doc", "value", "low", "high", "unit", "category", "qualifier", "subject", "side", "claimant",
          "claimant_aliases", "span", "source", "source_type", "source_country", "scope", "force"]
UNITS = {"people", "percent"}
CATS = {"killed", "wounded", "casualties", "captured", "missing", "deployed", "exchanged"}
QUALS = {"exact", "approximate", "at_least", "at_most", "range", "vague"}
STYPES = {"government", "military", "intelligence", "health authority", "international body", "monitor",
          "media", "armed group", "person", "unnamed"}
SCOPES = {"total", "period", "event", "unknown"}
FORCES = {"military", "civilian", "mixed", "unknown"}

errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = re.sub(r"[^\w\s-]", " ", (s or "").lower())
    s = re.sub(r"\b(the|mr|mrs|ms|dr)\b", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def read_doc(name):
    with open(os.path.join(ROOT, "docs", name + ".txt"), encoding="utf-8") as fh:
        return fh.read()


def body_words(text):
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        text = text[end + 5:]
    return len(text.split())


def main():
    docs = sorted(f[:-4] for f in os.listdir(os.path.join(ROOT, "docs")) if f.endswith(".txt"))
    rows = []
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"line {i}: bad JSON {e}")
                continue
            if list(r.keys()) != FIELDS:
                err(f"line {i}: fields {list(r.keys())}")
            rows.append((i, r))

    canon = {v[0]: v for v in SOURCES.values()}
    if len(canon) != len(SOURCES):
        err("source table: one name used for two keys")
    per_doc = defaultdict(list)
    texts = {d: read_doc(d) for d in docs}
    for i, r in rows:
        d = r.get("doc")
        if d not in texts:
            err(f"line {i}: unknown doc {d}")
            continue
        per_doc[d].append(r)
        if r["unit"] not in UNITS:
            err(f"line {i}: unit {r['unit']}")
        if r["category"] not in CATS:
            err(f"line {i}: category {r['category']}")
        if r["qualifier"] not in QUALS:
            err(f"line {i}: qualifier {r['qualifier']}")
        if r["scope"] not in SCOPES:
            err(f"line {i}: scope {r['scope']}")
        if r["force"] not in FORCES:
            err(f"line {i}: force {r['force']}")
        q = r["qualifier"]
        if q == "vague" and not (r["value"] is None and r["low"] is None and r["high"] is None):
            err(f"line {i}: vague with numbers")
        if q == "range" and not (r["value"] is None and r["low"] is not None and r["high"] is not None and r["low"] < r["high"]):
            err(f"line {i}: bad range")
        if q not in ("vague", "range") and not (isinstance(r["value"], (int, float)) and r["low"] is None and r["high"] is None):
            err(f"line {i}: bad value")
        if not isinstance(r["claimant_aliases"], list):
            err(f"line {i}: aliases not a list")
        if r["claimant"] is None:
            if r["claimant_aliases"] or r["source"] is not None or r["source_type"] is not None or r["source_country"] is not None:
                err(f"line {i}: null claimant but aliases/source set")
        else:
            if r["source"] not in canon:
                err(f"line {i}: source {r['source']!r} not in the canonical table")
            elif (r["source_type"], r["source_country"]) != canon[r["source"]][1:]:
                err(f"line {i}: source type/country differ from the table")
            if r["source_type"] not in STYPES:
                err(f"line {i}: source_type {r['source_type']}")
        span = r["span"]
        if not span or not any(span in ln for ln in texts[d].split("\n")):
            err(f"line {i}: span not found on one line of {d}: {span!r}")
    # one figure per (category, unit, numbers, claimant) in a doc
    for d, rs in per_doc.items():
        seen = {}
        for r in rs:
            if r["qualifier"] == "vague":
                continue
            nums = (r["value"],) if r["value"] is not None else (r["low"], r["high"])
            k = (r["category"], r["unit"], nums, fold(r["claimant"]))
            if k in seen:
                err(f"{d}: duplicate key {k}")
            seen[k] = 1
    for d in docs:
        if not per_doc.get(d):
            err(f"{d}: no gold lines")
        n = body_words(texts[d])
        if not 300 <= n <= 900:
            err(f"{d}: {n} words")

    # cross-article: bodies issuing figures in 3+ docs
    src_docs = defaultdict(set)
    for _, r in rows:
        if r["source"]:
            src_docs[r["source"]].add(r["doc"])
    multi = {s: len(v) for s, v in src_docs.items() if len(v) >= 3}
    print(f"bodies in 3+ docs: {len(multi)}")
    for s, n in sorted(multi.items(), key=lambda x: -x[1]):
        print(f"  {n}  {s}")
    if len(multi) < 8:
        err("fewer than 8 bodies appear in 3+ docs")

    # prediction file from the gold, in the extractor CSV shape the scorer reads
    pred = os.path.join(HERE, "pred_from_gold.csv")
    with open(pred, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["doc", "value", "low", "high", "unit", "category", "qualifier", "side", "claimant", "sentence"])
        for _, r in rows:
            w.writerow([r["doc"], "" if r["value"] is None else r["value"], "" if r["low"] is None else r["low"],
                        "" if r["high"] is None else r["high"], r["unit"], r["category"], r["qualifier"],
                        r["side"] or "", r["claimant"] or "", r["span"]])
    out = subprocess.run([sys.executable, "/work/shared/tools/score.py", pred, os.path.join(ROOT, "gold.jsonl"), "--json"],
                         capture_output=True, text=True)
    print(out.stdout.strip(), out.stderr.strip())
    res = json.loads(out.stdout)
    for k in ("precision", "recall", "f1", "claimant_acc", "qualifier_acc", "side_acc", "full_f1", "vague_recall"):
        if res.get(k) != 1.0:
            err(f"score {k} = {res.get(k)}")

    print(f"{len(rows)} lines, {len(docs)} docs")
    if errors:
        print("FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
