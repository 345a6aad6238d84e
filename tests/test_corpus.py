"""`corpus` on a Dask cluster: the serial extraction's rows, whatever the partitions, reruns or a killed worker."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from extractors.errors import InputError
from extractors.extract import extract_figures
from extractors.intake import corpus as corpus_module
from extractors.intake.corpus import run_corpus
from extractors.intake.partitions import plan_partitions, read_partition
from extractors.intake.readers import read_jsonl
from extractors.source_across import unify_sources
from extractors.store import article_id, figures_frame, load_figures
from extractors.store.dataset import read_summary
from extractors.version import EXTRACTOR_VERSION
from tests.ingest_helpers import ROOT
from tests.test_parallel_ingest import seed_lines

distributed = pytest.importorskip("distributed")

SORT = ["doc", "start", "end", "category", "span"]


def slow_figures(text: str, doc: str = "", meta: dict[str, str] | None = None) -> list:
    """The real extractor, slowed down so a run lasts long enough to kill a worker in the middle of it."""
    time.sleep(0.03)
    return extract_figures(text, doc=doc, meta=meta)


def start_cluster() -> distributed.LocalCluster:
    return distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0",
        silence_logs=logging.CRITICAL,
    )  # fmt: skip


@pytest.fixture(scope="module")
def cluster() -> Iterator[distributed.LocalCluster]:
    with start_cluster() as cluster:
        yield cluster


@pytest.fixture(scope="module")
def scheduler(cluster: distributed.LocalCluster) -> str:
    return cluster.scheduler_address


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Seed articles as files, 70 more as JSON lines, 30 as a Parquet file of three row groups."""
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "more.jsonl").write_text(seed_lines(70), encoding="utf-8")
    rows = [json.loads(line) for line in seed_lines(100).splitlines()[70:]]
    for number, row in enumerate(rows):
        row.update(title=f"Row {number}", published=f"2024-0{number % 3 + 1}-15" if number % 4 else None)
    pq.write_table(pa.Table.from_pylist(rows), folder / "rows.parquet", row_group_size=10)
    return [str(ROOT / "seeds"), str(folder / "more.jsonl"), str(folder / "rows.parquet")]


def serial_figures(inputs: list[str]) -> pd.DataFrame:
    """The serial extraction: every article read one by one, in this process, by the same readers."""
    partitions, errors = plan_partitions(inputs, per_partition=1)
    assert errors == []
    frames = []
    for partition in partitions:
        for item in read_partition(partition):
            article = item.article
            frame = figures_frame(extract_figures(article.text, doc=article.doc, meta=article.meta), article.meta)
            frame["article_id"] = article_id(article.text)
            frame["extractor_version"] = EXTRACTOR_VERSION
            frames.append(frame)
    return sorted_rows(unify_sources(pd.concat(frames, ignore_index=True)))  # one name per source, as `extract`


def sorted_rows(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.astype({"article_id": "string", "extractor_version": "string"})
    return frame.sort_values(SORT, kind="stable").reset_index(drop=True)


@pytest.fixture(scope="module")
def expected(corpus: list[str]) -> pd.DataFrame:
    return serial_figures(corpus)


def dataset_files(folder: Path) -> dict[Path, bytes]:
    return {path.relative_to(folder): path.read_bytes() for path in folder.rglob("*.*")}


def test_rows_equal_the_serial_extraction_and_a_rerun_writes_the_same_files(
    tmp_path: Path, scheduler: str, corpus: list[str], expected: pd.DataFrame
) -> None:
    summary = run_corpus(corpus, tmp_path / "figures", scheduler=scheduler)
    assert (summary.read, summary.failed, summary.errors) == (
        len(list((ROOT / "seeds").glob("*.txt"))) + 70 + 30,
        0,
        [],
    )
    assert summary.figures == len(expected) > 1000
    stored = load_figures(tmp_path / "figures")
    assert (stored.pop("review") == "machine").all()  # a dataset holds the machine's figures, none reviewed
    pd.testing.assert_frame_equal(sorted_rows(stored), expected)
    assert summary.partitions > 5  # the corpus was really split
    months = sorted(path.name for path in (tmp_path / "figures").glob("month=*"))
    assert "month=undated" in months and "month=2024-02" in months and "month=2025-09" in months
    assert read_summary(tmp_path / "figures") == summary.as_json()
    first = dataset_files(tmp_path / "figures")
    run_corpus(corpus, tmp_path / "figures", scheduler=scheduler)
    assert dataset_files(tmp_path / "figures") == first
    assert [path.name for path in tmp_path.iterdir()] == ["figures"]  # no staging folder left behind


def test_bad_inputs_are_one_line_each_and_the_rest_is_written(tmp_path: Path, scheduler: str) -> None:
    good = tmp_path / "good.txt"
    good.write_text("At least 12 people were killed in an air strike on the city, officials said.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    lines = tmp_path / "lines.jsonl"
    lines.write_text('{"text": "Two soldiers were captured, the army said."}\n{"text": "broken\n', encoding="utf-8")
    pq.write_table(pa.table({"body": ["no text column"]}), tmp_path / "notext.parquet")
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 not really")
    inputs = [good, tmp_path / "empty.txt", lines, tmp_path / "notext.parquet", tmp_path / "broken.parquet",
              tmp_path / "missing", "https://example.org/a"]  # fmt: skip
    summary = run_corpus(list(map(str, inputs)), tmp_path / "figures", scheduler=scheduler)
    assert (summary.read, summary.failed) == (2, 6)
    assert [error.split(": ")[0] for error in summary.errors] == [
        str(tmp_path / "missing"), "https://example.org/a", str(tmp_path / "notext.parquet"),
        str(tmp_path / "broken.parquet"), str(tmp_path / "empty.txt"), f"{lines} line 2",
    ]  # fmt: skip
    assert len(load_figures(tmp_path / "figures")) == 2


@pytest.mark.parametrize("occupied", ["file", "folder"])
def test_an_out_that_is_no_dataset_is_left_alone(tmp_path: Path, scheduler: str, occupied: str) -> None:
    out = tmp_path / "out"
    if occupied == "file":
        out.write_text("keep me", encoding="utf-8")
    else:
        out.mkdir()
        (out / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(InputError, match="not a folder|not a figures dataset"):
        run_corpus([str(ROOT / "seeds")], out, scheduler=scheduler)
    assert "keep me" in (out if occupied == "file" else out / "notes.txt").read_text(encoding="utf-8")


def test_an_unreachable_scheduler_is_one_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus_module, "CONNECT_SECONDS", 1)
    with pytest.raises(InputError, match="cannot join the Dask cluster"):
        run_corpus([str(ROOT / "seeds")], "/nonexistent/figures", scheduler="tcp://127.0.0.1:9")


def test_jsonl_blocks_read_every_line_once_with_its_number(tmp_path: Path) -> None:
    path = tmp_path / "lines.jsonl"
    path.write_text(seed_lines(120) + "\n\n" + '{"text": "broken\n', encoding="utf-8")
    partitions, _ = plan_partitions([str(path)], per_partition=40)
    assert len(partitions) > 3
    parts = [item for partition in partitions for item in read_partition(partition)]
    whole = list(read_jsonl(path))
    assert [str(item) if isinstance(item, InputError) else item for item in parts] == [
        str(item) if isinstance(item, InputError) else item for item in whole
    ]


def test_the_cli_starts_a_local_cluster(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "extractors", "corpus", str(ROOT / "seeds"), str(tmp_path / "gone"),
         "--out", str(tmp_path / "figures"), "--workers", "2"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    articles = sorted(str(path) for path in (ROOT / "seeds").glob("*.txt"))
    assert lines[-2:] == [
        f"error: {tmp_path / 'gone'}: no such file or folder",
        f"articles: {len(articles)} read, 1 failed; {len(serial_figures(articles))} figures -> {tmp_path / 'figures'}",
    ], result.stderr
    assert "Traceback" not in result.stderr


# Last: it leaves the module's cluster a worker short until the nanny has restarted it.
def test_killing_a_worker_mid_run_still_gives_every_row(
    tmp_path: Path, cluster: distributed.LocalCluster, corpus: list[str], expected: pd.DataFrame
) -> None:
    killed: list[tuple[int, int]] = []
    with distributed.Client(cluster) as client:
        pids = client.run(os.getpid)

        def kill_one_worker(done: int, total: int) -> None:
            if not killed:
                os.kill(next(iter(pids.values())), signal.SIGKILL)
                killed.append((done, total))

        summary = run_corpus(corpus, tmp_path / "figures", cluster.scheduler_address, extract=slow_figures,
                             on_partition=kill_one_worker)  # fmt: skip
    assert killed and killed[0][0] < killed[0][1] - 2, killed  # killed with partitions still to run
    assert (summary.failed, summary.failed_partitions, summary.errors) == (0, 0, [])
    stored = load_figures(tmp_path / "figures")
    assert (stored.pop("review") == "machine").all()
    pd.testing.assert_frame_equal(sorted_rows(stored), expected)
