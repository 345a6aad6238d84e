"""Reviewing in a real browser: confirm, correct and reject figures by clicking their highlights, add a missed
one by selecting its words with the mouse, see all four in Explore's table and CSV download, then undo
the correction on the Changes page. (Explore charts one count, side · category · force, and this article's figures
name no side, so they are on no chart and no chart is checked here.)

The session's pages are reached through the app's navigation (no reload), so the
reviewer's name is asked once. Reviews write to the store: this module serves a store
of its own, in the shared browser.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pandas as pd
import pytest

from extractors.store import load_figures
from extractors.store.review_reading import load_changes
from tests.browser.conftest import serving
from tests.browser.driving import screenshot
from tests.browser.driving import settle as _settle
from tests.review_helpers import MISSED, TEXT, small_store

SIDEBAR = '[data-testid="stSidebar"]'
# Where words stand on screen in the article: the box of their first and last character.
WORDS_ON_SCREEN = """(words) => {
  const root = document.querySelector(".wf-article");
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, at = node.textContent.indexOf(words);
    if (at < 0) continue;
    node.parentElement.scrollIntoView({block: "center"});
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + words.length);
    const boxes = range.getClientRects(), first = boxes[0], last = boxes[boxes.length - 1];
    return {x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2};
  }
  return null;
}"""


@pytest.fixture(scope="module")
def review_store(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("review-browser") / "figures.db"
    small_store(db)
    return db


@pytest.fixture(scope="module")
def review_server(review_store, tmp_path_factory):
    with serving(review_store, tmp_path_factory.mktemp("review-browser-log")) as base:
        yield base


def _navigate(tab, title: str) -> None:
    """Go to another tab of the app through its navigation: the same session."""
    tab.locator('[data-testid="stSidebarNav"]').get_by_text(title, exact=True).click()
    _settle(tab)


def _review(tab, span: str, button: str, value: str | None = None) -> None:
    """Click the figure's highlight, wait for its form in the sidebar, change its value if given, press ``button``."""
    tab.locator(".wf-article mark", has_text=span).click()
    _settle(tab)
    sidebar = tab.locator(SIDEBAR)
    _expect(sidebar.get_by_role("combobox", name="Figure")).to_have_value(re.compile(re.escape(f"“{span}”")))
    if value is not None:
        sidebar.get_by_role("spinbutton", name="Value").fill(value)
    sidebar.get_by_role("button", name=button).click()
    _settle(tab)


def _expect(locator):
    from playwright.sync_api import expect

    return expect(locator)


def _marked(tab, span: str, status: str) -> None:
    """Wait until the highlight of ``span`` shows its review ``status`` (after the write's rerun)."""
    _expect(tab.locator(f".wf-article mark.wf-{status}", has_text=span)).to_be_visible(timeout=60_000)
    _settle(tab)


def _select_words(tab, words: str) -> None:
    box = tab.evaluate(WORDS_ON_SCREEN, words)
    assert box, f"{words!r} is not in the article on screen"
    tab.mouse.move(box["x1"], box["y1"])
    tab.mouse.down()
    tab.mouse.move(box["x2"], box["y2"], steps=8)
    tab.mouse.up()
    _settle(tab)


def _download(tab, tmp_path: Path) -> pd.DataFrame:
    with tab.expect_download() as started:
        tab.get_by_role("button", name=re.compile(r"^Download these")).click()
    saved = tmp_path / started.value.suggested_filename
    started.value.save_as(saved)
    return pd.read_csv(io.BytesIO(saved.read_bytes()), keep_default_na=False, dtype=str)


def test_review_four_figures_see_them_everywhere_and_undo_one(page, review_server, review_store, tmp_path):
    store = review_store
    page.goto(review_server)  # the store's one article is the one the Article page opens on
    page.get_by_role("heading", name="Compare sources on one count").wait_for()
    _settle(page)
    _navigate(page, "Article")
    page.locator(SIDEBAR).get_by_label("Your name").fill("Ana Analyst")
    page.locator(SIDEBAR).get_by_role("button", name="Start reviewing").click()
    _settle(page)

    _review(page, "Twelve people", "Confirm")
    _marked(page, "Twelve people", "confirmed")
    _review(page, "30", "Save correction", value="31")
    _marked(page, "30", "corrected")
    _review(page, "Five fishermen", "Reject")
    _marked(page, "Five fishermen", "rejected")
    _select_words(page, MISSED)
    adding = page.locator('[data-testid="stExpander"]').filter(has_text="Add a figure the extractor missed")
    adding.get_by_text(f"characters {TEXT.index(MISSED)}–{TEXT.index(MISSED) + len(MISSED)}").wait_for()
    _expect(adding.get_by_role("spinbutton", name="Value")).to_have_value("7")  # read from the words selected
    adding.get_by_role("button", name="Add figure").click()
    _settle(page)
    _marked(page, MISSED, "added")
    screenshot(page, "article-review")
    assert load_changes(store)["action"].tolist() == ["add", "reject", "correct", "confirm"]

    _navigate(page, "Explore")
    page.get_by_role("button", name=re.compile(r"^Download these")).wait_for()
    got = _download(page, tmp_path)
    assert got["span"].tolist() == ["Twelve people", "30", "40 fighters", MISSED]
    assert got["review"].tolist() == ["confirmed", "corrected", "not reviewed", "added"]
    assert got.set_index("span").loc["30", "value"] == "31" and "Five fishermen" not in got["span"].tolist()
    screenshot(page, "explore-reviewed")

    page.goto(f"{review_server}/changes")  # a new page load, so a new session: the tab kept the name
    page.get_by_role("heading", name="Changes").wait_for()
    _settle(page)
    page.locator(SIDEBAR).get_by_text("Reviewing as Ana Analyst").wait_for()
    assert page.locator(SIDEBAR).get_by_label("Your name").count() == 0
    rows = page.locator('[class*="st-key-change_"]').filter(has_text="Ana Analyst")
    assert rows.count() == 4
    rows.filter(has_text="corrected “30”").get_by_role("button", name="Undo").click()
    _settle(page)
    page.get_by_text(re.compile(r"^Undid change \d+\.$")).wait_for()
    screenshot(page, "changes")
    thirty = load_figures(store).query("span == '30'").iloc[0]
    assert (thirty["value"], thirty["review"]) == (30, "machine")

    _navigate(page, "Explore")
    page.get_by_role("button", name=re.compile(r"^Download these")).wait_for()
    got = _download(page, tmp_path)
    assert got.set_index("span").loc["30", ["value", "review"]].tolist() == ["30", "not reviewed"]
