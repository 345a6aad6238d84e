"""One filter declaration, two engines: the SQL of ``export`` and the dashboard's mask keep the same rows."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

import pytest

from extractors.article import Article
from extractors.store import FIELDS, Contains, FigureFilter, OneOf, Published, export, load_figures, open_store
from extractors.store import save_article as store_article
from tests.ingest_helpers import fake_figures

# (doc, publisher, published, category, qualifier, claimant, side)
ROWS = [
    ("a", "Test Wire", "2025-01-05", "killed", "exact", "Volodymyr Zelensky", "Russia"),
    ("b", "test wire", "2025-02-10", "wounded", "at_least", "ZELENSKY", "russia"),
    ("c", "Daily Ledger", "2025-03-15", "killed", "approximate", None, "Palestine"),
    ("d", None, "", "deployed", "exact", "50% Group", None),
    ("e", "Ünïcode Times", "", "killed", "at_most", "Ministère", "Ukraine"),
]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("conditions") / "f.db"
    connection = open_store(path)
    for doc, publisher, published, category, qualifier, claimant, side in ROWS:
        text = f"Article {doc}: 12 people were affected, someone said."  # length % 4 == 1: one figure
        [figure] = fake_figures(text)
        figure = replace(figure, category=category, qualifier=qualifier, claimant=claimant, side=side)
        article = Article(doc, text, publisher=publisher or "", published=published, title=f"Title {doc}")
        store_article(connection, article, [figure], doc)
    connection.close()
    return path


FILTERS = [
    pytest.param(FigureFilter(), id="nothing"),
    pytest.param(FigureFilter((OneOf(FIELDS["claimant"], ("zelensky",)),)), id="one-of-any-case"),
    pytest.param(FigureFilter((OneOf(FIELDS["claimant"], ("", "50% Group")),)), id="one-of-with-empty"),
    pytest.param(FigureFilter((OneOf(FIELDS["side"], ("RUSSIA", "ukraine")),)), id="one-of-several"),
    pytest.param(FigureFilter((Contains(FIELDS["claimant"], "zel"),)), id="contains"),
    pytest.param(FigureFilter((Contains(FIELDS["claimant"], "50%"),)), id="contains-literal-percent"),
    pytest.param(FigureFilter((Contains(FIELDS["claimant"], "_"),)), id="contains-literal-underscore"),
    pytest.param(FigureFilter((Contains(FIELDS["publisher"], "ünï"),)), id="contains-non-ascii-same-case"),
    pytest.param(FigureFilter((Contains(FIELDS["publisher"], "ÜNÏ"),)), id="contains-non-ascii-other-case"),
    pytest.param(FigureFilter((OneOf(FIELDS["publisher"], ("",)),)), id="no-publisher"),
    pytest.param(FigureFilter((OneOf(FIELDS["qualifier"], ("at_least", "at_most")),)), id="qualifiers"),
    pytest.param(FigureFilter((Published("2025-02-01"),)), id="since"),
    pytest.param(FigureFilter((Published("", "2025-02-10"),)), id="until-inclusive"),
    pytest.param(FigureFilter((Published("2025-01-01", "2025-02-28", undated=True),)), id="range-with-undated"),
    pytest.param(
        FigureFilter((OneOf(FIELDS["category"], ("killed",)), Published("2025-01-01", undated=True))),
        id="category-and-dates",
    ),
]


def _exported(db_path: Path, figure_filter: FigureFilter) -> list[str]:
    out = io.StringIO()
    export(db_path, "csv", out, figure_filter)
    return sorted(row["doc"] for row in csv.DictReader(io.StringIO(out.getvalue())))


@pytest.mark.parametrize("figure_filter", FILTERS)
@pytest.mark.parametrize("categorical", [False, True], ids=["plain", "categorical"])
def test_sql_and_mask_keep_the_same_figures(db_path: Path, figure_filter: FigureFilter, categorical: bool) -> None:
    figures = load_figures(db_path)
    if categorical:  # as the dashboard prepares its table
        figures = figures.astype({c: "category" for c in ("claimant", "publisher", "category", "side", "published")})
    masked = sorted(figures.loc[figure_filter.mask(figures), "doc"])
    assert masked == _exported(db_path, figure_filter)


def test_undated_apart_counts_what_the_dates_leave_out(db_path: Path) -> None:
    chosen = FigureFilter((OneOf(FIELDS["category"], ("killed",)), Published("2025-01-01")))
    assert _exported(db_path, chosen) == ["a", "c"]
    assert _exported(db_path, chosen.undated_apart()) == ["e"]
    assert _exported(db_path, chosen.with_undated()) == ["a", "c", "e"]
    assert chosen.with_undated().undated_apart() is None
    assert FigureFilter().undated_apart() is None


def test_words_and_file_names_from_the_same_declaration() -> None:
    chosen = FigureFilter(
        (
            OneOf(FIELDS["source"], ("", "Health ministry")),
            OneOf(FIELDS["qualifier"], ("at_least",)),
            Published("2025-01-01", "2025-03-31", undated=True),
        )
    )
    assert chosen.description() == (
        "source: no source named or Health ministry; stated as: at least; "
        "published 2025-01-01 to 2025-03-31, undated included"
    )
    assert chosen.file_stem() == (
        "figures_source-no-source-named-or-health-ministry_qualifier-at-least_"
        "published-2025-01-01-to-2025-03-31-and-undated"
    )
    assert (
        len(FigureFilter((OneOf(FIELDS["claimant"], tuple("x" * 30 + str(n) for n in range(9))),)).file_stem()) == 120
    )
