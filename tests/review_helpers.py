"""Shared pieces of the review tests: a small store the real extractor filled, figure keys,
a check that reviews and their log agree, and a child process that writes reviews.

Run as a script, ``python tests/review_helpers.py DB batches N SIZE [FIRST [PAUSE]]`` imports
N files of SIZE reviews each (one transaction each) into DB, on the article's words from
FIRST on, resting PAUSE seconds after each so a reader gets its turn on any machine;
``python tests/review_helpers.py DB kill-at-log N`` starts an import and sends itself
SIGKILL as the N-th log row is written; ``kill-at-add`` does so as a figure is
added the way the dashboard adds one.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # when run as a script
    sys.path.insert(0, str(ROOT))

from extractors.intake import ingest  # noqa: E402
from extractors.store import article_id, load_figures  # noqa: E402
from extractors.store.reviews import FigureKey, Review  # noqa: E402

# The real extractor finds four figures here: "Twelve people" killed, "30" wounded,
# "Five fishermen" missing and "40 fighters" captured; "seven neighbours" it misses.
TEXT = (
    "Twelve people were killed and 30 were injured when shells hit the market on Monday, the health ministry"
    " said. Five fishermen are missing, the coastguard said. The army said it had captured 40 fighters."
    " Residents buried seven neighbours."
)
MISSED = "seven neighbours"


def small_store(db: Path, text: str = TEXT, **meta: str) -> str:
    """A store holding ``text`` as one article, its figures made by the real extractor; returns the article id."""
    summary = ingest.ingest_text(text, db, doc=meta.pop("doc", "market"), published="2025-03-04", **meta)
    assert summary.new == 1, summary.errors
    return article_id(text)


def key_of(row) -> FigureKey:
    """The key of a figure row of load_figures."""
    return FigureKey(row.article_id, int(row.start), int(row.end), str(row.category))


def figure(db: Path, span: str):
    """The machine's figure on ``span`` (one row of load_figures, rejected ones included)."""
    figures = load_figures(db, rejected=True)
    rows = figures[figures["span"] == span]
    assert len(rows) == 1, f"{span!r}: {len(rows)} figures"
    return next(rows.itertuples(index=False))


def review_consistency_problems(db: Path) -> list[str]:
    """Whatever breaks "the log tells every change": each figure's latest logged state must be its review."""
    connection = sqlite3.connect(db)
    try:
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check") if row[0] != "ok"]
        latest = connection.execute(
            'SELECT article_id, start, "end", category, after FROM review_log l WHERE change_id ='
            ' (SELECT max(change_id) FROM review_log m WHERE (m.article_id, m.start, m."end", m.category)'
            ' = (l.article_id, l.start, l."end", l.category))'
        ).fetchall()
        reviews = {
            tuple(row[:4]): Review(row[4], row[5], row[6], json.loads(row[7]), row[8]).to_json()
            for row in connection.execute(
                'SELECT article_id, start, "end", category, status, reviewer, reviewed_at, fields, note FROM reviews'
            )
        }
    finally:
        connection.close()
    logged = {tuple(row[:4]): row[4] for row in latest}
    for key in sorted(set(logged) | set(reviews)):
        if logged.get(key) != reviews.get(key):
            problems.append(f"{key}: review {reviews.get(key)} but the log's latest state is {logged.get(key)}")
    return problems


def review_lines(text: str, count: int, first: int = 0, reviewer: str = "Writer") -> str:
    """``count`` JSON lines, each adding a figure on a word of ``text`` (words ``first`` to ``first + count``)."""
    words = list(regex.finditer(r"\S+", text))[first : first + count]
    assert len(words) == count, "the text has too few words"
    lines = []
    for number, word in enumerate(words, start=first):
        fields = {"category": "killed", "qualifier": "exact", "span": word.group(), "value": float(number)}
        record = {"article_id": article_id(text), "start": word.start(), "end": word.end(), "category": "killed",
                  "status": "added", "fields": fields, "reviewer": reviewer,
                  "reviewed_at": "2025-01-01T00:00:00+00:00"}  # fmt: skip
        lines.append(json.dumps(record) + "\n")
    return "".join(lines)


def start_writer(db: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, __file__, str(db), *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _main(argv: list[str]) -> int:
    from extractors.store import review_exchange

    db, mode, number = Path(argv[0]), argv[1], int(argv[2])
    text = sqlite3.connect(db).execute("SELECT text FROM articles ORDER BY length(text) DESC").fetchone()[0]
    if mode == "batches":
        size, first = int(argv[3]), int(argv[4]) if len(argv) > 4 else 0
        pause = float(argv[5]) if len(argv) > 5 else 0.0
        for batch in range(number):
            path = db.with_name(f"batch{first}-{batch}.jsonl")
            path.write_text(review_lines(text, size, first=first + batch * size), encoding="utf-8")
            summary = review_exchange.import_reviews(db, path)
            assert summary.imported == size, summary.errors
            time.sleep(pause)
        return 0
    if mode == "kill-at-add":
        from extractors.store import open_store
        from extractors.store.reviews import add_figure

        connection = open_store(db)
        connection.set_trace_callback(lambda sql: sql.startswith("INSERT INTO review_log") and os.kill(os.getpid(), 9))
        add_figure(connection, article_id(text), 0, 5, {"category": "killed", "qualifier": "vague"}, "Killed")
        return 0
    open_store, seen = review_exchange.open_store, [0]

    def open_and_trace(path):
        connection = open_store(path)

        def trace(statement: str) -> None:
            if statement.startswith("INSERT INTO review_log"):
                seen[0] += 1
                if seen[0] == number:  # mid-transaction: earlier lines are written, not committed
                    os.kill(os.getpid(), signal.SIGKILL)

        connection.set_trace_callback(trace)
        return connection

    review_exchange.open_store = open_and_trace
    path = db.with_name("killed.jsonl")
    path.write_text(review_lines(text, 20), encoding="utf-8")
    review_exchange.import_reviews(db, path)
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
