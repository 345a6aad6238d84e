"""The store's schema, writes and public read functions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from extractors.article import Article
from extractors.errors import InputError
from extractors.figure import COLUMNS
from extractors.store import (
    ARTICLE_LIST_COLUMNS,
    article_id,
    load_article,
    load_articles,
    load_figures,
    open_store,
    replace_figures,
    save_article,
    store_counts,
    store_is_empty,
)
from extractors.version import EXTRACTOR_VERSION
from tests.ingest_helpers import consistency_problems, fake_figures

TEXT = "At least 12 people were killed, officials said. More were hurt."
ARTICLE = Article(doc="a", text=TEXT, title="T", publisher="Wire", published="2025-01-02", url="https://e.org/a")


@pytest.mark.parametrize(
    ("one", "other"),
    [("a  b\r\nc", "a b c"), ("  a b ", "a b"), ("cafe\u0301", "caf\u00e9")],
    ids=["whitespace", "edges", "unicode-nfc"],
)
def test_article_id_ignores_layout(one: str, other: str) -> None:
    assert article_id(one) == article_id(other)


def test_open_store_sets_wal_foreign_keys_and_schema(tmp_path: Path) -> None:
    connection = open_store(tmp_path / "sub" / "f.db")
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "figures", "article_sources"} <= tables
    connection.close()


def test_save_article_once_with_its_figures(tmp_path: Path) -> None:
    connection = open_store(tmp_path / "f.db")
    figures = fake_figures(TEXT)
    assert save_article(connection, ARTICLE, figures, source="a.txt") is True
    assert save_article(connection, ARTICLE, figures, source="b.txt") is False
    connection.close()
    assert store_counts(tmp_path / "f.db") == {"articles": 1, "figures": len(figures), "sources": 2}
    assert consistency_problems(tmp_path / "f.db") == []


def test_load_figures_has_the_table_columns_typed(tmp_path: Path) -> None:
    connection = open_store(tmp_path / "f.db")
    save_article(connection, ARTICLE, fake_figures(TEXT), source="a.txt")
    connection.close()
    figures = load_figures(tmp_path / "f.db")
    assert list(figures.columns) == [*COLUMNS, "article_id", "extractor_version"]
    assert str(figures["value"].dtype) == "Float64" and str(figures["start"].dtype) == "Int64"
    assert figures.loc[0, "publisher"] == "Wire" and figures.loc[0, "extractor_version"] == EXTRACTOR_VERSION
    row = figures.iloc[0]
    assert TEXT[row["start"] : row["end"]] == row["span"]  # offsets index the stored text


def test_replace_figures_swaps_them_in_one_go(tmp_path: Path) -> None:
    connection = open_store(tmp_path / "f.db")
    save_article(connection, ARTICLE, fake_figures(TEXT), source="a.txt")
    replace_figures(connection, article_id(TEXT), [], version="2")
    connection.close()
    articles = load_articles(tmp_path / "f.db")
    assert articles.loc[0, "figure_count"] == 0 and load_figures(tmp_path / "f.db").empty


def test_reads_of_a_missing_store_are_empty_and_create_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "none" / "f.db"
    assert store_is_empty(missing)
    assert list(load_figures(missing).columns) == [*COLUMNS, "article_id", "extractor_version"]
    assert list(load_articles(missing).columns) == list(ARTICLE_LIST_COLUMNS)
    with pytest.raises(InputError, match="no such article"):
        load_article(missing, "abc")
    assert not (tmp_path / "none").exists()


def test_load_article_and_articles(tmp_path: Path) -> None:
    connection = open_store(tmp_path / "f.db")
    save_article(connection, ARTICLE, fake_figures(TEXT), source="a.txt")
    connection.close()
    articles = load_articles(tmp_path / "f.db")
    assert articles.loc[0, "figure_count"] == len(fake_figures(TEXT))
    article = load_article(tmp_path / "f.db", articles.loc[0, "article_id"])
    assert (article["title"], article["text"]) == ("T", TEXT)
    assert not store_is_empty(tmp_path / "f.db")
    with pytest.raises(InputError, match="no such article"):
        load_article(tmp_path / "f.db", "0" * 64)


def test_reads_work_on_a_read_only_copy(tmp_path: Path) -> None:
    connection = open_store(tmp_path / "f.db")
    save_article(connection, ARTICLE, [], source="a.txt")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    (tmp_path / "f.db").chmod(0o444)
    assert len(load_articles(tmp_path / "f.db")) == 1


def test_a_file_that_is_not_a_store(tmp_path: Path) -> None:
    bogus = tmp_path / "f.db"
    bogus.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(InputError, match="not a figures store"):
        load_figures(bogus)
    with pytest.raises(InputError, match="not a figures store"):
        open_store(bogus)


def test_foreign_keys_keep_figures_with_their_article(tmp_path: Path) -> None:
    connection = open_store(tmp_path / "f.db")
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute("INSERT INTO figures (article_id, extractor_version) VALUES ('nope', '1')")
    connection.close()
