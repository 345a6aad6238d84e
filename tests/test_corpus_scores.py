"""Extraction quality on the annotated corpus, scored with the judge's own scorer (issue 2's "Must show")."""

from __future__ import annotations

import filecmp

import pandas as pd
import pytest

from extractors.cli import extract_paths
from tests.corpus_copies import ROOT, SEED_DOC, SHARED, copies
from tests.corpus_score import score

# What the seed article and the seed + dev corpus must reach (issue 2).
THRESHOLDS = {"f1": 0.90, "claimant_acc": 0.85, "qualifier_acc": 0.90, "side_acc": 0.85}


def _report(details: str, lines: int = 40) -> str:
    """The first lines of the scorer's --verbose report, to show in a failure."""
    head = details.splitlines()[:lines]
    more = len(details.splitlines()) - len(head)
    return "\n".join(head + ([f"... and {more} more"] if more > 0 else []))


@pytest.fixture(scope="module")
def extracted() -> pd.DataFrame:
    table, errors = extract_paths([str(ROOT / "seeds")])
    assert errors == [], errors
    return table


@pytest.fixture(scope="module")
def corpus_result(extracted: pd.DataFrame) -> tuple[dict[str, object], str]:
    return score(extracted)


def test_seed_article_gives_exactly_four_rows(extracted: pd.DataFrame) -> None:
    seed = extracted[extracted["doc"] == SEED_DOC]
    assert len(seed) == 4, seed[["value", "category", "qualifier", "claimant", "span"]].to_string()


def test_seed_article_is_fully_right(extracted: pd.DataFrame) -> None:
    result, details = score(extracted, docs=[SEED_DOC])
    assert result["full_f1"] == 1.0, f"{result}\n{_report(details)}"


@pytest.mark.parametrize(("metric", "threshold"), THRESHOLDS.items(), ids=THRESHOLDS.keys())
def test_seed_and_dev_corpus_reach_threshold(corpus_result: tuple, metric: str, threshold: float) -> None:
    result, details = corpus_result
    assert result[metric] >= threshold, f"{metric}={result[metric]} < {threshold}: {result}\n{_report(details)}"


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared is not beside the checkout")
@pytest.mark.parametrize(("original", "copy"), copies(), ids=[str(copy.relative_to(ROOT)) for _, copy in copies()])
def test_project_copy_equals_shared(original, copy) -> None:
    assert copy.is_file(), f"{copy.relative_to(ROOT)} is missing: run `make refresh-corpus`"
    assert filecmp.cmp(original, copy, shallow=False), f"{copy.relative_to(ROOT)} differs: run `make refresh-corpus`"


# The held-out sets (tests/corpus/heldout*/) were written and annotated from the guideline alone,
# apart from the extractor. They guard against rules that only fit the dev corpus. Side is the
# weakest measure on unseen text (whose people a figure counts is often only implied), so its bar
# there is lower; the others are the dev corpus's.
HELDOUT_THRESHOLDS = THRESHOLDS | {"side_acc": 0.65}
# heldout3 is left out on purpose: it stays a blind measure, read only for its score. heldout4
# and heldout5 were blind until their first scores (in their READMEs); their misses have been read since.
HELDOUT_SETS = [ROOT / "tests" / "corpus" / name for name in ("heldout", "heldout2", "heldout4", "heldout5")]


@pytest.mark.parametrize("heldout", HELDOUT_SETS, ids=[path.name for path in HELDOUT_SETS])
def test_heldout_set_reaches_threshold(heldout) -> None:
    table, errors = extract_paths([str(heldout / "docs")])
    assert errors == [], errors
    result, details = score(table, gold_files=[heldout / "gold.jsonl"])
    failed = {metric: result[metric] for metric, threshold in HELDOUT_THRESHOLDS.items() if result[metric] < threshold}
    assert not failed, f"{heldout.name}: {failed} below {HELDOUT_THRESHOLDS}: {result}\n{_report(details)}"
