"""Every dashboard page under Streamlit's AppTest, against a temporary store (``WARFIGURES_DB``)."""

from __future__ import annotations

import base64
import datetime as dt
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
from tests.corpus_copies import ROOT
from tests.corpus_fields import _matched, read_gold
from tests.dashboard_fixtures import add_hostile_article, fill_store, generated_figures

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
PAGES = ["screens/compare.py", "screens/overview.py", "screens/explore.py", "screens/article.py", "screens/add.py"]


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
    at = app("screens/overview.py")
    figures = load_figures(store)
    assert at.metric[0].value == f"{len(figures):,}"
    specs = _charts(at)
    # The map of counts: the counts with most sources, one chart each, each chart one count's totals.
    assert 1 < len(specs) <= count_views.MAP_COUNTS
    drawn = [{(html.unescape(t["meta"]["count"]), t["meta"]["scope"]) for t in spec["data"]} for spec in specs]
    assert all(len(pairs) == 1 and next(iter(pairs))[1] == "total" for pairs in drawn)
    assert len({next(iter(pairs))[0] for pairs in drawn}) == len(specs)
    assert all(link.label.startswith("Compare ") for link in at.get("page_link"))


NIS = "National Intelligence Service (South Korea)"  # the fixtures' "NIS", under its one name
PENTAGON = "Department of Defense (United States)"


def _param(at: AppTest, key: str) -> list[str]:
    """A URL parameter's values as the page left them."""
    value = at.query_params.get(key, [])
    return value if isinstance(value, list) else [value]


def test_overview_filters_narrow_the_charts_and_the_counts(app, store):
    at = app("screens/overview.py")
    at.multiselect(key="filter_source").set_value([NIS, PENTAGON]).run()
    assert not at.exception
    sources = {html.unescape(trace["meta"]["source"]) for spec in _charts(at) for trace in spec["data"]}
    assert sources and sources <= {NIS, PENTAGON}
    figures = load_figures(store)
    chosen = figures["source"].isin([NIS, PENTAGON]).sum()
    assert at.metric[0].value == f"{chosen:,}"  # the totals follow the filters too
    assert at.subheader[0].value == plain_markdown(f"Source: {NIS} or {PENTAGON}")
    assert _param(at, "source") == [NIS, PENTAGON]


def test_explore_source_filter_changes_table_chart_and_download(app, store):
    at = app("screens/explore.py")
    everything = _table(at)
    before = [html.unescape(trace["meta"]["source"]) for trace in _charts(at)[0]["data"]]
    assert len(before) > 1

    assert at.multiselect(key="filter_source").options[0].endswith(")")  # "Source name (count)"
    at.multiselect(key="filter_source").select(NIS).run()
    assert not at.exception

    figures = load_figures(store)
    expected = figures[figures["source"] == NIS]
    assert at.metric[0].value == f"{len(expected):,}"
    table = _table(at)
    assert 0 < len(expected) < min(len(figures), 100)  # the store gives the filter something to drop
    assert set(table["source"]) == {NIS} and len(table) == len(expected) < len(everything)
    assert set(table["claimant"]) == {"NIS"}  # the claimant as the article wrote it stays in the table
    chart = _charts(at)[0]
    assert [html.unescape(trace["meta"]["source"]) for trace in chart["data"]] == [NIS]
    assert at.selectbox(key="chart_count").value in chart["layout"]["title"]["text"]
    assert at.subheader[0].value == plain_markdown(f"Source: {NIS}")
    assert at.download_button[0].label == f"Download these {len(expected):,} figures (CSV)"


def test_explore_source_type_filter(app, store):
    at = app("screens/explore.py")
    types = {option.rsplit(" (", 1)[0] for option in at.multiselect(key="filter_source_type").options}
    assert {"military", "intelligence", "health authority", "international body"} <= types
    at.multiselect(key="filter_source_type").select("intelligence").run()
    assert not at.exception
    figures = load_figures(store)
    expected = figures[figures["source_type"] == "intelligence"]
    assert at.metric[0].value == f"{len(expected):,}" and 0 < len(expected) < len(figures)
    assert set(_table(at)["source"]) == {NIS}
    assert at.subheader[0].value == plain_markdown("Source type: intelligence")
    assert _param(at, "source_type") == ["intelligence"]


def test_explore_kept_choices_survive_changing_counts(app, store):
    """The options' labels carry counts that change with the other filters; a kept choice keeps its value."""
    at = app("screens/explore.py")
    at.multiselect(key="filter_source").select(NIS).run()
    at.multiselect(key="filter_category").select("killed").run()  # NIS's count changes
    at.multiselect(key="filter_side").select("Russian").run()  # and again
    at.multiselect(key="filter_qualifier").select("exact").run()
    assert not at.exception
    assert at.multiselect(key="filter_source").value == [NIS]
    assert at.multiselect(key="filter_category").value == ["killed"]
    figures = load_figures(store)
    expected = figures.query(
        f"source == '{NIS}' and category == 'killed' and side == 'Russian' and qualifier == 'exact'"
    )
    assert at.metric[0].value == f"{len(expected):,}"
    assert _param(at, "source") == [NIS] and _param(at, "side") == ["Russian"]


def test_explore_facet_counts_follow_the_other_filters(app, store):
    at = app("screens/explore.py")
    at.multiselect(key="filter_category").select("killed").run()
    killed = load_figures(store).query("category == 'killed'")
    shown = dict(option.rsplit(" (", 1) for option in at.multiselect(key="filter_source").options)
    assert int(shown[NIS].rstrip(")").replace(",", "")) == (killed["source"] == NIS).sum()
    assert "no source named" in shown
    qualifiers = {option.rsplit(" (", 1)[0] for option in at.multiselect(key="filter_qualifier").options}
    assert "at least" in qualifiers and "at_least" not in qualifiers


def test_explore_text_search_and_empty_result(app):
    at = app("screens/explore.py")
    at.text_input(key="filter_text").input("report 1").run()
    assert _table(at)["sentence"].str.contains("report 1").all()
    at.text_input(key="filter_text").input("no sentence says this").run()
    assert not at.exception
    assert "No figures match" in at.info[0].value
    assert not at.get("plotly_chart")


def test_explore_date_range_narrows_and_counts_the_undated_apart(app, store):
    at = app("screens/explore.py")
    at.date_input(key="filter_dates").set_value((dt.date(2024, 1, 5), dt.date(2024, 1, 6))).run()
    assert set(_table(at)["published"]) <= {"2024-01-05", "2024-01-06"}
    assert plain_markdown("Published 2024-01-05 to 2024-01-06") in at.subheader[0].value
    published = load_figures(store)["published"].fillna("")
    undated, in_range = int(published.eq("").sum()), int(published.isin(["2024-01-05", "2024-01-06"]).sum())
    assert at.metric[0].value == f"{in_range:,}"
    assert any(f"+ {undated:,} undated (not in this range)" in caption.value for caption in at.caption)
    at.toggle(key="filter_undated").set_value(True).run()
    assert at.metric[0].value == f"{in_range + undated:,}"
    assert _param(at, "undated") == ["1"] and _param(at, "since") == ["2024-01-05"]


def test_explore_opens_on_the_filters_a_link_gives(store, monkeypatch):
    monkeypatch.setenv(DB_ENV, str(store))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"category": ["killed"], "source": ["", NIS], "until": ["not a date"]})
    at.switch_page("screens/explore.py").run()
    assert at.multiselect(key="filter_source").value == ["", NIS]
    figures = load_figures(store)
    expected = figures[(figures["source"].isna() | (figures["source"] == NIS)) & (figures["category"] == "killed")]
    assert at.metric[0].value == f"{len(expected):,}"
    assert plain_markdown("'not a date' is not a YYYY-MM-DD date") in at.warning[0].value


def test_explore_table_reads_as_words_and_links_each_figure(app):
    at = app("screens/explore.py")
    table = _table(at)
    assert table.columns[0] == "in article" and table["in article"].str.startswith("./article?article=").all()
    assert "at_least" not in set(table["qualifier"]) and "None" not in set(table["value"])


def test_explore_columns_choice_is_the_table(app):
    at = app("screens/explore.py")
    at.multiselect(key="columns").set_value(["claimant", "span"]).run()
    assert list(_table(at).columns) == ["in article", "claimant", "span"]


def test_filters_survive_moving_between_pages(app):
    at = app("screens/explore.py")
    at.multiselect(key="filter_category").select("wounded").run()
    for page in ("screens/overview.py", "screens/article.py", "screens/explore.py"):
        at.switch_page(page).run()
        assert _param(at, "category") == ["wounded"], page
    assert at.multiselect(key="filter_category").value == ["wounded"]


def test_article_page_highlights_and_escapes(app, store):
    at = app()
    hostile = load_articles(store).query("doc == 'hostile'")["article_id"].iloc[0]
    at.query_params["article"] = hostile
    at.switch_page("screens/article.py").run()
    assert not at.exception
    body = "".join(element.value for element in at.html)
    assert "&lt;script&gt;window.__xss" in body and "&lt;img" in body
    assert "<script" not in body and "<img" not in body
    assert '<a href="#row-0">At least 12</a>' in body
    assert 'id="row-1"' in body
    assert at.subheader[0].value == plain_markdown("Toll report <script>window.__xss = 'title'</script>")


def test_article_page_opens_on_a_figure(store, monkeypatch):
    monkeypatch.setenv(DB_ENV, str(store))
    figures = load_figures(store)
    figure = figures[figures["doc"] == "hostile"].sort_values("start").iloc[1]
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"article": figure["article_id"], "figure": str(figure["start"])})
    at.switch_page("screens/article.py").run()
    body = "".join(element.value for element in at.html)
    assert '<mark id="fig-1" class="wf-chosen"' in body
    assert 'getElementById("fig-1")' in body  # scrolled to it
    assert _param(at, "figure") == [str(figure["start"])]


@pytest.mark.parametrize(
    "params, message",
    [({"article": "nonexistent"}, "No stored article has the id 'nonexistent'"),
     ({"figure": "99999"}, "this article has no figure there")],
    ids=["article", "figure"],
)  # fmt: skip
def test_article_page_says_when_a_link_is_bad(store, monkeypatch, params, message):
    monkeypatch.setenv(DB_ENV, str(store))
    hostile = load_articles(store).query("doc == 'hostile'")["article_id"].iloc[0]
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"article": hostile, **params})
    at.switch_page("screens/article.py").run()
    assert not at.exception
    assert message in (at.error or at.warning)[0].value
    assert 'class="wf-chosen"' not in "".join(element.value for element in at.html)


def test_article_page_lets_you_choose_an_article(app, store):
    at = app("screens/article.py")
    choices = at.selectbox(key="article").options
    assert len(choices) == len(load_articles(store))
    at.selectbox(key="article").select_index(3).run()
    assert not at.exception and at.html


def test_article_page_finds_an_article_among_more_than_a_list_holds(app, store, monkeypatch):
    monkeypatch.setattr("extractors.store.queries.ARTICLE_CHOICES", 5)  # the store has 41 articles
    at = app("screens/article.py")
    newest = load_articles(store)
    assert len(at.selectbox(key="article").options) == 5
    wanted = newest.iloc[-1]  # the oldest: not among the newest five
    at.text_input(key="find_article").input(wanted["title"]).run()
    options = at.selectbox(key="article").options
    assert not at.exception and any(wanted["title"] in option for option in options)
    assert at.selectbox(key="article").value == newest.iloc[0]["article_id"]  # the article shown stays listed


@pytest.fixture
def fresh_store(tmp_path, monkeypatch) -> Path:
    db = tmp_path / "figures.db"
    monkeypatch.setenv(DB_ENV, str(db))
    return db


def _one_figure_extractor(text: str, doc: str = "", meta=None, progress=None) -> list[Figure]:
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
    at = _app(fresh_store, "screens/add.py")
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
    at.switch_page("screens/explore.py").run()
    assert at.metric[0].value == "1"  # the cache saw the new store


def test_add_with_the_real_extractor_stores_what_it_previewed(fresh_store):
    at = _app(fresh_store, "screens/add.py")
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
    at = _app(fresh_store, "screens/add.py")
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
    at = _app(fresh_store, "screens/add.py")
    at.text_input(key="url").input(url)
    at.button(key="preview_url").click().run()
    assert not at.exception
    assert at.error[0].value.startswith("Could not read the article:")
    assert not fresh_store.exists()


def test_add_refuses_text_over_the_ingest_limit(fresh_store, monkeypatch):
    from extractors.intake import readers

    monkeypatch.setattr(readers, "DEFAULT_LIMITS", readers.Limits(max_file_bytes=100))
    at = _app(fresh_store, "screens/add.py")
    at.text_area(key="paste_text").input("x" * 150)
    at.button(key="preview_paste").click().run()
    assert "the limit is" in at.error[0].value and not at.dataframe


# -- the bundled articles: one source, whichever name each article used (issue 9) ----------------


SOURCES_GOLD = ROOT / "tests" / "corpus" / "dev" / "sources.jsonl"  # seed + dev, sources annotated by hand


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("seeds") / "figures.db"
    summary = ingest.ingest([str(ROOT / "seeds")], db)
    assert not summary.failed
    return db


def test_the_nis_filter_on_the_bundled_articles_finds_all_its_figures(seeds_store, monkeypatch):
    """Every seed and dev figure the hand-made gold gives to the NIS, and no other, whatever the claimant."""
    monkeypatch.setenv(DB_ENV, str(seeds_store))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"source": [NIS]})
    at.switch_page("screens/explore.py").run()
    assert not at.exception and at.multiselect(key="filter_source").value == [NIS]
    stored = load_figures(seeds_store)
    pairs = _matched(stored.astype(object).where(stored.notna(), None).to_dict("records"), read_gold([SOURCES_GOLD]))
    missed = [(g["doc"], g["value"]) for g, p in pairs if g["source"] == NIS and p["source"] != NIS]
    assert sum(g["source"] == NIS for g, _ in pairs) >= 10 and missed == []  # every NIS figure of seed + dev
    gold = stored[stored["source"] == NIS]  # and the bundled sample articles' NIS figures the rules find
    table = _table(at)
    assert len(table) == len(gold) >= 10 and at.metric[0].value == f"{len(gold):,}"
    assert set(table["source"]) == {NIS} and len(set(table["claimant"])) >= 4  # named four ways or more
    assert at.download_button[0].label == f"Download these {len(gold):,} figures (CSV)"
