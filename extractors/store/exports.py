"""Exporting stored figures as CSV, Parquet or JSON lines, filtered.

Each filter is declared once in :data:`CONDITIONS`, which gives both the SQL
condition and the words of the human description; the description also names the
output file when none is given. Rows are streamed from the store in chunks, so an
export never holds the whole table. CSV cells a spreadsheet would run as formulas
are neutralised (:mod:`.spreadsheet`) unless ``raw`` asks for them as written.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from typing import IO

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import regex

from ..errors import InputError
from ..figure import COLUMNS
from .database import DEFAULT_DB, FIGURES_ORDER, FIGURES_SELECT, read_chunks
from .reading import figures_table
from .spreadsheet import write_csv

FORMATS = ("csv", "parquet", "jsonl")
EXPORT_COLUMNS = (*COLUMNS, "article_id")  # `extract --csv` columns plus the article id
CHUNK_ROWS = 5000
_LIKE_SPECIAL = regex.compile(r"([\\%_])")  # escaped with the ESCAPE '\' of the LIKE conditions
_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]+")


@dataclass(frozen=True)
class Condition:
    """One filter: the SQL it adds (one ``?`` for the value) and how it reads in a description."""

    sql: str
    words: str  # "{}" is the value
    partial: bool = False  # match any part of the text, case-insensitively (ASCII)


CONDITIONS = {
    "category": Condition("f.category = ?", "{} figures"),  # leads the description, see below
    "claimant": Condition(r"f.claimant LIKE ? ESCAPE '\'", "claimed by {}", partial=True),
    "side": Condition("f.side = ? COLLATE NOCASE", "side {}"),
    "publisher": Condition(r"a.publisher LIKE ? ESCAPE '\'", "published by {}", partial=True),
    "since": Condition("a.published != '' AND a.published >= ?", "from {}"),
    "until": Condition("a.published != '' AND a.published <= ?", "until {}"),
}


@dataclass(frozen=True)
class FigureFilter:
    """Which stored figures to export; an empty field does not filter.

    >>> FigureFilter(category="killed", claimant="Zelensky", since="2025-01-01").description()
    'killed figures claimed by Zelensky, from 2025-01-01'
    >>> FigureFilter().description()
    'all figures'
    """

    category: str = ""
    claimant: str = ""
    side: str = ""
    publisher: str = ""
    since: str = ""
    until: str = ""

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            try:
                if value:
                    dt.date.fromisoformat(value)
            except ValueError:
                raise InputError(f"--{name}", f"not a YYYY-MM-DD date: {value!r}") from None

    def active(self) -> list[tuple[str, str]]:
        return [(f.name, getattr(self, f.name)) for f in fields(self) if getattr(self, f.name)]

    def where(self) -> tuple[str, tuple[str, ...]]:
        """The SQL WHERE clause (empty when nothing filters) and its parameters."""
        clauses, params = [], []
        for name, value in self.active():
            condition = CONDITIONS[name]
            clauses.append(f"({condition.sql})")
            params.append("%" + _LIKE_SPECIAL.sub(r"\\\1", value) + "%" if condition.partial else value)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), tuple(params)

    def description(self) -> str:
        """What the filter selects, in words; it titles charts and names files."""
        if not self.active():
            return "all figures"
        head = CONDITIONS["category"].words.format(self.category) if self.category else "figures"
        rest = [CONDITIONS[name].words.format(value) for name, value in self.active() if name != "category"]
        return " ".join([head, ", ".join(rest)]) if rest else head

    def file_name(self, fmt: str) -> str:
        """A file name made of the description: ``killed-figures-claimed-by-zelensky.csv``."""
        return _NOT_WORD.sub("-", self.description().lower()).strip("-") + f".{fmt}"


def filtered_chunks(db_path: str | Path, figure_filter: FigureFilter) -> Iterator[pd.DataFrame]:
    """The matching figures in export columns, a chunk at a time, from one consistent snapshot.

    Always yields at least one (maybe empty) chunk, so a CSV gets its header.
    """
    if not Path(db_path).is_file():
        raise InputError(str(db_path), "no store here (run `python -m extractors ingest` first)")
    where, params = figure_filter.where()
    empty = True
    for chunk in read_chunks(db_path, FIGURES_SELECT + where + FIGURES_ORDER, params, size=CHUNK_ROWS):
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
