"""Driving the dashboard in Chromium: opening pages, waiting for Streamlit, reading what the page shows."""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from extractors.store.conditions import FIELDS

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
SCREENSHOTS = Path(os.environ.get("WARFIGURES_SCREENSHOTS") or ROOT / "artifacts" / "screenshots")
TIMEOUT_MS = 30_000
DIALOGS: list[str] = []  # messages of any alert/confirm a page opened
# The sidebar's lists, by their labels, and the column each narrows.
FACET_LABELS = {"Source": "source", "Source type": "source_type", "Publisher": "publisher", "Category": "category",
                "Side": "side", "Stated as": "qualifier"}  # fmt: skip
_COUNT = re.compile(r" \([\d,]+\)$")


def open_page(page, url: str, heading: str) -> None:
    page.goto(url)
    page.get_by_role("heading", name=heading).wait_for()
    settle(page)


def settle(page) -> None:
    """Wait until Streamlit has finished the current run (and no new one started right after it)."""
    for _ in range(2):
        page.wait_for_timeout(250)
        page.wait_for_function(
            "() => document.querySelector('[data-testid=\"stApp\"]')?.dataset.testScriptState === 'notRunning'",
            timeout=TIMEOUT_MS,
        )
    assert page.locator('[data-testid="stException"]').count() == 0, page.locator('[data-testid="stException"]')


def screenshot(page, name: str, tallest: int = 4000) -> None:
    """The whole page as ``SCREENSHOTS/name.png``: Streamlit scrolls inside its own container, so the window is
    made as tall as the page's content for the picture (up to ``tallest`` pixels), then put back."""
    size = page.viewport_size
    height = page.evaluate("() => document.querySelector('[data-testid=\"stMainBlockContainer\"]').scrollHeight")
    page.set_viewport_size({"width": size["width"], "height": min(max(size["height"], height + 120), tallest)})
    page.wait_for_timeout(800)  # plotly redraws for the new size
    page.screenshot(path=SCREENSHOTS / f"{name}.png")
    page.set_viewport_size(size)


def metric(page, label: str) -> int:
    """The number a metric shows."""
    box = page.locator('[data-testid="stMetric"]').filter(has=page.get_by_text(label, exact=True))
    return int(box.locator('[data-testid="stMetricValue"]').inner_text().replace(",", ""))


def facet(page, label: str):
    return page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(
        has=page.locator('[data-testid="stWidgetLabel"]', has_text=re.compile(f"^{re.escape(label)}$"))
    )


def chips(page, label: str) -> list[str]:
    """The options a sidebar list shows as chosen, as their labels read (counts left out)."""
    tags = facet(page, label).locator(".react-aria-ComboBox [data-tag]")
    return [_COUNT.sub("", tags.nth(i).get_attribute("aria-label") or "") for i in range(tags.count())]


def stored_value(column: str, words: str) -> str:
    """The stored value an option's words stand for ("at least" -> "at_least", "no source named" -> "")."""
    field = FIELDS[column]
    if words == field.empty:
        return ""
    return next((code for code, said in field.words.items() if said == words), words)


def url_params(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query, keep_blank_values=True)
