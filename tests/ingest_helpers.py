"""Shared pieces of the store and ingest tests: generated articles, a stand-in extractor,
a store consistency check, and a driver that runs an ingest in a child process.

The stand-in extractor makes the store tests independent of the extraction work in
progress: every article gets 0-3 figures, known from its text.

Run as a script, ``python tests/ingest_helpers.py DB SOURCE... [--kill-at-figure N] [--workers N]``
ingests with the stand-in extractor; with ``--kill-at-figure`` the process sends
itself SIGKILL as the N-th figure row starts to be written, inside a transaction.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # when run as a script
    sys.path.insert(0, str(ROOT))

from extractors.figure import Figure  # noqa: E402


def fake_figures(text: str, doc: str = "", meta: dict[str, str] | None = None) -> list[Figure]:
    """As many ``killed`` figures as the text's length modulo 4, one per leading word."""
    words = text.split()
    figures, start = [], 0
    for number in range(len(text) % 4):
        span = words[number]
        start = text.index(span, start)
        figures.append(
            Figure(
                value=float(number + 1), low=None, high=None, unit="people", category="killed",
                qualifier="exact", subject="people", side=None, claimant="officials", cited_source=None,
                span=span, sentence=text[:80], start=start, end=start + len(span), doc=doc,
            )
        )  # fmt: skip
        start += len(span)
    return figures


def fragile_figures(text: str, doc: str = "", meta: dict[str, str] | None = None) -> list[Figure]:
    """The stand-in extractor, failing on a text that says "crash" (a module-level function: workers can run it)."""
    if "crash" in text:
        raise ValueError("boom")
    return fake_figures(text, doc, meta)


def dying_figures(text: str, doc: str = "", meta: dict[str, str] | None = None) -> list[Figure]:
    """The stand-in extractor, whose process dies on a text that says "die" (as the kernel's OOM killer would do it)."""
    if "die" in text.split():
        os._exit(1)
    return fake_figures(text, doc, meta)


def article_line(number: int) -> str:
    text = f"Report {number}: at least {number + 3} people were killed in the strike, officials said." + " x" * (
        number % 5
    )
    return json.dumps({"text": text, "title": f"Report {number}", "publisher": "Test Wire", "doc": f"r{number:05d}"})


def write_jsonl(path: Path, count: int, first: int = 0) -> Path:
    path.write_text("".join(article_line(number) + "\n" for number in range(first, first + count)), encoding="utf-8")
    return path


def consistency_problems(db_path: Path) -> list[str]:
    """What is wrong with a store: integrity, foreign keys, articles whose figures are not all there."""
    connection = sqlite3.connect(db_path)
    try:
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check") if row[0] != "ok"]
        problems += [f"foreign key: {row}" for row in connection.execute("PRAGMA foreign_key_check")]
        problems += [
            f"article {key} has {stored} of {expected} figures"
            for key, expected, stored in connection.execute(
                "SELECT a.article_id, a.figure_count, count(f.figure_id) FROM articles a"
                " LEFT JOIN figures f ON f.article_id = a.article_id GROUP BY a.article_id"
                " HAVING a.figure_count != count(f.figure_id)"
            )
        ]
        problems += [
            f"{count} figures without an article"
            for (count,) in connection.execute(
                "SELECT count(*) FROM figures WHERE article_id NOT IN (SELECT article_id FROM articles)"
            )
            if count
        ]
    finally:
        connection.close()
    return problems


def expected_figure_counts(source: Path) -> dict[str, int]:
    """How many figures each article of a JSONL ``source`` has, by its doc: the stand-in extractor's count."""
    lines = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {line["doc"]: len(fake_figures(line["text"])) for line in lines}


def partial_articles(db_path: Path) -> list[str]:
    """Stored articles that are not whole: their figures are not exactly what the extractor gives their text.

    Unlike :func:`consistency_problems`, this trusts nothing the store says about itself
    (``figure_count`` is written by the same code that might have stopped half-way).
    """
    connection = sqlite3.connect(db_path)
    try:
        articles = connection.execute("SELECT article_id, doc, text FROM articles").fetchall()
        stored = {}
        for key, span, start, end in connection.execute(
            'SELECT article_id, span, start, "end" FROM figures ORDER BY article_id, start, figure_id'
        ):
            stored.setdefault(key, []).append((span, start, end))
    except sqlite3.OperationalError:  # the schema is not there yet: nothing is stored
        return []
    finally:
        connection.close()
    problems = []
    for key, doc, text in articles:
        wanted = [(f.span, f.start, f.end) for f in fake_figures(text)]
        if stored.get(key, []) != wanted:
            problems.append(f"{doc}: {len(stored.get(key, []))} of {len(wanted)} figures")
    return problems


def start_driver(
    db_path: Path, *sources: Path | str, kill_at_figure: int = 0, workers: int = 1, env: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    command = [sys.executable, __file__, str(db_path), *map(str, sources), "--workers", str(workers)]
    if kill_at_figure:
        command += ["--kill-at-figure", str(kill_at_figure)]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _main(argv: list[str]) -> int:
    from extractors import store
    from extractors.intake import ingest as ingest_module

    options = {"--kill-at-figure": 0, "--workers": 1}
    for name in options:
        if name in argv:
            at = argv.index(name)
            options[name] = int(argv[at + 1])
            del argv[at : at + 2]
    kill_at = options["--kill-at-figure"]
    # imported by name, not this script's own copy, so worker processes find the same function
    from tests.ingest_helpers import fake_figures as stand_in

    ingest_module.extract_figures = stand_in
    if kill_at:
        open_store = store.open_store
        seen = [0]

        def open_and_trace(path: Path | str) -> sqlite3.Connection:
            connection = open_store(path)

            def trace(statement: str) -> None:
                if statement.startswith("INSERT INTO figures"):
                    seen[0] += 1
                    if seen[0] == kill_at:  # mid-transaction: the article row is written, not committed
                        os.kill(os.getpid(), signal.SIGKILL)

            connection.set_trace_callback(trace)
            return connection

        ingest_module.open_store = open_and_trace
    summary = ingest_module.ingest(argv[1:], argv[0], workers=options["--workers"])
    print(json.dumps({"new": summary.new, "unchanged": summary.unchanged, "failed": summary.failed}))
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
