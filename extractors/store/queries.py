"""Filtered counts and pages of figures, answered by the database: the store in SQLite, a dataset in DuckDB.

For a dashboard over a million figures: nothing here loads the whole table. A count,
the counts per value of a facet, the publication dates' range and one page of rows
(sentences included, for those rows only) each come from one query, so what a caller
caches is small. A filter is any object whose ``where()`` gives a SQL condition on the
store's figures (``f.``) and articles (``a.``) with its parameters, as the export
filters do; ``None`` keeps every figure. The store and a `corpus` dataset folder give
the same answers (tests/test_queries.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

import numpy as np
import pandas as pd

from ..figure import COLUMNS
from .conditions import Contains, Field
from .database import _QUOTED, ARTICLE_LIST_COLUMNS, ARTICLE_META, FIGURES_ORDER, FIGURES_SELECT, read_frame
from .dataset import FIGURE_ORDER, duckdb_where, figure_files, figures_from, is_dataset, querying
from .dataset import articles_frame as dataset_articles
from .reading import figures_table

PAGE_COLUMNS = (*COLUMNS, "article_id")
# FIGURES_SELECT with the join turned round: CROSS JOIN keeps SQLite from reordering it, so it
# walks the articles in their order (articles_in_order) and each one's figures in theirs
# (figures_in_order), and a page needs no sort of every matching figure.
_STORE_FROM = "FROM figures f JOIN articles a ON a.article_id = f.article_id"
_PAGE_SELECT = FIGURES_SELECT.replace(
    _STORE_FROM, "FROM articles a CROSS JOIN figures f ON f.article_id = a.article_id"
)


class Filter(Protocol):
    def where(self) -> tuple[str, tuple]: ...


def _where(figure_filter: Filter | None) -> tuple[str, tuple]:
    return figure_filter.where() if figure_filter is not None else ("", ())


def _column(name: str) -> str:
    return f"a.{name}" if name in ARTICLE_META else f"f.{_QUOTED.get(name, name)}"


def _store_from(sql: str) -> str:
    """The store's FROM clause; articles are joined only when the query names them."""
    if "a." in sql:
        return " FROM figures f JOIN articles a ON a.article_id = f.article_id"
    return " FROM figures f"


# What the store's figures are read from: the reviewed view (review_schema: the figures table's columns
# and the status), or for a store with no review (or made before reviews) the figures as the machine's.
REVIEWED_VIEW, _UNREVIEWED = "reviewed_figures", "(SELECT *, 'machine' AS review FROM figures)"


def reviewed_from(db_path: str | Path, sql: str) -> str:
    """``sql`` (which reads ``figures f``) reading the reviewed view instead, or the machine's figures with a
    ``review`` column when no figure is reviewed: the plain join is a third faster to scan."""
    views = read_frame(db_path, "SELECT count(*) AS n FROM sqlite_master WHERE name = 'reviewed_figures'")
    reviewed = views is not None and bool(views.at[0, "n"])
    if reviewed:
        reviewed = bool(read_frame(db_path, "SELECT EXISTS (SELECT 1 FROM reviews) AS n").at[0, "n"])
    source = REVIEWED_VIEW if reviewed else _UNREVIEWED
    return sql.replace(" FROM figures f ", f" FROM {source} f ").replace(" JOIN figures f ", f" JOIN {source} f ")


def _rows(db_path: str | Path, select: str, where: str, params: tuple, tail: str = "") -> pd.DataFrame | None:
    """``SELECT {select} FROM <the figures> {where} {tail}`` on a store or a dataset; None when there is neither."""
    if is_dataset(db_path):
        files = figure_files(Path(db_path))
        if files is None:
            return None
        with querying(db_path) as connection:
            sql = f"SELECT {select} FROM {figures_from(files)}{duckdb_where(where)}{tail}"
            return connection.sql(sql, params=list(params)).df()
    sql = f"SELECT {select}{_store_from(select + where + tail)} {where}{tail}"
    return read_frame(db_path, reviewed_from(db_path, sql), params)


def count_figures(db_path: str | Path, figure_filter: Filter | None = None) -> int:
    """How many figures match."""
    where, params = _where(figure_filter)
    frame = _rows(db_path, "count(*) AS figures", where, params)
    return 0 if frame is None or frame.empty else int(frame.iloc[0, 0])


def facet_counts(db_path: str | Path, column: str, figure_filter: Filter | None = None) -> list[tuple[str | None, int]]:
    """Each value of ``column`` among the matching figures with its count, most first, then by value.

    An empty cell counts as None. For a facet's options "given the other filters",
    pass the filter without that facet's own condition.
    """
    where, params = _where(figure_filter)
    value = f"NULLIF({_column(column)}, '')"
    tail = " GROUP BY 1 ORDER BY figures DESC, value NULLS FIRST"
    frame = _rows(db_path, f"{value} AS value, count(*) AS figures", where, params, tail)
    if frame is None:
        return []
    return [(None if pd.isna(v) else str(v), int(n)) for v, n in zip(frame["value"], frame["figures"], strict=True)]


def published_range(db_path: str | Path, figure_filter: Filter | None = None) -> tuple[str, str] | None:
    """The first and last publication dates (YYYY-MM-DD) of the matching figures; None when none is dated."""
    where, params = _where(figure_filter)
    if not where and not is_dataset(db_path):  # the ends of articles_in_order, not a pass over every figure
        ends = [read_frame(db_path, _DATED_ARTICLE.format(order)) for order in ("", " DESC")]
        found = [frame.iloc[0, 0] for frame in ends if frame is not None and not frame.empty]
        return (str(found[0]), str(found[1])) if len(found) == 2 else None
    dated = f"{where} AND" if where else " WHERE"
    frame = _rows(db_path, "min(a.published) AS first, max(a.published) AS last", f"{dated} a.published != ''", params)
    if frame is None or frame.empty or pd.isna(frame.iloc[0, 0]):
        return None
    return str(frame.iloc[0, 0]), str(frame.iloc[0, 1])


_DATED_ARTICLE = (
    "SELECT published FROM articles WHERE published != '' AND figure_count > 0 ORDER BY published{} LIMIT 1"
)


def figures_page(
    db_path: str | Path,
    figure_filter: Filter | None = None,
    offset: int = 0,
    limit: int = 100,
    columns: tuple[str, ...] = PAGE_COLUMNS,
) -> pd.DataFrame:
    """``limit`` matching figures from the ``offset``-th on, in the store's order, typed as ``load_figures`` types them.

    Only these rows are read whole: the sentences of the other figures stay in the database.
    """
    where, params = _where(figure_filter)
    page = f" LIMIT {int(limit)} OFFSET {int(offset)}"
    if is_dataset(db_path):
        select = ", ".join(f'f."{name}"' for name in (*COLUMNS, "article_id", "extractor_version"))
        frame = _rows(db_path, select, where, params, FIGURE_ORDER + page)
    else:
        frame = read_frame(db_path, reviewed_from(db_path, _PAGE_SELECT + where + FIGURES_ORDER + page), params)
    return figures_table(frame)[list(columns)]


# What tells a figure from the others of its article, in the reviewed view and in load_figures' table alike.
FIGURE_KEY = ("article_id", "start", "end", "category")
_KEY_SELECT = 'f.article_id, f.start, f."end", f.category'


def figure_sentences(db_path: str | Path, article_ids: tuple[str, ...]) -> pd.DataFrame:
    """The sentence of each figure of these articles as reviewed (rejected ones too): :data:`FIGURE_KEY`, ``sentence``.

    One query for the rows a page shows, so the sentences of the others stay in the database.
    """
    ids = tuple(dict.fromkeys(article_ids))
    frame = None
    if ids:
        where = f" WHERE f.article_id IN ({', '.join('?' for _ in ids)})"
        frame = _rows(db_path, f"{_KEY_SELECT}, f.sentence", where, ids)
    return frame if frame is not None else pd.DataFrame(columns=[*FIGURE_KEY, "sentence"])


def matching_keys(db_path: str | Path, figure_filter: Filter) -> pd.DataFrame:
    """The :data:`FIGURE_KEY` of every figure matching ``figure_filter`` (each once), for a condition on a column
    a caller did not load (the sentence)."""
    where, params = _where(figure_filter)
    frame = _rows(db_path, f"DISTINCT {_KEY_SELECT}", where, params)
    return frame if frame is not None else pd.DataFrame(columns=list(FIGURE_KEY))


ARTICLE_CHOICES = 500  # articles a list offers at once: the newest, or the newest a search finds


def article_choices(
    db_path: str | Path, text: str = "", ids: tuple[str, ...] = (), limit: int = ARTICLE_CHOICES
) -> pd.DataFrame:
    """The newest ``limit`` articles (as ``load_articles`` lists them) whose title or name contains ``text`` (any
    ASCII case), then those of ``ids`` not among them: a list to choose from at any size of store."""
    columns = ", ".join(ARTICLE_LIST_COLUMNS)
    named = [Contains(Field(name, name, name, ""), text.strip()) for name in ("title", "doc")] if text.strip() else []
    if is_dataset(db_path):  # a dataset's articles are read whole, then searched as the store would
        frame = dataset_articles(db_path, ARTICLE_LIST_COLUMNS)
        if named:
            frame = frame[np.logical_or.reduce([search.mask(frame) for search in named])]
        found = frame.head(limit)
        extra = frame[frame["article_id"].isin(ids) & ~frame["article_id"].isin(found["article_id"])]
    else:
        clauses = [search.sql() for search in named]
        where = (" WHERE " + " OR ".join(sql for sql, _ in clauses)) if clauses else ""
        params = tuple(value for _, values in clauses for value in values)
        order = f" ORDER BY published DESC, doc, article_id LIMIT {int(limit)}"
        found = read_frame(db_path, f"SELECT {columns} FROM articles{where}{order}", params)
        wanted = tuple(i for i in dict.fromkeys(ids) if found is None or i not in set(found["article_id"]))
        marks = ", ".join("?" for _ in wanted)
        extra = (
            read_frame(db_path, f"SELECT {columns} FROM articles WHERE article_id IN ({marks})", wanted)
            if wanted
            else None
        )
    frame = pd.concat(
        [f for f in (found, extra) if f is not None and not f.empty]
        or [pd.DataFrame(columns=list(ARTICLE_LIST_COLUMNS))]
    )
    frame = frame.astype({column: "string" for column in ARTICLE_LIST_COLUMNS if column != "figure_count"})
    return frame.assign(figure_count=frame["figure_count"].astype("Int64")).reset_index(drop=True)
