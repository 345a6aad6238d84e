"""The dashboard's pure parts: filters, facet counts, charts, highlighting, CSV export."""

from __future__ import annotations

import datetime as dt
import doctest
import io
import json
import re

import pandas as pd
import pytest

from dashboard import charts, downloads, filters, highlight
from tests.dashboard_fixtures import HOSTILE_TEXT, generated_figures


@pytest.fixture(scope="module")
def figures() -> pd.DataFrame:
    return filters.prepare(generated_figures(600))


@pytest.mark.parametrize("module", [filters, charts, downloads, highlight], ids=lambda m: m.__name__)
def test_docstring_examples(module):
    # pytest's --doctest-modules skips dashboard/ (pages run on import), so run the pure modules' examples here.
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0 and result.attempted > 0


# -- filters ---------------------------------------------------------------


@pytest.mark.parametrize(
    "selection, holds",
    [
        pytest.param(
            filters.Selection(facets={"claimant": ("NIS",)}),
            lambda rows: set(rows["claimant"]) == {"NIS"},
            id="one-source",
        ),
        pytest.param(
            filters.Selection(facets={"claimant": ("NIS", "Pentagon"), "category": ("killed",)}),
            lambda rows: set(rows["claimant"]) == {"NIS", "Pentagon"} and set(rows["category"]) == {"killed"},
            id="sources-and-category",
        ),
        pytest.param(
            filters.Selection(facets={"claimant": (filters.NOT_STATED,)}),
            lambda rows: rows["claimant"].isna().all(),
            id="unattributed",
        ),
        pytest.param(
            filters.Selection(text="REPORT 1"),
            lambda rows: rows["sentence"].str.lower().str.contains("report 1", regex=False).all(),
            id="text-case-blind",
        ),
        pytest.param(filters.Selection(text="a.b[c"), lambda rows: rows.empty, id="text-is-not-a-regex"),
        pytest.param(
            filters.Selection(published_from=dt.date(2024, 1, 5), published_to=dt.date(2024, 1, 9)),
            lambda rows: rows["published"].astype("string").between("2024-01-05", "2024-01-09").all() and len(rows) > 0,
            id="date-range",
        ),
    ],
)
def test_apply_selection_keeps_only_matching_rows(figures, selection, holds):
    result = filters.apply_selection(figures, selection)
    assert holds(result.rows)
    assert result.rows.index.is_monotonic_increasing  # store order kept


def test_apply_selection_matches_a_plain_pandas_query(figures):
    selection = filters.Selection(facets={"publisher": ("Sample Wire",), "qualifier": ("at_least", "range")})
    expected = figures[(figures["publisher"] == "Sample Wire") & figures["qualifier"].isin(["at_least", "range"])]
    pd.testing.assert_frame_equal(filters.apply_selection(figures, selection).rows, expected)


def test_no_selection_is_every_row_and_says_so(figures):
    result = filters.apply_selection(figures, filters.Selection())
    assert len(result.rows) == len(figures)
    assert (result.description, result.file_stem) == ("All figures", "figures_all")


@pytest.mark.parametrize(
    "selection, description, stem",
    [
        (
            filters.Selection(facets={"claimant": ("Gaza health ministry",), "side": ("Palestinian",)}),
            "Source (claimant): Gaza health ministry; Side: Palestinian",
            "figures_claimant-gaza-health-ministry_side-palestinian",
        ),
        (
            filters.Selection(published_from=dt.date(2025, 1, 1), published_to=dt.date(2025, 2, 1), text=" strike "),
            "published 2025-01-01 to 2025-02-01; sentence contains 'strike'",
            "figures_published-2025-01-01-to-2025-02-01_text-strike",
        ),
        (
            filters.Selection(facets={"publisher": ("../../etc/passwd <x>",)}),
            "Publisher: ../../etc/passwd <x>",
            "figures_publisher-etc-passwd-x",
        ),
    ],
    ids=["facets", "dates-and-text", "unsafe-name"],
)
def test_description_and_file_name_say_which_filters(selection, description, stem):
    assert filters.describe(selection) == description
    assert filters.file_stem(selection) == stem


def test_file_name_stays_short():
    many = filters.Selection(facets={"claimant": tuple(f"source number {i}" for i in range(50))})
    assert len(filters.file_stem(many)) <= 120


def test_facet_counts_use_the_other_filters_only(figures):
    selection = filters.Selection(facets={"claimant": ("NIS",), "category": ("killed",)})
    counts = filters.facet_counts(figures, selection)
    killed = figures[figures["category"] == "killed"]
    # The claimant facet ignores its own choice but respects the category filter.
    assert dict(counts["claimant"])["Pentagon"] == (killed["claimant"] == "Pentagon").sum()
    assert dict(counts["claimant"])[filters.NOT_STATED] == killed["claimant"].isna().sum()
    nis = figures[figures["claimant"] == "NIS"]
    assert dict(counts["category"]) == {k: int(v) for k, v in nis["category"].value_counts().items() if v}
    assert sum(n for _, n in counts["publisher"]) == len(filters.apply_selection(figures, selection).rows)


def test_facet_counts_are_in_a_fixed_order_and_keep_chosen_options(figures):
    selection = filters.Selection(facets={"claimant": ("Nobody at all",)})
    claimants = filters.facet_counts(figures, selection)["claimant"]
    assert claimants == sorted(claimants, key=lambda pair: (-pair[1], pair[0]))
    assert ("Nobody at all", 0) in claimants
    assert all(n == 0 for _, n in filters.facet_counts(figures, selection)["category"])


def test_published_bounds(figures):
    assert filters.published_bounds(figures) == (dt.date(2024, 1, 1), dt.date(2024, 2, 29))
    assert filters.published_bounds(figures.assign(published_date=pd.NaT)) is None


# -- export ----------------------------------------------------------------


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("=1+1", "'=1+1"),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("-5 killed", "'-5 killed"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=cmd", "'\t=cmd"),
        ("12 killed", "12 killed"),
        ("", ""),
        (-5.0, -5.0),
        (None, None),
    ],
)
def test_neutralise(cell, expected):
    assert downloads.neutralise(cell) == expected


def test_csv_is_exactly_the_rows_and_columns_given(figures):
    rows = filters.apply_selection(figures, filters.Selection(facets={"claimant": ("NIS",)})).rows
    shown = rows[["published", "publisher", "claimant", "value", "low", "span", "sentence"]]
    back = pd.read_csv(io.BytesIO(downloads.safe_csv(shown)), keep_default_na=False, dtype=str)
    assert list(back.columns) == list(shown.columns)
    assert len(back) == len(shown)
    assert back["claimant"].eq("NIS").all()
    # "=Formula Times" is one of the generated publishers: it comes back quoted, everything else verbatim.
    expected_publisher = shown["publisher"].astype(str).map(lambda p: "'" + p if p.startswith("=") else p)
    assert back["publisher"].tolist() == expected_publisher.tolist()
    assert back["sentence"].tolist() == shown["sentence"].tolist()
    numbers = pd.to_numeric(back["value"].replace("", None))
    assert numbers.fillna(-1).tolist() == shown["value"].astype(float).fillna(-1).tolist()


# Every CSV writer, the download among them, is tried on hostile cells in tests/test_spreadsheet_safety.py.


# -- highlight -------------------------------------------------------------


def _rows(text: str, spans: list[str]) -> pd.DataFrame:
    starts = [text.index(span) for span in spans]
    return pd.DataFrame(
        {"span": spans, "start": starts, "end": [s + len(p) for s, p in zip(starts, spans, strict=True)]}
    )


def test_article_text_is_escaped_and_figures_marked():
    rows = _rows(HOSTILE_TEXT, ["At least 12", "30"])
    rows["claimant"] = ["<img src=x onerror=alert(1)>", None]
    page = highlight.article_html(HOSTILE_TEXT, rows) + highlight.figure_rows_html(HOSTILE_TEXT, rows)
    for hostile in ("<script", "<img", 'onerror="', "</script>"):
        assert hostile not in page
    assert "&lt;script&gt;window.__xss = &#x27;script&#x27;&lt;/script&gt;" in page
    assert '<mark id="fig-0" title="figure row 1"><a href="#row-0">At least 12</a></mark>' in page
    assert '<tr id="row-1"><td><a href="#fig-1">2</a></td>' in page


@pytest.mark.parametrize(
    "text",
    ["![x](http://e.org/p.png)", "[click](javascript:alert(1))", "**bold** _it_", ":red[alarm] :material/home:",
     "$x^2$", "<b>raw</b>", "# heading", "1. list"],
)  # fmt: skip
def test_plain_markdown_leaves_no_markup_character_bare(text):
    escaped = highlight.plain_markdown(text)
    bare = re.sub(r"\\.", "", escaped)  # drop every escaped pair
    assert not set(bare) & set("\\`*_{}[]()#+-.!|<>~:$")
    assert re.sub(r"\\(.)", r"\1", escaped) == text


def test_overlapping_spans_share_one_mark():
    text = "Between 1,000 and 3,000 soldiers were sent."
    rows = _rows(text, ["Between 1,000 and 3,000", "3,000"])
    found, anchors = highlight.marks(text, rows)
    assert [(m.start, m.end, m.rows) for m in found] == [(0, 23, (0, 1))]
    assert anchors == {0: "fig-0", 1: "fig-0"}
    assert highlight.article_html(text, rows).count("<mark") == 1


def test_a_span_not_found_at_its_offsets_is_not_marked():
    text = "12 killed."
    rows = pd.DataFrame({"span": ["12", "99"], "start": [0, 0], "end": [2, 2]})
    assert highlight.article_html(text, rows).count("<mark") == 1
    assert "2 (not located)" in highlight.figure_rows_html(text, rows)


# -- charts ----------------------------------------------------------------


def _chart_rows(rows: list[dict]) -> pd.DataFrame:
    base = {"unit": "people", "category": "killed", "value": None, "low": None, "high": None, "span": "x",
            "publisher": "P", "published": "2025-01-01", "doc": "d", "side": None}  # fmt: skip
    frame = pd.DataFrame([{**base, **row} for row in rows])
    for column in ("value", "low", "high"):
        frame[column] = frame[column].astype("Float64")
    return frame


def test_claims_chart_draws_each_hedge_its_own_way_and_ranges_as_intervals():
    frame = _chart_rows(
        [
            {"claimant": "A", "qualifier": "exact", "value": 10},
            {"claimant": "A", "qualifier": "at_least", "value": 600},
            {"claimant": "B", "qualifier": "at_most", "value": 50},
            {"claimant": "B", "qualifier": "approximate", "value": 2000},
            {"claimant": "B", "qualifier": "range", "low": 1000, "high": 3000},
            {"claimant": None, "qualifier": "vague"},
        ]
    )
    chart = json.loads(charts.claims_figure(frame, "killed", "Killed").to_json())
    symbols = {trace["name"]: trace["marker"]["symbol"] for trace in chart["data"]}
    assert symbols == {
        "exact": "circle",
        "at least (a floor)": "triangle-up",
        "at most (a ceiling)": "triangle-down",
        "approximate (about, some)": "circle-open",
        charts.RANGE_LABEL: "line-ew",
    }
    interval = next(trace for trace in chart["data"] if trace["name"] == charts.RANGE_LABEL)
    assert interval["y"][:2] == [1000, 3000] and interval["y"][2] is None
    assert interval["x"][0] == interval["x"][1]  # a vertical segment
    assert chart["layout"]["xaxis"]["ticktext"] == ["B", "A"]  # most figures first
    assert chart["layout"]["yaxis"]["type"] == "log"
    assert len(charts.vague_claims(frame, "killed")) == 1


def test_claims_chart_puts_a_sources_figures_side_by_side():
    frame = _chart_rows([{"claimant": "A", "qualifier": "exact", "value": v} for v in (1, 2, 3)])
    points, left_out = charts.claim_points(frame, "killed")
    assert left_out == 0
    assert points["x"].tolist() == pytest.approx([-0.4, 0.0, 0.4])


def test_claims_chart_is_bounded_however_many_figures(figures):
    big = filters.prepare(generated_figures(20_000))
    points, left_out = charts.claim_points(big, "killed", max_claimants=3, max_per_claimant=5)
    assert len(points) == 15 and left_out == len(charts.numeric_claims(big, "killed")) - 15
    assert "not drawn" in charts.claims_figure(big, "killed", "t").layout.title.text


def test_chart_labels_from_articles_are_escaped():
    frame = _chart_rows([{"claimant": "<b onmouseover=x>", "qualifier": "exact", "value": 5}])
    chart = charts.claims_figure(frame, "killed", "<script>")
    assert chart.layout.xaxis.ticktext == ("&lt;b onmouseover=x&gt;",)
    assert "<script>" not in chart.layout.title.text


def test_count_figure_by_side_and_publisher(figures):
    counted = charts.count_by(figures, "publisher")
    assert counted["figures"].sum() == len(figures)
    chart = charts.count_figure(figures, "side", "By side")
    assert sum(sum(trace.y) for trace in chart.data) == len(figures)
    assert {trace.name for trace in chart.data} <= set(filters.prepare(figures)["category"].cat.categories)


def test_headline_counts(figures):
    counts = charts.headline_counts(figures)
    assert counts["figures"] == 600 and counts["articles"] == 60
