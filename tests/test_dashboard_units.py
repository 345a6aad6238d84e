"""The dashboard's pure parts: filters, facet counts, charts, highlighting, CSV export."""

from __future__ import annotations

import datetime as dt
import doctest
import html
import io
import json
import re
import urllib.parse

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard import charts, claims, downloads, filters, highlight, sentences, table
from tests.dashboard_fixtures import HOSTILE_TEXT, generated_figures

NIS = "National Intelligence Service (South Korea)"  # the fixtures' "NIS", under its one name
PENTAGON = "Department of Defense (United States)"


@pytest.fixture(scope="module")
def figures() -> pd.DataFrame:
    return filters.prepare(generated_figures(600))


@pytest.mark.parametrize(
    "module", [filters, charts, claims, downloads, highlight, sentences, table], ids=lambda m: m.__name__
)
def test_docstring_examples(module):
    # pytest's --doctest-modules skips dashboard/ (pages run on import), so run the pure modules' examples here.
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0 and result.attempted > 0


# -- filters ---------------------------------------------------------------


@pytest.mark.parametrize(
    "selection, holds",
    [
        pytest.param(
            filters.Selection(facets={"source": (NIS,)}),
            lambda rows: set(rows["source"]) == {NIS} and set(rows["claimant"]) == {"NIS"},
            id="one-source",
        ),
        pytest.param(
            filters.Selection(facets={"source": (NIS, PENTAGON), "category": ("killed",)}),
            lambda rows: set(rows["source"]) == {NIS, PENTAGON} and set(rows["category"]) == {"killed"},
            id="sources-and-category",
        ),
        pytest.param(
            filters.Selection(facets={"source": ("",)}),
            lambda rows: rows["source"].isna().all() and len(rows) > 0,
            id="no-source-named",
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
        pytest.param(
            filters.Selection(published_from=dt.date(2024, 1, 5), published_to=dt.date(2024, 1, 9), undated=True),
            lambda rows: rows["published_date"].isna().any() and rows["published_date"].notna().any(),
            id="date-range-with-undated",
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
    assert (result.description, result.file_stem, result.undated) == ("all figures", "figures_all", 0)


def test_a_date_range_counts_the_undated_figures_apart(figures):
    dated = filters.Selection(facets={"category": ("killed",)}, published_from=dt.date(2024, 1, 1))
    result = filters.apply_selection(figures, dated)
    killed = figures[figures["category"] == "killed"]
    assert result.undated == killed["published_date"].isna().sum() > 0
    assert len(result.rows) == killed["published_date"].notna().sum()
    included = filters.apply_selection(figures, filters.Selection(**{**dated.__dict__, "undated": True}))
    assert len(included.rows) == len(killed) and included.undated == result.undated


@pytest.mark.parametrize(
    "selection, description, stem",
    [
        (
            filters.Selection(facets={"source": ("Ministry of Health (Gaza)",), "side": ("Palestinian",)}),
            "source: Ministry of Health (Gaza); side: Palestinian",
            "figures_source-ministry-of-health-gaza_side-palestinian",
        ),
        (
            filters.Selection(published_from=dt.date(2025, 1, 1), published_to=dt.date(2025, 2, 1), text=" strike "),
            "published 2025-01-01 to 2025-02-01; sentence contains 'strike'",
            "figures_published-2025-01-01-to-2025-02-01_sentence-contains-strike",
        ),
        (
            filters.Selection(facets={"publisher": ("../../etc/passwd <x>",), "qualifier": ("at_least", "")}),
            "publisher: ../../etc/passwd <x>; stated as: at least or not stated",
            "figures_publisher-etc-passwd-x_qualifier-at-least-or-not-stated",
        ),
    ],
    ids=["facets", "dates-and-text", "unsafe-name-and-words"],
)
def test_description_and_file_name_say_which_filters(figures, selection, description, stem):
    result = filters.apply_selection(figures, selection)
    assert (result.description, result.file_stem) == (description, stem)


def test_the_dashboard_names_files_as_export_does():
    from extractors.store.exports import export_filter

    selection = filters.Selection(facets={"category": ("killed",), "side": ("Russian",)})
    assert filters.figure_filter(selection).file_name("csv") == export_filter(
        category=["killed"], side=["Russian"]
    ).file_name("csv")


def test_file_name_stays_short(figures):
    many = filters.Selection(facets={"source": tuple(f"source number {i}" for i in range(50))})
    assert len(filters.apply_selection(figures, many).file_stem) <= 120


def test_facet_counts_use_the_other_filters_only(figures):
    selection = filters.Selection(facets={"source": (NIS,), "category": ("killed",)})
    counts = filters.facet_counts(figures, selection)
    killed = figures[figures["category"] == "killed"]
    # The source facet ignores its own choice but respects the category filter.
    assert dict(counts["source"])[PENTAGON] == (killed["source"] == PENTAGON).sum()
    assert dict(counts["source"])[""] == killed["source"].isna().sum()
    nis = figures[figures["source"] == NIS]
    assert dict(counts["category"]) == {k: int(v) for k, v in nis["category"].value_counts().items() if v}
    assert sum(n for _, n in counts["publisher"]) == len(filters.apply_selection(figures, selection).rows)


def test_facet_counts_are_in_a_fixed_order_and_keep_chosen_options(figures):
    selection = filters.Selection(facets={"source": ("Nobody at all",)})
    claimants = filters.facet_counts(figures, selection)["source"]
    assert claimants == sorted(claimants, key=lambda pair: (-pair[1], pair[0]))
    assert ("Nobody at all", 0) in claimants
    assert all(n == 0 for _, n in filters.facet_counts(figures, selection)["category"])


@pytest.mark.parametrize(
    "name, value, label",
    [("qualifier", "at_least", "at least (3)"), ("qualifier", "approximate", "about (3)"),
     ("source", "", "no source named (3)"), ("side", "", "no side named (3)"), ("source", "NIS", "NIS (3)"),
     ("source_type", "intelligence", "intelligence (3)"), ("source_type", "", "no source type (3)")],
)  # fmt: skip
def test_options_read_as_words(name, value, label):
    assert filters.option_label(name, value, 3) == label


def test_published_bounds(figures):
    assert filters.published_bounds(figures) == (dt.date(2024, 1, 1), dt.date(2024, 2, 29))
    undated = filters.prepare(figures.drop(columns=["published_date"]).assign(published=None))
    assert filters.published_bounds(undated) is None


@given(
    facets=st.dictionaries(
        st.sampled_from(filters.FACETS), st.lists(st.text(max_size=12), min_size=1, max_size=3, unique=True), max_size=3
    ),
    since=st.one_of(st.none(), st.dates()),
    undated=st.booleans(),
    text=st.text(max_size=10).map(str.strip),
)
@settings(max_examples=150, deadline=None)
def test_a_selection_survives_the_url(facets, since, undated, text):
    selection = filters.Selection({k: tuple(v) for k, v in facets.items()}, since, None, undated and bool(since), text)
    params = filters.to_params(selection)
    query = urllib.parse.urlencode(params, doseq=True)  # what the browser's address bar holds
    back, problems = filters.from_params(urllib.parse.parse_qs(query, keep_blank_values=True))
    assert (back, problems) == (selection, [])


def test_a_link_that_cannot_be_read_says_so():
    selection, problems = filters.from_params({"until": ["yesterday"], "side": ["Russian"]})
    assert selection == filters.Selection(facets={"side": ("Russian",)})
    assert problems == ["The link's until date 'yesterday' is not a YYYY-MM-DD date; it was left out."]


def test_figure_links_keep_the_filters():
    link = filters.article_link("abc", 12, filters.Selection(facets={"source": ("", "A&B")}))
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(link).query, keep_blank_values=True)
    assert link.startswith("./article?")
    assert query == {"article": ["abc"], "figure": ["12"], "source": ["", "A&B"]}


# -- the table ---------------------------------------------------------------


def test_table_reads_as_words_with_whole_numbers_and_empty_cells(figures):
    rows = figures.head(40)
    shown = table.readable(rows, ["qualifier", "value", "low", "side", "claimant"])
    assert set(shown["qualifier"]) <= {"exact", "about", "at least", "at most", "range", "vague"}
    assert str(shown["value"].dtype) == "Int64"
    assert "None" not in shown.astype(str).to_numpy() and "nan" not in shown.astype(str).to_numpy()
    written = table.on_screen(shown)
    assert all(cell == "" or re.fullmatch(r"\d{1,3}(,\d{3})*", cell) for cell in written["value"])
    csv = downloads.safe_csv(shown).decode()
    assert ".0," not in csv and ".0\n" not in csv
    linked = table.with_links(shown, rows, filters.Selection())
    assert list(linked.columns)[0] == table.LINK
    assert (
        linked[table.LINK].iloc[0] == f"./article?article={rows['article_id'].iloc[0]}&figure={rows['start'].iloc[0]}"
    )


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
    rows = filters.apply_selection(figures, filters.Selection(facets={"source": (NIS,)})).rows
    shown = rows[["published", "publisher", "source", "claimant", "value", "low", "span", "sentence"]]
    back = pd.read_csv(io.BytesIO(downloads.safe_csv(shown)), keep_default_na=False, dtype=str)
    assert list(back.columns) == list(shown.columns)
    assert len(back) == len(shown)
    assert back["source"].eq(NIS).all() and back["claimant"].eq("NIS").all()
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
            "publisher": "P", "published": "2025-01-01", "title": "T", "doc": "d", "side": None,
            "article_id": "a1", "start": 0}  # fmt: skip
    frame = pd.DataFrame([{**base, **row} for row in rows])
    if "source" not in frame:
        frame["source"] = frame["claimant"]  # charted by source; here each claimant is its own
    for column in ("value", "low", "high"):
        frame[column] = frame[column].astype("Float64")
    return frame


def _claims(frame: pd.DataFrame, title: str = "Killed") -> dict:
    points, _ = claims.claim_points(frame, "killed")
    return json.loads(claims.claims_figure(points, "killed", title).to_json())


def _drawn(chart: dict) -> list[dict]:
    return [trace for trace in chart["data"] if trace.get("mode") == "markers"]


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
    chart = _claims(frame)
    styles = {trace["name"]: (trace["marker"]["symbol"], trace["marker"]["color"]) for trace in _drawn(chart)}
    assert styles == {style.legend: (style.symbol, style.colour) for style in charts.QUALIFIER_STYLES.values()}
    drawn = {trace["name"]: trace for trace in _drawn(chart)}
    interval = drawn[charts.QUALIFIER_STYLES["range"].legend]
    [top], [down] = _numbers(interval["y"]), _numbers(interval["error_y"]["arrayminus"])
    [about] = _numbers(drawn[charts.QUALIFIER_STYLES["approximate"].legend]["y"])
    assert top - down < about < top  # 2,000 stands between the range's 1,000 and 3,000
    rows = [a["text"] for a in chart["layout"]["annotations"]]
    assert rows == ["<b>B</b>", "<b>A</b>"]  # one row per source, most figures first
    assert chart["layout"]["yaxis"]["title"]["text"] == "people killed, log scale"
    assert {"10", "1,000"} <= set(chart["layout"]["yaxis"]["ticktext"])
    assert len(claims.vague_claims(frame, "killed")) == 1


def _numbers(encoded) -> list[float]:
    if isinstance(encoded, dict):
        import base64

        import numpy as np

        return np.frombuffer(base64.b64decode(encoded["bdata"]), dtype=encoded["dtype"]).tolist()
    return list(encoded)


def test_a_qualifier_keeps_its_colour_whatever_is_drawn():
    everything = _claims(_chart_rows([{"claimant": "A", "qualifier": q, "value": 5} for q in ("exact", "at_least")]))
    filtered = _claims(_chart_rows([{"claimant": "A", "qualifier": "at_least", "value": 5}]))
    colour = {t["name"]: t["marker"]["color"] for t in _drawn(everything)}
    assert {t["name"]: t["marker"]["color"] for t in _drawn(filtered)} == {
        "at least (a floor)": colour["at least (a floor)"]
    }


def test_claims_chart_puts_figures_on_their_dates_and_undated_ones_apart():
    frame = _chart_rows(
        [
            {"claimant": "A", "qualifier": "exact", "value": 5, "published": "2024-03-01"},
            {"claimant": "A", "qualifier": "exact", "value": 7, "published": "2025-06-30"},
            {"claimant": "A", "qualifier": "exact", "value": 9, "published": ""},
        ]
    )
    chart = _claims(frame)
    dated, undated = _drawn(chart)
    assert dated["x"] == ["2024-03-01", "2025-06-30"] and dated["xaxis"] == "x"
    assert undated["xaxis"] == "x2" and chart["layout"]["xaxis2"]["title"]["text"] == "undated"
    assert chart["layout"]["xaxis"]["type"] == "date"
    assert "2025-06-30" in dated["hovertext"][1] and "undated" in undated["hovertext"][0]


def test_people_are_counted_in_whole_numbers_on_a_linear_scale_from_zero():
    chart = _claims(_chart_rows([{"claimant": "A", "qualifier": "exact", "value": 25199}]))
    assert chart["layout"]["yaxis"]["title"]["text"] == "people killed"
    assert chart["layout"]["yaxis"]["ticktext"] == ["0", "10,000", "20,000", "30,000", "40,000"]
    small = _claims(_chart_rows([{"claimant": "A", "qualifier": "exact", "value": 3}]))
    assert small["layout"]["yaxis"]["ticktext"] == ["0", "1", "2", "3", "4"]  # not "0.5 people"


def test_clicking_a_figure_opens_its_article():
    chart = _claims(
        _chart_rows([{"claimant": "A", "qualifier": "exact", "value": 5, "article_id": "abc", "start": 41}])
    )
    assert _drawn(chart)[0]["customdata"] == [["abc", "41"]]


def test_claims_chart_is_bounded_however_many_figures(figures):
    big = filters.prepare(generated_figures(20_000))
    points, left_out = claims.claim_points(big, "killed", max_claimants=3, max_per_claimant=5)
    assert len(points) == 15 and left_out == len(claims.numeric_claims(big, "killed")) - 15
    chart = claims.claims_figure(points, "killed", "t")
    assert sum(len(trace.y) for trace in chart.data) == 15
    assert len(chart.data) <= 2 * len(charts.QUALIFIER_STYLES)  # one trace per hedge (dated, undated), not per row


def test_chart_labels_from_articles_are_wrapped_and_escaped():
    long = "<b onmouseover=x> the National Intelligence Service of the Republic"
    chart = _claims(_chart_rows([{"claimant": long, "qualifier": "exact", "value": 5, "title": "<img src=x>"}]), "<t>")
    label = chart["layout"]["annotations"][0]["text"]
    assert "&lt;b onmouseover=x&gt;" in label and "<b onmouseover" not in label
    assert html.unescape(re.sub(r"<br>|</?b>", " ", label)).split() == long.split()  # wrapped, nothing cut
    assert "&lt;t&gt;" in chart["layout"]["title"]["text"]
    assert "&lt;img src=x&gt;" in _drawn(chart)[0]["hovertext"][0]


def test_count_figure_by_side_and_publisher(figures):
    counted = charts.count_by(figures, "publisher")
    assert counted["figures"].sum() == len(figures)
    chart = charts.count_figure(figures, "side", "By side")
    assert sum(sum(trace.x) for trace in chart.data) == len(figures)
    assert {trace.name: trace.marker.color for trace in chart.data} == {
        trace.name: charts.CATEGORY_COLOURS[trace.name] for trace in chart.data
    }
    assert "no side named" in {label for trace in chart.data for label in trace.y}


def test_a_category_keeps_its_colour_when_filtered(figures):
    wounded = figures[figures["category"] == "wounded"]
    [trace] = charts.count_figure(wounded, "side", "By side").data
    assert trace.marker.color == charts.CATEGORY_COLOURS["wounded"] != charts.CATEGORY_COLOURS["killed"]


def test_headline_counts(figures):
    counts = charts.headline_counts(figures)
    assert counts["figures"] == 600 and counts["articles"] == 60
    assert counts["undated figures"] == figures["published_date"].isna().sum() > 0


def test_a_category_of_vague_figures_only_draws_an_empty_chart():
    chart = _claims(_chart_rows([{"claimant": "A", "qualifier": "vague", "span": "scores"}]))
    assert _drawn(chart) == []
