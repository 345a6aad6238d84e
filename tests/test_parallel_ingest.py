"""Parallel ingest: the same store with any number of workers, whole articles after a kill or Ctrl-C, no worker left."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from extractors.errors import InputError
from extractors.intake import ingest as ingest_module
from extractors.intake.ingest import IngestSummary, ingest
from extractors.intake.readers import read_article
from tests.ingest_helpers import (
    ROOT,
    consistency_problems,
    dying_figures,
    fragile_figures,
    start_driver,
    write_jsonl,
)

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def store_rows(db_path: Path) -> dict[str, list[tuple]]:
    """Everything a run writes, in the order it was written, less the times it was written at."""
    connection = sqlite3.connect(db_path)
    try:
        return {
            "articles": connection.execute(
                "SELECT article_id, doc, title, publisher, published, url, text, extractor_version, figure_count"
                " FROM articles ORDER BY rowid"
            ).fetchall(),
            "figures": connection.execute("SELECT * FROM figures ORDER BY figure_id").fetchall(),
            "sources": connection.execute("SELECT article_id, source FROM article_sources ORDER BY 1, 2").fetchall(),
        }
    finally:
        connection.close()


def outcome(summary: IngestSummary) -> tuple:
    return summary.new, summary.unchanged, summary.failed, summary.reextracted, summary.figures, summary.errors


def seed_lines(count: int) -> str:
    """``count`` distinct real articles as JSON lines: seed bodies behind a numbered lead sentence."""
    bodies = [read_article(path).text for path in SEEDS]
    return "".join(
        json.dumps({"doc": f"n{n}", "text": f"Report {n}: {n + 3} people were killed, officials said.\n\n" + body})
        + "\n"
        for n, body in ((n, bodies[n % len(bodies)]) for n in range(count))
    )


@pytest.fixture
def mixed_inputs(tmp_path: Path) -> list[str]:
    """Real articles, a text stored twice in one run, a broken JSON line and an empty file."""
    lines = tmp_path / "more.jsonl"
    copy = read_article(SEEDS[3]).text
    lines.write_text(
        seed_lines(12)
        + json.dumps({"text": copy, "doc": "copy"}) + "\n"
        + '{"text": "broken\n'
        + json.dumps({"text": copy, "doc": "copy-again"}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    return [str(ROOT / "seeds"), str(lines), str(tmp_path / "empty.txt")]


def test_two_workers_write_what_one_writes(tmp_path: Path, mixed_inputs: list[str]) -> None:
    serial = ingest(mixed_inputs, tmp_path / "one.db", workers=1)
    parallel = ingest(mixed_inputs, tmp_path / "two.db", workers=2)
    assert outcome(parallel) == outcome(serial)
    assert (serial.new, serial.unchanged, serial.failed) == (len(SEEDS) + 12, 2, 2)
    assert store_rows(tmp_path / "two.db") == store_rows(tmp_path / "one.db")
    rerun = ingest(mixed_inputs, tmp_path / "two.db", workers=2)
    assert (rerun.new, rerun.unchanged, rerun.failed) == (0, len(SEEDS) + 14, 2)


def test_reextracting_with_workers_writes_what_one_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = write_jsonl(tmp_path / "a.jsonl", 40)
    with source.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"text": "This one makes the extractor crash.", "doc": "crash"}) + "\n")
    monkeypatch.setattr(ingest_module, "extract_figures", lambda text, doc="", meta=None: [])
    for name in ("one.db", "two.db"):
        ingest([str(source)], tmp_path / name)
    monkeypatch.setattr(ingest_module, "extract_figures", fragile_figures)
    serial = ingest([], tmp_path / "one.db", reextract=True, workers=1)
    parallel = ingest([], tmp_path / "two.db", reextract=True, workers=2)
    assert outcome(parallel) == outcome(serial)
    assert serial.reextracted == 40 and len(serial.errors) == 1 and "(ValueError: boom)" in serial.errors[0]
    assert store_rows(tmp_path / "two.db") == store_rows(tmp_path / "one.db")


def test_an_extractor_crash_in_a_worker_fails_one_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_module, "extract_figures", fragile_figures)
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    paths[0].write_text("At least 12 people were killed, officials said.", encoding="utf-8")
    paths[1].write_text("This will crash it.", encoding="utf-8")
    summary = ingest(list(map(str, paths)), tmp_path / "f.db", workers=2)
    assert (summary.new, summary.failed) == (1, 1)
    assert summary.errors == [f"{paths[1]}: extractor failed (ValueError: boom)"]


def test_a_worker_that_dies_stops_the_run_with_one_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_module, "extract_figures", dying_figures)
    source = write_jsonl(tmp_path / "a.jsonl", 30)
    with source.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"text": "Workers die here", "doc": "last"}) + "\n")
    with pytest.raises(InputError, match="an extraction worker died"):
        ingest([str(source)], tmp_path / "f.db", workers=2)
    assert consistency_problems(tmp_path / "f.db") == []
    assert stored_articles(tmp_path / "f.db") <= 30


def test_progress_counts_articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_module, "extract_figures", fragile_figures)
    source = write_jsonl(tmp_path / "a.jsonl", 5)
    (tmp_path / "b.txt").write_text("Two soldiers were captured, the army said.", encoding="utf-8")
    calls: list[tuple[int, int | None]] = []
    ingest([str(source), str(tmp_path / "b.txt")], tmp_path / "f.db", workers=2, progress=lambda *c: calls.append(c))
    assert calls == [(done, 6) for done in range(1, 7)]


# -- interrupted runs ----------------------------------------------------------------


def marked_processes(marker: str) -> list[int]:
    """Processes whose environment carries ``marker``: the ingest, its workers and their helpers."""
    found = []
    for environ in Path("/proc").glob("[0-9]*/environ"):
        try:
            if marker.encode() in environ.read_bytes():
                found.append(int(environ.parent.name))
        except OSError:  # ended meanwhile, or not ours to read
            continue
    return found


def assert_all_gone(marker: str) -> None:
    deadline = time.monotonic() + 15
    while (left := marked_processes(marker)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert left == [], f"processes left running after the ingest ended: {left}"


def stored_articles(db_path: Path) -> int:
    try:
        connection = sqlite3.connect(db_path)
        return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0
    finally:
        connection.close()


def wait_for_articles(process: subprocess.Popen[str], db_path: Path, count: int) -> None:
    deadline = time.monotonic() + 60
    while not db_path.exists() or stored_articles(db_path) < count:
        assert process.poll() is None, "the ingest finished before it could be stopped"
        assert time.monotonic() < deadline
        time.sleep(0.01)


needs_proc = pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="finds processes through /proc")


@needs_proc
@pytest.mark.parametrize("kill_at_figure", [0, 150], ids=["from-outside", "inside-a-transaction"])
def test_sigkill_leaves_whole_articles_and_no_workers(tmp_path: Path, kill_at_figure: int) -> None:
    source = write_jsonl(tmp_path / "articles.jsonl", 3000)
    db_path = tmp_path / "figures.db"
    marker = f"WARFIGURES_TEST_RUN={uuid.uuid4().hex}"
    env = {**os.environ, "WARFIGURES_TEST_RUN": marker.split("=")[1]}
    process = start_driver(db_path, source, kill_at_figure=kill_at_figure, workers=2, env=env)
    if not kill_at_figure:
        wait_for_articles(process, db_path, 20)
        process.send_signal(signal.SIGKILL)
    process.communicate(timeout=120)
    assert process.returncode == -signal.SIGKILL
    assert_all_gone(marker)
    assert 0 <= stored_articles(db_path) < 3000
    assert consistency_problems(db_path) == []
    rerun = start_driver(db_path, source, workers=2)
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    assert json.loads(out)["failed"] == 0
    assert stored_articles(db_path) == 3000
    assert consistency_problems(db_path) == []


@needs_proc
def test_ctrl_c_stops_cleanly(tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text(seed_lines(400), encoding="utf-8")
    db_path = tmp_path / "figures.db"
    marker = uuid.uuid4().hex
    process = subprocess.Popen(
        [sys.executable, "-m", "extractors", "ingest", str(source), "--db", str(db_path), "--workers", "2"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "WARFIGURES_TEST_RUN": marker},
    )
    wait_for_articles(process, db_path, 10)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert err.splitlines()[-1] == "interrupted" and "Traceback" not in err, err
    assert_all_gone(marker)
    assert 10 <= stored_articles(db_path) < 400
    assert consistency_problems(db_path) == []
