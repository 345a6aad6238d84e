"""The dashboard in a real browser: Playwright driving Debian's Chromium against ``streamlit run``.

What AppTest cannot see: the page as served (JavaScript, the chart drawn, the file a
click downloads) and that an article's ``<script>`` or ``onerror`` never runs. The
screenshots the README shows go to ``artifacts/screenshots/`` (or ``$WARFIGURES_SCREENSHOTS``):
Overview and Explore from here, Article and Add articles from ``test_dashboard_state.py``.
"""

from __future__ import annotations

import io
import re

import pandas as pd

from dashboard.downloads import neutralise
from dashboard.screens.explore import DEFAULT_COLUMNS
from extractors.store import load_figures
from tests.browser.driving import DIALOGS, facet, open_page, screenshot, settle
from tests.dashboard_fixtures import markup

NIS = "National Intelligence Service (South Korea)"  # the fixtures' "NIS", under its one name


def test_overview_draws_its_charts(page, server):
    open_page(page, server, "War figures: who claims what")
    page.locator(".js-plotly-plot").first.wait_for()
    assert page.locator(".js-plotly-plot").count() >= 3  # the first category's tab, by side, by publisher
    assert "Killed: figures by source and date" in page.locator(".js-plotly-plot .gtitle").first.text_content()
    axis_title = page.locator(".js-plotly-plot").first.get_by_text(re.compile(r"^people killed(, log scale)?$"))
    assert axis_title.count() == 1
    screenshot(page, "overview")


def _chart_title(page) -> str:
    return page.locator(".js-plotly-plot .gtitle").first.text_content()


def _chart_rows(page) -> list[str]:
    """The sources the claims chart has a row for (the rows' labels; "undated" heads the undated column)."""
    labels = page.locator(".js-plotly-plot").first.locator(".annotation-text").all_text_contents()
    return [label for label in labels if label not in ("", "undated")]


def _table_caption(page) -> str:
    return page.get_by_text(re.compile(r"^Rows 1–")).inner_text()


def test_explore_source_filter_chart_table_and_download(page, server, store, tmp_path):
    open_page(page, f"{server}/explore", "Explore figures")
    page.locator(".js-plotly-plot").first.wait_for()
    rows_before, caption_before = _chart_rows(page), _table_caption(page)
    assert len(rows_before) > 1
    assert page.get_by_role("heading", name="All figures").count() == 1

    facet(page, "Source").locator("input").click()
    page.get_by_role("option", name=re.compile(rf"^{re.escape(NIS)} \(")).click()
    page.keyboard.press("Escape")
    page.get_by_role("heading", name=f"Source: {NIS}").wait_for()
    settle(page)

    figures = load_figures(store)
    expected = figures[figures["source"] == NIS]
    assert _chart_rows(page) == [NIS]
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
    assert set(expected["source"]) == {NIS} and _chart_rows(page) == [NIS]
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


def _chart_texts(page) -> str:
    return " ".join(page.locator(".js-plotly-plot text").all_text_contents())


def test_markup_on_the_overview_is_drawn_as_text(page, server):
    open_page(page, server, "War figures: who claims what")
    page.locator(".js-plotly-plot").first.wait_for()
    texts = _chart_texts(page)
    assert "<b>side</b>" in texts and "<b>publisher</b>" in texts  # the bars by side and by publisher
    _nothing_ran(page)
    screenshot(page, "markup-overview")


def test_markup_chosen_on_explore_is_drawn_as_text(page, server):
    open_page(page, f"{server}/explore", "Explore figures")
    facet(page, "Source").locator("input").click()
    page.get_by_role("option", name=re.compile(r"<b>source<.b><img")).first.click()  # ".": a regex in a selector
    page.keyboard.press("Escape")
    settle(page)
    page.locator(".js-plotly-plot").first.wait_for()
    assert "<b>source</b>" in _chart_texts(page)
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
