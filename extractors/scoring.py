"""The judge's scoring rules (``../shared/tools/score.py``) as a function, for ``python -m extractors evaluate``.

The rules are the scorer's, line for line: a predicted figure matches a gold one with
the same document, category, unit and numbers (a value, or a low and a high), the
claimant is right when either name holds the other as whole words (gold aliases too),
vague figures count apart by document and category, and repeated predictions (same
numbers, category, unit and claimant in a document) are one. The scorer is a script,
not a module the package can import; ``tests/test_evaluate.py`` runs the copy in
``tests/corpus/score.py`` on the same tables and checks every number is the same.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

NULLS = {"", "none", "null", "nan", "unattributed", "unknown", "n/a"}
Row = Mapping[str, object]


def num(x: object) -> float | None:
    if x is None:
        return None
    if isinstance(x, (int, float)):
        return None if (isinstance(x, float) and math.isnan(x)) else float(x)
    s = str(x).strip().replace(",", "")
    if s.lower() in NULLS:
        return None
    try:
        return float(s)
    except ValueError:
        return None


def text(x: object) -> str:
    if x is None:
        return ""
    s = str(x).strip()
    return "" if s.lower() in NULLS else s


def fold(s: object) -> str:
    s = re.sub(r"[^\w\s-]", " ", text(s).lower())
    s = re.sub(r"\b(the|mr|mrs|ms|dr)\b", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def numbers(r: Row) -> tuple | None:
    v, lo, hi = num(r.get("value")), num(r.get("low")), num(r.get("high"))
    if v is not None:
        return ("v", round(v, 6))
    if lo is not None and hi is not None:
        return ("r", round(lo, 6), round(hi, 6))
    return None  # vague


def key(r: Row) -> tuple:
    return (text(r.get("doc")), text(r.get("category")).lower(), (text(r.get("unit")) or "people").lower(), numbers(r))


def within(a: str, b: str) -> bool:
    """a occurs in b as whole words ("un" is not inside "unnamed")."""
    return re.search(r"(?<![\w-])" + re.escape(a) + r"(?![\w-])", b) is not None


def claimant_ok(pred: object, gold: Row) -> bool:
    p = fold(pred)
    names = [fold(gold.get("claimant"))] + [fold(a) for a in gold.get("claimant_aliases") or []]
    names = [n for n in names if n]
    if not names:
        return p == ""
    if not p:
        return False
    return any(within(p, n) or within(n, p) for n in names)


def side_ok(pred: object, gold: Row) -> bool:
    return fold(pred) == fold(gold.get("side"))


def _unique(rows: Iterable[Row]) -> list[Row]:
    """Duplicates within an article are one prediction: same numbers, category, unit and claimant."""
    seen, preds = set(), []
    for r in rows:
        k = key(r) + (fold(r.get("claimant")),)
        if k not in seen:
            seen.add(k)
            preds.append(r)
    return preds


def _match(gnum: list[Row], pnum: list[Row]) -> tuple[list[tuple[Row, Row]], list[Row], list[Row]]:
    """Gold figures paired with predictions by key (the one with the right claimant first); missed; spurious."""
    pool = defaultdict(list)
    for p in pnum:
        pool[key(p)].append(p)
    matched, missed = [], []
    for g in gnum:
        cands = pool.get(key(g), [])
        if not cands:
            missed.append(g)
            continue
        best = next((p for p in cands if claimant_ok(p.get("claimant"), g)), cands[0])
        cands.remove(best)
        matched.append((g, best))
    return matched, missed, [p for ps in pool.values() for p in ps]


def _vague_hits(gvague: list[Row], pvague: list[Row]) -> int:
    vpool: dict[tuple, int] = defaultdict(int)
    for p in pvague:
        vpool[(text(p.get("doc")), text(p.get("category")).lower())] += 1
    vhit = 0
    for g in gvague:
        k = (g["doc"], g["category"])
        if vpool[k] > 0:
            vpool[k] -= 1
            vhit += 1
    return vhit


def score(predictions: Iterable[Row], gold: list[Row], docs: set[str] | None = None) -> tuple[dict, list[Row]]:
    """The scorer's result for ``predictions`` against ``gold`` (only ``docs``, by default gold's), and the
    spurious predictions."""
    docs = docs if docs is not None else {g["doc"] for g in gold}
    gold = [g for g in gold if g["doc"] in docs]
    preds = _unique(r for r in predictions if text(r.get("doc")) in docs)
    gnum = [g for g in gold if numbers(g) is not None]
    gvague = [g for g in gold if numbers(g) is None]
    pnum = [p for p in preds if numbers(p) is not None]
    pvague = [p for p in preds if numbers(p) is None]
    matched, _, spurious = _match(gnum, pnum)
    tp = len(matched)
    prec = tp / len(pnum) if pnum else 0.0
    rec = tp / len(gnum) if gnum else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    cl = sum(claimant_ok(p.get("claimant"), g) for g, p in matched)
    qu = sum(text(p.get("qualifier")).lower() == g["qualifier"] for g, p in matched)
    si = sum(side_ok(p.get("side"), g) for g, p in matched)
    vhit = _vague_hits(gvague, pvague)
    # a figure is fully right when numbers, category, claimant and qualifier all are
    full = sum(
        claimant_ok(p.get("claimant"), g) and text(p.get("qualifier")).lower() == g["qualifier"] for g, p in matched
    )
    result = {
        "docs": len(docs), "gold": len(gnum), "pred": len(pnum), "matched": tp,
        "precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3),
        "claimant_acc": round(cl / tp, 3) if tp else 0.0,
        "qualifier_acc": round(qu / tp, 3) if tp else 0.0,
        "side_acc": round(si / tp, 3) if tp else 0.0,
        "full_f1": round(2 * full / (len(pnum) + len(gnum)), 3) if gnum else 0.0,
        "vague_recall": round(vhit / len(gvague), 3) if gvague else None,
        "vague_gold": len(gvague),
    }  # fmt: skip
    return result, spurious


def result_line(result: Mapping[str, object]) -> str:
    """The result as the scorer prints it: ``key=value`` pairs."""
    return " ".join(f"{k}={v}" for k, v in result.items())
