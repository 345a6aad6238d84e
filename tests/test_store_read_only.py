"""The read functions open the store read-only: SQLite refuses their writes, whoever runs them.

File modes prove nothing here: root ignores them, and the CI runs as root. So each
test writes through the very connection the read functions open (``mode=ro`` in the
URI for both ``sqlite3`` and the ADBC driver) and expects SQLite itself to refuse.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from extractors.article import Article
from extractors.errors import InputError
from extractors.store import (
    load_article,
    load_articles,
    load_figures,
    open_store,
    read_connection,
    save_article,
    store_counts,
    store_is_empty,
)
from extractors.store import reading as store_reading
from tests.ingest_helpers import fake_figures

TEXT = "At least 12 people were killed, officials said. More were hurt."
WRITES = [
    "INSERT INTO articles (article_id, doc, text, ingested_at, extractor_version, figure_count)"
    " VALUES ('x', 'x', 'x', 'now', 'v', 0)",
    "DELETE FROM figures",
    "UPDATE store_generation SET generation = generation + 1",
    "CREATE TABLE intruder (x)",
]


@pytest.fixture
def store(tmp_path: Path) -> Path:
    db = tmp_path / "f.db"
    connection = open_store(db)
    save_article(connection, Article(doc="a", text=TEXT), fake_figures(TEXT), source="a.txt")
    connection.close()
    return db


@pytest.mark.parametrize("statement", WRITES, ids=["insert", "delete", "update", "create"])
def test_sqlite_read_connection_refuses_writes(store: Path, statement: str) -> None:
    connection = read_connection(store)
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            connection.execute(statement)
    finally:
        connection.close()


@pytest.mark.parametrize("statement", WRITES, ids=["insert", "delete", "update", "create"])
def test_arrow_snapshot_refuses_writes(store: Path, statement: str) -> None:
    with pytest.raises(InputError, match="readonly"):
        with store_reading._arrow_snapshot(store) as query:
            query(statement)


def test_refused_even_when_the_file_mode_allows_writing(store: Path) -> None:
    store.chmod(0o666)  # the mode would let anyone write: only the way it is opened stops it
    connection = read_connection(store)
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            connection.execute(WRITES[1])
    finally:
        connection.close()
    assert len(load_figures(store)) == len(fake_figures(TEXT))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_reading_changes_no_byte_of_the_store(store: Path) -> None:
    connection = sqlite3.connect(store)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = _digest(store)
    articles = load_articles(store)
    load_article(store, articles.loc[0, "article_id"])
    load_figures(store)
    store_counts(store)
    store_is_empty(store)
    assert _digest(store) == before
    wal = store.with_name(store.name + "-wal")  # SQLite may open the write-ahead log to read: it stays empty
    assert not wal.exists() or wal.stat().st_size == 0


@pytest.mark.skipif(os.geteuid() != 0, reason="shows why file modes are no test: only root ignores them")
def test_root_ignores_file_modes(store: Path) -> None:
    store.chmod(0o444)
    with store.open("ab"):  # as root this succeeds, so a chmod-based read-only test checks nothing
        pass
