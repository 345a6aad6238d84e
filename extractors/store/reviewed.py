"""The reviewed view of :func:`load_figures`: the machine's figures with today's reviews applied.

``load_figures`` reads the machine's figures from its columnar copy (or the store) and
the reviews in the same read transaction; reviews do not touch the copy's change
counter, so a review never costs the 100,000-figure copy, only this small overlay.
The rules are those of the ``reviewed_figures`` view (:mod:`.review_schema`), which
exports read: a review applies to the figure ``review_matches`` found for it, a
rejected figure is dropped unless asked for, and an added figure whose span holds no
machine figure is inserted where the store's order puts it. ``tests/test_reviews.py``
checks that the two agree.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Callable, Iterable

import numpy as np
import pandas as pd
import pyarrow as pa

from .review_schema import STATUSES

# The reviews to apply (orphaned ones apply to nothing), with the article metadata an added figure shows.
_OVERLAY = (
    'SELECT m.article_id, m.start, m."end", m.status, m.fields, m.figure_category,'
    " a.doc, a.title, a.publisher, a.published, a.url"
    " FROM review_matches m JOIN articles a ON a.article_id = m.article_id"
    " WHERE m.figure_category IS NOT NULL OR m.status = 'added'"
)
_SORT_KEY = ("published", "doc", "article_id", "start")  # FIGURES_ORDER, as load_figures' rows are sorted


def read_overlay(query: Callable[[str], pa.Table]) -> list[dict]:
    """The reviews that change what ``load_figures`` returns (none for a store made before reviews)."""
    if not query("SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = 'review_matches'").num_rows:
        return []
    return query(_OVERLAY).to_pylist()


def with_review_column(frame: pd.DataFrame, statuses: Iterable[str] | None = None) -> pd.DataFrame:
    """``frame`` with its ``review`` column (a categorical of the statuses): all ``machine`` unless given."""
    frame["review"] = pd.Categorical(["machine"] * len(frame) if statuses is None else statuses, categories=STATUSES)
    return frame


def apply_reviews(
    frame: pd.DataFrame, overlay: list[dict], typed: Callable[[pd.DataFrame], pd.DataFrame], rejected: bool = False
) -> pd.DataFrame:
    """``frame`` (load_figures' machine rows, in store order) with ``overlay`` applied to its fields and ``review``.

    ``typed`` types a frame of added figures as ``frame`` is typed.
    """
    if not overlay:
        return frame
    applied = [review for review in overlay if review["figure_category"] is not None]
    if applied:
        _correct(frame, applied)
    added = [review for review in overlay if review["figure_category"] is None]
    if added:
        frame = _insert(frame, added, typed)
    if not rejected:
        keep = (frame["review"] != "rejected").to_numpy(dtype=bool, na_value=True)
        frame = frame[keep].reset_index(drop=True)
    return frame


def _correct(frame: pd.DataFrame, applied: list[dict]) -> None:
    """Write each review's status and fields into the rows of its figure, column by column."""
    candidates = np.flatnonzero(
        frame["article_id"].isin({review["article_id"] for review in applied}).to_numpy(dtype=bool, na_value=False)
    )
    rows: dict[tuple, list[int]] = {}
    columns = [frame[name].array for name in ("article_id", "start", "end", "category")]
    for position in candidates:
        key = tuple(column[position] for column in columns)
        rows.setdefault(key, []).append(int(position))
    changes: dict[str, tuple[list[int], list[object]]] = {}
    for review in applied:
        positions = rows.get((review["article_id"], review["start"], review["end"], review["figure_category"]), [])
        for name, value in (("review", review["status"]), *json.loads(review["fields"]).items()):
            where, values = changes.setdefault(name, ([], []))
            where.extend(positions)
            values.extend([value] * len(positions))
    for name, (where, values) in changes.items():
        column = frame.columns.get_loc(name)
        frame.iloc[where, column] = [pd.NA if value is None else value for value in values]


def _insert(frame: pd.DataFrame, added: list[dict], typed: Callable[[pd.DataFrame], pd.DataFrame]) -> pd.DataFrame:
    """``frame`` with the added figures where the store's order puts them (before a figure on the same start)."""
    rows = []
    for review in added:
        row = {name: review[name] for name in ("article_id", "doc", "title", "publisher", "published", "url")}
        row |= {"start": review["start"], "end": review["end"], **json.loads(review["fields"])}
        rows.append(row | {"extractor_version": None})  # no extractor made it
    extra = with_review_column(typed(pd.DataFrame(rows))[list(frame.columns)], ["added"] * len(rows))
    keys = [(r["published"], r["doc"], r["article_id"], r["start"]) for r in rows]
    extra = extra.iloc[sorted(range(len(keys)), key=keys.__getitem__)]
    keys.sort()
    columns = [frame[name].array for name in _SORT_KEY]
    positions = [
        bisect.bisect_left(range(len(frame)), key, key=lambda i: tuple(_text(column[i]) for column in columns))
        for key in keys
    ]
    slots = np.concatenate([np.arange(len(frame)) * 2 + 1, np.asarray(positions, dtype=np.int64) * 2])
    order = np.argsort(slots, kind="stable")
    return pd.concat([frame, extra], ignore_index=True).take(order).reset_index(drop=True)


def _text(value: object) -> object:
    """A sort key's cell as SQLite orders it: a missing start sorts first, text as text."""
    if value is pd.NA or value is None:
        return -1
    return value
