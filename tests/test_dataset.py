"""A `corpus` dataset folder read as the store is: load functions, exports with every filter, the dashboard."""

from __future__ import annotations

import inspect
import io
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.data import DB_ENV
from extractors.errors import InputError
from extractors.store import (
    export,
    export_filter,
    load_article,
    load_articles,
    load_figures,
    open_store,
    read_frame,
    store_counts,
    store_is_empty,
)
from extractors.store.dataset import write_partition
from tests.dashboard_fixtures import add_hostile_article, fill_store, generated_figures

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
ARTICLE_COLUMNS = "article_id, doc, title, publisher, published, url, figure_count, text, extractor_version"


def records(frame: pd.DataFrame) -> list[dict]:
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


def dataset_from_store(db_path: Path, folder: Path, parts: int = 3) -> Path:
    """The store's rows written as a dataset, split into ``parts`` partitions in the store's order."""
    figures = load_figures(db_path)
    articles = read_frame(db_path, f"SELECT {ARTICLE_COLUMNS} FROM articles")
    bounds = np.linspace(0, len(figures), parts + 1).astype(int)
    for index in range(parts):
        chunk = figures.iloc[bounds[index] : bounds[index + 1]]
        write_partition(folder, index, records(chunk), records(articles) if index == 0 else [])
    return folder


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db_path = tmp_path_factory.mktemp("store") / "figures.db"
    figures = generated_figures(600)
    figures.loc[figures.index % 7 == 0, "published"] = ""  # undated articles sort first, in their own partition
    fill_store(db_path, figures)
    add_hostile_article(db_path)
    return db_path


@pytest.fixture(scope="module")
def dataset(store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return dataset_from_store(store, tmp_path_factory.mktemp("dataset") / "figures")


def test_load_figures_reads_the_store_s_rows_in_its_order(store: Path, dataset: Path) -> None:
    pd.testing.assert_frame_equal(load_figures(dataset), load_figures(store))
    assert len({path.parent.name for path in dataset.glob("month=*/*.parquet")}) == 4  # undated and 3 months


def test_articles_counts_and_one_article(store: Path, dataset: Path) -> None:
    in_store = load_articles(store)
    in_dataset = load_articles(dataset)
    pd.testing.assert_frame_equal(in_dataset.drop(columns="ingested_at"), in_store.drop(columns="ingested_at"))
    assert in_dataset["ingested_at"].isna().all()  # when `corpus` ran is not an article's property
    key = in_store.loc[in_store["doc"] == "hostile", "article_id"].iloc[0]
    assert load_article(dataset, key) == load_article(store, key)
    with pytest.raises(InputError, match="no such article"):
        load_article(dataset, "0" * 64)
    assert store_counts(dataset) == {**store_counts(store), "sources": len(in_store)}
    assert not store_is_empty(dataset)


FILTERS = [
    pytest.param({}, id="none"),
    pytest.param({"category": ["killed"]}, id="category"),
    pytest.param({"category": ["killed", "wounded"]}, id="categories"),
    pytest.param({"claimant": "MINISTRY"}, id="claimant-any-case"),
    pytest.param({"side": ["russian", "UKRAINIAN"]}, id="sides-any-case"),
    pytest.param({"publisher": "post"}, id="publisher-part"),
    pytest.param({"since": "2024-01-20"}, id="since"),
    pytest.param({"until": "2024-02-10"}, id="until"),
    pytest.param({"until": "2024-02-10", "undated": True}, id="until-with-undated"),
    pytest.param({"category": ["wounded"], "claimant": "un", "since": "2024-01-02", "until": "2025-01-01"}, id="all"),
    pytest.param({"source": "MINISTRY"}, id="source-any-case"),
    pytest.param({"source_type": ["government", "military"]}, id="source-types"),
    pytest.param({"review": ["machine"]}, id="review-machine"),  # a dataset holds the machine's figures only
    pytest.param({"review": ["machine", "rejected"]}, id="review-statuses"),
]


@pytest.mark.parametrize("chosen", FILTERS)
@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_export_gives_what_the_store_gives(store: Path, dataset: Path, chosen: dict, fmt: str) -> None:
    figure_filter = export_filter(**chosen)
    from_store, from_dataset = io.StringIO(), io.StringIO()
    rows = export(store, fmt, from_store, figure_filter)
    assert export(dataset, fmt, from_dataset, figure_filter) == rows
    assert from_dataset.getvalue() == from_store.getvalue()
    assert rows > 0


def test_every_export_filter_is_tested() -> None:
    tested = {name for case in FILTERS for name in case.values[0]}
    assert tested == set(inspect.signature(export_filter).parameters)


def test_an_empty_and_a_damaged_dataset(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert store_is_empty(tmp_path / "empty") and load_figures(tmp_path / "empty").empty
    assert load_articles(tmp_path / "empty").empty
    damaged = tmp_path / "damaged" / "month=2025-01"
    damaged.mkdir(parents=True)
    (damaged / "part-00000.parquet").write_bytes(b"PAR1 this is no parquet file PAR1")
    with pytest.raises(InputError, match="cannot read the figures dataset") as caught:
        load_figures(tmp_path / "damaged")
    assert "\n" not in str(caught.value)


def test_a_dataset_is_not_opened_for_writing(dataset: Path) -> None:
    with pytest.raises(InputError, match="read-only"):
        open_store(dataset)


@pytest.mark.parametrize("page", ["screens/overview.py", "screens/explore.py", "screens/article.py"])
def test_dashboard_pages_read_a_dataset(dataset: Path, store: Path, monkeypatch: pytest.MonkeyPatch, page: str):
    monkeypatch.setenv(DB_ENV, str(dataset))
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title and not at.error
    if page != "screens/article.py":
        assert at.metric[0].value == f"{len(load_figures(store)):,}"
