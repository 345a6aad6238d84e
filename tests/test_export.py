"""`export`: formats, filters, and the description that names the file."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from extractors.article import Article
from extractors.cli import main
from extractors.errors import InputError
from extractors.figure import COLUMNS
from extractors.source_names import name_source
from extractors.store import open_store, save_article
from extractors.store.exports import EXPORT_COLUMNS, export, export_filter
from tests.ingest_helpers import fake_figures

# (doc, publisher, published, category, claimant, side) -> one figure each
ROWS = [
    ("a", "Test Wire", "2025-01-05", "killed", "Volodymyr Zelensky", "Russia"),
    ("b", "Test Wire", "2025-02-10", "wounded", "Ukraine's general staff", "Russia"),
    ("c", "Daily Ledger", "2025-03-15", "killed", "Gaza health ministry", "Palestine"),
    ("d", "Daily Ledger", "", "deployed", "50% Group", None),
]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "f.db"
    connection = open_store(path)
    for doc, publisher, published, category, claimant, side in ROWS:
        text = f"Article {doc}: 12 people were affected, someone said."  # length % 4 == 1: one figure
        [figure] = fake_figures(text)
        source = name_source(claimant)  # as the extractor names the claimant's source
        figure = replace(figure, category=category, claimant=claimant, side=side, source=source.name,
                         source_type=source.type)  # fmt: skip
        save_article(connection, Article(doc, text, publisher=publisher, published=published), [figure], doc)
    connection.close()
    return path


def exported_docs(db_path: Path, **filters) -> list[str]:
    out = io.StringIO()
    export(db_path, "csv", out, export_filter(**filters))
    return [row["doc"] for row in csv.DictReader(io.StringIO(out.getvalue()))]


@pytest.mark.parametrize(
    ("filters", "docs"),
    [
        ({}, ["d", "a", "b", "c"]),  # undated first, then by date
        ({"category": ["killed"]}, ["a", "c"]),
        ({"category": ["killed", "deployed"]}, ["d", "a", "c"]),
        ({"claimant": "zelensky"}, ["a"]),
        ({"claimant": "50%"}, ["d"]),  # % is a literal, not a LIKE wildcard
        ({"side": ["russia"]}, ["a", "b"]),
        ({"publisher": "ledger"}, ["d", "c"]),
        ({"since": "2025-02-01"}, ["b", "c"]),
        ({"since": "2025-02-01", "undated": True}, ["d", "b", "c"]),
        ({"until": "2025-02-10"}, ["a", "b"]),
        ({"since": "2025-01-01", "until": "2025-01-31", "category": ["killed"]}, ["a"]),
        ({"claimant": "nobody"}, []),
        ({"source": "general staff (ukraine)"}, ["b"]),  # "Ukraine's general staff", under its one name
        ({"source": "ministry of health"}, ["c"]),
        ({"source_type": ["person"]}, ["a"]),
        ({"source_type": ["military", "health authority"]}, ["b", "c"]),
    ],
    ids=["all", "category", "categories", "claimant", "claimant-literal-percent", "side", "publisher", "since",
         "since-with-undated", "until", "combined", "none", "source", "source-named-its-way", "source-type",
         "source-types"],
)  # fmt: skip
def test_filters(db_path: Path, filters: dict[str, str], docs: list[str]) -> None:
    assert exported_docs(db_path, **filters) == docs


@pytest.mark.parametrize(
    ("filters", "description", "file_name"),
    [
        ({}, "all figures", "figures_all.csv"),
        ({"category": ["killed"], "side": ["Russia"]}, "category: killed; side: Russia",
         "figures_category-killed_side-russia.csv"),
        ({"claimant": "Zelensky", "since": "2025-01-01", "until": "2025-02-01"},
         "claimant as written contains 'Zelensky'; published 2025-01-01 to 2025-02-01",
         "figures_claimant-contains-zelensky_published-2025-01-01-to-2025-02-01.csv"),
        ({"source": "NIS", "source_type": ["intelligence"]},
         "source type: intelligence; source contains 'NIS'",
         "figures_source_type-intelligence_source-contains-nis.csv"),
        ({"since": "2025-01-01", "undated": True}, "published from 2025-01-01, undated included",
         "figures_published-2025-01-01-to-end-and-undated.csv"),
    ],
    ids=["none", "category-side", "claimant-dates", "source-and-type", "undated-included"],
)  # fmt: skip
def test_description_and_file_name(filters: dict, description: str, file_name: str) -> None:
    figure_filter = export_filter(**filters)
    assert figure_filter.description() == description
    assert figure_filter.file_name("csv") == file_name


def test_bad_dates_are_an_input_error() -> None:
    with pytest.raises(InputError, match="since: not a YYYY-MM-DD date"):
        export_filter(since="2025-02-30")


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_each_format_has_the_extract_columns_plus_article_id(db_path: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    assert main(["export", "--db", str(db_path), "--format", fmt, "--out", str(out)]) == 0
    table = {
        "csv": lambda: pd.read_csv(out),
        "parquet": lambda: pd.read_parquet(out),
        "jsonl": lambda: pd.read_json(out, lines=True),
    }[fmt]()
    assert list(table.columns) == [*COLUMNS, "article_id", "review"] == list(EXPORT_COLUMNS)
    assert len(table) == len(ROWS)
    assert sorted(table["doc"]) == ["a", "b", "c", "d"]


def test_jsonl_keeps_missing_values_as_null(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    export(db_path, "jsonl", out, export_filter(publisher="Ledger", category=["deployed"]))
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["side"] is None and record["low"] is None and record["value"] == 1


def test_cli_parquet_without_out_is_named_after_the_filters(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["export", "--db", str(db_path), "--format", "parquet", "--category", "killed"]) == 0
    assert len(pd.read_parquet(tmp_path / "figures_category-killed.parquet")) == 2
    assert capsys.readouterr().err.strip() == ("exported 2 rows (category: killed) -> figures_category-killed.parquet")


def test_cli_says_how_many_undated_figures_the_dates_left_out(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--db", str(db_path), "--since", "2025-02-01"]) == 0
    assert capsys.readouterr().err.splitlines()[-1] == (
        "1 undated figures left out by the dates (--undated includes them)"
    )
    assert main(["export", "--db", str(db_path), "--since", "2025-02-01", "--undated"]) == 0
    assert "left out" not in capsys.readouterr().err


def test_cli_csv_to_standard_output_and_empty_results_keep_the_header(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--db", str(db_path), "--claimant", "nobody"]) == 0
    assert capsys.readouterr().out.strip() == ",".join(EXPORT_COLUMNS)


def test_cli_export_without_a_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--db", str(tmp_path / "none.db")]) == 1
    assert capsys.readouterr().err.startswith(f"error: {tmp_path / 'none.db'}: no store here")
    assert not (tmp_path / "none.db").exists()
