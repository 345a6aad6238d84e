"""``python -m extractors evaluate``: the extractor scored against a store's reviews, by the judge's rules.

A store whose reviews say exactly what the dev gold says must score exactly as the
judge's scorer (the copy in ``tests/corpus/score.py``) scores the extractor on the dev
corpus; and the port of its rules in ``extractors.scoring`` must agree with it on any table.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pandas as pd
import pytest

from extractors.cli import extract_paths, main
from extractors.intake import ingest
from extractors.scoring import score
from extractors.store import load_articles, load_figures, open_store
from extractors.store.reviews import FigureKey, add_figure, review_figure
from tests.corpus_score import CORPUS, load_scorer
from tests.corpus_score import score as judge

ROOT = Path(__file__).resolve().parents[1]
DEV_GOLD = CORPUS / "dev" / "gold.jsonl"
SCORER = load_scorer()
FIELDS = ("value", "low", "high", "unit", "category", "qualifier", "side", "claimant")


def _gold() -> list[dict]:
    return [json.loads(line) for line in DEV_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def _dev_paths() -> list[Path]:
    docs = {g["doc"] for g in _gold()}
    return [ROOT / "seeds" / f"{doc}.txt" for doc in sorted(docs)]


def _pairs(gold: list[dict], machine: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Gold figures paired with machine figures as the scorer pairs them; unpaired gold; unpaired machine figures."""
    left, pairs, unpaired = list(machine), [], []
    for g in gold:
        numbers = SCORER.numbers(g)
        candidates = [m for m in left if SCORER.key(m) == SCORER.key(g)] if numbers else [
            m for m in left if SCORER.numbers(m) is None and m["category"] == g["category"]]  # fmt: skip
        if not candidates:
            unpaired.append(g)
            continue
        best = next((m for m in candidates if SCORER.claimant_ok(m.get("claimant"), g)), candidates[0])
        left.remove(best)
        pairs.append((g, best))
    return pairs, unpaired, left


def _as_reviewed(g: dict, m: dict | None) -> dict:
    """What an analyst sets for gold figure ``g``: its fields, the machine's claimant where the gold accepts it."""
    fields = {name: g.get(name) for name in FIELDS}
    if m is not None and SCORER.claimant_ok(m.get("claimant"), g):
        fields["claimant"] = m.get("claimant")
    return fields


def _review_article(connection, key: str, text: str, gold: list[dict], machine: list[dict]) -> None:
    pairs, missed, spurious = _pairs(gold, machine)
    for g in list(missed):  # gold the machine read wrongly, on the machine figure's own words: a correction
        same_words = next((m for m in spurious if m["span"] == g.get("span")), None)
        if same_words is not None:
            spurious.remove(same_words)
            missed.remove(g)
            pairs.append((g, same_words))
    for g, m in pairs:
        fields = _as_reviewed(g, m)
        changed = {name: value for name, value in fields.items() if value != m.get(name)}
        figure = FigureKey(key, m["start"], m["end"], m["category"])
        review_figure(connection, figure, "corrected" if changed else "confirmed", "gold", changed)
    for g in missed:
        start = text.index(g["span"])
        add_figure(connection, key, start, start + len(g["span"]), _as_reviewed(g, None), "gold")
    for m in spurious:
        review_figure(connection, FigureKey(key, m["start"], m["end"], m["category"]), "rejected", "gold")


def _plain(row: dict) -> dict:
    return {name: None if pd.isna(value) else value for name, value in row.items()}


@pytest.fixture(scope="module")
def reviewed_as_gold(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("evaluate") / "figures.db"
    summary = ingest.ingest([str(path) for path in _dev_paths()], db)
    assert summary.failed == 0, summary.errors
    articles = load_articles(db).set_index("doc")
    machine = load_figures(db)
    gold = _gold()
    connection = open_store(db)
    try:
        for doc, key in articles["article_id"].items():
            text = connection.execute("SELECT text FROM articles WHERE article_id = ?", (key,)).fetchone()[0]
            rows = [_plain(row) for row in machine[machine["doc"] == doc].to_dict("records")]
            _review_article(connection, key, text, [g for g in gold if g["doc"] == doc], rows)
    finally:
        connection.close()
    return db


def test_reviews_equal_to_the_dev_gold_score_as_the_judge_scores_the_dev_corpus(reviewed_as_gold, capsys) -> None:
    assert main(["evaluate", "--db", str(reviewed_as_gold), "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    predictions, errors = extract_paths([str(path) for path in _dev_paths()])
    assert not errors
    expected, _ = judge(predictions, (DEV_GOLD,))
    assert {name: got[name] for name in expected} == expected
    assert got["not_reviewed"] == 0  # every unmatched prediction stands where the "reviewer" looked
    assert got["known_false"] + got["misread"] == expected["pred"] - expected["matched"]
    assert got["known_false"] > 0 and got["misread"] > 0


def test_the_report_is_the_scorers_line_and_what_is_unmatched(reviewed_as_gold, capsys) -> None:
    assert main(["evaluate", "--db", str(reviewed_as_gold)]) == 0
    first, second = capsys.readouterr().out.splitlines()
    assert first.startswith("docs=") and " f1=" in first and " full_f1=" in first
    assert second.startswith("unmatched predictions: ") and second.endswith(", 0 not reviewed")


def test_a_store_without_reviews_is_a_one_line_error(tmp_path, capsys) -> None:
    db = tmp_path / "figures.db"
    ingest.ingest([str(_dev_paths()[0])], db)
    assert main(["evaluate", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no reviewed figures to score against" in err


def _perturbed(rows: list[dict], rng: random.Random) -> list[dict]:
    """Predictions with numbers, categories, claimants, qualifiers and sides changed here and there, some dropped."""
    changed = []
    for row in rows:
        if rng.random() < 0.15:
            continue
        row = dict(row)
        for name, options in (("value", [None, 1.0, row.get("value")]), ("category", ["killed", "wounded"]),
                              ("claimant", [None, "officials", "the ministry"]), ("qualifier", ["exact", "vague"]),
                              ("side", [None, "Russia", "Ukraine"])):  # fmt: skip
            if rng.random() < 0.2:
                row[name] = rng.choice(options)
        changed.append(row)
    return changed + [dict(row) for row in rng.sample(rows, k=min(5, len(rows)))]  # some repeated


@pytest.mark.parametrize("seed", range(5))
def test_the_ported_rules_agree_with_the_judges_scorer(seed: int) -> None:
    predictions, _ = extract_paths([str(path) for path in _dev_paths()])
    rows = [_plain(row) for row in predictions.to_dict("records")]
    rows = _perturbed(rows, random.Random(seed)) if seed else rows
    expected, _ = judge(pd.DataFrame(rows, columns=predictions.columns), (DEV_GOLD,))
    got, _ = score(rows, _gold())
    assert got == expected
