"""The article store: an embedded SQLite database that ingest writes and the dashboard reads.

Articles are keyed by a hash of their normalised body (:func:`article_id`), so the
same text read twice, or from two URLs, is stored once; every place it was read
from is listed in ``article_sources``. An article, its figures and its source are
written in one transaction, so a process killed at any moment leaves either the
whole article or nothing of it, and ``articles.figure_count`` always equals its
rows in ``figures``.

The database runs in WAL mode: readers see the last committed state while an
ingest writes. The read functions open it read-only and never create a missing
file; they return empty tables instead. :func:`load_figures` keeps what it read as
a columnar copy beside the store (``figures.db-figures.arrow``), used only while
the store's change counter says nothing has changed since; deleting it is harmless.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import sqlite3
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pandas as pd
import regex

from ..article import Article
from ..errors import InputError
from ..figure import COLUMNS, Figure
from ..version import EXTRACTOR_VERSION
from .review_schema import install_reviews

DEFAULT_DB = Path("data/figures.db")
SCHEMA_VERSION = 3  # PRAGMA user_version of a store this code writes (2: source, scope, as_of, force; 3: reviews)

ARTICLE_META = ("doc", "title", "publisher", "published", "url")
# The figure's own columns: COLUMNS less the article metadata, which the store
# keeps once per article and joins back in on reading.
FIGURE_FIELDS = tuple(column for column in COLUMNS if column not in ARTICLE_META)
_SQL_TYPES = {"value": "REAL", "low": "REAL", "high": "REAL", "start": "INTEGER", "end": "INTEGER"}
_QUOTED = {name: f'"{name}"' for name in COLUMNS}  # "end" is an SQL keyword

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS articles (
    article_id        TEXT PRIMARY KEY,   -- sha256 of the normalised body, see article_id()
    doc               TEXT NOT NULL,
    title             TEXT NOT NULL DEFAULT '',
    publisher         TEXT NOT NULL DEFAULT '',
    published         TEXT NOT NULL DEFAULT '',  -- YYYY-MM-DD or ''
    url               TEXT NOT NULL DEFAULT '',
    text              TEXT NOT NULL,      -- the body as given to the extractor: figure offsets index it
    ingested_at       TEXT NOT NULL,      -- UTC, ISO 8601
    extractor_version TEXT NOT NULL,      -- the version that made this article's figures
    figure_count      INTEGER NOT NULL    -- its rows in figures, written in the same transaction
);
CREATE TABLE IF NOT EXISTS figures (
    figure_id         INTEGER PRIMARY KEY,
    article_id        TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
    extractor_version TEXT NOT NULL,
    {", ".join(f"{_QUOTED[name]} {_SQL_TYPES.get(name, 'TEXT')}" for name in FIGURE_FIELDS)}
);
-- An article's figures in the store's order, and the articles in it: a page of figures
-- is read by walking both (extractors/store/queries.py), never by sorting every figure.
CREATE INDEX IF NOT EXISTS figures_in_order ON figures(article_id, start, figure_id);
CREATE INDEX IF NOT EXISTS articles_in_order ON articles(published, doc, article_id);
CREATE TABLE IF NOT EXISTS article_sources (
    article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
    source     TEXT NOT NULL,   -- a file path, "FILE.jsonl line N", a URL or "pasted text"
    first_seen TEXT NOT NULL,
    PRIMARY KEY (article_id, source)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS article_sources_by_source ON article_sources(source);  -- feed links already read
CREATE TABLE IF NOT EXISTS store_generation (  -- one row: which store, and how many changes it has seen
    store_id   TEXT NOT NULL,     -- random, set when the store is made
    generation INTEGER NOT NULL   -- counts every row written to or deleted from articles and figures
);
""" + "".join(
    f"CREATE TRIGGER IF NOT EXISTS {table}_{event.lower()} AFTER {event} ON {table} "
    "BEGIN UPDATE store_generation SET generation = generation + 1; END;\n"
    for table in ("articles", "figures")
    for event in ("INSERT", "UPDATE", "DELETE")
)

_INSERT_FIGURE = (
    f"INSERT INTO figures (article_id, extractor_version, {', '.join(_QUOTED[n] for n in FIGURE_FIELDS)}) "
    f"VALUES (?, ?, {', '.join('?' for _ in FIGURE_FIELDS)})"
)

# What load_figures returns, in COLUMNS order; export filters add a WHERE to it.
FIGURES_SELECT = (
    f"SELECT {', '.join(f'a.{c}' if c in ARTICLE_META else f'f.{_QUOTED[c]}' for c in COLUMNS)}, "
    "f.article_id, f.extractor_version FROM figures f JOIN articles a ON a.article_id = f.article_id"
)
FIGURES_ORDER = " ORDER BY a.published, a.doc, f.article_id, f.start, f.figure_id"

ARTICLE_LIST_COLUMNS = ("article_id", "doc", "title", "publisher", "published", "url", "ingested_at", "figure_count")

_WHITESPACE = regex.compile(r"\s+")


def article_id(text: str) -> str:
    """The content hash that identifies an article: sha256 of its normalised body.

    Unicode is NFC-normalised and runs of whitespace collapse to one space, so the
    same text saved with other line endings or wrapping gets the same id.

    >>> article_id("Twelve  people\\r\\nwere killed.") == article_id("Twelve people were killed. ")
    True
    """
    normalised = _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# -- writing ---------------------------------------------------------------


def open_store(path: str | Path = DEFAULT_DB) -> sqlite3.Connection:
    """Open (creating if missing) the store for writing: WAL mode, foreign keys on.

    The connection is in autocommit mode; the write functions here open their own
    transactions.
    """
    path = Path(path)
    if path.is_dir():
        raise InputError(str(path), "is a folder (a `corpus` dataset is read-only): ingest into a store file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path, isolation_level=None, timeout=30)
    except (OSError, sqlite3.Error) as error:
        raise InputError(str(path), f"cannot open the store: {error}") from None
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise InputError(str(path), f"store has schema version {version}; this program knows {SCHEMA_VERSION}")
        connection.execute("PRAGMA journal_mode=WAL")
        # In WAL mode NORMAL keeps the database consistent after a crash; only the
        # last commits may be lost on power failure, and a rerun restores them.
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.execute("PRAGMA foreign_keys=ON")
        connection.executescript(_SCHEMA)
        _add_missing_columns(connection)
        install_reviews(connection)
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        connection.execute("BEGIN IMMEDIATE")  # one row, even when two ingests open a new store at once
        connection.execute(
            "INSERT INTO store_generation SELECT ?, 0 WHERE NOT EXISTS (SELECT 1 FROM store_generation)",
            (uuid.uuid4().hex,),
        )
        connection.execute("COMMIT")
    except sqlite3.DatabaseError as error:
        connection.close()
        raise InputError(str(path), f"not a figures store: {error}") from None
    return connection


def _add_missing_columns(connection: sqlite3.Connection) -> None:
    """Bring an older store's figures table up to today's columns (new columns start empty).

    Figures made before a column existed keep it empty until ``ingest --reextract``,
    which ``ingest`` suggests when the extractor version of stored articles is older.
    """
    present = {row[1] for row in connection.execute("PRAGMA table_info(figures)")}
    for name in FIGURE_FIELDS:
        if name not in present:
            connection.execute(f"ALTER TABLE figures ADD COLUMN {_QUOTED[name]} {_SQL_TYPES.get(name, 'TEXT')}")


def stored_version(connection: sqlite3.Connection, key: str) -> str | None:
    """The extractor version of a stored article's figures, or None if it is not stored."""
    row = connection.execute("SELECT extractor_version FROM articles WHERE article_id = ?", (key,)).fetchone()
    return row[0] if row else None


_FILLED_META = ("title", "publisher", "published")  # what a re-extraction may fill in from the text


def _figure_rows(key: str, figures: Iterable[Figure], version: str, published: str) -> list[tuple]:
    """The rows of ``figures``; ``as_of`` is the publication date where the text gives none, as in ``Figure.as_row``."""
    rows = []
    for figure in figures:
        fields = {name: getattr(figure, name) for name in FIGURE_FIELDS}
        fields["as_of"] = figure.as_of or published
        rows.append((key, version, *fields.values()))
    return rows


def save_article(
    connection: sqlite3.Connection,
    article: Article,
    figures: list[Figure],
    source: str,
    version: str = EXTRACTOR_VERSION,
) -> bool:
    """Store ``article`` with its ``figures`` in one transaction.

    Returns False, writing nothing but the source, when the same text is already
    stored (by this or a concurrent ingest).
    """
    key = article_id(article.text)
    now = _now()
    rows = _figure_rows(key, figures, version, article.published)
    connection.execute("BEGIN IMMEDIATE")
    try:
        inserted = connection.execute(
            "INSERT OR IGNORE INTO articles (article_id, doc, title, publisher, published, url, text,"
            " ingested_at, extractor_version, figure_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (key, article.doc, article.title, article.publisher, article.published, article.url,
             article.text, now, version, len(rows)),
        ).rowcount  # fmt: skip
        if inserted:
            connection.executemany(_INSERT_FIGURE, rows)
        connection.execute("INSERT OR IGNORE INTO article_sources VALUES (?, ?, ?)", (key, source, now))
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return bool(inserted)


def add_source(connection: sqlite3.Connection, key: str, source: str) -> None:
    """Record one more place a stored article was read from (a no-op if already known)."""
    connection.execute("INSERT OR IGNORE INTO article_sources VALUES (?, ?, ?)", (key, source, _now()))


def replace_figures(
    connection: sqlite3.Connection,
    key: str,
    figures: list[Figure],
    version: str = EXTRACTOR_VERSION,
    meta: dict[str, str] | None = None,
) -> None:
    """Swap a stored article's figures for a new extraction, in one transaction.

    ``meta`` (title, publisher, published) fills what the stored article left empty, as
    when the text now gives a date its front matter did not; it never overwrites.
    """
    given = {name: (meta or {}).get(name, "") for name in _FILLED_META}
    stored = connection.execute("SELECT published FROM articles WHERE article_id = ?", (key,)).fetchone()
    rows = _figure_rows(key, figures, version, (stored[0] if stored else "") or given["published"])
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.execute("DELETE FROM figures WHERE article_id = ?", (key,))
        connection.executemany(_INSERT_FIGURE, rows)
        connection.execute(
            "UPDATE articles SET extractor_version = ?, figure_count = ?, "
            + ", ".join(f"{name} = CASE WHEN COALESCE({name}, '') = '' THEN ? ELSE {name} END" for name in given)
            + " WHERE article_id = ?",
            (version, len(rows), *given.values(), key),
        )
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def stored_articles(connection: sqlite3.Connection, batch: int = 200) -> Iterator[tuple[str, Article]]:
    """Every stored article with its id, read in pages so the store is never held in memory.

    Paging by id (not one open cursor) lets the caller write between pages.
    """
    last = ""
    while True:
        page = connection.execute(
            "SELECT article_id, doc, text, title, publisher, published, url FROM articles"
            " WHERE article_id > ? ORDER BY article_id LIMIT ?",
            (last, batch),
        ).fetchall()
        if not page:
            return
        for key, *fields in page:
            yield key, Article(*fields)
        last = page[-1][0]


def known_source(connection: sqlite3.Connection, source: str) -> bool:
    """Whether an article was already read from ``source`` (a feed entry's link, a file, a URL)."""
    return (
        connection.execute("SELECT 1 FROM article_sources WHERE source = ? LIMIT 1", (source,)).fetchone() is not None
    )


def stale_count(connection: sqlite3.Connection, version: str = EXTRACTOR_VERSION) -> int:
    """How many stored articles have figures from another extractor version."""
    return connection.execute("SELECT count(*) FROM articles WHERE extractor_version != ?", (version,)).fetchone()[0]


# -- reading ---------------------------------------------------------------


def read_connection(db_path: str | Path) -> sqlite3.Connection | None:
    """A read-only connection, or None when there is no store file (none is created)."""
    path = Path(db_path)
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error as error:
        raise InputError(str(path), f"cannot open the store: {error}") from None
    try:
        if view := older_store_view(lambda sql: connection.execute(sql).fetchall()):
            connection.execute(view)
    except sqlite3.DatabaseError as error:
        connection.close()
        raise InputError(str(path), f"not a figures store: {error}") from None
    return connection


def older_store_view(rows: Callable[[str], list[tuple]]) -> str | None:
    """For an older store, the SQL of a temporary view that lets a read-only connection read it as
    today's: its figures table (names resolve to temporary objects first) with the columns it lacks
    as empty ones; None for a store of today. ``rows`` runs a query on that connection.

    The store itself is not changed; opening it for writing adds the columns for good.
    """
    if rows("PRAGMA user_version")[0][0] >= SCHEMA_VERSION:
        return None
    present = {row[1] for row in rows("PRAGMA main.table_info(figures)")}
    missing = [name for name in FIGURE_FIELDS if name not in present]
    if not (present and missing):
        return None
    empty = ", ".join(f"NULL AS {_QUOTED[name]}" for name in missing)
    return f"CREATE TEMP VIEW figures AS SELECT *, {empty} FROM main.figures"


@contextlib.contextmanager
def _reading(db_path: str | Path) -> Iterator[sqlite3.Connection | None]:
    """A read-only connection (None when there is no store file), closed afterwards.

    SQLite errors become :class:`InputError`, except a missing table: that is a store
    being created right now, and the block just ends early, as if it were empty.
    """
    connection = read_connection(db_path)
    try:
        yield connection
    except sqlite3.OperationalError as error:
        if "no such table" not in str(error):
            raise InputError(str(db_path), f"cannot read the store: {error}") from None
    except sqlite3.DatabaseError as error:
        raise InputError(str(db_path), f"not a figures store: {error}") from None
    finally:
        if connection is not None:
            connection.close()


def read_frame(db_path: str | Path, sql: str, params: tuple = ()) -> pd.DataFrame | None:
    """Run one query on a read-only connection; None when the store or its tables are missing.

    One statement reads one consistent snapshot, even while an ingest commits.
    """
    with contextlib.closing(read_chunks(db_path, sql, params, size=0)) as chunks:
        return next(chunks, None)


def read_chunks(db_path: str | Path, sql: str, params: tuple = (), size: int = 5000) -> Iterator[pd.DataFrame]:
    """The rows of one query as frames of ``size`` rows (all in one when ``size`` is 0).

    Yields nothing when the store or its tables are missing. All chunks come from
    one snapshot: the statement holds its read transaction until the last row.
    """
    with _reading(db_path) as connection:
        if connection is None:
            return
        cursor = connection.execute(sql, params)
        columns = [description[0] for description in cursor.description]
        while rows := (cursor.fetchmany(size) if size else cursor.fetchall()):
            yield pd.DataFrame(rows, columns=columns)
            if not size:
                return
        if not size:
            yield pd.DataFrame(columns=columns)
