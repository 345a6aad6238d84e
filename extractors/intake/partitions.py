"""Cutting a corpus into partitions of about the same amount of text, and reading one partition.

A partition is small and plain (paths and offsets), so it travels to any worker of a
cluster; the worker reads its articles there with the same readers ``ingest`` uses.
Three kinds: a group of article files (from folders or given one by one), a block of
lines of a JSON lines file, a row group of a Parquet file of articles (columns ``text``,
optional ``doc``, ``title``, ``publisher``, ``published``, ``url``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import InputError
from .readers import JSONL_SUFFIXES, Loaded, expand_sources, read_jsonl, read_source, record_article

PARQUET_SUFFIXES = (".parquet",)
PARQUET_COLUMNS = ("doc", "text", "title", "publisher", "published", "url")
MIN_BLOCK = 64 * 1024  # bytes of input per partition: below this a task costs more than it does
MAX_BLOCK = 64 * 2**20


@dataclass(frozen=True)
class Partition:
    """One task's share of the corpus: ``files``, or one ``path`` from ``start`` to ``stop``.

    For JSON lines, ``start``/``stop`` are byte offsets and ``first`` the number of the
    line at ``start``; for Parquet, ``start`` is the row group and ``first`` the number
    of its first row.
    """

    index: int
    kind: str  # "files", "jsonl" or "parquet"
    files: tuple[str, ...] = ()
    path: str = ""
    start: int = 0
    stop: int | None = None
    first: int = 1

    def description(self) -> str:
        """How an error line names the partition."""
        if self.kind == "files":
            more = f" and {len(self.files) - 1} more files" if len(self.files) > 1 else ""
            return f"{self.files[0]}{more}"
        if self.kind == "jsonl":
            return f"{self.path} from line {self.first}"
        return f"{self.path} row group {self.start + 1}"


def plan_partitions(inputs: list[str], per_partition: int) -> tuple[list[Partition], list[InputError]]:
    """Partitions of ``inputs`` in input order, about ``per_partition`` of them in all, and the inputs that fail."""
    sources, errors = find_sources(inputs)
    partitions, unreadable = split_sources(sources, per_partition)
    return partitions, errors + unreadable


def split_sources(sources: list[tuple[str, int]], per_partition: int) -> tuple[list[Partition], list[InputError]]:
    """Partitions of the files ``sources`` (path, size), about ``per_partition`` of them, and the files that fail."""
    errors: list[InputError] = []
    total = sum(size for _, size in sources)
    block = min(max(total // max(per_partition, 1), MIN_BLOCK), MAX_BLOCK)
    partitions: list[Partition] = []
    group: list[str] = []
    group_size = 0
    for path, size in sources:
        suffix = Path(path).suffix.lower()
        if suffix not in JSONL_SUFFIXES + PARQUET_SUFFIXES:
            group.append(path)
            group_size += size
            if group_size >= block:
                partitions.append(Partition(len(partitions), "files", files=tuple(group)))
                group, group_size = [], 0
            continue
        if group:  # partitions follow the input order
            partitions.append(Partition(len(partitions), "files", files=tuple(group)))
            group, group_size = [], 0
        try:
            found = _parquet_partitions(path) if suffix in PARQUET_SUFFIXES else _jsonl_partitions(path, block)
        except InputError as error:
            errors.append(error)
            continue
        partitions += [replace(partition, index=len(partitions) + number) for number, partition in enumerate(found)]
    if group:
        partitions.append(Partition(len(partitions), "files", files=tuple(group)))
    return partitions, errors


def find_sources(inputs: list[str]) -> tuple[list[tuple[str, int]], list[InputError]]:
    """Absolute paths of the input files, in input order, with their sizes."""
    found: list[str] = []
    errors: list[InputError] = []
    for source in inputs:
        if "://" in source:
            errors.append(InputError(source, "corpus reads files and folders; `ingest` fetches URLs"))
        elif Path(source).suffix.lower() in PARQUET_SUFFIXES:
            if Path(source).is_file():
                found.append(source)
            else:
                errors.append(InputError(source, "no such file"))
        else:
            files, bad = expand_sources([source])
            found += files
            errors += bad
    return [(str(Path(path).absolute()), Path(path).stat().st_size) for path in found], errors


def _jsonl_partitions(path: str, block: int) -> list[Partition]:
    """Blocks of whole lines of about ``block`` bytes each (a file of no lines is one empty block)."""
    blocks: list[Partition] = []
    start = offset = lines = 0
    first = 1
    try:
        with open(path, "rb") as handle:
            for line in handle:
                offset += len(line)
                lines += 1
                if offset - start >= block:
                    blocks.append(Partition(0, "jsonl", path=path, start=start, stop=offset, first=first))
                    start, first = offset, lines + 1
    except OSError as error:
        raise InputError(path, error.strerror or "cannot be read") from None
    if offset > start or not blocks:
        blocks.append(Partition(0, "jsonl", path=path, start=start, stop=None, first=first))
    return blocks


def _parquet_partitions(path: str) -> list[Partition]:
    """One partition per row group."""
    try:
        metadata = pq.ParquetFile(path).metadata
    except (OSError, pa.ArrowException) as error:
        raise InputError(path, f"not a Parquet file ({error})") from None
    if "text" not in metadata.schema.names:
        raise InputError(
            path, 'no "text" column: a Parquet file of articles has text and optional front-matter columns'
        )
    partitions, first = [], 1
    for group in range(metadata.num_row_groups):
        partitions.append(Partition(0, "parquet", path=path, start=group, first=first))
        first += metadata.row_group(group).num_rows
    return partitions


def read_partition(partition: Partition) -> Iterator[Loaded | InputError]:
    """The articles of one partition, and an error for each part that cannot be read."""
    if partition.kind == "files":
        for path in partition.files:
            yield from read_source(path)
    elif partition.kind == "jsonl":
        yield from read_jsonl(Path(partition.path), start=partition.start, stop=partition.stop,
                              first_line=partition.first)  # fmt: skip
    else:
        yield from _parquet_rows(partition)


def _parquet_rows(partition: Partition) -> Iterator[Loaded | InputError]:
    path = Path(partition.path)
    try:
        parquet = pq.ParquetFile(path)
        present = [name for name in PARQUET_COLUMNS if name in parquet.schema_arrow.names]
        rows = parquet.read_row_group(partition.start, columns=present).to_pylist()
    except (OSError, pa.ArrowException) as error:
        yield InputError(partition.description(), f"cannot be read ({error})")
        return
    for number, row in enumerate(rows, start=partition.first):
        where = f"{path} row {number}"
        record = {key: value.isoformat()[:10] if isinstance(value, dt.date) else value for key, value in row.items()}
        try:
            yield Loaded(where, record_article(record, where, doc=f"{path.stem}-{number}"))
        except InputError as error:
            yield error
