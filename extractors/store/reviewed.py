"""The reviewed view of :func:`load_figures`: the machine's figures with today's reviews applied.

``load_figures`` reads the machine's figures from its columnar copy (or the store) and
the reviews in the same read transaction; reviews do not touch the copy's change
counter, so a review never costs the 100,000-figure copy, only this small overlay.
The rules are those of the ``reviewed_figures`` view (:mod:`.review_schema`), which
exports read: a review applies to the figure ``review_matches`` found for it, a
rejected figure is dropped unless asked for, and an added figure whose span holds no
machine figure is inserted where the store's order puts it. ``tests/test_reviews.py``
checks that the two agree.

The reviews are applied to the Arrow table before it becomes pandas: the few rows a
review replaces or adds are built apart, and one ``take`` puts every row in its place
(pandas' row selection, or many table slices joined, cost several times more).
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Callable, Iterable

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .review_schema import STATUSES

# The reviews to apply (orphaned ones apply to nothing), with the article metadata an added figure shows.
_OVERLAY = (
    'SELECT m.article_id, m.start, m."end", m.status, m.fields, m.figure_category,'
    " a.doc, a.title, a.publisher, a.published, a.url"
    " FROM review_matches m JOIN articles a ON a.article_id = m.article_id"
    " WHERE m.figure_category IS NOT NULL OR m.status = 'added'"
)
_ARTICLE_ORDER = ("published", "doc", "article_id")  # FIGURES_ORDER: the articles' order, then start
_MACHINE = STATUSES.index("machine")


def read_overlay(query: Callable[[str], pa.Table]) -> list[dict]:
    """The reviews that change what ``load_figures`` returns (none for a store made before reviews)."""
    if not query("SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = 'review_matches'").num_rows:
        return []
    return query(_OVERLAY).to_pylist()


def with_review_column(frame: pd.DataFrame, statuses: Iterable[str] | None = None) -> pd.DataFrame:
    """``frame`` with its ``review`` column (a categorical of the statuses): all ``machine`` unless given."""
    if statuses is None:  # codes, not a million words
        frame["review"] = pd.Categorical.from_codes(np.full(len(frame), _MACHINE, dtype=np.int8), categories=STATUSES)
    else:
        frame["review"] = pd.Categorical(statuses, categories=STATUSES)
    return frame


def apply_reviews(table: pa.Table, overlay: list[dict], rejected: bool = False) -> tuple[pa.Table, np.ndarray]:
    """``table`` (load_figures' machine rows, in store order) with ``overlay`` applied, and each row's review
    status (its index in :data:`STATUSES`)."""
    if not overlay:
        return table, np.full(table.num_rows, _MACHINE, dtype=np.int8)
    changes: dict[int, tuple[int | None | str, int]] = {}  # position -> (row in new_rows, "keep" or None: drop; code)
    corrected: list[tuple[int, dict]] = []
    for position, review in _matched(table, [r for r in overlay if r["figure_category"] is not None]):
        code, fields = STATUSES.index(review["status"]), json.loads(review["fields"])
        if review["status"] == "rejected" and not rejected:
            changes[position] = (None, code)
        elif fields:
            corrected.append((position, fields))
            changes[position] = (len(corrected) - 1, code)
        else:
            changes[position] = ("keep", code)
    machine = table.take([position for position, _ in corrected]).to_pylist() if corrected else []
    new_rows = [row | fields for row, (_, fields) in zip(machine, corrected, strict=True)]
    inserts: dict[int, list[int]] = {}
    added = sorted((r for r in overlay if r["figure_category"] is None), key=lambda r: (*_article_key(r), r["start"]))
    for position, review in zip(_places(table, added), added, strict=True):
        new_rows.append(_added_row(review))
        inserts.setdefault(position, []).append(len(new_rows) - 1)
    extra = pa.Table.from_pylist(new_rows, schema=table.schema)
    return _spliced(table, extra, changes, inserts)


def _article_key(row: dict) -> tuple:
    return tuple("" if row[name] is None else row[name] for name in _ARTICLE_ORDER)


def _matched(table: pa.Table, applied: list[dict]) -> list[tuple[int, dict]]:
    """Each review with the row of the figure it applies to (rows of the reviewed articles only are read)."""
    wanted = pa.array(sorted({review["article_id"] for review in applied}), pa.large_string())
    candidates = np.flatnonzero(pc.is_in(table["article_id"], value_set=wanted).to_numpy(zero_copy_only=False))
    keys = table.select(["article_id", "start", "end", "category"]).take(candidates).to_pylist()
    rows = {tuple(key.values()): int(at) for at, key in zip(candidates, keys, strict=True)}
    matched = []
    for review in applied:
        position = rows.get((review["article_id"], review["start"], review["end"], review["figure_category"]))
        if position is not None:
            matched.append((position, review))
    return matched


def _places(table: pa.Table, added: list[dict]) -> list[int]:
    """Where each added figure goes in store order: its article's place, then before the first figure at or after
    its start (so before a machine figure on the same start, as SQLite sorts a missing figure_id first)."""
    if not added:
        return []
    ids = table["article_id"]
    firsts = np.flatnonzero(np.concatenate([[True], pc.not_equal(ids[1:], ids[:-1]).to_numpy(zero_copy_only=False)]))
    firsts = firsts[firsts < table.num_rows]
    articles = table.select(list(_ARTICLE_ORDER)).take(firsts)
    runs = list(zip(*(articles[name].to_pylist() for name in _ARTICLE_ORDER), strict=True))  # never NULL
    ends = [*firsts[1:].tolist(), table.num_rows]
    places = []
    for review in added:
        run = bisect.bisect_left(runs, _article_key(review))
        if run == len(runs) or runs[run] != _article_key(review):
            places.append(int(firsts[run]) if run < len(runs) else table.num_rows)
            continue
        starts = [-1 if start is None else start for start in table["start"][firsts[run] : ends[run]].to_pylist()]
        places.append(int(firsts[run]) + bisect.bisect_left(starts, review["start"]))
    return places


def _added_row(review: dict) -> dict:
    row = {name: review[name] for name in ("article_id", "doc", "title", "publisher", "published", "url")}
    row |= {"start": review["start"], "end": review["end"], "extractor_version": None}  # no extractor made it
    return row | json.loads(review["fields"])


def _spliced(
    table: pa.Table, extra: pa.Table, changes: dict[int, tuple[int | None | str, int]], inserts: dict[int, list[int]]
) -> tuple[pa.Table, np.ndarray]:
    """``table`` with rows replaced, kept with a new status or dropped (``changes``) and ``extra`` rows inserted
    before positions (``inserts``), in one take of the rows in their new order. Returns it and the status codes."""
    size = table.num_rows
    order = np.arange(size, dtype=np.int64)
    codes = np.full(size, _MACHINE, dtype=np.int8)
    dropped = np.zeros(size, dtype=bool)
    for position, (row, code) in changes.items():
        codes[position] = code
        if row is None:
            dropped[position] = True
        elif row != "keep":
            order[position] = size + row
    places = [position for position, rows in sorted(inserts.items()) for _ in rows]
    rows = [size + row for _, rows in sorted(inserts.items()) for row in rows]
    order = np.insert(order, places, rows)
    codes = np.insert(codes, places, STATUSES.index("added"))
    kept = ~np.insert(dropped, places, False)
    rows_in_order = pa.concat_tables([table, extra]).combine_chunks() if extra.num_rows else table
    return rows_in_order.take(order[kept]), codes[kept]
