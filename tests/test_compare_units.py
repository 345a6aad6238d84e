"""Counts and the Compare chart, without Streamlit (dashboard/counts.py, dashboard/count_charts.py)."""

from __future__ import annotations

import html

import pandas as pd
import pytest

from dashboard import count_charts
from dashboard.counts import (
    Count,
    add_count_columns,
    compare,
    independent_sources,
    latest_estimates,
    list_counts,
    spread,
)
from extractors.figure import COLUMNS


def rows(*figures: dict) -> pd.DataFrame:
    """A figures table from a few dicts; unnamed columns are empty."""
    base = {column: None for column in COLUMNS} | {"unit": "people", "start": 0, "article_id": "a"}
    frame = pd.DataFrame([base | {"span": str(f.get("value")), "doc": "d"} | f for f in figures])
    return frame.astype({"value": "Float64", "low": "Float64", "high": "Float64"})


NK = {"side": "North Korea", "category": "killed", "force": "military", "scope": "total"}
TABLE = rows(
    NK
    | {"claimant": "Agency A", "value": 100.0, "qualifier": "at_least", "as_of": "2024-12-16", "stance": "third party"},
    NK | {"claimant": "Agency A", "value": 2000.0, "qualifier": "approximate", "as_of": "2025-09-02"},
    NK | {"claimant": "Army B", "value": 3000.0, "qualifier": "exact", "as_of": "2025-01-10", "stance": "adversary"},
    NK | {"claimant": "Paper C", "low": 1000.0, "high": 5000.0, "qualifier": "range", "as_of": "2025-02-01"},
    NK | {"claimant": "Lawmaker D", "value": 300.0, "qualifier": "approximate", "as_of": ""},
    NK | {"claimant": "Army B", "value": 40.0, "qualifier": "exact", "as_of": "2025-01-09", "scope": "event"},
    NK | {"claimant": "Monitor E", "qualifier": "vague", "span": "hundreds", "as_of": "2025-01-01"},
    NK | {"claimant": "Army B", "value": 13.0, "unit": "percent", "as_of": "2025-01-10"},
    NK | {"claimant": "Agency A", "value": 4000.0, "category": "casualties", "as_of": "2025-04-30"},
    {"side": None, "category": "killed", "force": "military", "claimant": "X", "value": 5.0, "scope": "total"},
    NK | {"source": "Agency A", "claimant": "Lawmaker F", "value": 600.0, "as_of": "2025-05-31"},
)
KILLED = Count("North Korea", "killed", "military")


def test_counts_are_listed_by_sources_then_figures() -> None:
    table = list_counts(TABLE)
    assert table["count"].tolist() == [
        "North Korea · killed · military",
        "North Korea · casualties · military",
        "North Korea · killed · military · %",
    ]
    first = table.iloc[0]
    assert (first["sources"], first["figures"], first["totals"]) == (5, 8, 7)


def test_a_figure_without_a_side_belongs_to_no_count() -> None:
    assert "X" not in set(compare(TABLE, Count("North Korea", "killed", "military")).totals["claimant"])
    assert len(list_counts(TABLE.head(0))) == 0


LABELS = {
    "a count": ("North Korea · killed · military", KILLED),
    "a share": ("North Korea · killed · military · %", Count("North Korea", "killed", "military", "percent")),
    "two parts": ("North Korea · killed", None),
    "empty": ("", None),
}


@pytest.mark.parametrize("label, count", LABELS.values(), ids=LABELS.keys())
def test_a_label_names_its_count(label: str, count: Count | None) -> None:
    assert Count.parse(label) == count
    if count:
        assert count.label == label


def test_totals_are_charted_and_the_rest_listed_apart() -> None:
    comparison = compare(TABLE, KILLED)
    assert comparison.totals["as_of"].tolist() == ["2024-12-16", "2025-01-10", "2025-02-01", "2025-05-31", "2025-09-02"]
    assert comparison.undated["claimant"].tolist() == ["Lawmaker D"]
    assert comparison.vague["claimant"].tolist() == ["Monitor E"]
    assert comparison.apart["scope"].tolist() == ["event"]
    assert comparison.sources == ["Agency A", "Army B", "Paper C"]  # the source column wins over the claimant


def test_each_sources_latest_estimate_and_the_spread() -> None:
    latest = latest_estimates(compare(TABLE, KILLED).totals)
    assert list(zip(latest["source"], latest["estimate"], strict=True)) == [
        ("Agency A", "about 2,000"),
        ("Paper C", "1,000–5,000"),
        ("Army B", "3,000"),
    ]
    gap = spread(latest)
    assert (gap.low, gap.low_source, gap.high, gap.high_source) == (1000.0, "Paper C", 5000.0, "Paper C")


def test_no_spread_with_one_source() -> None:
    one = compare(TABLE[TABLE["claimant"] == "Army B"], KILLED)
    assert spread(latest_estimates(one.totals)) is None


def test_independent_sources_count_names_not_claimants() -> None:
    comparison = compare(TABLE, KILLED)
    assert independent_sources(comparison.totals) == 3  # Lawmaker F cites Agency A


def test_the_chart_draws_one_trace_per_source_in_date_order() -> None:
    comparison = compare(TABLE, KILLED)
    chart = count_charts.estimates_figure(comparison, "title")
    assert [trace.name for trace in chart.data] == ["Agency A", "Army B", "Paper C"]
    agency = chart.data[0]
    assert list(agency.y) == [100.0, 600.0, 2000.0]
    symbols = count_charts.SYMBOLS
    assert list(agency.marker.symbol) == [symbols["at_least"], symbols["exact"], symbols["approximate"]]
    paper = chart.data[2]
    assert (paper.y[0], paper.error_y.array[0], paper.error_y.arrayminus[0]) == (3000.0, 2000.0, 2000.0)
    assert {(html.unescape(t.meta["count"]), t.meta["scope"]) for t in chart.data} == {(KILLED.label, "total")}
    assert len({t.line.color for t in chart.data}) == 3


def test_chart_text_from_articles_is_escaped() -> None:
    table = rows(NK | {"claimant": "<script>x</script>", "value": 5.0, "qualifier": "exact", "as_of": "2025-01-01"})
    chart = count_charts.estimates_figure(compare(table, KILLED), "<b>title</b>")
    assert "<script>" not in chart.data[0].name and "<script>" not in chart.data[0].hovertext[0]
    assert "<b>" not in chart.layout.title.text


def test_the_chart_reads_in_whole_people_and_days_and_each_mark_links_its_figure() -> None:
    few = rows(
        NK | {"claimant": "Army B", "value": 4.0, "qualifier": "exact", "as_of": "2025-03-07", "start": 12},
        NK | {"claimant": "Agency A", "value": 6.0, "qualifier": "exact", "as_of": "2025-03-07", "start": 80},
    )
    chart = count_charts.estimates_figure(compare(few, KILLED), "title")
    assert (chart.layout.yaxis.tickformat, chart.layout.yaxis.dtick) == (",.0f", 1)  # never "4.5" people
    first, last = (pd.Timestamp(day) for day in chart.layout.xaxis.range)
    assert first < pd.Timestamp("2025-03-07") < last and last - first >= pd.Timedelta(days=2)  # days, not ms
    assert {trace.name: list(trace.customdata[0]) for trace in chart.data} == {
        "Army B": ["a", "12"], "Agency A": ["a", "80"],
    }  # fmt: skip
    spread = count_charts.estimates_figure(compare(TABLE, KILLED), "title")
    assert spread.layout.yaxis.dtick is None and spread.layout.xaxis.range is None


def test_the_chart_is_bounded_however_many_estimates() -> None:
    many = rows(
        *(
            NK
            | {
                "claimant": "Agency A",
                "value": float(n),
                "qualifier": "exact",
                "as_of": f"2024-{1 + n // 28:02d}-{1 + n % 28:02d}",
            }
            for n in range(60)
        )
    )
    chart = count_charts.estimates_figure(compare(many, KILLED), "title")
    assert len(chart.data[0].y) == count_charts.MAX_PER_SOURCE and chart.data[0].y[-1] == 59.0  # the latest kept
    assert "35 earlier estimates not drawn" in chart.layout.title.text


def test_the_loaded_tables_count_columns_give_the_same_counts() -> None:
    """add_count_columns, made once when the store is loaded, lists and picks counts as the columns do."""
    prepared = add_count_columns(TABLE)
    assert list_counts(prepared).equals(list_counts(TABLE))
    assert compare(prepared, KILLED).totals["as_of"].tolist() == compare(TABLE, KILLED).totals["as_of"].tolist()
