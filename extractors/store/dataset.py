"""A Parquet dataset of figures: the folder `corpus` writes, and DuckDB queries that read it in place.

Layout of a dataset folder::

    month=2025-03/part-00000.parquet   figures of partition 0 published in March 2025
    month=undated/part-00004.parquet   figures of articles without a publication date
    _articles/part-00000.parquet       the articles of partition 0, text included
    _summary.json                      articles read and failed, figures, one line per error

The figure files hold the table's :data:`COLUMNS` plus ``article_id`` and
``extractor_version``, the same columns as ``load_figures``; the folder names are
Hive partitions, so DuckDB, pyarrow and Spark read ``month`` as a column. A partition
is always written whole (to a temporary name, then renamed), so writing it twice, as
a cluster does when a worker dies, gives the same files.

The read functions here answer what the store's read functions answer, for a folder
(``WARFIGURES_DB=figures/``, ``export --db figures/``), with DuckDB reading only the
columns and rows a query needs.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import InputError
from ..figure import COLUMNS

SUMMARY_FILE = "_summary.json"
ARTICLES_FOLDER = "_articles"
UNDATED = "undated"
_NUMBERS = {"value": pa.float64(), "low": pa.float64(), "high": pa.float64(), "start": pa.int64(), "end": pa.int64()}
FIGURE_SCHEMA = pa.schema(
    [(name, _NUMBERS.get(name, pa.string())) for name in (*COLUMNS, "article_id", "extractor_version")]
)
ARTICLE_SCHEMA = pa.schema(
    [(name, pa.string()) for name in ("article_id", "doc", "title", "publisher", "published", "url")]
    + [("figure_count", pa.int64()), ("text", pa.string()), ("extractor_version", pa.string())]
)
_ARTICLE_META = ("doc", "title", "publisher", "published", "url")
# The figures in the store's order (FIGURES_ORDER): by article, then offset with missing ones first
# as SQLite sorts them, then the order they were written in (file, row), as figure_id there.
FIGURE_ORDER = " ORDER BY published, doc, article_id, start NULLS FIRST, filename, file_row_number"


def is_dataset(path: str | Path) -> bool:
    """A folder stands for a dataset of figures; a store is a file."""
    return Path(path).is_dir()


def month_of(published: str) -> str:
    """The partition of an article: its publication month, or ``undated``.

    >>> month_of("2025-03-04"), month_of("")
    ('2025-03', 'undated')
    """
    return published[:7] if len(published) >= 7 and published[4] == "-" else UNDATED


# -- writing ----------------------------------------------------------------


def _write_whole(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        pq.write_table(table, temporary)
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def write_partition(folder: str | Path, index: int, figures: list[dict], articles: list[dict]) -> None:
    """Write one partition's figure rows (split by month) and its article rows, each file whole."""
    folder = Path(folder)
    by_month: dict[str, list[dict]] = {}
    for row in figures:
        by_month.setdefault(month_of(row["published"]), []).append(row)
    name = f"part-{index:05d}.parquet"
    for month, rows in by_month.items():
        _write_whole(pa.Table.from_pylist(rows, schema=FIGURE_SCHEMA), folder / f"month={month}" / name)
    _write_whole(pa.Table.from_pylist(articles, schema=ARTICLE_SCHEMA), folder / ARTICLES_FOLDER / name)


def rename_sources(folder: str | Path, renamed: dict[str, str], typed: dict[str, tuple]) -> None:
    """Give the figure files' sources their names across articles: ``renamed`` old -> new, ``typed`` new ->
    (source_type, source_country); each file is rewritten whole, only where it holds an old name."""
    for path in Path(folder).glob("month=*/*.parquet"):
        table = pq.read_table(path, schema=FIGURE_SCHEMA)
        rows = table.to_pylist()
        moved = [row for row in rows if row["source"] in renamed]
        for row in moved:
            row["source"] = renamed[row["source"]]
            kind, country = typed.get(row["source"], (None, None))
            row["source_type"], row["source_country"] = kind or row["source_type"], country or row["source_country"]
        if moved:
            _write_whole(pa.Table.from_pylist(rows, schema=FIGURE_SCHEMA), path)


def remove_partition(folder: str | Path, index: int) -> None:
    """Delete what a failed partition may have written, so the dataset has it whole or not at all."""
    for path in Path(folder).glob(f"*/part-{index:05d}.parquet"):
        path.unlink(missing_ok=True)


def remove_unfinished(folder: str | Path) -> None:
    """Delete the temporary files of writes that never finished (a worker killed mid-write)."""
    for path in Path(folder).glob("*/.*.tmp"):
        path.unlink(missing_ok=True)


def write_summary(folder: str | Path, summary: dict) -> None:
    (Path(folder) / SUMMARY_FILE).write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")


def read_summary(folder: str | Path) -> dict | None:
    try:
        return json.loads((Path(folder) / SUMMARY_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


# -- reading ----------------------------------------------------------------


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def figure_files(folder: Path) -> str | None:
    """The glob of the dataset's figure files, or None when it has none."""
    if not any(folder.glob("month=*/*.parquet")):
        return None
    return str(folder / "month=*" / "*.parquet")


@contextlib.contextmanager
def querying(folder: str | Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """An in-memory DuckDB connection; its errors become one-line :class:`InputError`."""
    connection = duckdb.connect()
    try:
        yield connection
    except duckdb.Error as error:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise InputError(str(folder), f"cannot read the figures dataset: {reason}") from None
    finally:
        connection.close()


def figures_from(files: str) -> str:
    """The figure rows, with ``a`` (the article's columns) beside ``f`` as the store's export filters name them.

    A dataset holds the machine's figures only: their ``review`` is 'machine', as in a store without reviews.
    """
    article = ", ".join(f"{name} := {name}" for name in _ARTICLE_META)
    return (
        f"(SELECT *, 'machine' AS review, struct_pack({article}) AS a FROM read_parquet({_literal(files)},"
        " hive_partitioning = true, filename = true, file_row_number = true)) AS f"
    )


def duckdb_where(where: str) -> str:
    """An export filter's SQL for DuckDB: SQLite's LIKE ignores ASCII case, DuckDB's ILIKE does that."""
    return where.replace(" LIKE ", " ILIKE ")


def figure_chunks(folder: str | Path, where: str = "", params: tuple = (), size: int = 5000) -> Iterator[pd.DataFrame]:
    """The figures matching an export filter's WHERE clause, in the store's order, ``size`` rows at a time.

    Yields nothing when the dataset has no figure files.
    """
    folder = Path(folder)
    files = figure_files(folder)
    if files is None:
        return
    columns = ", ".join(f'f."{name}"' for name in (*FIGURE_SCHEMA.names, "review"))
    sql = f"SELECT {columns} FROM {figures_from(files)}{duckdb_where(where)}{FIGURE_ORDER}"
    with querying(folder) as connection:
        reader = connection.sql(sql, params=list(params)).to_arrow_reader(size)
        for batch in reader:
            yield batch.to_pandas()


def figures_arrow(folder: str | Path) -> pa.Table:
    """Every figure, in the store's order, as Arrow columns of :data:`FIGURE_SCHEMA`."""
    folder = Path(folder)
    files = figure_files(folder)
    if files is None:
        return FIGURE_SCHEMA.empty_table()
    columns = ", ".join(f'"{name}"' for name in FIGURE_SCHEMA.names)
    sql = (
        f"SELECT {columns} FROM read_parquet({_literal(files)}, hive_partitioning = true,"
        f" filename = true, file_row_number = true){FIGURE_ORDER}"
    )
    with querying(folder) as connection:
        return connection.sql(sql).to_arrow_table().cast(FIGURE_SCHEMA)


# What the store's article lists have and a dataset does not: when `corpus` ran is no property of an article.
_ARTICLE_COLUMNS = {"ingested_at": "CAST(NULL AS VARCHAR) AS ingested_at"}


def _article_files(folder: Path) -> str | None:
    if not any((folder / ARTICLES_FOLDER).glob("*.parquet")):
        return None
    return str(folder / ARTICLES_FOLDER / "*.parquet")


def articles_frame(folder: str | Path, columns: tuple[str, ...], where: str = "", params: tuple = ()) -> pd.DataFrame:
    """The dataset's articles (``columns`` of them), newest publication first; empty when it has none."""
    folder = Path(folder)
    files = _article_files(folder)
    if files is None:
        return pd.DataFrame(columns=list(columns))
    selected = ", ".join(_ARTICLE_COLUMNS.get(name, name) for name in columns)
    sql = f"SELECT {selected} FROM read_parquet({_literal(files)}){where} ORDER BY published DESC, doc, article_id"
    with querying(folder) as connection:
        return connection.sql(sql, params=list(params)).df()


def counts(folder: str | Path) -> dict[str, int]:
    """Articles and figures in the dataset (``sources``: the articles, each read from one place)."""
    folder = Path(folder)
    found = {"articles": 0, "figures": 0}
    with querying(folder) as connection:
        for name, files in (("articles", _article_files(folder)), ("figures", figure_files(folder))):
            if files is not None:
                found[name] = connection.sql(f"SELECT count(*) FROM read_parquet({_literal(files)})").fetchall()[0][0]
    return {**found, "sources": found["articles"]}
