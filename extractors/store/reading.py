"""Reading the store: Arrow scans by the ADBC SQLite driver, a columnar copy beside the store, article lists.

Each read function also takes a `corpus` dataset folder for the store (see :mod:`.dataset`).

:func:`load_figures` keeps what it read as a columnar copy beside the store
(``figures.db-figures.arrow``), used only while the store's change counter says
nothing has changed since; deleting it is harmless.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import adbc_driver_manager
import adbc_driver_sqlite.dbapi as adbc_sqlite
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import regex

from ..errors import InputError
from ..figure import CATEGORIES, COLUMNS, QUALIFIERS, UNITS
from .database import (
    _QUOTED,
    _SQL_TYPES,
    ARTICLE_LIST_COLUMNS,
    ARTICLE_META,
    DEFAULT_DB,
    FIGURE_FIELDS,
    older_store_view,
    read_frame,
)
from .dataset import articles_frame as dataset_articles
from .dataset import counts as dataset_counts
from .dataset import figures_arrow, is_dataset
from .frames import typed_frame
from .review_schema import STATUSES
from .reviewed import apply_reviews, read_overlay, with_review_column

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

            def rows(sql: str) -> list[tuple]:
                cursor.execute(sql)
                return cursor.fetchall()

            if view := older_store_view(rows):
                rows(view)

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


_ADBC_PREFIX = regex.compile(r"^[A-Z_]+: (?:\[SQLite\] )?(?:Failed to (?:prepare|step) query: )?")


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
    """Rows of :data:`FIGURES_SELECT` as a typed table: COLUMNS, then article_id, extractor_version, review.

    ``review`` is the review status, ``machine`` for rows that have none (the machine's figures).
    """
    if frame is None:
        frame = pd.DataFrame(columns=[*COLUMNS, "article_id", "extractor_version"])
    frame = typed_frame(frame)
    for column in ("article_id", "extractor_version"):
        frame[column] = frame[column].astype("string")
    return with_review_column(frame, frame["review"] if "review" in frame else None)


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
_COPY_FORMAT = 2  # part of the stamp: bump it when _joined or _TABLE_SCHEMA change meaning, and old copies go unused


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


def _read_copy(path: Path, stamp: bytes, without: tuple[str, ...] = ()) -> pa.Table | None:
    """The columnar copy if it was made from this very state of the store, else None; ``without`` those columns.

    Memory-mapped, a mapping per column: a column is read from disk only when used, and its
    pages leave memory with the last use of it (see :func:`_frame`), not with the whole table.
    """
    try:
        with pa.memory_map(str(path), "r") as source:
            schema = pa.ipc.open_file(source).schema
        if (schema.metadata or {}).get(_COPY_STAMP) != stamp or not schema.remove_metadata().equals(_TABLE_SCHEMA):
            return None
        columns = {}
        for name in (name for name in _LOADED if name not in without):
            with pa.memory_map(str(path), "r") as source:
                columns[name] = pa.ipc.open_file(source).read_all().column(name)
        return pa.table(columns)
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


def _load_table(db_path: str | Path, without: tuple[str, ...] = ()) -> tuple[pa.Table, list[dict]] | None:
    """The machine's figures as an Arrow table (from the columnar copy when it is current, else
    from the store) and the reviews to apply to them, read in the same transaction."""
    path = Path(db_path)
    stamp = scanned = None
    with _arrow_snapshot(path) as query:
        if query is None:
            return None
        reviews = read_overlay(query)
        stamp = _store_stamp(query)
        if stamp is not None and (copy := _read_copy(columnar_copy_path(path), stamp, without)) is not None:
            return copy, reviews
        scanned = _read_articles_and_figures(query)
    if scanned is None:
        return None  # a table is missing: a store being created right now
    try:
        table = _joined(*scanned)
    except pa.ArrowException as error:  # text that is not UTF-8, an offset that is not a whole number
        raise InputError(str(path), f"cannot read the store: {_adbc_reason(error)}") from None
    if stamp is not None:
        _write_copy(columnar_copy_path(path), table, stamp)
    return table, reviews


def _categorical(column: pa.ChunkedArray) -> pd.Categorical:
    """Text as ``pd.Categorical(values)`` gives it (categories sorted, missing values code -1), encoded by Arrow."""
    encoded = pc.dictionary_encode(column).combine_chunks()
    order = pc.array_sort_indices(encoded.dictionary).to_numpy()
    rank = np.empty(len(order) + 1, dtype=np.int32)
    rank[order], rank[-1] = np.arange(len(order), dtype=np.int32), -1
    codes = encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False)
    categories = pd.Index(encoded.dictionary.take(pa.array(order)).to_pylist(), dtype="string")
    return pd.Categorical.from_codes(rank[codes], categories=categories)


def _frame(columns: dict[str, pa.ChunkedArray], rows: int, categorical: tuple[str, ...] = ()) -> pd.DataFrame:
    """Arrow ``columns`` of :data:`_TABLE_SCHEMA` as load_figures' typed pandas table; the ``categorical`` text
    columns as categoricals. Each column is taken out of ``columns`` as it is converted, so what it was read
    from (a mapping of the columnar copy) can go before the next one is read."""
    frame, encoded = {}, {}
    for name in list(columns):
        column = columns.pop(name)
        if name in categorical and name in _TEXT_COLUMNS and name not in _LEVELS:
            encoded[name] = _categorical(column)  # set after typing (typed_frame makes text columns text)
            frame[name] = pd.array(pa.nulls(rows, pa.large_string()), dtype="string")
        elif (
            name in _LEVELS
        ):  # what pd.Categorical(values, categories=levels) gives, without comparing strings in Python
            levels = _LEVELS[name]
            codes = pc.index_in(column, value_set=pa.array(levels, pa.large_string())).fill_null(-1).to_numpy()
            frame[name] = pd.Categorical.from_codes(codes, categories=levels)
        elif name in _TEXT_COLUMNS:
            frame[name] = pd.array(column, dtype="string")
        else:
            frame[name] = pd.array(column, dtype="Float64" if name in ("value", "low", "high") else "Int64")
        del column
    typed = figures_table(pd.DataFrame(frame))
    for name, values in encoded.items():
        typed[name] = values
    return typed


def load_figures(
    db_path: str | Path = DEFAULT_DB,
    rejected: bool = False,
    without: tuple[str, ...] = (),
    categorical: tuple[str, ...] = (),
) -> pd.DataFrame:
    """Every stored figure as reviewed: the :data:`COLUMNS` (typed), ``article_id``, ``extractor_version``, ``review``.

    ``without`` names columns to leave out (the dashboard leaves out the sentences, read
    only for the rows it shows): they are never turned into Python objects. ``categorical``
    names text columns to return as categoricals (as ``astype("category")`` would), encoded
    by Arrow without a pandas text column first.

    The machine's figures with today's reviews applied (see :mod:`.reviewed`): ``review``
    is the status (machine, confirmed, corrected, rejected, added), rejected figures are
    left out unless ``rejected``, added ones are in. The machine's rows are the same table
    as ``figures_table(read_frame(db_path, FIGURES_SELECT + FIGURES_ORDER))``, read faster.

    The store is read as Arrow columns in two plain scans of one snapshot
    (see :func:`_arrow_snapshot`), joined and sorted here: each article's metadata leaves
    SQLite once, not once per figure, SQLite does not sort every joined row through a
    temporary B-tree, and no Python object is made per value. The result is kept as a
    columnar copy beside the store (:func:`columnar_copy_path`), stamped with the store's
    id and change count (``store_generation``, kept by triggers); the next load reads the
    copy instead, if the stamp still matches the store in the same read transaction. The
    store stays the only source: a stale, damaged or missing copy is ignored and rebuilt.
    Reviews do not change the copy: they are read in the same transaction and applied after.
    """
    if is_dataset(db_path):  # a `corpus` folder: read by DuckDB; a dataset holds no reviews
        table = figures_arrow(db_path).cast(_TABLE_SCHEMA).drop_columns(list(without))
        frame = _frame({name: table[name] for name in table.column_names}, table.num_rows, categorical)
        frame = frame.drop(columns=list(without))  # typed_frame put them back, empty
        frame["review"] = pd.Categorical(["machine"] * len(frame), categories=STATUSES)
        return frame
    loaded = _load_table(db_path, without)
    if loaded is None:
        return figures_table(None).drop(columns=list(without))
    table, codes = apply_reviews(*loaded, rejected=rejected)
    del loaded
    columns, rows = {name: table[name] for name in table.column_names if name not in without}, table.num_rows
    del table  # the columns go one by one in _frame
    frame = _frame(columns, rows, categorical).drop(columns=list(without))  # typed_frame put them back, empty
    frame["review"] = pd.Categorical.from_codes(codes, categories=STATUSES)
    return frame


def load_articles(db_path: str | Path = DEFAULT_DB) -> pd.DataFrame:
    """One row per stored article (no text), newest publication first."""
    query = f"SELECT {', '.join(ARTICLE_LIST_COLUMNS)} FROM articles ORDER BY published DESC, doc, article_id"
    frame = dataset_articles(db_path, ARTICLE_LIST_COLUMNS) if is_dataset(db_path) else read_frame(db_path, query)
    if frame is None:
        frame = pd.DataFrame(columns=list(ARTICLE_LIST_COLUMNS))
    frame = frame.astype({column: "string" for column in ARTICLE_LIST_COLUMNS if column != "figure_count"})
    frame["figure_count"] = frame["figure_count"].astype("Int64")
    return frame


def load_article(db_path: str | Path, key: str) -> dict[str, str]:
    """One stored article with its text; raises :class:`InputError` if there is none with this id."""
    fields = ("article_id", *ARTICLE_META, "text")
    if is_dataset(db_path):
        frame = dataset_articles(db_path, fields, " WHERE article_id = ?", (key,))
    else:
        frame = read_frame(db_path, f"SELECT {', '.join(fields)} FROM articles WHERE article_id = ?", (key,))
    if frame is None or frame.empty:
        raise InputError(key, f"no such article in the store {db_path}")
    return {field: str(frame.at[0, field]) for field in fields}


def store_is_empty(db_path: str | Path = DEFAULT_DB) -> bool:
    """True when the store holds no article, including when the file does not exist."""
    if is_dataset(db_path):
        return dataset_counts(db_path)["articles"] == 0
    frame = read_frame(db_path, "SELECT EXISTS (SELECT 1 FROM articles) AS any_article")
    return frame is None or not bool(frame.at[0, "any_article"])


def store_counts(db_path: str | Path = DEFAULT_DB) -> dict[str, int]:
    """Row counts of the store's tables (zeros when it does not exist)."""
    if is_dataset(db_path):
        return dataset_counts(db_path)
    frame = read_frame(
        db_path,
        "SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM figures) AS figures,"
        " (SELECT count(*) FROM article_sources) AS sources",
    )
    if frame is None:
        return {"articles": 0, "figures": 0, "sources": 0}
    return {column: int(frame.at[0, column]) for column in frame.columns}
