"""The review filter: rejected figures left out unless asked for, a status facet, "reviewed figures only",
in the dashboard's masks, the export's SQL and the Explore page alike."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import filters
from dashboard.data import DB_ENV
from extractors.store import export, open_store
from extractors.store.conditions import FIELDS, REVIEWED, FigureFilter, OneOf
from extractors.store.exports import export_filter
from extractors.store.reviews import add_figure, review_figure
from tests.dashboard_fixtures import generated_figures
from tests.review_helpers import MISSED, TEXT, figure, key_of, small_store

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
STATUSES = ["machine", "confirmed", "corrected", "rejected", "added", "machine", "rejected", "machine"]


@pytest.fixture
def reviewed() -> pd.DataFrame:
    return filters.prepare(generated_figures(len(STATUSES)).assign(review=STATUSES))


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [
        ((), ["machine", "confirmed", "corrected", "added", "machine", "machine"]),
        (("rejected",), ["rejected", "rejected"]),
        (("machine", "rejected"), ["machine", "rejected", "machine", "rejected", "machine"]),
        (REVIEWED, ["confirmed", "corrected", "added"]),
    ],
    ids=["default-leaves-rejected-out", "only-rejected", "machine-and-rejected", "reviewed-only"],
)
def test_review_filter(reviewed, chosen, expected) -> None:
    selection = filters.Selection(facets={"review": chosen} if chosen else {})
    assert filters.apply_selection(reviewed, selection).rows["review"].astype(str).tolist() == expected


def test_the_review_facet_offers_the_rejected_ones_and_the_others_leave_them_out(reviewed) -> None:
    counts = filters.facet_counts(reviewed, filters.Selection())
    assert dict(counts["review"]) == {"machine": 3, "rejected": 2, "added": 1, "confirmed": 1, "corrected": 1}
    assert sum(n for _, n in counts["category"]) == len(STATUSES) - 2


def test_reviewed_only_in_words_file_name_and_link() -> None:
    selection = filters.Selection(facets={"review": REVIEWED})
    assert filters.reviewed_only(selection)
    assert filters.figure_filter(selection).description() == "review: confirmed or corrected or added"
    assert filters.figure_filter(selection).file_stem() == "figures_review-confirmed-or-corrected-or-added"
    assert filters.from_params(filters.to_params(selection))[0] == selection
    assert filters.option_label("review", "machine", 3) == "not reviewed (3)"


@pytest.fixture
def store(tmp_path) -> Path:
    db = tmp_path / "figures.db"
    small_store(db)
    connection = open_store(db)
    review_figure(connection, key_of(figure(db, "30")), "corrected", "Ana", {"value": 31})
    review_figure(connection, key_of(figure(db, "Five fishermen")), "rejected", "Ana")
    start = TEXT.index(MISSED)
    add_figure(connection, figure(db, "30").article_id, start, start + len(MISSED),
               {"category": "killed", "qualifier": "exact"}, "Ana")  # fmt: skip
    connection.close()
    return db


@pytest.mark.parametrize(
    "chosen",
    [FigureFilter(), FigureFilter((OneOf(FIELDS["review"], ("rejected",)),)),
     FigureFilter((OneOf(FIELDS["review"], REVIEWED),)), FigureFilter((OneOf(FIELDS["review"], ("machine",)),))],
    ids=["nothing", "rejected", "reviewed", "machine"],
)  # fmt: skip
def test_the_export_and_the_dashboard_keep_the_same_reviewed_rows(store, chosen) -> None:
    from extractors.store import load_figures

    exported = pd.read_csv(pd.io.common.StringIO(_csv(store, chosen)), dtype={"span": str})["span"].tolist()
    loaded = filters.prepare(load_figures(store, rejected=True))
    assert exported == loaded[chosen.mask(loaded)]["span"].astype(str).tolist()


def _csv(db: Path, chosen: FigureFilter) -> str:
    import io

    out = io.StringIO()
    export(db, "csv", out, chosen)
    return out.getvalue()


def test_export_review_option_expands_reviewed() -> None:
    assert export_filter(review=["reviewed", "machine"]).conditions == (
        OneOf(FIELDS["review"], ("confirmed", "corrected", "added", "machine")),
    )


def test_explore_leaves_rejected_out_and_filters_by_review(store, monkeypatch) -> None:
    monkeypatch.setenv(DB_ENV, str(store))
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page("screens/explore.py").run()
    assert not at.exception
    table = at.dataframe[-1].value
    assert table["span"].tolist() == ["Twelve people", "30", "40 fighters", MISSED]
    assert table["review"].tolist() == ["not reviewed", "corrected", "not reviewed", "added"]
    assert at.metric[0].value == "4" and "1 rejected aside" in at.metric[0].help
    at.toggle(key="filter_reviewed").set_value(True).run()
    assert at.dataframe[-1].value["span"].tolist() == ["30", MISSED]
    at.toggle(key="filter_reviewed").set_value(False).run()
    assert "rejected (1)" in at.multiselect(key="filter_review").options
    at.multiselect(key="filter_review").set_value(["rejected"]).run()
    assert at.dataframe[-1].value["span"].tolist() == ["Five fishermen"]
