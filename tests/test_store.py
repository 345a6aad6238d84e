"""The store's schema, writes and public read functions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from extractors.article import Article
from extractors.cli import main
from extractors.errors import InputError
from extractors.figure import COLUMNS
from extractors.store import (
    ARTICLE_LIST_COLUMNS,
    FIGURES_ORDER,
    FIGURES_SELECT,
    article_id,
    columnar_copy_path,
    figures_table,
    load_article,
    load_articles,
    load_figures,
    open_store,
    read_frame,
    replace_figures,
    save_article,
    store_counts,
    store_is_empty,
)
from extractors.store import reading as store_reading
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
    assert list(figures.columns) == [*COLUMNS, "article_id", "extractor_version", "review"]
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
    assert list(load_figures(missing).columns) == [*COLUMNS, "article_id", "extractor_version", "review"]
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


def test_load_figures_is_the_joined_query_in_its_order(tmp_path: Path) -> None:
    """load_figures joins and sorts in pandas; it must give exactly the rows, order and dtypes of the SQL join."""
    connection = open_store(tmp_path / "f.db")
    articles = [  # ties on published and doc, an undated one, docs that sort by byte value
        Article(doc="b", text="Two were killed, one more were hurt, too.", publisher="Wire", published="2025-01-02"),
        Article(doc="b", text="Nine were killed in all, then three more.", publisher="Post", published="2025-01-02"),
        Article(doc="Z", text="Five were killed here; four fled now.", published="2025-01-02"),
        Article(doc="é", text="Some were killed at dawn and after.", url="https://e.org/é"),
        Article(doc="a", text="At last one were killed, said they.", published="2024-12-31"),
    ]
    for article in articles:
        figures = fake_figures(article.text, doc=article.doc)
        save_article(connection, article, list(reversed(figures)), source=article.doc)  # stored out of text order
    key = article_id(articles[0].text)
    fields = "article_id, extractor_version, value, unit, category, qualifier, subject, span, sentence, start"
    connection.executemany(
        f"INSERT INTO figures ({fields}) VALUES (?, '1', ?, 'people', 'killed', 'exact', 'people', 'x', 's', ?)",
        [(key, 7.5, None), (key, None, 0), (key, 8.0, None)],  # a missing start sorts first; ties go by figure_id
    )
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute(
        f"INSERT INTO figures ({fields}) VALUES ('gone', '1', 1, 'people', 'killed', 'exact', '', '', '', 0)"
    )
    connection.close()
    joined = figures_table(read_frame(tmp_path / "f.db", FIGURES_SELECT + FIGURES_ORDER))
    assert len(joined) > len(articles)
    pd.testing.assert_frame_equal(load_figures(tmp_path / "f.db"), joined, check_exact=True)


def test_load_figures_of_an_empty_store_has_the_dtypes(tmp_path: Path) -> None:
    open_store(tmp_path / "f.db").close()
    pd.testing.assert_frame_equal(load_figures(tmp_path / "f.db"), figures_table(None))


def _joined(db: Path) -> pd.DataFrame:
    """What load_figures must equal: the SQL join, read through Python's sqlite3."""
    return figures_table(read_frame(db, FIGURES_SELECT + FIGURES_ORDER))


def test_load_figures_types_a_column_by_all_its_rows(tmp_path: Path) -> None:
    """Text after more than a driver batch (1,024 rows) of NULLs still reads as text."""
    connection = open_store(tmp_path / "f.db")
    save_article(connection, ARTICLE, [], source="a.txt")
    fields = (
        "article_id, extractor_version, value, unit, category, qualifier, subject, span, sentence, start, cited_source"
    )
    rows = [(article_id(TEXT), float(n), n, None) for n in range(1500)]
    rows[-1] = (article_id(TEXT), None, None, "UN OCHA")
    with connection:
        connection.execute("BEGIN")
        connection.executemany(
            f"INSERT INTO figures ({fields}) VALUES (?, '1', ?, 'people', 'killed', 'exact', 'people', 'x', 's', ?, ?)",
            rows,
        )
    connection.close()
    figures = load_figures(tmp_path / "f.db")
    pd.testing.assert_frame_equal(figures, _joined(tmp_path / "f.db"), check_exact=True)
    assert figures["cited_source"].notna().sum() == 1 and figures.loc[0, "cited_source"] == "UN OCHA"


def test_load_figures_drops_text_from_number_columns(tmp_path: Path) -> None:
    """A damaged store with text in a number column: the text is a missing number, as in the joined query."""
    connection = open_store(tmp_path / "f.db")
    save_article(connection, ARTICLE, fake_figures(TEXT), source="a.txt")
    connection.execute("UPDATE figures SET value = 'many', \"end\" = 'x' WHERE figure_id = 1")
    connection.execute("UPDATE figures SET value = 1234567.25 WHERE figure_id = 2")  # exactly, not via text
    connection.close()
    figures = load_figures(tmp_path / "f.db")
    pd.testing.assert_frame_equal(figures, _joined(tmp_path / "f.db"), check_exact=True)
    assert figures["value"].isna().sum() == 1 and figures["end"].isna().sum() == 1
    assert (figures["value"] == 1234567.25).sum() == 1


def test_load_figures_reads_one_snapshot(tmp_path: Path) -> None:
    """Its queries all see the same commits, even when an ingest commits between them."""
    connection = open_store(tmp_path / "f.db")
    save_article(connection, ARTICLE, fake_figures(TEXT), source="a.txt")
    count = "SELECT count(*) AS n FROM articles"
    with store_reading._arrow_snapshot(tmp_path / "f.db") as query:
        before = query(count)["n"][0].as_py()
        save_article(connection, Article(doc="b", text="Three more died."), [], source="b.txt")
        assert query(count)["n"][0].as_py() == before == 1
    connection.close()
    assert store_counts(tmp_path / "f.db")["articles"] == 2


def test_load_figures_of_a_store_being_created_is_empty(tmp_path: Path) -> None:
    sqlite3.connect(tmp_path / "f.db").execute("CREATE TABLE other (x)").connection.close()
    pd.testing.assert_frame_equal(load_figures(tmp_path / "f.db"), figures_table(None))


def test_a_bad_store_is_one_line_error(tmp_path: Path) -> None:
    bogus = tmp_path / "f.db"
    bogus.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with pytest.raises(InputError) as caught:
        load_figures(bogus)
    assert "\n" not in str(caught.value) and "query:" not in str(caught.value)


def _store_with_figures(db: Path) -> sqlite3.Connection:
    connection = open_store(db)
    save_article(connection, ARTICLE, fake_figures(TEXT), source="a.txt")
    return connection


def test_load_figures_keeps_a_columnar_copy_and_reads_it_next_time(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "f.db"
    _store_with_figures(db).close()
    first = load_figures(db)
    assert columnar_copy_path(db).is_file()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []

    def no_scans(query):
        raise AssertionError("the store was scanned although the copy is current")

    monkeypatch.setattr(store_reading, "_read_articles_and_figures", no_scans)
    pd.testing.assert_frame_equal(load_figures(db), first, check_exact=True)


@pytest.mark.parametrize(
    "change",
    [
        lambda c: save_article(c, Article(doc="b", text=TEXT[:-1]), fake_figures(TEXT[:-1]), source="b.txt"),
        # Same number of figures, same ids (SQLite reuses the highest rowid): only the values differ.
        lambda c: replace_figures(c, article_id(TEXT), list(reversed(fake_figures(TEXT.upper()))), version="2"),
        lambda c: c.execute("UPDATE articles SET title = 'Changed'"),
        lambda c: c.execute("UPDATE figures SET value = 99 WHERE figure_id = 1"),
        lambda c: c.execute("DELETE FROM figures WHERE figure_id = 2"),
        lambda c: c.execute("DELETE FROM articles"),
    ],
    ids=["new-article", "replaced-figures", "article-updated", "figure-updated", "figure-deleted", "article-deleted"],
)
def test_a_change_to_the_store_outdates_the_copy(tmp_path: Path, change) -> None:
    db = tmp_path / "f.db"
    connection = _store_with_figures(db)
    load_figures(db)  # makes the copy
    change(connection)
    connection.close()
    pd.testing.assert_frame_equal(load_figures(db), _joined(db), check_exact=True)
    pd.testing.assert_frame_equal(load_figures(db), _joined(db), check_exact=True)  # from the new copy


def test_a_damaged_or_foreign_copy_is_ignored_and_replaced(tmp_path: Path) -> None:
    db, other = tmp_path / "f.db", tmp_path / "other.db"
    _store_with_figures(db).close()
    connection = _store_with_figures(other)  # another store, at the same change count
    connection.close()
    load_figures(other)
    columnar_copy_path(db).write_bytes(columnar_copy_path(other).read_bytes())
    pd.testing.assert_frame_equal(load_figures(db), _joined(db), check_exact=True)
    columnar_copy_path(db).write_bytes(b"ARROW1" + b"\x00" * 100)
    pd.testing.assert_frame_equal(load_figures(db), _joined(db), check_exact=True)
    assert columnar_copy_path(db).read_bytes() != columnar_copy_path(other).read_bytes()


def test_no_copy_when_it_cannot_be_written(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "f.db"
    _store_with_figures(db).close()

    def refuse(*args):
        raise PermissionError("read-only folder")

    monkeypatch.setattr(store_reading.os, "replace", refuse)
    pd.testing.assert_frame_equal(load_figures(db), _joined(db), check_exact=True)
    assert sorted(p.name for p in tmp_path.iterdir() if "arrow" in p.name) == []


def test_a_store_from_before_the_change_counter_is_read_without_a_copy(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    connection = _store_with_figures(db)
    connection.execute("DROP TABLE store_generation")  # its triggers go with it
    connection.close()
    pd.testing.assert_frame_equal(load_figures(db), _joined(db), check_exact=True)
    assert not columnar_copy_path(db).exists()


def test_the_change_counter_has_one_row_however_often_the_store_is_opened(tmp_path: Path) -> None:
    for _ in range(3):
        _store_with_figures(tmp_path / "f.db").close()
    connection = sqlite3.connect(tmp_path / "f.db")
    assert connection.execute("SELECT count(*) FROM store_generation").fetchone() == (1,)
    connection.close()


def test_text_that_is_not_utf8_is_one_line_error(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    connection = _store_with_figures(db)
    connection.execute("UPDATE figures SET span = X'ff00fe' WHERE figure_id = 1")
    connection.close()
    with pytest.raises(InputError, match="cannot read the store") as caught:
        load_figures(db)
    assert "\n" not in str(caught.value)


def test_a_store_of_the_first_schema_gains_the_new_columns(tmp_path: Path) -> None:
    """A store written before source, scope, as_of and force existed opens, keeps its rows and reads them."""
    db = tmp_path / "old.db"
    old = sqlite3.connect(db)
    new = ("source", "source_type", "source_country", "scope", "as_of", "force")
    old_fields = [c for c in store_reading.FIGURE_FIELDS if c not in new]
    old.executescript(
        "CREATE TABLE articles (article_id TEXT PRIMARY KEY, doc TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',"
        " publisher TEXT NOT NULL DEFAULT '', published TEXT NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '',"
        " text TEXT NOT NULL, ingested_at TEXT NOT NULL, extractor_version TEXT NOT NULL,"
        " figure_count INTEGER NOT NULL);"
        "CREATE TABLE figures (figure_id INTEGER PRIMARY KEY, article_id TEXT NOT NULL,"
        f" extractor_version TEXT NOT NULL, {', '.join(f'{chr(34)}{c}{chr(34)}' for c in old_fields)});"
        "INSERT INTO articles VALUES"
        " ('a1', 'old', '', '', '2024-01-02', '', 'Two soldiers died.', '2024-01-02', '1', 1);"
        "PRAGMA user_version = 1;"
    )
    old.execute(
        'INSERT INTO figures (article_id, extractor_version, value, unit, category, qualifier, span, start, "end")'
        " VALUES ('a1', '1', 2, 'people', 'killed', 'exact', 'Two soldiers', 0, 12)"
    )
    old.commit()
    old.close()
    open_store(db).close()
    columns = {row[1] for row in sqlite3.connect(db).execute("PRAGMA table_info(figures)")}
    assert {"source", "source_type", "source_country", "scope", "as_of", "force"} <= columns
    figures = load_figures(db)
    assert figures["value"].tolist() == [2.0]
    assert figures["source"].isna().all()


def _as_made_before_the_source_columns(db_path: Path) -> None:
    """Turn a store back into one of schema version 1: no reviews, no source, scope, as_of or force."""
    connection = sqlite3.connect(db_path)
    for name, kind in connection.execute(
        "SELECT name, type FROM sqlite_master WHERE type IN ('view', 'trigger')"
    ).fetchall():
        connection.execute(f"DROP {kind.upper()} IF EXISTS {name}")
    for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'review%'"
    ).fetchall():
        connection.execute(f"DROP TABLE {name}")
    for column in ("source", "source_type", "source_country", "scope", "as_of", "force"):
        connection.execute(f'ALTER TABLE figures DROP COLUMN "{column}"')
    connection.execute("PRAGMA user_version = 1")
    connection.commit()
    connection.close()


def test_an_older_store_reads_as_today_without_being_changed(tmp_path: Path) -> None:
    db_path = tmp_path / "f.db"
    connection = open_store(db_path)
    save_article(connection, ARTICLE, fake_figures(TEXT), source="a.txt")
    connection.close()
    _as_made_before_the_source_columns(db_path)
    before = db_path.read_bytes()
    figures = load_figures(db_path)
    assert len(figures) == len(fake_figures(TEXT)) > 0
    assert figures["source"].isna().all() and figures["force"].isna().all()
    out = tmp_path / "out.csv"
    assert main(["export", "--db", str(db_path), "--out", str(out)]) == 0
    assert pd.read_csv(out)["source"].isna().all()
    assert db_path.read_bytes() == before  # reading changed nothing
    columnar_copy_path(db_path).unlink(missing_ok=True)
    open_store(db_path).close()  # opened for writing, it gains the columns for good
    assert {"source", "force"} <= {row[1] for row in sqlite3.connect(db_path).execute("PRAGMA table_info(figures)")}
