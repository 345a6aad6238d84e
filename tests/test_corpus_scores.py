"""Extraction quality on the annotated corpus, scored with the judge's own scorer (issue 2's "Must show").

Two kinds of check. Each set (seed + dev, and each held-out set whose misses have been
read) has bars just under today's scores, whole-row ``full_f1`` among them, so that a
regression of two points on any measure fails while one more miss in a hundred does
not. And each seed and dev article is checked on its own, every figure found and every
row right, so that a failure names the article and lists its misses; the articles the
extractor does not get fully right today are strict known misses, so a fix shows too.
"""

from __future__ import annotations

import filecmp
import json
from functools import cache
from pathlib import Path

import pandas as pd
import pytest

from extractors.cli import extract_paths
from tests.conftest import xfail
from tests.corpus_copies import ROOT, SEED_DOC, SHARED, copies
from tests.corpus_score import GOLD_FILES, score

CORPUS = ROOT / "tests" / "corpus"
MEASURES = ("f1", "recall", "claimant_acc", "qualifier_acc", "side_acc", "full_f1")
# How far under today's score a bar sits: one error in about a hundred figures passes, two points fail.
MARGIN = 0.015
# Today's scores (python3 tests/corpus/score.py), measured when these bars were set; raise them as scores rise.
# heldout3, heldout9, heldout10, heldout13, heldout16 and heldout20 are left out on purpose: they stay blind
# measures, read only for their scores.
TODAY = {
    "seed + dev": (0.962, 0.955, 0.984, 1.000, 0.909, 0.947),
    "heldout": (0.970, 0.966, 0.974, 0.991, 0.922, 0.945),
    "heldout2": (0.973, 0.989, 0.978, 1.000, 0.890, 0.952),
    "heldout4": (0.956, 0.960, 0.950, 1.000, 0.950, 0.908),
    "heldout5": (0.937, 0.914, 0.874, 1.000, 0.953, 0.819),
    "heldout6": (0.899, 0.903, 0.931, 0.980, 0.843, 0.819),  # side: its gold gives "on all sides" a country
    "heldout7": (0.901, 0.899, 0.856, 0.975, 0.894, 0.749),
    "heldout8": (0.935, 0.910, 0.907, 0.977, 0.884, 0.826),
    "heldout11": (0.933, 0.915, 0.972, 0.991, 0.852, 0.898),
    "heldout12": (0.907, 0.882, 0.918, 0.969, 0.821, 0.805),
    "heldout14": (0.944, 0.937, 0.938, 0.976, 0.904, 0.862),
    "heldout15": (0.940, 0.928, 0.978, 0.950, 0.772, 0.872),
    "heldout17": (0.923, 0.910, 0.938, 1.000, 0.745, 0.865),
    "heldout18": (0.924, 0.938, 0.909, 0.970, 0.812, 0.824),
    "heldout19": (0.948, 0.948, 0.978, 0.984, 0.720, 0.911),
    "heldout21": (0.940, 0.945, 0.977, 0.977, 0.896, 0.902),
    "heldout22": (0.920, 0.915, 0.913, 0.989, 0.717, 0.830),
    "samples": (0.941, 0.941, 0.906, 1.000, 0.875, 0.853),
}
BARS = {
    (name, measure): round(score - MARGIN, 3)
    for name, scores in TODAY.items()
    for measure, score in zip(MEASURES, scores, strict=True)
}


def _report(details: str, lines: int = 40) -> str:
    """The first lines of the scorer's --verbose report, to show in a failure."""
    head = details.splitlines()[:lines]
    more = len(details.splitlines()) - len(head)
    return "\n".join(head + ([f"... and {more} more"] if more > 0 else []))


@cache
def extracted(name: str) -> pd.DataFrame:
    folder = ROOT / "seeds" if name == "seed + dev" else CORPUS / name / "docs"
    table, errors = extract_paths([str(folder)])
    assert errors == [], errors
    return table


@cache
def scored(name: str) -> tuple[dict[str, object], str]:
    gold = GOLD_FILES if name == "seed + dev" else (CORPUS / name / "gold.jsonl",)
    return score(extracted(name), gold_files=gold)


@pytest.mark.parametrize(("name", "measure"), BARS, ids=[f"{name}-{measure}" for name, measure in BARS])
def test_each_set_keeps_its_score(name: str, measure: str) -> None:
    result, details = scored(name)
    bar = BARS[name, measure]
    assert result[measure] >= bar, f"{name}: {measure}={result[measure]} < {bar}: {result}\n{_report(details)}"


def test_seed_article_gives_exactly_four_rows() -> None:
    table = extracted("seed + dev")
    seed = table[table["doc"] == SEED_DOC]
    assert len(seed) == 4, seed[["value", "category", "qualifier", "claimant", "span"]].to_string()


# Seed and dev articles the extractor does not get fully right today, and what it gets wrong.
KNOWN_MISSES = {
    "d09_named_russian_dead_count": "misses the toll given as a count of names ('passed 25,000 names')",
    "d13_swap_then_il76_crash": "reads the plane's dead as captured and exchanged; misses the 80 on the second plane",
    "d15_gaza_toll_passes_50000": "reads 233 dead once listed as missing as missing, not killed",
    "d16_gaza_hostages_prisoners_freed": "misses hostages freed 'seven in the morning' and '13 a few hours later'; "
    "reads 1,718 freed as captured",
    "d20_sudan_zamzam_camp_attack": "keeps a spokeswoman's '400 dead' that the gold leaves out",
    "d21_myanmar_pazigyi_airstrike": "reads 'the count rose from 130' as wounded",
    "d24_us_troops_syria_drawdown": "names the spokesman, not the Pentagon he speaks for",
    "d26_yemen_ras_isa_strike": "leaves the health office's toll unattributed",
    "d28_drc_goma_toll_peacekeepers": "reads 'lost one peacekeeper' as casualties, not killed",
    "d29_drc_foreign_troops_estimates": "misses the range '8,000 to 10,000' troops",
    "d30_haiti_gang_suppression_force": "leaves the Security Council's 5,500-strong force unattributed",
}


def _gold_docs() -> list[str]:
    lines = [line for path in GOLD_FILES for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return sorted({json.loads(line)["doc"] for line in lines})


ARTICLES = [
    xfail(doc, id=doc, reason=KNOWN_MISSES[doc]) if doc in KNOWN_MISSES else pytest.param(doc, id=doc)
    for doc in _gold_docs()
]


@pytest.mark.parametrize("doc", ARTICLES)
def test_each_seed_and_dev_article_is_fully_right(doc: str) -> None:
    result, details = score(extracted("seed + dev"), docs=[doc])
    assert result["full_f1"] == 1.0, f"{doc}: {result}\n{_report(details)}"


def test_known_misses_name_real_articles() -> None:
    assert sorted(set(KNOWN_MISSES) - set(_gold_docs())) == []


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared is not beside the checkout")
@pytest.mark.parametrize(("original", "copy"), copies(), ids=[str(copy.relative_to(ROOT)) for _, copy in copies()])
def test_project_copy_equals_shared(original: Path, copy: Path) -> None:
    assert copy.is_file(), f"{copy.relative_to(ROOT)} is missing: run `make refresh-corpus`"
    assert filecmp.cmp(original, copy, shallow=False), f"{copy.relative_to(ROOT)} differs: run `make refresh-corpus`"
