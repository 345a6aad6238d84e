"""Filtered counts and pages from the database match the same questions asked of the whole table in pandas."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from extractors.store import export_filter, load_figures
from extractors.store.queries import PAGE_COLUMNS, count_figures, facet_counts, figures_page, published_range
from tests.test_dataset import dataset_from_store
from tests.test_dataset import store as store  # noqa: F401  (the module fixture: 600 generated figures)


@dataclass(frozen=True)
class SqlFilter:
    """A filter as the queries take it (``where()``), with what it means on the loaded table."""

    sql: str
    params: tuple
    mask: Callable[[pd.DataFrame], pd.Series]

    def where(self) -> tuple[str, tuple]:
        return (f" WHERE {self.sql}", self.params) if self.sql else ("", ())


def text(column: pd.Series) -> pd.Series:
    return column.astype(object).fillna("")


FILTERS = {
    "none": SqlFilter("", (), lambda f: pd.Series(True, index=f.index)),
    "category": SqlFilter("f.category = ?", ("killed",), lambda f: text(f["category"]) == "killed"),
    "two-columns": SqlFilter(
        "f.claimant = ? AND a.publisher = ?", ("NIS", "Sample Wire"),
        lambda f: (text(f["claimant"]) == "NIS") & (text(f["publisher"]) == "Sample Wire"),
    ),
    "no-claimant": SqlFilter("f.claimant IS NULL", (), lambda f: f["claimant"].isna()),
    "sentence-text": SqlFilter(
        "f.sentence LIKE ?", ("%report 1%",), lambda f: text(f["sentence"]).str.contains("report 1")
    ),
    "nothing": SqlFilter("f.category = ?", ("no such",), lambda f: pd.Series(False, index=f.index)),
}  # fmt: skip


@pytest.fixture(scope="module", params=["store", "dataset"])
def source(request: pytest.FixtureRequest, store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:  # noqa: F811
    if request.param == "store":
        return store
    return dataset_from_store(store, tmp_path_factory.mktemp("queries") / "figures")


@pytest.fixture(scope="module")
def figures(store: Path) -> pd.DataFrame:  # noqa: F811
    return load_figures(store)


@pytest.mark.parametrize("name", FILTERS)
def test_count(source: Path, figures: pd.DataFrame, name: str) -> None:
    assert count_figures(source, FILTERS[name]) == FILTERS[name].mask(figures).sum()


@pytest.mark.parametrize("name", ["none", "category", "no-claimant", "nothing"])
@pytest.mark.parametrize("column", ["claimant", "publisher", "category", "side", "qualifier", "published"])
def test_facet_counts(source: Path, figures: pd.DataFrame, name: str, column: str) -> None:
    rows = text(figures.loc[FILTERS[name].mask(figures), column]).replace("", None)
    tally = rows.value_counts(dropna=False)
    expected = sorted(
        ((None if pd.isna(value) else value, int(count)) for value, count in tally.items()),
        key=lambda pair: (-pair[1], pair[0] is not None, pair[0] or ""),
    )
    assert facet_counts(source, column, FILTERS[name]) == expected


@pytest.mark.parametrize("name", FILTERS)
def test_published_range(source: Path, figures: pd.DataFrame, name: str) -> None:
    dates = text(figures.loc[FILTERS[name].mask(figures), "published"])
    dates = dates[dates != ""]
    assert published_range(source, FILTERS[name]) == ((dates.min(), dates.max()) if len(dates) else None)


@pytest.mark.parametrize("name", ["none", "category", "sentence-text"])
@pytest.mark.parametrize("offset", [0, 100, 550, 5000])
def test_a_page_is_those_rows_of_the_whole_table(source: Path, figures: pd.DataFrame, name: str, offset: int) -> None:
    matching = figures[FILTERS[name].mask(figures).to_numpy()]
    expected = matching.iloc[offset : offset + 100][list(PAGE_COLUMNS)].reset_index(drop=True)
    pd.testing.assert_frame_equal(figures_page(source, FILTERS[name], offset=offset, limit=100), expected)


def test_the_export_filters_work_as_they_are(source: Path, figures: pd.DataFrame) -> None:
    chosen = export_filter(category=["killed"], claimant="ministry", since="2024-01-15")
    mask = (
        (text(figures["category"]) == "killed")
        & text(figures["claimant"]).str.lower().str.contains("ministry")
        & (text(figures["published"]) >= "2024-01-15")
    )
    assert count_figures(source, chosen) == mask.sum() > 0
    assert facet_counts(source, "claimant", chosen)[0][1] == text(figures.loc[mask, "claimant"]).value_counts().max()


def test_no_store_is_no_figures(tmp_path: Path) -> None:
    assert count_figures(tmp_path / "none.db") == 0
    assert facet_counts(tmp_path / "none.db", "claimant") == []
    assert published_range(tmp_path / "none.db") is None
    assert figures_page(tmp_path / "none.db").empty
    (tmp_path / "empty").mkdir()
    assert count_figures(tmp_path / "empty") == 0 and figures_page(tmp_path / "empty").empty
    assert np.array_equal(figures_page(tmp_path / "empty").columns, PAGE_COLUMNS)


def test_a_page_walks_the_indexes_instead_of_sorting_every_figure(store: Path) -> None:  # noqa: F811
    from extractors.store import FIGURES_ORDER
    from extractors.store.queries import _PAGE_SELECT

    query = f"EXPLAIN QUERY PLAN {_PAGE_SELECT} WHERE f.category = ?{FIGURES_ORDER} LIMIT 9"
    with sqlite3.connect(store) as connection:
        plan = " / ".join(row[3] for row in connection.execute(query, ("killed",)))
    assert "SCAN a USING INDEX articles_in_order" in plan and "USING INDEX figures_in_order" in plan, plan


def test_sentences_are_read_for_the_rows_shown(source: Path, figures: pd.DataFrame) -> None:
    from dashboard.sentences import with_sentences
    from extractors.store.queries import figure_sentences

    shown = figures.iloc[[5, 6, 200, 431]]
    found = figure_sentences(source, tuple(shown["article_id"]))
    assert set(found["article_id"]) == set(shown["article_id"])  # those articles' figures, no others
    got = with_sentences(shown.drop(columns="sentence"), found)
    assert got["sentence"].tolist() == shown["sentence"].tolist()
    assert figure_sentences(source, ()).empty


@pytest.mark.parametrize("words", ["report 1", "REPORT 42.", "no sentence says this"])
def test_a_sentence_search_in_the_store_marks_the_loaded_rows(source: Path, figures: pd.DataFrame, words) -> None:
    from dashboard.sentences import matching_rows
    from extractors.store.conditions import FIELDS, Contains, FigureFilter
    from extractors.store.queries import matching_keys

    search = Contains(FIELDS["sentence"], words)
    found = matching_keys(source, FigureFilter((search,), rejected=True))
    assert matching_rows(figures.drop(columns="sentence"), found).tolist() == search.mask(figures).tolist()


def test_the_dashboard_csv_is_streamed_from_the_store_by_its_filter(store: Path, figures: pd.DataFrame) -> None:  # noqa: F811
    from dashboard.downloads import figures_csv, safe_csv
    from dashboard.table import readable

    chosen = export_filter(category=["killed"], source="intelligence")
    columns = ["published", "source", "qualifier", "value", "span", "sentence", "review"]
    expected = safe_csv(readable(figures[chosen.mask(figures)], columns))
    assert figures_csv(store, chosen, columns) == expected


def test_article_choices_are_the_newest_the_found_and_the_named(source: Path, store: Path) -> None:  # noqa: F811
    from extractors.store import load_articles
    from extractors.store.queries import article_choices

    everything = load_articles(store)
    newest = article_choices(source, limit=5)
    assert newest["article_id"].tolist() == everything["article_id"].head(5).tolist()
    oldest = everything["article_id"].iloc[-1]
    named = article_choices(source, ids=(oldest, "no such id"), limit=5)
    assert named["article_id"].tolist() == [*everything["article_id"].head(5), oldest]
    found = article_choices(source, text="ARTICLE 4", limit=500)  # titles "Generated article N"
    expected = everything[everything["title"].str.lower().str.contains("article 4")]
    assert found["article_id"].tolist() == expected["article_id"].tolist() and len(found)
    assert article_choices(source, text="no title says this").empty


def test_the_dashboard_loads_without_sentences_and_with_categoricals(source: Path, figures: pd.DataFrame) -> None:
    columns = ("source", "publisher", "doc", "title", "article_id", "category", "scope")
    got = load_figures(source, without=("sentence",), categorical=columns)
    expected = load_figures(source).drop(columns="sentence")
    expected = expected.astype(
        {c: "category" for c in columns if not isinstance(expected[c].dtype, pd.CategoricalDtype)}
    )
    pd.testing.assert_frame_equal(got, expected)
