"""Explore's review filters: rejected figures left out unless asked for, a status facet, "reviewed figures only"."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import filters
from dashboard.data import DB_ENV
from extractors.store import open_store
from extractors.store.reviews import add_figure, review_figure
from tests.dashboard_fixtures import generated_figures
from tests.review_helpers import MISSED, TEXT, figure, key_of, small_store

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
STATUSES = ["machine", "confirmed", "corrected", "rejected", "added", "machine", "rejected", "machine"]


@pytest.fixture
def reviewed() -> pd.DataFrame:
    figures = generated_figures(len(STATUSES)).assign(review=STATUSES)
    return filters.prepare(figures)


@pytest.mark.parametrize(
    ("chosen", "reviewed_only", "expected"),
    [
        ((), False, ["machine", "confirmed", "corrected", "added", "machine", "machine"]),
        (("rejected",), False, ["rejected", "rejected"]),
        (("machine", "rejected"), False, ["machine", "rejected", "machine", "rejected", "machine"]),
        ((), True, ["confirmed", "corrected", "added"]),
        (("corrected", "rejected"), True, ["corrected"]),
        (("machine",), True, []),
    ],
    ids=[
        "default-hides-rejected",
        "only-rejected",
        "machine-and-rejected",
        "reviewed-only",
        "reviewed-and-chosen",
        "reviewed-only-machine",
    ],  # fmt: skip
)
def test_review_filters(reviewed, chosen, reviewed_only, expected) -> None:
    selection = filters.Selection(facets={"review": chosen}, reviewed_only=reviewed_only)
    assert filters.apply_selection(reviewed, selection).rows["review"].astype(str).tolist() == expected


def test_review_facet_counts_offer_the_rejected_ones_and_other_facets_leave_them_out(reviewed) -> None:
    counts = filters.facet_counts(reviewed, filters.Selection())
    assert dict(counts["review"]) == {"machine": 3, "rejected": 2, "added": 1, "confirmed": 1, "corrected": 1}
    assert sum(n for _, n in counts["category"]) == len(STATUSES) - 2


def test_reviewed_only_in_words_and_file_name() -> None:
    selection = filters.Selection(facets={"review": ("corrected",)}, reviewed_only=True)
    assert filters.describe(selection) == "Review: corrected; reviewed figures only"
    assert filters.file_stem(selection) == "figures_review-corrected_reviewed"


def test_explore_hides_rejected_and_filters_by_review(tmp_path, monkeypatch) -> None:
    db = tmp_path / "figures.db"
    small_store(db)
    connection = open_store(db)
    review_figure(connection, key_of(figure(db, "30")), "corrected", "Ana", {"value": 31})
    review_figure(connection, key_of(figure(db, "Five")), "rejected", "Ana")
    start = TEXT.index(MISSED)
    add_figure(connection, figure(db, "30").article_id, start, start + len(MISSED),
               {"category": "killed", "qualifier": "exact"}, "Ana")  # fmt: skip
    connection.close()
    monkeypatch.setenv(DB_ENV, str(db))
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page("pages/explore.py").run()
    assert not at.exception
    table = at.dataframe[-1].value
    assert table["span"].tolist() == ["Twelve people", "30", "40 fighters", MISSED]
    assert table["review"].tolist() == ["machine", "corrected", "machine", "added"] and at.metric[0].value == "4"
    at.checkbox(key="reviewed_only").check().run()
    assert at.dataframe[-1].value["span"].tolist() == ["30", MISSED]
    at.checkbox(key="reviewed_only").uncheck().run()
    options = at.multiselect(key="facet_review").options
    assert "rejected (1)" in options
    at.multiselect(key="facet_review").set_value(["rejected"]).run()
    assert at.dataframe[-1].value["span"].tolist() == ["Five"]
