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
import os
import sqlite3
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import adbc_driver_manager
import adbc_driver_sqlite.dbapi as adbc_sqlite
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import regex

from .article import Article
from .errors import InputError
from .figure import CATEGORIES, COLUMNS, QUALIFIERS, UNITS, Figure
from .table import typed_frame
from .version import EXTRACTOR_VERSION

DEFAULT_DB = Path("data/figures.db")
SCHEMA_VERSION = 1  # PRAGMA user_version of a store this code writes

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
CREATE INDEX IF NOT EXISTS figures_by_article ON figures(article_id);
CREATE TABLE IF NOT EXISTS article_sources (
    article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
    source     TEXT NOT NULL,   -- a file path, "FILE.jsonl line N", a URL or "pasted text"
    first_seen TEXT NOT NULL,
    PRIMARY KEY (article_id, source)
) WITHOUT ROWID;
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

# load_figures reads the same rows as FIGURES_SELECT + FIGURES_ORDER in two plain scans
# and does the join and the sort itself (see there why); the two orders must agree.
_ARTICLES_IN_ORDER = f"SELECT article_id, {', '.join(ARTICLE_META)} FROM articles ORDER BY published, doc, article_id"
_FIGURE_SCAN = "SELECT article_id, extractor_version, {} FROM figures ORDER BY figure_id"
_FIGURES_BY_ID = _FIGURE_SCAN.format(", ".join(_QUOTED[n] for n in FIGURE_FIELDS))
# The same, keeping only numbers in the number columns: read instead when one of them holds
# text (only a damaged or hand-edited store has that), so it drops out as a missing number.
_FIGURES_BY_ID_NUMBERS_ONLY = _FIGURE_SCAN.format(
    ", ".join(
        f"CASE WHEN typeof({_QUOTED[n]}) IN ('integer', 'real') THEN {_QUOTED[n]} END AS {_QUOTED[n]}"
        if n in _SQL_TYPES
        else _QUOTED[n]
        for n in FIGURE_FIELDS
    )
)
_TEXT_COLUMNS = frozenset(n for n in (*COLUMNS, "article_id", "extractor_version") if n not in _SQL_TYPES)
# The ADBC driver infers each column's Arrow type from the first batch of rows and fails on a
# later value of another type (a text column whose first 1,024 rows are NULL, with the default
# batch). One batch of every row lets it see them all; memory follows the rows, not this number.
_ONE_BATCH = {"adbc.sqlite.query.batch_rows": str(1 << 30)}

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
        connection.executescript(_SCHEMA + f"PRAGMA user_version = {SCHEMA_VERSION};")
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


def stored_version(connection: sqlite3.Connection, key: str) -> str | None:
    """The extractor version of a stored article's figures, or None if it is not stored."""
    row = connection.execute("SELECT extractor_version FROM articles WHERE article_id = ?", (key,)).fetchone()
    return row[0] if row else None


def _figure_rows(key: str, figures: Iterable[Figure], version: str) -> list[tuple]:
    return [(key, version, *(getattr(figure, name) for name in FIGURE_FIELDS)) for figure in figures]


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
    rows = _figure_rows(key, figures, version)
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
    connection: sqlite3.Connection, key: str, figures: list[Figure], version: str = EXTRACTOR_VERSION
) -> None:
    """Swap a stored article's figures for a new extraction, in one transaction."""
    rows = _figure_rows(key, figures, version)
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.execute("DELETE FROM figures WHERE article_id = ?", (key,))
        connection.executemany(_INSERT_FIGURE, rows)
        connection.execute(
            "UPDATE articles SET extractor_version = ?, figure_count = ? WHERE article_id = ?",
            (version, len(rows), key),
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
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error as error:
        raise InputError(str(path), f"cannot open the store: {error}") from None


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


@contextlib.contextmanager
def _arrow_snapshot(db_path: str | Path) -> Iterator[Callable[[str], pa.Table] | None]:
    """A function running a query into an Arrow table, all on one read-only snapshot of the store.

    Read by the ADBC SQLite driver, which builds the columns in C: Python's ``sqlite3``
    makes a Python object of every value first, which at 100,000 figures cost more than
    everything else in loading them. Yields None when there is no store file (none is
    created); errors become :class:`InputError` as in :func:`_reading`, and a missing
    table (a store being created right now) ends the block early.
    """
    path = Path(db_path)
    if not path.is_file():
        yield None
        return
    try:
        # Not in autocommit: the driver opens a transaction, so every query sees the same commits.
        connection = adbc_sqlite.connect(f"{path.resolve().as_uri()}?mode=ro")
    except adbc_driver_manager.Error as error:
        raise InputError(str(path), f"cannot open the store: {_adbc_reason(error)}") from None
    try:
        with contextlib.closing(connection), contextlib.closing(connection.cursor()) as cursor:
            cursor.adbc_statement.set_options(**_ONE_BATCH)
            # Wait out a writer's lock (opening a new store, a checkpoint) as read_connection does.
            cursor.execute("PRAGMA busy_timeout = 30000")
            cursor.fetchall()

            def query(sql: str) -> pa.Table:
                cursor.execute(sql)
                return cursor.fetch_arrow_table()

            yield query
    except adbc_driver_manager.Error as error:
        reason = _adbc_reason(error)
        if "no such table" in reason:
            return
        if "not a database" in reason or "malformed" in reason:
            raise InputError(str(path), f"not a figures store: {reason}") from None
        raise InputError(str(path), f"cannot read the store: {reason}") from None


_ADBC_PREFIX = regex.compile(r"^[A-Z_]+: (?:\[SQLite\] )?(?:Failed to prepare query: )?")


def _adbc_reason(error: Exception) -> str:
    """The driver's (or pyarrow's) message on one line, without its status code and the query it quotes.

    >>> _adbc_reason(ValueError("INVALID_ARGUMENT: [SQLite] Failed to prepare query: no such table: x\\nquery: SELECT"))
    'no such table: x'
    """
    first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return _ADBC_PREFIX.sub("", first)


def _numbers_read_as_numbers(table: pa.Table) -> bool:
    return all(
        pa.types.is_integer(kind) or pa.types.is_floating(kind) or pa.types.is_null(kind)
        for kind in (table.schema.field(name).type for name in _SQL_TYPES)
    )


def figures_table(frame: pd.DataFrame | None) -> pd.DataFrame:
    """Rows of :data:`FIGURES_SELECT` as a typed table: COLUMNS, then article_id, extractor_version."""
    if frame is None:
        frame = pd.DataFrame(columns=[*COLUMNS, "article_id", "extractor_version"])
    frame = typed_frame(frame)
    for column in ("article_id", "extractor_version"):
        frame[column] = frame[column].astype("string")
    return frame


# load_figures' rows as Arrow columns, before pandas: what the columnar copy holds.
_LOADED = (*COLUMNS, "article_id", "extractor_version")
_ARROW_TYPES = {
    "value": pa.float64(),
    "low": pa.float64(),
    "high": pa.float64(),
    "start": pa.int64(),
    "end": pa.int64(),
}
_TABLE_SCHEMA = pa.schema([(name, _ARROW_TYPES.get(name, pa.large_string())) for name in _LOADED])
_LEVELS = {"unit": UNITS, "category": CATEGORIES, "qualifier": QUALIFIERS}  # typed_frame's categoricals
_COPY_STAMP = b"warfigures.store"  # schema metadata: the store_id and generation the copy was made from
_COPY_FORMAT = 1  # part of the stamp: bump it when _joined or _TABLE_SCHEMA change meaning, and old copies go unused


def columnar_copy_path(db_path: str | Path) -> Path:
    """Where :func:`load_figures` keeps its columnar copy of the store: beside it, like ``-wal``."""
    path = Path(db_path)
    return path.with_name(path.name + "-figures.arrow")


def _store_stamp(query: Callable[[str], pa.Table]) -> bytes | None:
    """Which store this is and how many changes it has seen, or None for a store made before the counter."""
    if not query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'store_generation'").num_rows:
        return None
    rows = query("SELECT store_id, generation FROM store_generation").to_pylist()
    if len(rows) != 1:
        return None
    return f"{_COPY_FORMAT}:{rows[0]['store_id']}:{rows[0]['generation']}".encode()


def _joined(articles: pa.Table, figures: pa.Table) -> pa.Table:
    """The rows of FIGURES_SELECT + FIGURES_ORDER from the two scans, as an Arrow table of :data:`_TABLE_SCHEMA`."""
    # As text: a scan of no rows has no values to type its columns by.
    keys = [table["article_id"].cast(pa.large_string()) for table in (figures, articles)]
    rank = pc.index_in(keys[0], value_set=keys[1]).fill_null(-1).to_numpy()
    # FIGURES_ORDER: by article (the articles come sorted), then start with missing ones
    # first as in SQLite, then figure_id, the order the rows came in: lexsort is stable.
    start = figures["start"].cast(pa.float64()).fill_null(-np.inf).to_numpy()
    order = np.lexsort((start, rank))
    order = order[rank[order] >= 0]  # a figure without its article drops out, as in the join
    figures = figures.take(order)
    meta = articles.take(rank[order])
    # An all-NULL text column comes typed as integers: as text it is all missing too.
    return pa.Table.from_arrays(
        [
            (meta if name in ARTICLE_META else figures)[name].cast(_ARROW_TYPES.get(name, pa.large_string()))
            for name in _LOADED
        ],
        schema=_TABLE_SCHEMA,
    )


def _read_copy(path: Path, stamp: bytes) -> pa.Table | None:
    """The columnar copy if it was made from this very state of the store, else None."""
    try:
        with pa.OSFile(str(path), "rb") as source:
            reader = pa.ipc.open_file(source)
            schema = reader.schema
            if (schema.metadata or {}).get(_COPY_STAMP) != stamp or not schema.remove_metadata().equals(_TABLE_SCHEMA):
                return None
            return reader.read_all().replace_schema_metadata(None)
    except (OSError, pa.ArrowException):  # missing, being replaced, damaged: read the store instead
        return None


def _write_copy(path: Path, table: pa.Table, stamp: bytes) -> None:
    """Keep ``table`` as the columnar copy of the store at ``stamp``: whole or not at all, and only if possible.

    Written to a temporary file and renamed over the old copy, so a reader sees the old
    copy or the new one, never half of one. A folder it cannot write to just means no copy.
    """
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        with pa.OSFile(str(temporary), "wb") as sink:
            with pa.ipc.new_file(sink, table.schema.with_metadata({_COPY_STAMP: stamp})) as writer:
                writer.write_table(table)
        os.replace(temporary, path)
    except (OSError, pa.ArrowException):
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def _read_articles_and_figures(query: Callable[[str], pa.Table]) -> tuple[pa.Table, pa.Table]:
    """The articles in order and the figures by id (numbers only in number columns)."""
    articles = query(_ARTICLES_IN_ORDER)
    figures = query(_FIGURES_BY_ID)
    if not _numbers_read_as_numbers(figures):
        figures = query(_FIGURES_BY_ID_NUMBERS_ONLY)
    return articles, figures


def _load_table(db_path: str | Path) -> pa.Table | None:
    """load_figures' rows as an Arrow table: from the columnar copy when it is current, else from the store."""
    path = Path(db_path)
    stamp = scanned = None
    with _arrow_snapshot(path) as query:
        if query is None:
            return None
        stamp = _store_stamp(query)
        if stamp is not None and (copy := _read_copy(columnar_copy_path(path), stamp)) is not None:
            return copy
        scanned = _read_articles_and_figures(query)
    if scanned is None:
        return None  # a table is missing: a store being created right now
    try:
        table = _joined(*scanned)
    except pa.ArrowException as error:  # text that is not UTF-8, an offset that is not a whole number
        raise InputError(str(path), f"cannot read the store: {_adbc_reason(error)}") from None
    if stamp is not None:
        _write_copy(columnar_copy_path(path), table, stamp)
    return table


def _frame(table: pa.Table) -> pd.DataFrame:
    """An Arrow table of :data:`_TABLE_SCHEMA` as load_figures' typed pandas table."""
    columns = {}
    for name in table.column_names:
        column = table[name]
        if name in _LEVELS:  # what pd.Categorical(values, categories=levels) gives, without comparing strings in Python
            levels = _LEVELS[name]
            codes = pc.index_in(column, value_set=pa.array(levels, pa.large_string())).fill_null(-1).to_numpy()
            columns[name] = pd.Categorical.from_codes(codes, categories=levels)
        elif name in _TEXT_COLUMNS:
            columns[name] = pd.array(column, dtype="string")
        else:
            columns[name] = pd.array(column, dtype="Float64" if name in ("value", "low", "high") else "Int64")
    return figures_table(pd.DataFrame(columns))


def load_figures(db_path: str | Path = DEFAULT_DB) -> pd.DataFrame:
    """Every stored figure: the :data:`COLUMNS` (typed) plus ``article_id`` and ``extractor_version``.

    The same table as ``figures_table(read_frame(db_path, FIGURES_SELECT + FIGURES_ORDER))``,
    read faster. The store is read as Arrow columns in two plain scans of one snapshot
    (see :func:`_arrow_snapshot`), joined and sorted here: each article's metadata leaves
    SQLite once, not once per figure, SQLite does not sort every joined row through a
    temporary B-tree, and no Python object is made per value. The result is kept as a
    columnar copy beside the store (:func:`columnar_copy_path`), stamped with the store's
    id and change count (``store_generation``, kept by triggers); the next load reads the
    copy instead, if the stamp still matches the store in the same read transaction. The
    store stays the only source: a stale, damaged or missing copy is ignored and rebuilt.
    """
    table = _load_table(db_path)
    return figures_table(None) if table is None else _frame(table)


def load_articles(db_path: str | Path = DEFAULT_DB) -> pd.DataFrame:
    """One row per stored article (no text), newest publication first."""
    frame = read_frame(
        db_path, f"SELECT {', '.join(ARTICLE_LIST_COLUMNS)} FROM articles ORDER BY published DESC, doc, article_id"
    )
    if frame is None:
        frame = pd.DataFrame(columns=list(ARTICLE_LIST_COLUMNS))
    frame = frame.astype({column: "string" for column in ARTICLE_LIST_COLUMNS if column != "figure_count"})
    frame["figure_count"] = frame["figure_count"].astype("Int64")
    return frame


def load_article(db_path: str | Path, key: str) -> dict[str, str]:
    """One stored article with its text; raises :class:`InputError` if there is none with this id."""
    fields = ("article_id", *ARTICLE_META, "text")
    frame = read_frame(db_path, f"SELECT {', '.join(fields)} FROM articles WHERE article_id = ?", (key,))
    if frame is None or frame.empty:
        raise InputError(key, f"no such article in the store {db_path}")
    return {field: str(frame.at[0, field]) for field in fields}


def store_is_empty(db_path: str | Path = DEFAULT_DB) -> bool:
    """True when the store holds no article, including when the file does not exist."""
    frame = read_frame(db_path, "SELECT EXISTS (SELECT 1 FROM articles) AS any_article")
    return frame is None or not bool(frame.at[0, "any_article"])


def store_counts(db_path: str | Path = DEFAULT_DB) -> dict[str, int]:
    """Row counts of the store's tables (zeros when it does not exist)."""
    frame = read_frame(
        db_path,
        "SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM figures) AS figures,"
        " (SELECT count(*) FROM article_sources) AS sources",
    )
    if frame is None:
        return {"articles": 0, "figures": 0, "sources": 0}
    return {column: int(frame.at[0, column]) for column in frame.columns}
