"""Exporting stored figures as CSV, Parquet or JSON lines, filtered.

The filters are the store's one declaration (:mod:`extractors.store.conditions`): the
same conditions give the SQL here, the dashboard's masks, and the words and file names
of both. The figures are read as reviewed (the ``reviewed_figures`` view: reviews
applied, a ``review`` status, rejected figures left out unless a filter asks for them).
Rows are streamed from the store in chunks, so an export never holds the whole table.
CSV cells a spreadsheet would run as formulas are neutralised (:mod:`.spreadsheet`)
unless ``raw`` asks for them as written.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import InputError
from ..figure import COLUMNS
from .conditions import FIELDS, REVIEWED, Contains, FigureFilter, OneOf, Published
from .database import DEFAULT_DB, FIGURES_ORDER, FIGURES_SELECT, read_chunks, read_frame
from .dataset import figure_chunks, is_dataset
from .queries import REVIEWED_VIEW, reviewed_from
from .queries import count_figures as count_in_dataset
from .reading import figures_table
from .review_schema import STATUSES
from .spreadsheet import write_csv

FORMATS = ("csv", "parquet", "jsonl")
EXPORT_COLUMNS = (*COLUMNS, "article_id", "review")  # `extract --csv` columns plus the article id and review status
CHUNK_ROWS = 5000
_FIGURES_COUNT = "SELECT COUNT(*) AS n FROM figures f JOIN articles a ON a.article_id = f.article_id"
REVIEWED_SELECT = FIGURES_SELECT.replace(" FROM figures f ", f", f.review FROM {REVIEWED_VIEW} f ")
# The review filter's choices: a status, or "reviewed" for every figure an analyst kept.
REVIEW_CHOICES = (*STATUSES, "reviewed")


def export_filter(
    claimant: str = "",
    publisher: str = "",
    source: str = "",
    source_type: Sequence[str] = (),
    category: Sequence[str] = (),
    side: Sequence[str] = (),
    since: str = "",
    until: str = "",
    undated: bool = False,
    review: Sequence[str] = (),
) -> FigureFilter:
    """The command line's filter: source, claimant and publisher contain the text; source type, category and
    side are one of the values; the dates bound publication, leaving undated figures out unless ``undated``;
    the review is one of the statuses (``reviewed``: confirmed, corrected or added; rejected figures only
    when named).

    >>> export_filter(category=["killed"], source="Zelensky", since="2025-01-01").description()
    "category: killed; source contains 'Zelensky'; published from 2025-01-01"
    >>> export_filter(source_type=["intelligence"], claimant="Lee").description()
    "source type: intelligence; claimant as written contains 'Lee'"
    """
    conditions = []
    if category:
        conditions.append(OneOf(FIELDS["category"], tuple(category)))
    if source_type:
        conditions.append(OneOf(FIELDS["source_type"], tuple(source_type)))
    for name, text in (("source", source), ("claimant", claimant), ("publisher", publisher)):
        if text:
            conditions.append(Contains(FIELDS[name], text))
    if side:
        conditions.append(OneOf(FIELDS["side"], tuple(side)))
    if since or until:
        conditions.append(Published(since, until, undated))
    if review:
        statuses = [s for status in review for s in (REVIEWED if status == "reviewed" else (status,))]
        conditions.append(OneOf(FIELDS["review"], tuple(dict.fromkeys(statuses))))
    return FigureFilter(tuple(conditions))


def count_figures(db_path: str | Path, figure_filter: FigureFilter) -> int:
    """How many stored figures match (in a store, after reviews; a `corpus` dataset holds none)."""
    if is_dataset(db_path):
        return count_in_dataset(db_path, figure_filter)
    where, params = figure_filter.where()
    counted = read_frame(db_path, reviewed_from(db_path, _FIGURES_COUNT) + where, params)
    return 0 if counted is None else int(counted["n"].iloc[0])


def filtered_chunks(db_path: str | Path, figure_filter: FigureFilter) -> Iterator[pd.DataFrame]:
    """The matching figures in export columns, a chunk at a time, from one consistent snapshot.

    Always yields at least one (maybe empty) chunk, so a CSV gets its header.
    """
    dataset = is_dataset(db_path)
    if not dataset and not Path(db_path).is_file():
        raise InputError(str(db_path), "no store here (run `python -m extractors ingest` first)")
    where, params = figure_filter.where()
    if dataset:  # a `corpus` folder, queried in place by DuckDB
        chunks = figure_chunks(db_path, where, params, size=CHUNK_ROWS)
    else:
        select = reviewed_from(db_path, FIGURES_SELECT.replace(" FROM figures f ", ", f.review FROM figures f "))
        chunks = read_chunks(db_path, select + where + FIGURES_ORDER, params, size=CHUNK_ROWS)
    empty = True
    for chunk in chunks:
        empty = False
        yield figures_table(chunk)[list(EXPORT_COLUMNS)]
    if empty:
        yield figures_table(None)[list(EXPORT_COLUMNS)]


def export(
    db_path: str | Path = DEFAULT_DB,
    fmt: str = "csv",
    out: str | Path | IO[str] | None = None,
    figure_filter: FigureFilter | None = None,
    raw: bool = False,
) -> int:
    """Write the matching figures to ``out`` (a path, a text stream, or standard output); returns the row count.

    CSV cells that would start a spreadsheet formula get a leading ``'``, unless ``raw``.
    """
    if fmt not in FORMATS:
        raise InputError(fmt, f"unknown export format (expected one of {', '.join(FORMATS)})")
    if fmt == "parquet" and (out is None or not isinstance(out, (str, Path))):
        raise InputError("--out", "parquet is binary: give a file name")
    rows = 0
    chunks = filtered_chunks(db_path, figure_filter or FigureFilter())
    if fmt == "parquet":
        writer = None
        try:
            for chunk in chunks:
                table = pa.Table.from_pandas(chunk, preserve_index=False)
                writer = writer or pq.ParquetWriter(out, table.schema)
                writer.write_table(table)
                rows += len(chunk)
        except OSError as error:
            raise InputError(str(out), f"cannot write: {error.strerror or error}") from None
        finally:
            if writer:
                writer.close()
        return rows
    stream = out if out is not None and not isinstance(out, (str, Path)) else None
    try:
        handle = stream or (open(out, "w", encoding="utf-8", newline="") if out is not None else sys.stdout)
    except OSError as error:
        raise InputError(str(out), f"cannot write: {error.strerror or error}") from None
    try:
        for number, chunk in enumerate(chunks):
            if fmt == "csv":
                write_csv(chunk, handle, raw=raw, header=number == 0)
            elif len(chunk):
                handle.write(chunk.to_json(orient="records", lines=True, force_ascii=False).rstrip("\n") + "\n")
            rows += len(chunk)
    finally:
        if handle not in (stream, sys.stdout):
            handle.close()
    return rows
