"""Every dashboard page under Streamlit's AppTest, against a temporary store (``WARFIGURES_DB``)."""

from __future__ import annotations

import base64
import html
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import count_views
from dashboard.data import DB_ENV
from dashboard.highlight import plain_markdown
from extractors import extract_figures
from extractors.figure import Figure
from extractors.intake import ingest
from extractors.store import load_articles, load_figures
from tests.dashboard_fixtures import add_hostile_article, fill_store, generated_figures

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
PAGES = ["pages/compare.py", "pages/overview.py", "pages/explore.py", "pages/article.py", "pages/add.py"]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("store") / "figures.db"
    fill_store(db, generated_figures(400))
    add_hostile_article(db)
    return db


def _app(db: Path, page: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60).run()
    if page:
        at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.fixture
def app(store, monkeypatch):
    monkeypatch.setenv(DB_ENV, str(store))
    return lambda page=None: _app(store, page)


def _charts(at: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def _numbers(encoded) -> list[float]:
    """A plotly array from chart JSON: a list, or a base64 typed array ``{"dtype", "bdata"}``."""
    if isinstance(encoded, dict):
        return np.frombuffer(base64.b64decode(encoded["bdata"]), dtype=encoded["dtype"]).tolist()
    return list(encoded)


def _table(at: AppTest) -> pd.DataFrame:
    return at.dataframe[-1].value  # the figures table comes after the chart and its vague list


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders(app, page):
    at = app(page)
    assert at.title and not at.error


@pytest.mark.parametrize("page", PAGES[:3])
def test_empty_store_says_so_on_every_page(tmp_path, monkeypatch, page):
    monkeypatch.setenv(DB_ENV, str(tmp_path / "none.db"))
    at = _app(tmp_path / "none.db", page)
    assert "no figures yet" in at.info[0].value
    assert not (tmp_path / "none.db").exists()  # reading never creates a store


def test_a_damaged_store_is_an_error_message(tmp_path, monkeypatch):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    monkeypatch.setenv(DB_ENV, str(bad))
    at = _app(bad)
    assert "Could not read the store" in at.error[0].value


def test_overview_counts_and_charts(app, store):
    at = app("pages/overview.py")
    figures = load_figures(store)
    assert at.metric[0].value == f"{len(figures):,}"
    specs = _charts(at)
    # The map of counts: the counts with most sources, one chart each, each chart one count's totals.
    assert 1 < len(specs) <= count_views.MAP_COUNTS
    drawn = [{(html.unescape(t["meta"]["count"]), t["meta"]["scope"]) for t in spec["data"]} for spec in specs]
    assert all(len(pairs) == 1 and next(iter(pairs))[1] == "total" for pairs in drawn)
    assert len({next(iter(pairs))[0] for pairs in drawn}) == len(specs)
    assert all(link.label.startswith("Compare ") for link in at.get("page_link"))


def test_overview_source_choice_narrows_the_charts(app, store):
    at = app("pages/overview.py")
    at.multiselect(key="overview_claimant").set_value(["NIS", "Pentagon"]).run()
    assert not at.exception
    sources = {html.unescape(trace["meta"]["source"]) for spec in _charts(at) for trace in spec["data"]}
    assert sources and sources <= {"NIS", "Pentagon"}
    assert at.subheader[0].value == plain_markdown("Source (claimant): NIS or Pentagon")


def test_explore_source_filter_changes_table_chart_and_download(app, store):
    at = app("pages/explore.py")
    everything = _table(at)
    before = [html.unescape(trace["meta"]["source"]) for trace in _charts(at)[0]["data"]]
    assert len(before) > 1

    options = at.multiselect(key="facet_claimant").options
    assert options[0].endswith(")")  # "Source name (count)"
    at.multiselect(key="facet_claimant").select("NIS").run()
    assert not at.exception

    figures = load_figures(store)
    expected = figures[figures["claimant"] == "NIS"]
    assert at.metric[0].value == f"{len(expected):,}"
    table = _table(at)
    assert 0 < len(expected) < min(len(figures), 100)  # the store gives the filter something to drop
    assert set(table["claimant"]) == {"NIS"} and len(table) == len(expected) < len(everything)
    chart = _charts(at)[0]
    assert [html.unescape(trace["meta"]["source"]) for trace in chart["data"]] == ["NIS"]
    assert at.selectbox(key="chart_count").value in chart["layout"]["title"]["text"]
    assert at.subheader[0].value == plain_markdown("Source (claimant): NIS")
    assert at.download_button[0].label == f"Download these {len(expected):,} figures (CSV)"


def test_explore_facet_counts_follow_the_other_filters(app, store):
    at = app("pages/explore.py")
    at.multiselect(key="facet_category").select("killed").run()
    killed = load_figures(store).query("category == 'killed'")
    shown = dict(option.rsplit(" (", 1) for option in at.multiselect(key="facet_claimant").options)
    assert int(shown["NIS"].rstrip(")").replace(",", "")) == (killed["claimant"] == "NIS").sum()


def test_explore_text_search_and_empty_result(app):
    at = app("pages/explore.py")
    at.text_input(key="text").input("report 1").run()
    assert _table(at)["sentence"].str.contains("report 1").all()
    at.text_input(key="text").input("no sentence says this").run()
    assert not at.exception
    assert "No figures match" in at.info[0].value
    assert not at.get("plotly_chart")


def test_explore_date_range_narrows(app):
    at = app("pages/explore.py")
    at.date_input(key="published").set_value((pd.Timestamp("2024-01-05").date(), pd.Timestamp("2024-01-06").date()))
    at.run()
    assert set(_table(at)["published"]) <= {"2024-01-05", "2024-01-06"}
    assert plain_markdown("published 2024-01-05 to 2024-01-06") in at.subheader[0].value


def test_explore_columns_choice_is_the_table(app):
    at = app("pages/explore.py")
    at.multiselect(key="columns").set_value(["claimant", "span"]).run()
    assert list(_table(at).columns) == ["claimant", "span"]


def test_article_page_highlights_and_escapes(app, store):
    at = app()
    hostile = load_articles(store).query("doc == 'hostile'")["article_id"].iloc[0]
    at.query_params["article"] = hostile
    at.switch_page("pages/article.py").run()
    assert not at.exception
    body = "".join(element.value for element in at.html)
    assert "&lt;script&gt;window.__xss" in body and "&lt;img" in body
    assert "<script" not in body and "<img" not in body
    assert '<a href="#row-0">At least 12</a>' in body
    assert 'id="row-1"' in body
    assert at.subheader[0].value == plain_markdown("Toll report <script>window.__xss = 'title'</script>")


def test_article_page_lets_you_choose_an_article(app, store):
    at = app("pages/article.py")
    choices = at.selectbox(key="article").options
    assert len(choices) == len(load_articles(store))
    at.selectbox(key="article").select_index(3).run()
    assert not at.exception and at.html


@pytest.fixture
def fresh_store(tmp_path, monkeypatch) -> Path:
    db = tmp_path / "figures.db"
    monkeypatch.setenv(DB_ENV, str(db))
    return db


def _one_figure_extractor(text: str, doc: str = "", meta=None) -> list[Figure]:
    # The flow under test is the dashboard's, not the extractor's: one known figure per text.
    start = text.index("12")
    return [
        Figure(
            12.0,
            None,
            None,
            "people",
            "killed",
            "at_least",
            "people",
            None,
            "officials",
            None,
            "12",
            text,
            start,
            start + 2,
            doc,
        )  # fmt: skip
    ]


def test_add_pasted_text_previews_then_stores(fresh_store, monkeypatch):
    monkeypatch.setattr(ingest, "extract_figures", _one_figure_extractor)
    at = _app(fresh_store, "pages/add.py")
    at.text_area(key="paste_text").input("At least 12 people were killed, officials said.")
    at.text_input(key="paste_title").input("Pasted report")
    at.text_input(key="paste_published").input("2025-03-04")
    at.button(key="preview_paste").click().run()
    assert not at.exception
    assert len(at.dataframe[0].value) == 1
    assert not fresh_store.exists()  # nothing saved before the user says so

    at.button(key="save").click().run()
    assert not at.exception
    assert "1 new" in at.success[0].value
    stored = load_figures(fresh_store)
    assert stored[["span", "category", "title", "published"]].values.tolist() == [
        ["12", "killed", "Pasted report", "2025-03-04"]
    ]
    at.switch_page("pages/explore.py").run()
    assert at.metric[0].value == "1"  # the cache saw the new store


def test_add_with_the_real_extractor_stores_what_it_previewed(fresh_store):
    at = _app(fresh_store, "pages/add.py")
    text = "At least 12 people were killed and 30 wounded in the shelling, the health ministry said."
    # What the preview and the store must both hold, from the extractor itself, not from the preview.
    figures = extract_figures(text)
    assert [(f.value, f.category) for f in figures] == [(12.0, "killed"), (30.0, "wounded")]
    expected = [(f.span, f.category) for f in figures]
    at.text_area(key="paste_text").input(text)
    at.button(key="preview_paste").click().run()
    assert list(zip(at.dataframe[0].value["span"], at.dataframe[0].value["category"], strict=True)) == expected
    at.button(key="save").click().run()
    assert not at.exception
    stored = load_figures(fresh_store)
    assert list(zip(stored["span"], stored["category"], strict=True)) == expected
    assert len(load_articles(fresh_store)) == 1


def test_add_uploaded_files(fresh_store, monkeypatch):
    monkeypatch.setattr(ingest, "extract_figures", _one_figure_extractor)
    at = _app(fresh_store, "pages/add.py")
    article = "---\ntitle: Uploaded\npublisher: Sample Wire\npublished: 2025-01-02\n---\nAt least 12 were killed."
    at.file_uploader(key="upload_files").set_value(
        [("one.txt", article.encode(), "text/plain"), ("bad.txt", b"\x00\x01binary", "text/plain")]
    )
    at.button(key="preview_upload").click().run()
    assert not at.exception
    assert plain_markdown("bad.txt") in at.error[0].value
    at.button(key="save").click().run()
    stored = load_figures(fresh_store)
    assert stored[["doc", "title", "publisher"]].values.tolist() == [["one", "Uploaded", "Sample Wire"]]


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/article", "ftp://example.org/x", "not a url"])
def test_add_failed_url_is_a_message(fresh_store, url):
    at = _app(fresh_store, "pages/add.py")
    at.text_input(key="url").input(url)
    at.button(key="preview_url").click().run()
    assert not at.exception
    assert at.error[0].value.startswith("Could not read the article:")
    assert not fresh_store.exists()
