"""The dashboard in a real browser: Playwright driving Debian's Chromium against ``streamlit run``.

What AppTest cannot see: the page as served (JavaScript, the chart drawn, the file a
click downloads) and that an article's ``<script>`` or ``onerror`` never runs. The
screenshots the README shows go to ``artifacts/screenshots/`` (or ``$WARFIGURES_SCREENSHOTS``):
Compare, Overview and Explore from here, Article and Add articles from ``test_dashboard_state.py``.
"""

from __future__ import annotations

import io
import re
import urllib.parse

import pandas as pd
from playwright.sync_api import expect

from dashboard import counts
from dashboard.count_charts import legend_label
from dashboard.downloads import neutralise
from dashboard.screens.explore import DEFAULT_COLUMNS
from extractors.store import load_figures
from tests.browser.driving import DIALOGS, TIMEOUT_MS, facet, open_page, screenshot, settle
from tests.dashboard_fixtures import markup

NIS = "National Intelligence Service (South Korea)"  # the fixtures' "NIS", under its one name


def test_overview_draws_its_map_of_counts(page, server):
    open_page(page, f"{server}/overview", "War figures: the counts most sources give")
    page.locator(".js-plotly-plot").first.wait_for()
    settle(page)
    links = page.get_by_role("link", name=re.compile(r"^Compare \d+ sources on ")).count()
    # on a slow machine the charts draw one after another: wait for each link's chart before reading them
    expect(page.locator(".js-plotly-plot .gtitle")).to_have_count(links, timeout=TIMEOUT_MS)
    titles = page.locator(".js-plotly-plot .gtitle").all_text_contents()
    assert len(titles) >= 2 and all(title.count(" · ") == 2 for title in titles)  # one count per chart
    axis_title = page.locator(".js-plotly-plot").first.get_by_text(re.compile(r"^people [a-z]+(, log scale)?$"))
    assert axis_title.count() == 1
    screenshot(page, "overview")


def _chart_title(page) -> str:
    return page.locator(".js-plotly-plot .gtitle").first.text_content()


def _legend(page) -> list[str]:
    """The first chart's legend: one entry per trace, each a source."""
    return page.locator(".js-plotly-plot").first.locator(".legendtext").all_text_contents()


def _table_caption(page) -> str:
    return page.get_by_text(re.compile(r"^Rows 1–")).inner_text()


def test_explore_source_filter_chart_table_and_download(page, server, store, tmp_path):
    open_page(page, f"{server}/explore", "Explore figures")
    page.locator(".js-plotly-plot").first.wait_for()
    legend_before, caption_before = _legend(page), _table_caption(page)
    assert len(legend_before) > 1
    assert page.get_by_role("heading", name="All figures").count() == 1

    facet(page, "Source").locator("input").click()
    page.get_by_role("option", name=re.compile(rf"^{re.escape(NIS)} \(")).click()
    page.keyboard.press("Escape")
    page.get_by_role("heading", name=f"Source: {NIS}").wait_for()
    settle(page)

    figures = load_figures(store)
    expected = figures[figures["source"] == NIS]
    page.locator('[data-testid="stSelectbox"]').filter(has_text="Chart count").click()
    page.get_by_role("option").first.click()  # a count with a running total of the NIS's to chart
    settle(page)
    assert _legend(page) == [legend_label(NIS)]
    caption = _table_caption(page)
    assert caption != caption_before and f"of {len(expected):,}" in caption
    screenshot(page, "explore")

    with page.expect_download() as started:
        page.get_by_role("button", name=re.compile(r"^Download these")).click()
    download = started.value
    assert download.suggested_filename == "figures_source-national-intelligence-service-south-korea.csv"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    got = pd.read_csv(io.BytesIO(saved.read_bytes()), keep_default_na=False, dtype=str)
    assert list(got.columns) == DEFAULT_COLUMNS
    assert len(got) == len(expected)
    for column in ("doc", "source", "claimant", "category", "span", "sentence", "published"):
        want = expected[column].astype("object").where(expected[column].notna(), "").astype(str)
        assert got[column].tolist() == [neutralise(cell) for cell in want], column
    assert got["publisher"].tolist() == [neutralise(p) for p in expected["publisher"].astype(str)]
    assert any(p.startswith("'=") for p in got["publisher"])  # "=Formula Times" was neutralised
    # Words and whole numbers, as on screen: "at least", "46000" (not "at_least", "46000.0"), empty cells empty.
    assert set(got["qualifier"]) <= {"exact", "about", "at least", "at most", "range", "vague"}
    values = expected["value"].astype(float)
    assert got["value"].tolist() == ["" if v != v else str(int(v)) for v in values]


def test_compare_chooses_a_count_names_its_sources_and_downloads_them(page, server, store, tmp_path):
    open_page(page, server, "Compare sources on one count")  # the page a user lands on
    figures = load_figures(store)
    wanted = counts.list_counts(figures)["count"].iloc[1]  # not the one shown first
    page.locator('[data-testid="stSelectbox"]').filter(has_text="Count").click()
    page.get_by_role("option", name=re.compile("^" + re.escape(wanted) + " — ")).click()
    settle(page)
    page.locator(".js-plotly-plot .gtitle", has_text=wanted).first.wait_for()  # the chart redrawn for it
    assert wanted in _chart_title(page)
    count = counts.Count.parse(wanted)
    rows = figures[
        (figures["side"] == count.side) & (figures["category"] == count.category) & (figures["force"] == count.force)
        & (figures["unit"] == count.unit) & (figures["scope"] == "total") & (figures["as_of"].fillna("") != "")
        & (figures["value"].notna() | figures["low"].notna())
    ]  # fmt: skip
    named = rows["source"].fillna(rows["claimant"]).fillna(counts.UNATTRIBUTED)
    assert sorted(_legend(page)) == sorted({legend_label(name) for name in named})  # one trace per source
    screenshot(page, "compare")

    with page.expect_download() as started:
        page.get_by_role("button", name=re.compile(r"^Download the \d+ figures behind the chart")).click()
    saved = tmp_path / started.value.suggested_filename
    started.value.save_as(saved)
    assert saved.name.startswith(counts.file_stem(count))
    got = pd.read_csv(saved, keep_default_na=False, dtype=str)
    assert list(got.columns) == counts.TABLE_COLUMNS
    assert sorted(zip(got["doc"], got["span"], got["as_of"], strict=True)) == sorted(
        zip(rows["doc"], [neutralise(s) for s in rows["span"]], rows["as_of"], strict=True)
    )


def test_explore_source_type_filter_narrows_chart_and_table(page, server, store):
    open_page(page, f"{server}/explore", "Explore figures")
    page.locator(".js-plotly-plot").first.wait_for()
    facet(page, "Source type").locator("input").click()
    page.get_by_role("option", name=re.compile(r"^intelligence \(")).click()
    page.keyboard.press("Escape")
    page.get_by_role("heading", name="Source type: intelligence").wait_for()
    settle(page)
    figures = load_figures(store)
    expected = figures[figures["source_type"] == "intelligence"]
    assert set(expected["source"]) == {NIS}
    page.locator('[data-testid="stSelectbox"]').filter(has_text="Chart count").click()
    page.get_by_role("option").first.click()
    settle(page)
    assert _legend(page) == [legend_label(NIS)]
    assert f"of {len(expected):,}" in _table_caption(page)
    assert "source_type=intelligence" in page.url


def test_hostile_article_is_shown_as_text_and_nothing_runs(page, server, store):
    hostile = load_figures(store).query("doc == 'hostile'")["article_id"].iloc[0]
    open_page(page, f"{server}/article?article={hostile}", "Read an article")
    page.locator("mark").first.wait_for()
    article = page.locator(".wf-article")
    assert "<script>window.__xss = 'script'</script>" in article.inner_text()
    assert "onerror=\"window.__xss = 'img'\"" in article.inner_text()
    assert page.evaluate("() => window.__xss") is None
    assert page.locator('img[src="x"]').count() == 0
    assert page.locator(".wf-article script, .wf-figures script").count() == 0
    assert not DIALOGS  # no alert() from an onerror either
    # Each highlight links to its row, and the row back to the highlight.
    page.locator("mark a").first.click()
    assert page.evaluate("() => location.hash") == "#row-0"
    assert page.locator('#row-0 a[href="#fig-0"]').count() == 1


def test_add_page_renders(page, server):
    open_page(page, f"{server}/add", "Add articles")
    assert page.get_by_role("tab", name="Paste text").count() == 1


# -- a store whose every text is markup, visited on every page ---------------------------------

MARKUP_FIELDS = (
    "span", "text", "doc", "title", "publisher", "url", "subject", "side", "claimant", "cited_source", "source",
)  # fmt: skip


def _nothing_ran(page) -> None:
    """No markup from the store became an element or ran: no image, no bold field name, no script, no dialog."""
    assert page.evaluate("() => window.__xss") is None
    assert page.locator('img[src="x"]').count() == page.locator('img[src*="127.0.0.1:9"]').count() == 0
    bold = [text.strip() for text in page.locator("b").all_text_contents()]
    assert not set(bold) & set(MARKUP_FIELDS), bold
    assert page.locator('a[href^="javascript:"]').count() == 0
    assert not DIALOGS


def test_markup_on_compare_is_drawn_as_text(page, server):
    count = f"{markup('side')} · killed · military"
    open_page(page, f"{server}/?{urllib.parse.urlencode({'count': count})}", "Compare sources on one count")
    page.locator(".js-plotly-plot").first.wait_for()
    legend = _legend(page)
    assert "<b>side</b>" in _chart_title(page) and len(legend) == 1 and "<b>source</b><img" in legend[0]
    _nothing_ran(page)
    screenshot(page, "markup-compare")


def test_markup_chosen_on_explore_is_drawn_as_text(page, server):
    open_page(page, f"{server}/explore", "Explore figures")
    facet(page, "Source").locator("input").click()
    page.get_by_role("option", name=re.compile(r"<b>source<.b><img")).first.click()  # ".": a regex in a selector
    page.keyboard.press("Escape")
    settle(page)
    page.locator(".js-plotly-plot").first.wait_for()
    assert any("<b>source</b>" in entry for entry in _legend(page))
    _nothing_ran(page)
    screenshot(page, "markup-explore")


def test_markup_article_is_shown_as_text(page, server, store):
    figures = load_figures(store)
    markup_article = figures[figures["doc"] == markup("doc")]["article_id"].iloc[0]
    open_page(page, f"{server}/article?article={markup_article}", "Read an article")
    page.locator("mark").first.wait_for()
    assert markup("span") in page.locator("mark").first.inner_text()
    assert markup("text") in page.locator(".wf-article").inner_text()
    assert markup("claimant") in page.locator(".wf-figures").inner_text()
    assert markup("source") in page.locator(".wf-figures").inner_text()
    _nothing_ran(page)
    screenshot(page, "markup-article")


HOSTILE_NAME = "![x](http://127.0.0.1:9/p.png) [click](javascript:alert(1)) <b>doc</b><img src=x>.txt"


def test_add_page_shows_hostile_file_names_and_urls_as_text(page, server):
    open_page(page, f"{server}/add", "Add articles")
    page.get_by_role("tab", name="Upload files").click()
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        files=[{"name": HOSTILE_NAME, "mimeType": "text/plain", "buffer": b"\x00\x01binary"}]
    )
    page.get_by_text(re.compile(r"src=x>\.txt$")).first.wait_for()  # uploaded (its name is shortened in the middle)
    settle(page)
    page.get_by_role("button", name="Preview figures").first.click()  # the only one shown: the other tab's is hidden
    error = page.locator('[data-testid="stAlertContentError"]', has_text="binary file")
    error.wait_for()
    settle(page)
    assert HOSTILE_NAME in error.inner_text()
    _nothing_ran(page)
    page.get_by_role("tab", name="From a URL").click()
    url = "http://127.0.0.1:9/[click](javascript:alert(1))<b>url</b><img src=x>"
    page.get_by_label("Article URL").fill(url)
    page.get_by_role("button", name="Fetch and preview").click()
    error = page.locator('[data-testid="stAlertContentError"]', has_text="Could not read the article")
    error.wait_for()
    settle(page)
    assert url in error.inner_text()
    _nothing_ran(page)
    screenshot(page, "markup-add")
