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
    page.get_by_role("option", name=re.compile(r"^NIS \(")).click()
    page.keyboard.press("Escape")
    page.get_by_role("heading", name="Source: NIS").wait_for()
    settle(page)

    figures = load_figures(store)
    expected = figures[figures["claimant"] == "NIS"]
    assert _chart_rows(page) == ["NIS"]
    caption = _table_caption(page)
    assert caption != caption_before and f"of {len(expected):,}" in caption
    screenshot(page, "explore")

    with page.expect_download() as started:
        page.get_by_role("button", name=re.compile(r"^Download these")).click()
    download = started.value
    assert download.suggested_filename == "figures_claimant-nis.csv"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    got = pd.read_csv(io.BytesIO(saved.read_bytes()), keep_default_na=False, dtype=str)
    assert list(got.columns) == DEFAULT_COLUMNS
    assert len(got) == len(expected)
    for column in ("doc", "claimant", "category", "span", "sentence", "published"):
        want = expected[column].astype("object").where(expected[column].notna(), "").astype(str)
        assert got[column].tolist() == [neutralise(cell) for cell in want], column
    assert got["publisher"].tolist() == [neutralise(p) for p in expected["publisher"].astype(str)]
    assert any(p.startswith("'=") for p in got["publisher"])  # "=Formula Times" was neutralised
    # Words and whole numbers, as on screen: "at least", "46000" (not "at_least", "46000.0"), empty cells empty.
    assert set(got["qualifier"]) <= {"exact", "about", "at least", "at most", "range", "vague"}
    values = expected["value"].astype(float)
    assert got["value"].tolist() == ["" if v != v else str(int(v)) for v in values]


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
