"""One name per source across the stored articles (``extractors/source_across.py``), kept in the store.

Each article's sources are named as it is extracted; names that only meet across articles
("Abiy Ahmed Ali" in one, "Abiy Ahmed" in another) are merged here once the articles are
stored, so that the dashboard's source filter, its charts and every export see one name.
The claimant as written is never touched.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..source_across import merge_plan
from .dataset import figure_files, querying, rename_sources

# The rows merge_plan reads, from the store or a dataset's files.
_COLUMNS = "source, source_type, article_id, claimant, source_country"
_NAMES = f"SELECT {_COLUMNS} FROM figures WHERE source IS NOT NULL AND source != ''"
_DATASET_NAMES = f"SELECT {_COLUMNS} FROM read_parquet(?) WHERE source IS NOT NULL AND source != ''"
_RENAME = (
    "UPDATE figures SET source = ?, source_type = COALESCE(?, source_type), "
    "source_country = COALESCE(?, source_country) WHERE source = ?"
)


def merge_stored_sources(connection: sqlite3.Connection) -> int:
    """Give each stored source the one name :func:`~extractors.source_across.unified_names` finds across
    the store's articles, in one transaction; returns how many names were merged into another."""
    renamed, typed = merge_plan(connection.execute(_NAMES).fetchall())
    if not renamed:
        return 0
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.executemany(_RENAME, [(new, *typed.get(new, (None, None)), old) for old, new in renamed.items()])
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return len(renamed)


def merge_dataset_sources(folder: str | Path) -> int:
    """:func:`merge_stored_sources` for a ``corpus`` dataset folder, before it is put in place."""
    files = figure_files(Path(folder))
    if files is None:
        return 0
    with querying(folder) as connection:
        renamed, typed = merge_plan(connection.execute(_DATASET_NAMES, [files]).fetchall())
    if renamed:
        rename_sources(folder, renamed, typed)
    return len(renamed)
