"""The dashboard's one I/O boundary: reading the store, cached.

The store is ``data/figures.db`` unless the ``WARFIGURES_DB`` environment variable
names another file (tests and the benchmark point it at a temporary one). The cache
key includes the database file's size and modification time, so an ingest from the
CLI or the Add page shows up on the next rerun without restarting the app.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import numpy as np
import pandas as pd
import streamlit as st

from dashboard import sentences
from dashboard.filters import ARTICLE_COLUMNS, FACETS, prepare
from extractors.store import DEFAULT_DB, load_article, load_articles, load_figures, open_store, queries, store_is_empty
from extractors.store.conditions import FIELDS, Contains, FigureFilter
from extractors.store.queries import article_choices, figure_sentences, matching_keys
from extractors.store.review_reading import change_choices, load_article_figures, load_changes, load_reviews

DB_ENV = "WARFIGURES_DB"
T = TypeVar("T")


def db_path() -> Path:
    """The store this app reads and writes."""
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB)


def _stamp(path: Path) -> tuple[tuple[int, int], ...]:
    # SQLite in WAL mode writes to the -wal file first; both count as a change.
    stamps = []
    for candidate in (path, path.with_name(path.name + "-wal")):
        try:
            stat = candidate.stat()
            stamps.append((stat.st_mtime_ns, stat.st_size))
        except FileNotFoundError:
            stamps.append((0, 0))
    return tuple(stamps)


LEFT_OUT = ("sentence",)  # read for the rows on screen only (with_sentences), searched in the store
# Text columns of few values, as categoricals too: selecting rows then moves codes, not text.
REPEATED = ("claimant", "subject", "cited_source", "source_country", "as_of", "force", "extractor_version")
CATEGORICAL = (*FACETS, *ARTICLE_COLUMNS, "scope", *REPEATED)  # straight from the store's Arrow columns


# A resource, not data: st.cache_data would copy the whole table out (unpickle it) on every rerun, 0.4 s and
# 200 MB at a million figures. Every page only reads it: filters select rows into new frames.
@st.cache_resource(show_spinner="Loading figures…", max_entries=2)
def _figures(path: str, stamp: tuple, rejected: bool) -> pd.DataFrame:
    loaded = load_figures(Path(path), rejected=rejected, without=LEFT_OUT, categorical=CATEGORICAL)
    return prepare(loaded)


@st.cache_data(show_spinner=False, max_entries=32)
def _sentences(path: str, stamp: tuple, article_ids: tuple[str, ...]) -> pd.DataFrame:
    return figure_sentences(Path(path), article_ids)


@st.cache_data(show_spinner="Searching the sentences…", max_entries=8)
def _sentence_matches(path: str, stamp: tuple, rejected: bool, text: str) -> np.ndarray:
    search = FigureFilter((Contains(FIELDS["sentence"], text),), rejected=True)
    return sentences.matching_rows(_figures(path, stamp, rejected), matching_keys(Path(path), search))


@st.cache_data(show_spinner=False, max_entries=16)
def _article_figures(path: str, stamp: tuple, article_id: str) -> pd.DataFrame:
    return load_article_figures(Path(path), article_id)


@st.cache_data(show_spinner=False, max_entries=8)
def _changes(path: str, stamp: tuple, reviewer: str, article_id: str, limit: int) -> pd.DataFrame:
    return load_changes(Path(path), reviewer, article_id, limit)


@st.cache_data(show_spinner=False, max_entries=2)
def _reviews(path: str, stamp: tuple) -> pd.DataFrame:
    return load_reviews(Path(path))


@st.cache_data(show_spinner=False, max_entries=2)
def _change_choices(path: str, stamp: tuple) -> tuple[list[str], pd.DataFrame]:
    return change_choices(Path(path))


@st.cache_data(show_spinner=False, max_entries=2)
def _articles(path: str, stamp: tuple) -> pd.DataFrame:
    return load_articles(Path(path))


@st.cache_data(show_spinner=False, max_entries=16)
def _article_choices(path: str, stamp: tuple, text: str, ids: tuple[str, ...], limit: int) -> pd.DataFrame:
    return article_choices(Path(path), text, ids, limit)


@st.cache_data(show_spinner=False, max_entries=16)
def _article(path: str, stamp: tuple, article_id: str) -> dict:
    return load_article(Path(path), article_id)


@st.cache_data(show_spinner=False, max_entries=64)
def _per_view(path: str, stamp: tuple, what: str, key: str, _compute: Callable[[], T]) -> T:
    return _compute()


def per_view(what: str, key: object, compute: Callable[[], T]) -> T:
    """``compute()`` (a small answer worked out over the filtered table: facet counts, the list of counts, a
    chart), kept per store state, ``what`` and ``key`` (the selection, with the count it is about): at a million
    figures a rerun in a view seen before then costs what it costs at a thousand. ``repr(key)`` tells keys apart."""
    path = db_path()
    return _per_view(str(path), _stamp(path), what, repr(key), compute)


KEPT_SHARE = 0.5  # the filtered tables kept (kept_rows) hold at most this share of the stored figures together


@st.cache_resource(show_spinner=False, max_entries=2)
def _kept(path: str, stamp: tuple) -> tuple[threading.Lock, OrderedDict]:
    return threading.Lock(), OrderedDict()


def kept_rows(key: object, figures: pd.DataFrame, compute: Callable[[], T]) -> T:
    """``compute()``, the rows of ``figures`` a selection keeps (a ``filters.Filtered``), kept per store state and
    ``key`` while the tables kept are a small share of the store (:data:`KEPT_SHARE`; the oldest go first): going
    back to a view then costs no pass over every figure. A table of every row is ``figures`` itself, no copy."""
    path = db_path()
    lock, kept = _kept(str(path), _stamp(path))
    wanted = repr(key)
    with lock:
        if wanted in kept:
            kept.move_to_end(wanted)
            return kept[wanted]
    result = compute()
    with lock:
        kept[wanted] = result
        while sum(len(r.rows) for r in kept.values() if r.rows is not figures) > KEPT_SHARE * len(figures):
            kept.popitem(last=False)
    return result


def compact(rows: pd.DataFrame) -> pd.DataFrame:
    """A few ``rows`` of :func:`figures` without the categories they do not use (an article column has one per
    article), so that keeping them (:func:`per_view`) and reading them back costs what they hold."""
    return rows.assign(
        **{name: rows[name].cat.remove_unused_categories() for name in rows.columns if rows[name].dtype == "category"}
    )


def store_missing_or_empty() -> bool:
    """True when there is nothing to show yet (no database file, or no figures in it)."""
    path = db_path()
    return not path.exists() or store_is_empty(path)


def figures(rejected: bool = False) -> pd.DataFrame:
    """Every stored figure as reviewed (rejected ones only if asked for), prepared for filtering
    (see :func:`dashboard.filters.prepare`)."""
    path = db_path()
    return _figures(str(path), _stamp(path), rejected)


def with_sentences(rows: pd.DataFrame) -> pd.DataFrame:
    """``rows`` of :func:`figures` (the few on screen) with their sentences, read from the store for them only."""
    if "sentence" in rows:
        return rows
    path = db_path()
    ids = tuple(dict.fromkeys(str(article) for article in rows["article_id"].astype(object)))  # not every category
    found = _sentences(str(path), _stamp(path), ids)
    return sentences.with_sentences(rows, found)


def sentence_matches(text: str, rejected: bool = True) -> np.ndarray:
    """Which rows of ``figures(rejected)`` have ``text`` in their sentence, as the store's search finds them."""
    path = db_path()
    return _sentence_matches(str(path), _stamp(path), rejected, text)


def article_figures(article_id: str) -> pd.DataFrame:
    """One article's figures as reviewed, rejected ones included, with their reviews (see ``load_article_figures``)."""
    path = db_path()
    return _article_figures(str(path), _stamp(path), article_id)


def changes(reviewer: str = "", article_id: str = "", limit: int = 200) -> pd.DataFrame:
    """The latest changes in the review log, newest first, for one reviewer and one article if given."""
    path = db_path()
    return _changes(str(path), _stamp(path), reviewer, article_id, limit)


def reviewers_and_articles() -> tuple[list[str], pd.DataFrame]:
    """The reviewers and the articles the review log names, for its filters."""
    path = db_path()
    return _change_choices(str(path), _stamp(path))


def reviews() -> pd.DataFrame:
    """Today's reviews, each with its state (applied, added or orphaned)."""
    path = db_path()
    return _reviews(str(path), _stamp(path))


@contextlib.contextmanager
def writing() -> Iterator[sqlite3.Connection]:
    """A connection that writes to the store; cached reads are dropped afterwards."""
    connection = open_store(db_path())
    try:
        yield connection
    finally:
        connection.close()
        forget()


def articles() -> pd.DataFrame:
    """One row per stored article, with its figure count."""
    path = db_path()
    return _articles(str(path), _stamp(path))


def articles_to_choose(text: str = "", ids: tuple[str, ...] = ()) -> pd.DataFrame:
    """The newest articles whose title or name holds ``text`` (at most ``queries.ARTICLE_CHOICES``), then those of
    ``ids`` not among them, as :func:`articles` lists them."""
    path = db_path()
    return _article_choices(str(path), _stamp(path), text, tuple(i for i in ids if i), queries.ARTICLE_CHOICES)


def article(article_id: str) -> dict:
    """One article's metadata and text; raises ``InputError`` for an unknown id."""
    path = db_path()
    return _article(str(path), _stamp(path), article_id)


def forget() -> None:
    """Drop cached reads after this app wrote to the store."""
    for cached in (_figures, _kept, _sentences, _sentence_matches, _per_view, _articles, _article_choices, _article,
                   _article_figures, _changes, _reviews, _change_choices):  # fmt: skip
        cached.clear()
