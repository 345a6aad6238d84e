"""``python -m extractors evaluate``: the current extractor scored against a store's reviewed figures.

The confirmed, corrected and added figures of a store are gold, as reviewed; the
extractor runs afresh on the stored text of every article that has gold, and its
figures are scored by the judge's rules (:mod:`extractors.scoring`), so an analyst can
measure accuracy on their own corpus, and again after a rule change. Among the
predictions that match no gold figure, those on a span a reviewer rejected are known
false positives, those on a gold figure's span are misread (a wrong number, category or
unit), and the rest stand where nobody has reviewed a figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..errors import InputError
from ..extract import extract_figures
from ..scoring import score
from .reading import load_article, load_figures

GOLD = ("confirmed", "corrected", "added")
_SCORED = ("doc", "value", "low", "high", "unit", "category", "qualifier", "side", "claimant")


@dataclass(frozen=True)
class Evaluation:
    """The scorer's result, and what the unmatched predictions are."""

    result: dict
    known_false: int  # unmatched predictions on a span a reviewer rejected
    misread: int  # unmatched predictions on a gold figure's span
    not_reviewed: int  # unmatched predictions where nobody reviewed a figure

    def lines(self) -> list[str]:
        return [
            " ".join(f"{name}={value}" for name, value in self.result.items()),
            f"unmatched predictions: {self.known_false} rejected by a reviewer, {self.misread} on a reviewed"
            f" figure's words but read differently, {self.not_reviewed} not reviewed",
        ]


def _plain(value: object) -> object:
    return None if value is None or value is pd.NA or (isinstance(value, float) and value != value) else value


def _rows(figures: pd.DataFrame) -> list[dict]:
    """Figure rows as the scorer reads them (the article id as ``doc``, missing cells as None)."""
    rows = figures.assign(doc=figures["article_id"])[[*_SCORED, "start", "end"]].astype(object)
    return [{name: _plain(value) for name, value in row.items()} for row in rows.to_dict("records")]


def evaluate(db_path: str | Path) -> Evaluation:
    """Score the current extractor on the reviewed articles of the store at ``db_path``."""
    if not Path(db_path).is_file():
        raise InputError(str(db_path), "no store here (run `python -m extractors ingest` first)")
    reviewed = load_figures(db_path, rejected=True)
    gold_rows = reviewed[reviewed["review"].isin(GOLD).to_numpy(dtype=bool, na_value=False)]
    if gold_rows.empty:
        raise InputError(str(db_path), "no reviewed figures to score against: confirm, correct or add figures first")
    gold = _rows(gold_rows)
    docs = {row["doc"] for row in gold}
    predictions = []
    for key in sorted(docs):
        article = load_article(db_path, key)
        figures = extract_figures(article["text"], doc=key)
        predictions += [{name: getattr(figure, name) for name in _SCORED} | {"start": figure.start,
                        "end": figure.end, "doc": key} for figure in figures]  # fmt: skip
    result, spurious = score(predictions, gold, docs)
    rejected = reviewed[(reviewed["review"] == "rejected").to_numpy(dtype=bool, na_value=False)]
    false_spans = set(zip(rejected["article_id"], rejected["start"], rejected["end"], strict=True))
    gold_spans = {(row["doc"], row["start"], row["end"]) for row in gold}
    places = [(p["doc"], p["start"], p["end"]) for p in spurious]
    known = sum(place in false_spans for place in places)
    misread = sum(place in gold_spans and place not in false_spans for place in places)
    return Evaluation(result, known, misread, len(spurious) - known - misread)
