"""The store under stress: an ingest killed with SIGKILL, and reads while another process ingests.

Every check is against the source, not the store's own bookkeeping: each article that
is stored, or shown by a read, holds exactly the figures the extractor gives its text
(whole), or is not there at all (absent).
"""

from __future__ import annotations

import signal
import sqlite3
import time
from pathlib import Path

import pytest

from extractors.store import load_articles, load_figures, store_counts, store_is_empty
from tests.ingest_helpers import (
    consistency_problems,
    expected_figure_counts,
    partial_articles,
    start_driver,
    write_jsonl,
)

ARTICLES = 300


def stored_articles(db_path: Path) -> int:
    connection = sqlite3.connect(db_path)
    try:
        return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0
    finally:
        connection.close()


def assert_rerun_completes(db_path: Path, source: Path) -> None:
    before = stored_articles(db_path)
    rerun = start_driver(db_path, source)
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    assert f'"new": {ARTICLES - before}, "unchanged": {before}, "failed": 0' in out
    assert stored_articles(db_path) == ARTICLES
    assert consistency_problems(db_path) == []
    assert partial_articles(db_path) == []


@pytest.mark.parametrize("kill_at_figure", [1, 2, 150], ids=["first-figure", "second-figure", "mid-run"])
def test_sigkill_inside_a_transaction_leaves_a_consistent_store(tmp_path: Path, kill_at_figure: int) -> None:
    source = write_jsonl(tmp_path / "articles.jsonl", ARTICLES)
    db_path = tmp_path / "figures.db"
    killed = start_driver(db_path, source, kill_at_figure=kill_at_figure)
    killed.communicate(timeout=120)
    assert killed.returncode == -signal.SIGKILL
    assert 0 <= stored_articles(db_path) < ARTICLES
    assert consistency_problems(db_path) == []
    assert partial_articles(db_path) == []
    assert_rerun_completes(db_path, source)


def test_sigkill_from_outside_mid_run(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "articles.jsonl", ARTICLES * 10)
    db_path = tmp_path / "figures.db"
    process = start_driver(db_path, source)
    deadline = time.monotonic() + 60
    while db_path.exists() is False or stored_articles(db_path) < 20:
        assert process.poll() is None, "the ingest finished before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert 20 <= stored_articles(db_path) < ARTICLES * 10
    assert consistency_problems(db_path) == []
    assert partial_articles(db_path) == []
    rerun = start_driver(db_path, source)
    _, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    assert stored_articles(db_path) == ARTICLES * 10
    assert consistency_problems(db_path) == []
    assert partial_articles(db_path) == []


def test_public_reads_while_another_process_ingests(tmp_path: Path) -> None:
    total = ARTICLES * 10
    source = write_jsonl(tmp_path / "articles.jsonl", total)
    expected = expected_figure_counts(source)
    db_path = tmp_path / "figures.db"
    process = start_driver(db_path, source)
    seen: list[int] = []
    while process.poll() is None:
        empty = store_is_empty(db_path)
        articles = load_articles(db_path)  # read first: every article here was committed before the figures read
        figures = load_figures(db_path)
        assert empty or len(articles) > 0  # articles are only added, so a later read sees at least as many
        shown = figures.groupby("doc", observed=True).size()
        # whole: every article the figures show has all its figures
        assert {doc: n for doc, n in shown.items() if n != expected[doc]} == {}
        # or absent, and then only because it was committed after the figures were read
        assert [doc for doc in articles["doc"] if expected[doc] and doc not in shown.index] == []
        assert (articles["figure_count"] == articles["doc"].map(expected)).all()
        assert not seen or len(articles) >= seen[-1]
        seen.append(len(articles))
    _, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    partial = [count for count in seen if 0 < count < total]
    assert len(partial) >= 3, f"too few reads during the ingest: {seen}"
    assert store_counts(db_path)["articles"] == total
    assert consistency_problems(db_path) == []
    assert partial_articles(db_path) == []
