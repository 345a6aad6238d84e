"""`corpus`: a corpus of articles to a Parquet dataset of figures, extracted on a Dask cluster.

The inputs (folders of article files, JSON lines files, Parquet files of articles) are
cut into partitions of about the same amount of text: groups of files, blocks of lines,
row groups. Each partition is one Dask task, which reads its articles, extracts their
figures and writes them to the dataset itself (see :mod:`extractors.store.dataset`), so
no figure passes through this process and the cluster can be larger than one machine;
the task hands back only its counts and error lines. A task whose worker dies is run
again by Dask, and writes the same files again.

The dataset is made in a hidden folder beside ``out`` and takes its place at the end,
so a run that fails or is stopped leaves the previous dataset (or nothing) there, and
re-running on the same input writes the same rows. With a cluster beyond this machine,
the inputs and ``out`` must be on storage every worker sees at the same path.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..store import article_id
from ..store.dataset import (
    SUMMARY_FILE,
    is_dataset,
    remove_partition,
    remove_unfinished,
    write_partition,
    write_summary,
)
from ..store.source_merging import merge_dataset_sources
from ..version import EXTRACTOR_VERSION
from .parallel import Extractor, available_cores, default_extract
from .partitions import Partition, find_sources, read_partition, split_sources

PARTITIONS_PER_WORKER = 8  # small enough that no worker is left with a long tail at the end
CONNECT_SECONDS = 20


@dataclass
class CorpusSummary:
    """What one `corpus` run read and wrote; ``errors`` holds one line per failed input, article or partition."""

    out: str
    partitions: int = 0
    read: int = 0
    failed: int = 0
    figures: int = 0
    failed_partitions: int = 0
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        text = f"articles: {self.read} read, {self.failed} failed; {self.figures} figures"
        if self.failed_partitions:
            text += f"; {self.failed_partitions} of {self.partitions} partitions failed"
        return text

    def as_json(self) -> dict:
        return {
            "articles_read": self.read,
            "articles_failed": self.failed,
            "figures": self.figures,
            "partitions": self.partitions,
            "partitions_failed": self.failed_partitions,
            "errors": self.errors,
        }


def extract_partition(partition: Partition, folder: str, extract: Extractor) -> dict:
    """What a Dask task runs: read one partition's articles, extract, write its files; returns counts and errors."""
    read = figures = 0
    errors: list[str] = []
    figure_rows: list[dict] = []
    article_rows: list[dict] = []
    for item in read_partition(partition):
        if isinstance(item, InputError):
            errors.append(str(item))
            continue
        article = item.article
        try:
            found = extract(article.text, doc=article.doc, meta=article.meta)
        except Exception as error:  # an extractor bug on one article must not cost the partition
            errors.append(f"{item.source}: extractor failed ({type(error).__name__}: {error})")
            continue
        key = article_id(article.text)
        figure_rows += [
            {**f.as_row(article.meta), "article_id": key, "extractor_version": EXTRACTOR_VERSION} for f in found
        ]
        article_rows.append(
            {"article_id": key, **article.meta, "doc": article.doc, "text": article.text,
             "figure_count": len(found), "extractor_version": EXTRACTOR_VERSION}
        )  # fmt: skip
        read += 1
        figures += len(found)
    write_partition(folder, partition.index, figure_rows, article_rows)
    return {"index": partition.index, "read": read, "failed": len(errors), "figures": figures, "errors": errors}


def run_corpus(
    inputs: list[str],
    out: str | Path,
    scheduler: str | None = None,
    workers: int | None = None,
    extract: Extractor = default_extract,
    on_partition: Callable[[int, int], None] | None = None,
) -> CorpusSummary:
    """Extract the figures of every article in ``inputs`` into the dataset folder ``out``.

    Joins the Dask cluster at ``scheduler``, or starts one on this machine with ``workers``
    processes (default: one per core). ``on_partition(done, total)`` is called as
    partitions finish. Raises :class:`InputError` when ``out`` cannot be used.
    """
    out = Path(out).absolute()
    _check_out(out)
    summary = CorpusSummary(out=str(out))
    staging = out.with_name(f".{out.name}.partial-{uuid.uuid4().hex[:12]}")
    sources, errors = find_sources(inputs)
    partitions: list[Partition] = []
    results: dict[int, dict | str] = {}
    try:
        if sources:  # no cluster for nothing to read
            with _client(scheduler, workers) as client:
                threads = sum(client.nthreads().values()) or 1
                partitions, unreadable = split_sources(sources, per_partition=threads * PARTITIONS_PER_WORKER)
                errors += unreadable
                summary.partitions = len(partitions)
                results = _run(client, partitions, str(staging), extract, on_partition)
        _sum_up(summary, errors, results, partitions)
        staging.mkdir(parents=True, exist_ok=True)
        remove_unfinished(staging)
        for index, result in results.items():
            if isinstance(result, str):
                remove_partition(staging, index)
        merge_dataset_sources(staging)  # one name per source across the corpus's articles
        write_summary(staging, summary.as_json())
        _swap_into_place(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return summary


def _check_out(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise InputError(str(out), "exists and is not a folder: --out names the dataset folder to write")
    if is_dataset(out) and any(out.iterdir()) and not (out / SUMMARY_FILE).is_file():
        raise InputError(str(out), "is a folder but not a figures dataset: give a new or empty folder")


@contextlib.contextmanager
def _client(scheduler: str | None, workers: int | None) -> Iterator:
    """A Dask client of the cluster at ``scheduler``, or of a new cluster on this machine's cores."""
    import dask  # imported here: ingest and export never need Dask
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_SECONDS)
        except (OSError, TimeoutError, ValueError) as error:
            raise InputError(scheduler, f"cannot join the Dask cluster ({type(error).__name__}: {error})") from None
        with client:
            yield client
        return
    # Workers forked from a forkserver that imported Dask once start with less work than
    # fresh interpreters importing it each (a quarter less time for 1 MB on a busy machine).
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    with dask.config.set({"distributed.worker.multiprocessing-method": method}):
        cluster = LocalCluster(
            n_workers=workers or available_cores(),
            threads_per_worker=1,  # the extractor is pure Python: one process per core
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",  # no fixed port: another cluster may hold 8787
            silence_logs=logging.ERROR,  # a worker restarted after a crash is not the user's error
        )
    with cluster, Client(cluster) as client:
        yield client


def _run(
    client: object,
    partitions: list[Partition],
    folder: str,
    extract: Extractor,
    on_partition: Callable[[int, int], None] | None,
) -> dict[int, dict | str]:
    """Each partition's result, or the reason its task failed, by partition index."""
    from distributed import as_completed

    futures = client.map(extract_partition, partitions, folder=folder, extract=extract, pure=False)
    by_future = {future.key: partition.index for future, partition in zip(futures, partitions, strict=True)}
    results: dict[int, dict | str] = {}
    for future in as_completed(futures):
        index = by_future[future.key]
        try:
            results[index] = future.result()
        except Exception as error:  # a partition that keeps killing workers, or a file that cannot be written
            results[index] = f"partition failed ({type(error).__name__}: {error})"
        if on_partition:
            on_partition(len(results), len(partitions))
    return results


def _sum_up(summary: CorpusSummary, errors: list[InputError], results: dict, partitions: list[Partition]) -> None:
    """Counts and error lines in input order: planning errors first, then partition by partition."""
    summary.errors += [str(error) for error in errors]
    summary.failed += len(errors)
    for partition in partitions:
        result = results[partition.index]
        if isinstance(result, str):
            summary.failed_partitions += 1
            summary.errors.append(f"{partition.description()}: {result}")
            continue
        summary.read += result["read"]
        summary.failed += result["failed"]
        summary.figures += result["figures"]
        summary.errors += result["errors"]


def _swap_into_place(staging: Path, out: Path) -> None:
    """Put the finished dataset at ``out``, replacing the one there; the old one goes only once the new is in place."""
    old = out.with_name(f".{out.name}.old-{uuid.uuid4().hex[:12]}")
    if out.exists():
        out.rename(old)
    staging.rename(out)
    shutil.rmtree(old, ignore_errors=True)
