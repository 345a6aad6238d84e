"""The dashboard's one I/O boundary: reading the store, cached.

The store is ``data/figures.db`` unless the ``WARFIGURES_DB`` environment variable
names another file (tests and the benchmark point it at a temporary one). The cache
key includes the database file's size and modification time, so an ingest from the
CLI or the Add page shows up on the next rerun without restarting the app.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard.filters import prepare
from extractors.store import DEFAULT_DB, load_article, load_articles, load_figures, store_is_empty

DB_ENV = "WARFIGURES_DB"


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


@st.cache_data(show_spinner="Loading figures…", max_entries=2)
def _figures(path: str, stamp: tuple) -> pd.DataFrame:
    return prepare(load_figures(Path(path)))


@st.cache_data(show_spinner=False, max_entries=2)
def _articles(path: str, stamp: tuple) -> pd.DataFrame:
    return load_articles(Path(path))


@st.cache_data(show_spinner=False, max_entries=16)
def _article(path: str, stamp: tuple, article_id: str) -> dict:
    return load_article(Path(path), article_id)


def store_missing_or_empty() -> bool:
    """True when there is nothing to show yet (no database file, or no figures in it)."""
    path = db_path()
    return not path.exists() or store_is_empty(path)


def figures() -> pd.DataFrame:
    """Every stored figure, prepared for filtering (see :func:`dashboard.filters.prepare`)."""
    path = db_path()
    return _figures(str(path), _stamp(path))


def articles() -> pd.DataFrame:
    """One row per stored article, with its figure count."""
    path = db_path()
    return _articles(str(path), _stamp(path))


def article(article_id: str) -> dict:
    """One article's metadata and text; raises ``InputError`` for an unknown id."""
    path = db_path()
    return _article(str(path), _stamp(path), article_id)


def forget() -> None:
    """Drop cached reads after this app wrote to the store."""
    _figures.clear()
    _articles.clear()
    _article.clear()
