"""No CSV the project writes starts a text cell with a formula, unless asked for raw cells.

Every writer is tried with the same hostile values (article metadata, claimant, subject,
span, file names starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return):
``extract`` to a file and to standard output, ``export`` to a file and to standard
output, and the dashboard's download. ``--raw`` writes the cells exactly as found.
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard import downloads
from extractors.article import Article
from extractors.cli import main
from extractors.store import load_figures, neutralise, open_store, save_article
from tests.ingest_helpers import fake_figures

# What a spreadsheet runs as a formula (OWASP's list, with tab and carriage return): the tests' own
# copy, so that a character dropped from the code's list is caught, not followed.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def line_feeds(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n")


def quoted(value: str) -> str:
    """A hostile cell as it must come out: a leading quote, line breaks written as line feeds."""
    return "'" + line_feeds(value)


# One hostile value per text column a store row carries, each starting a formula its own way.
HOSTILE = {
    "doc": "=doc()",
    "title": '=HYPERLINK("http://evil.example", "open")',
    "publisher": "=cmd|' /C calc'!A0",
    "url": "@SUM(1+1)*cmd|' /C calc'!A0",
    "claimant": "+claimant()",
    "subject": "-2+3",
    "side": "\t=side()",
    "cited_source": "\r=source()",
    "span": "-12",
    "sentence": "@sentence",
}
# Article files whose names start a formula: their `doc` cell is the name.
HOSTILE_FILES = ("=cmd.txt", "+plus.txt", "-minus.txt", "@at.txt", "\ttab.txt", "\rreturn.txt")
WAR_REPORT = "At least 12 soldiers were killed in the shelling of the town, the army said."


def formula_cells(table: str) -> list[str]:
    """Every body cell that a spreadsheet would run: starts a formula and is not a plain number."""
    found = []
    for row in list(csv.reader(io.StringIO(table, newline="")))[1:]:
        for cell in row:
            if cell.startswith(FORMULA_STARTS):
                try:
                    float(cell)
                except ValueError:
                    found.append(cell)
    return found


def cells(table: str) -> set[str]:
    return {cell for row in csv.reader(io.StringIO(table, newline="")) for cell in row}


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("hostile") / "figures.db"
    text = "Report one: 12 people were killed, someone said. "  # length % 4 == 1: one stand-in figure
    [figure] = fake_figures(text)
    figure = replace(figure, **{k: HOSTILE[k] for k in ("claimant", "subject", "side", "cited_source", "span")})
    figure = replace(figure, sentence=HOSTILE["sentence"], doc=HOSTILE["doc"])
    article = Article(HOSTILE["doc"], text, HOSTILE["title"], HOSTILE["publisher"], "2025-01-02", HOSTILE["url"])
    connection = open_store(db)
    save_article(connection, article, [figure], source="hostile")
    connection.close()
    return db


@pytest.fixture(scope="module")
def hostile_articles(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    front = f"---\ntitle: {HOSTILE['title']}\npublisher: {HOSTILE['publisher']}\nurl: {HOSTILE['url']}\n---\n"
    for name in HOSTILE_FILES:
        (folder / name).write_text(front + WAR_REPORT + "\n", encoding="utf-8")
    return folder


def _extract_table(folder: Path, tmp_path: Path, capsys, *flags: str) -> str:
    out = tmp_path / "out.csv"
    assert main(["extract", str(folder), "--csv", str(out), *flags]) == 0
    return out.read_bytes().decode("utf-8")


def _extract_stdout(folder: Path, tmp_path: Path, capsys, *flags: str) -> str:
    assert main(["extract", str(folder), *flags]) == 0
    return capsys.readouterr().out


def _export_file(db: Path, tmp_path: Path, capsys, *flags: str) -> str:
    out = tmp_path / "out.csv"
    assert main(["export", "--db", str(db), "--out", str(out), *flags]) == 0
    return out.read_bytes().decode("utf-8")


def _export_stdout(db: Path, tmp_path: Path, capsys, *flags: str) -> str:
    assert main(["export", "--db", str(db), *flags]) == 0
    return capsys.readouterr().out


EXTRACT_WRITERS = [_extract_table, _extract_stdout]
EXPORT_WRITERS = [_export_file, _export_stdout]


@pytest.mark.parametrize("write", EXTRACT_WRITERS, ids=["extract --csv", "extract to stdout"])
def test_extract_neutralises_and_raw_keeps_cells(hostile_articles, tmp_path, capsys, write):
    table = write(hostile_articles, tmp_path, capsys)
    assert formula_cells(table) == []
    docs = [name[: -len(".txt")] for name in HOSTILE_FILES]
    assert {quoted(value) for value in [*docs, HOSTILE["title"], HOSTILE["url"]]} <= cells(table)
    raw = write(hostile_articles, tmp_path, capsys, "--raw")
    assert set(docs) | {HOSTILE["title"], HOSTILE["publisher"], HOSTILE["url"]} <= cells(raw)


@pytest.mark.parametrize("write", EXPORT_WRITERS, ids=["export --out", "export to stdout"])
def test_export_neutralises_and_raw_keeps_cells(hostile_store, tmp_path, capsys, write):
    table = write(hostile_store, tmp_path, capsys)
    assert formula_cells(table) == []
    assert {quoted(value) for value in HOSTILE.values()} <= cells(table)
    assert set(HOSTILE.values()) <= cells(write(hostile_store, tmp_path, capsys, "--raw"))


def test_dashboard_download_neutralises(hostile_store):
    table = downloads.safe_csv(load_figures(hostile_store)).decode("utf-8")
    assert formula_cells(table) == []
    assert {quoted(value) for value in HOSTILE.values()} <= cells(table)


def test_every_writer_uses_the_one_rule():
    # The dashboard's download and the command line share one function, so they cannot drift apart.
    assert downloads.neutralise is neutralise


@pytest.mark.parametrize("start", FORMULA_STARTS, ids=repr)
def test_each_formula_start_is_neutralised(start):
    assert neutralise(start + "1+1") == quoted(start + "1+1")


# Text that starts with any character, a formula start among them far more often than chance.
cell_text = st.tuples(st.sampled_from([*FORMULA_STARTS, "", " ", "'", "a", "1"]), st.text()).map("".join)


@settings(max_examples=300, deadline=None)
@given(cell_text, cell_text)
def test_no_downloaded_cell_starts_a_formula(first: str, second: str):
    frame = pd.DataFrame({"span": [first, second], "claimant": pd.array([second, first], dtype="string")})
    table = downloads.safe_csv(frame).decode("utf-8")
    back = list(csv.reader(io.StringIO(table, newline="")))[1:]
    for cell in (cell for row in back for cell in row):
        assert not cell.startswith(FORMULA_STARTS), repr(cell)
    expected = [quoted(x) if x.startswith(FORMULA_STARTS) else line_feeds(x) for x in (first, second)]
    assert [row[0] for row in back] == expected
