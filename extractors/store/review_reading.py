"""Reading reviews for pages and reports: the review log, today's reviews with their state, one article's
figures as reviewed with what a review form needs.

A store made before reviews has no review tables until it is opened for writing: then
these read as empty (and ``load_article_figures`` as the machine's figures).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .database import _QUOTED, read_frame
from .dataset import is_dataset
from .reading import figures_table, load_figures
from .review_schema import REVIEW_FIELDS

CHANGE_COLUMNS = (
    "change_id", "changed_at", "changed_by", "action", "article_id", "doc", "title", "start", "end",
    "category", "span", "before", "after", "offered", "undoes", "origin", "latest",
)  # fmt: skip
REVIEW_COLUMNS = (
    "article_id", "doc", "start", "end", "category", "span", "status", "fields", "reviewer",
    "reviewed_at", "note", "figure_category", "state",
)  # fmt: skip


def load_changes(db_path: str | Path, reviewer: str = "", article: str = "", limit: int = 200) -> pd.DataFrame:
    """The latest changes in the review log, newest first, for one reviewer and one article if given."""
    clauses, params = [], []
    if reviewer:
        clauses.append("l.changed_by = ?")
        params.append(reviewer)
    if article:
        clauses.append("l.article_id = ?")
        params.append(article)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    sql = (
        "SELECT l.change_id, l.changed_at, l.changed_by, l.action, l.article_id, a.doc, a.title, l.start,"
        ' l."end", l.category, substr(a.text, l.start + 1, l."end" - l.start) AS span, l.before, l.after,'
        " l.offered, l.undoes, l.origin, l.change_id = (SELECT max(change_id) FROM review_log m WHERE m.article_id"
        ' = l.article_id AND m.start = l.start AND m."end" = l."end" AND m.category = l.category) AS latest'
        f" FROM review_log l LEFT JOIN articles a ON a.article_id = l.article_id"
        f" {where} ORDER BY l.change_id DESC LIMIT ?"
    )
    frame = read_frame(db_path, sql, (*params, int(limit))) if _has_reviews(db_path) else None
    return _typed(pd.DataFrame(columns=list(CHANGE_COLUMNS)) if frame is None else frame)


# One article's figures as reviewed (rejected ones too), in reading order, with what a review form needs.
_ARTICLE_FIGURES = (
    f"SELECT {', '.join(f'f.{_QUOTED[name]}' for name in REVIEW_FIELDS + ('start', 'end'))}, f.article_id,"
    " f.extractor_version, f.review, f.key_category, f.reviewer, f.reviewed_at, f.note, f.review_fields,"
    " {last_change} AS last_change FROM {figures} f WHERE f.article_id = ? ORDER BY f.start, f.figure_id"
)
_REVIEWED = _ARTICLE_FIGURES.format(
    figures="reviewed_figures",
    last_change="(SELECT max(change_id) FROM review_log l WHERE l.article_id = f.article_id AND l.start = f.start"
    ' AND l."end" = f."end" AND l.category = f.key_category)',
)
# The same from a store made before reviews: the machine's figures, none reviewed.
_UNREVIEWED = _ARTICLE_FIGURES.format(
    figures="(SELECT *, 'machine' AS review, category AS key_category, NULL AS reviewer, NULL AS reviewed_at,"
    " NULL AS note, NULL AS review_fields FROM figures)",
    last_change="NULL",
)
_FORM_COLUMNS = ("key_category", "reviewer", "reviewed_at", "note", "review_fields", "last_change")


def load_article_figures(db_path: str | Path, article: str) -> pd.DataFrame:
    """One article's figures as reviewed, rejected ones included, in reading order.

    Besides the figure columns: ``review`` (the status), ``key_category`` (with the span,
    the key of the figure's review), ``reviewer``, ``reviewed_at``, ``note``,
    ``review_fields`` (the review's fields, JSON) and ``last_change`` (the latest change
    in the log to this figure, None if never reviewed: what ``reviews.review_figure`` expects).
    """
    if is_dataset(db_path):  # a `corpus` dataset holds the machine's figures, none reviewed
        figures = load_figures(db_path)
        frame = figures[figures["article_id"] == article].reset_index(drop=True)
        frame["key_category"] = frame["category"]
    else:
        sql = _REVIEWED if _has_reviews(db_path) else _UNREVIEWED
        frame = figures_table(read_frame(db_path, sql, (article,)))
    for column in _FORM_COLUMNS:  # (absent when there is no store)
        dtype = "Int64" if column == "last_change" else "string"
        frame[column] = frame[column].astype(dtype) if column in frame else pd.Series(pd.NA, frame.index, dtype)
    return frame


def change_choices(db_path: str | Path) -> tuple[list[str], pd.DataFrame]:
    """Who appears in the review log, and which articles (``article_id``, ``doc``, ``title``), for filtering it."""
    if not _has_reviews(db_path):
        return [], pd.DataFrame(columns=["article_id", "doc", "title"], dtype="string")
    names = read_frame(db_path, "SELECT DISTINCT changed_by FROM review_log ORDER BY changed_by")
    articles = read_frame(
        db_path,
        "SELECT a.article_id, a.doc, a.title FROM articles a WHERE a.article_id IN"
        " (SELECT DISTINCT article_id FROM review_log) ORDER BY a.doc, a.article_id",
    )
    return names["changed_by"].tolist(), articles.astype("string")


def load_reviews(db_path: str | Path, article: str = "") -> pd.DataFrame:
    """Today's reviews, each with the figure it applies to (``figure_category``) and its ``state``.

    ``state`` is ``applied`` (the figure is there), ``added`` (a figure of its own) or
    ``orphaned``: its span no longer holds a figure since a re-extraction; it is kept.
    """
    where = "WHERE m.article_id = ?" if article else ""
    sql = (
        'SELECT m.article_id, a.doc, m.start, m."end", m.category, substr(a.text, m.start + 1, m."end" - m.start)'
        " AS span, m.status, m.fields, m.reviewer, m.reviewed_at, m.note, m.figure_category,"
        " CASE WHEN m.figure_category IS NOT NULL THEN 'applied' WHEN m.status = 'added' THEN 'added'"
        " ELSE 'orphaned' END AS state FROM review_matches m JOIN articles a ON a.article_id = m.article_id"
        f' {where} ORDER BY m.article_id, m.start, m."end", m.category'
    )
    frame = read_frame(db_path, sql, (article,) if article else ()) if _has_reviews(db_path) else None
    return _typed(pd.DataFrame(columns=list(REVIEW_COLUMNS)) if frame is None else frame)


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Whole numbers as Int64, ``latest`` (a figure's last change) as boolean, the rest as text (missing: NA)."""
    kinds = {"change_id": "Int64", "start": "Int64", "end": "Int64", "undoes": "Int64", "latest": "boolean"}
    return frame.astype({column: kinds.get(column, "string") for column in frame.columns})


def _has_reviews(db_path: str | Path) -> bool:
    """Whether the store has the review tables (a store made before them has none until written to)."""
    frame = read_frame(db_path, "SELECT count(*) AS n FROM sqlite_master WHERE name = 'review_matches'")
    return frame is not None and bool(frame.at[0, "n"])
