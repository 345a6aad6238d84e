"""Score the cross-article fields of a figures table: ``source``, ``source_type``, ``scope`` and ``force``.

The judge's scorer ignores these fields (see the guideline's last section); this
module measures them the way issues 9 and 10 state their targets, on the figures the
scorer matches (same doc, category, unit and numbers, with its own matching rules,
loaded from ``tests/corpus/score.py``):

- ``same_source_pairs``: of the pairs of matched figures in different articles whose
  gold ``source`` is the same, the share whose predicted ``source`` is the same too;
- ``different_source_pairs``: of the pairs whose gold sources differ, the share whose
  predicted sources differ;
- ``names_per_source``: for each gold source matched in two or more articles, how many
  different predicted names it goes by, averaged;
- ``source_type_acc``: right ``source_type`` among matched figures with a claimant;
- ``scope_acc`` and ``force_acc``: right ``scope`` / ``force`` among matched figures;
- ``as_of_acc``: right ``as_of`` among matched figures whose gold line gives one (an empty
  string where the text dates nothing and the article has no date).

usage: python3 tests/corpus_fields.py PRED.csv GOLD.jsonl [GOLD.jsonl ...]
"""

from __future__ import annotations

import csv
import functools
import itertools
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.corpus_score import load_scorer  # noqa: E402

_scorer = functools.cache(load_scorer)


def _matched(preds: list[dict], gold: list[dict]) -> list[tuple[dict, dict]]:
    """Gold and predicted rows paired as the judge's scorer pairs them."""
    scorer = _scorer()
    docs = {g["doc"] for g in gold}
    seen, unique = set(), []
    for row in preds:
        if scorer.text(row.get("doc")) not in docs:
            continue
        key = scorer.key(row) + (scorer.fold(row.get("claimant")),)
        if key not in seen:
            seen.add(key)
            unique.append(row)
    pool = defaultdict(list)
    for row in unique:
        if scorer.numbers(row) is not None:
            pool[scorer.key(row)].append(row)
    pairs = []
    for line in gold:
        candidates = pool.get(scorer.key(line), []) if scorer.numbers(line) is not None else []
        if candidates:
            best = next((p for p in candidates if scorer.claimant_ok(p.get("claimant"), line)), candidates[0])
            candidates.remove(best)
            pairs.append((line, best))
    return pairs


def _same(a: object, b: object) -> bool:
    scorer = _scorer()
    return scorer.fold(a) == scorer.fold(b)


def _share(hits: int, total: int) -> float | None:
    return round(hits / total, 3) if total else None


def field_scores(preds: list[dict], gold: list[dict]) -> dict[str, object]:
    """The measures listed in the module docstring; None where a set has nothing to measure."""
    scorer = _scorer()
    matched = _matched(preds, gold)
    sourced = [(g, p) for g, p in matched if scorer.text(g.get("source"))]
    same = different = same_hits = different_hits = 0
    for (g1, p1), (g2, p2) in itertools.combinations(sourced, 2):
        if g1["doc"] == g2["doc"]:
            continue
        if _same(g1["source"], g2["source"]):
            same += 1
            same_hits += _same(p1.get("source"), p2.get("source"))
        else:
            different += 1
            different_hits += not _same(p1.get("source"), p2.get("source"))
    names, articles = defaultdict(set), defaultdict(set)
    for g, p in sourced:
        names[scorer.fold(g["source"])].add(scorer.fold(p.get("source")))
        articles[scorer.fold(g["source"])].add(g["doc"])
    spread = [len(names[s]) for s, docs in articles.items() if len(docs) >= 2]
    claimed = [(g, p) for g, p in matched if scorer.text(g.get("claimant")) and g.get("source_type")]
    scoped = [(g, p) for g, p in matched if g.get("scope")]
    forced = [(g, p) for g, p in matched if g.get("force")]
    dated = [(g, p) for g, p in matched if "as_of" in g]
    return {
        "matched": len(matched),
        "same_source_pairs": _share(same_hits, same),
        "different_source_pairs": _share(different_hits, different),
        "names_per_source": round(sum(spread) / len(spread), 2) if spread else None,
        "source_type_acc": _share(sum(_same(g["source_type"], p.get("source_type")) for g, p in claimed), len(claimed)),
        "scope_acc": _share(sum(_same(g["scope"], p.get("scope")) for g, p in scoped), len(scoped)),
        "force_acc": _share(sum(_same(g["force"], p.get("force")) for g, p in forced), len(forced)),
        "as_of_acc": _share(sum((g["as_of"] or "") == (p.get("as_of") or "") for g, p in dated), len(dated)),
    }


def read_gold(paths: Iterable[Path]) -> list[dict]:
    return [json.loads(line) for path in paths for line in Path(path).read_text(encoding="utf-8").splitlines() if line]


def main(argv: Sequence[str]) -> int:
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    with open(argv[0], encoding="utf-8", newline="") as handle:
        preds = list(csv.DictReader(handle))
    result = field_scores(preds, read_gold(Path(p) for p in argv[1:]))
    print(" ".join(f"{name}={value}" for name, value in result.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
