"""One name per source across the stored articles (``extractors/source_across.py``), kept in the store.

Each article's sources are named as it is extracted; names that only meet across articles
("Abiy Ahmed Ali" in one, "Abiy Ahmed" in another) are merged here once the articles are
stored, so that the dashboard's source filter, its charts and every export see one name.
The claimant as written is never touched.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..source_across import types_of, unified_names
from .dataset import figure_files, querying, rename_sources

_NAMES = "SELECT source, source_type, article_id, claimant FROM figures WHERE source IS NOT NULL AND source != ''"
_TYPED = (
    "SELECT source_type, source_country FROM figures WHERE source = ? "
    "GROUP BY source_type, source_country ORDER BY COUNT(*) DESC LIMIT 1"
)
_RENAME = (
    "UPDATE figures SET source = ?, source_type = ?, source_country = COALESCE(?, source_country) WHERE source = ?"
)


def merge_stored_sources(connection: sqlite3.Connection) -> int:
    """Give each stored source the one name :func:`~extractors.source_across.unified_names` finds across
    the store's articles, in one transaction; returns how many names were merged into another."""
    rows = connection.execute(_NAMES).fetchall()
    renamed = unified_names(((s, t, a) for s, t, a, _ in rows), ((c, s, t) for s, t, _, c in rows))
    if not renamed:
        return 0
    connection.execute("BEGIN IMMEDIATE")
    try:
        for old, new in renamed.items():
            typed = connection.execute(_TYPED, (new,)).fetchone() or (None, None)
            connection.execute(_RENAME, (new, *typed, old))
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return len(renamed)


_DATASET_NAMES = (
    "SELECT source, source_type, article_id, claimant, source_country FROM read_parquet(?) "
    "WHERE source IS NOT NULL AND source != ''"
)


def merge_dataset_sources(folder: str | Path) -> int:
    """:func:`merge_stored_sources` for a ``corpus`` dataset folder, before it is put in place."""
    files = figure_files(Path(folder))
    if files is None:
        return 0
    with querying(folder) as connection:
        rows = connection.execute(_DATASET_NAMES, [files]).fetchall()
    renamed = unified_names(((s, t, a) for s, t, a, _, _ in rows), ((c, s, t) for s, t, _, c, _ in rows))
    if renamed:
        kept = ((s, t, country) for s, t, _, _, country in rows if s not in renamed)
        rename_sources(folder, renamed, types_of(kept, set(renamed.values())))
    return len(renamed)
