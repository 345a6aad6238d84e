"""What a new user hit in the browser (issue 14), checked where it happened: in Chromium against ``streamlit run``.

Filters that kept their values through any sequence of changes, a way from every
figure to its highlighted place in its article, a view that lives in the URL and
survives moving between pages, and a paste with the ingest's limit and a progress bar.
"""

from __future__ import annotations

import random
import re
import time
from urllib.parse import urlencode

import pandas as pd
import pytest

from extractors.intake.readers import DEFAULT_LIMITS, MB, read_article
from extractors.store import load_figures
from tests.browser.driving import (
    FACET_LABELS,
    ROOT,
    chips,
    facet,
    metric,
    open_page,
    screenshot,
    settle,
    stored_value,
    url_params,
)

NIS = "National Intelligence Service (South Korea)"  # the fixtures' "NIS", under its one name

CHANGES = 10
TEXTS = ("report 1", "people", "")  # what the random changes may type into "Sentence contains"
_COUNTED_OPTION = re.compile(r"^(?P<words>.+) \((?P<count>[\d,]+)\)$")


def _store_count(figures: pd.DataFrame, chosen: dict[str, list[str]], text: str) -> int:
    """How many stored figures match, counted here with pandas alone (not the dashboard's code)."""
    keep = pd.Series(True, index=figures.index)
    for column, values in chosen.items():
        if values:
            cells = figures[column].astype(object)
            match = cells.isin([v for v in values if v])
            if "" in values:
                match |= cells.isna() | (cells == "")
            keep &= match
    if text:
        keep &= figures["sentence"].str.lower().str.contains(text.lower(), regex=False)
    return int(keep.sum())


def _shown(page) -> dict[str, list[str]]:
    return {
        column: [stored_value(column, words) for words in chips(page, label)] for label, column in FACET_LABELS.items()
    }


def _wait_for(page, check, what: str, seconds: float = 20, seen=lambda: "") -> None:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"the page never showed {what}{seen()}")
        page.wait_for_timeout(250)
    settle(page)


def _add_option(page, rng: random.Random, label: str) -> str | None:
    """Open a list, pick one of its options at random; returns the option's stored value (None if there was none)."""
    facet(page, label).locator("input").click()
    page.get_by_role("option").first.wait_for()
    offered = [m for m in map(_COUNTED_OPTION.match, page.get_by_role("option").all_inner_texts()) if m]
    if not offered:
        page.keyboard.press("Escape")
        return None
    pick = rng.choice(offered)
    page.get_by_role("option", name=pick.group(0), exact=True).click()
    page.keyboard.press("Escape")
    return stored_value(FACET_LABELS[label], pick["words"])


def _remove_option(page, rng: random.Random, label: str, chosen: list[str]) -> str:
    index = rng.randrange(len(chosen))
    facet(page, label).locator(".react-aria-ComboBox [data-tag] button").nth(index).click()
    return chosen[index]


def test_ten_random_filter_changes_keep_what_was_chosen(new_tab, server, store):
    """After each change, every list shows exactly what was picked, the URL holds it, and the count is the store's."""
    figures = load_figures(store)
    page = new_tab()
    open_page(page, f"{server}/explore", "Explore figures")
    rng = random.Random(14)
    chosen: dict[str, list[str]] = {column: [] for column in FACET_LABELS.values()}
    text = ""
    for change in range(CHANGES):
        label = rng.choice(list(FACET_LABELS))
        column = FACET_LABELS[label]
        if change % 4 == 3:
            text = rng.choice([t for t in TEXTS if t != text])
            page.get_by_label("Sentence contains").fill(text)
            page.get_by_label("Sentence contains").press("Enter")
        elif chosen[column] and rng.random() < 0.4:
            chosen[column].remove(_remove_option(page, rng, label, chosen[column]))
        else:
            picked = _add_option(page, rng, label)
            if picked is not None:
                chosen[column].append(picked)
        expected = {column: values for column, values in chosen.items() if values}
        _wait_for(
            page,
            lambda expected=expected, text=text: (
                _shown(page) == chosen
                and {k: v for k, v in url_params(page).items() if k in chosen} == expected
                and url_params(page).get("text", [""]) == [text]
            ),
            f"{chosen} and text {text!r} after change {change + 1}",
            seen=lambda: f" (it shows {_shown(page)}, {url_params(page)})",
        )
        assert _shown(page) == chosen, f"change {change + 1}"
        assert metric(page, "Matching figures") == _store_count(figures, chosen, text), f"change {change + 1}"


def _in_view(locator) -> bool:
    return locator.evaluate(
        "e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }"
    )


def _opened_on_its_figure(article_page, figures: pd.DataFrame) -> pd.Series:
    """The page shows an article scrolled to one figure's highlight; returns that figure's stored row."""
    article_page.get_by_role("heading", name="Read an article").wait_for()
    settle(article_page)
    params = url_params(article_page)
    start = int(params["figure"][0])
    [row] = [r for _, r in figures.iterrows() if r["article_id"] == params["article"][0] and r["start"] == start]
    chosen = article_page.locator("mark.wf-chosen")
    _wait_for(article_page, lambda: chosen.count() == 1 and _in_view(chosen), "the figure's highlight in view")
    assert row["span"] in chosen.inner_text()
    return row


def test_every_figure_opens_on_its_highlight_from_the_table_and_the_chart(new_tab, server, store):
    figures = load_figures(store)
    page = new_tab()
    open_page(page, f"{server}/explore?{urlencode({'source': NIS, 'category': 'killed'})}", "Explore figures")
    expected = figures[(figures["source"] == NIS) & (figures["category"] == "killed")]

    grid = page.locator('[data-testid="stDataFrame"]').last
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    x, y = box["x"] + 25, box["y"] + 35 + 17  # the first row's "read it" link, under the header
    page.mouse.move(x, y)
    page.mouse.move(x + 2, y)
    with page.context.expect_page() as opened:
        page.mouse.down()
        page.mouse.up()
    row = _opened_on_its_figure(opened.value, figures)
    assert (row["article_id"], row["start"]) == (expected["article_id"].iloc[0], expected["start"].iloc[0])
    assert url_params(opened.value)["source"] == [NIS]  # the filters come along

    point = page.locator(".js-plotly-plot").first.locator(".scatterlayer .points path").first
    point.scroll_into_view_if_needed()
    spot = point.bounding_box()
    x, y = spot["x"] + spot["width"] / 2, spot["y"] + spot["height"] / 2
    page.mouse.move(x, y)  # plotly reads clicks from the layer over the points, where the mouse is
    page.mouse.click(x, y)
    page.wait_for_url(re.compile(r"/article\?"))
    row = _opened_on_its_figure(page, figures)
    assert (row["source"], row["claimant"], row["category"]) == (NIS, "NIS", "killed")
    assert url_params(page)["category"] == ["killed"]
    screenshot(page, "article")


@pytest.mark.parametrize(
    "link, message",
    [("article?article=no-such-article", "No stored article has the id 'no-such-article'"),
     ("article?article={hostile}&figure=99999", "this article has no figure there")],
    ids=["unknown-article", "unknown-figure"],
)  # fmt: skip
def test_a_bad_link_says_so(new_tab, server, store, link, message):
    hostile = load_figures(store).query("doc == 'hostile'")["article_id"].iloc[0]
    page = new_tab()
    open_page(page, f"{server}/{link.format(hostile=hostile)}", "Read an article")
    assert page.get_by_text(message).count() == 1
    assert page.locator("mark.wf-chosen").count() == 0


def _nav(page, name: str, heading: str) -> None:
    page.locator('[data-testid="stSidebarNav"]').get_by_role("link", name=name, exact=True).click()
    page.get_by_role("heading", name=heading).wait_for()
    settle(page)


def test_the_url_holds_the_view_and_filters_survive_moving_between_pages(new_tab, server, store):
    page = new_tab()
    open_page(page, f"{server}/explore", "Explore figures")
    for label, option in (("Category", "killed"), ("Side", "Russian")):
        facet(page, label).locator("input").click()
        page.get_by_role("option", name=re.compile(rf"^{option} \(")).click()
        page.keyboard.press("Escape")
        settle(page)
    page.get_by_role("heading", name="Category: killed; side: Russian").wait_for()
    count = metric(page, "Matching figures")
    assert {k: url_params(page)[k] for k in ("category", "side")} == {"category": ["killed"], "side": ["Russian"]}

    colleague = new_tab()  # a fresh session opening the copied link sees the same view
    open_page(colleague, page.url, "Explore figures")
    colleague.get_by_role("heading", name="Category: killed; side: Russian").wait_for()
    _wait_for(colleague, lambda: chips(colleague, "Category") == ["killed"], "the link's category")
    assert chips(colleague, "Side") == ["Russian"]
    assert metric(colleague, "Matching figures") == count

    kept = {"category": ["killed"], "side": ["Russian"]}
    for name, heading in (("Compare", "Compare sources on one count"),
                          ("Overview", "War figures: the counts most sources give"), ("Article", "Read an article"),
                          ("Add articles", "Add articles"), ("Explore", "Explore figures")):  # fmt: skip
        _nav(page, name, heading)
        _wait_for(page, lambda: {k: url_params(page).get(k) for k in kept} == kept, f"the filters in {name}'s URL")
        if name in ("Compare", "Overview", "Explore"):
            assert chips(page, "Category") == ["killed"] and chips(page, "Side") == ["Russian"], name
    assert metric(page, "Matching figures") == count

    _nav(page, "Article", "Read an article")
    article = url_params(page)["article"][0]
    title = page.locator("h3").first.inner_text()
    reader = new_tab()
    open_page(reader, page.url, "Read an article")
    assert url_params(reader)["article"] == [article] and reader.locator("h3").first.inner_text() == title


def test_paste_and_upload_limits_are_the_ingests_and_reading_shows_progress(new_tab, server, tmp_path):
    page = new_tab()
    open_page(page, f"{server}/add", "Add articles")
    limit = DEFAULT_LIMITS.max_file_bytes
    box = page.get_by_role("textbox", name="Article text")

    # About 1 MB, seconds to read; each article on one line, as Chromium takes minutes to lay out as many
    # short lines (the pipeline reads a line opening with "Skip to main content" as page furniture).
    bodies = [read_article(path).text.replace("\n", " ") for path in sorted((ROOT / "seeds").glob("*.txt"))]
    box.fill(
        "\n".join(body.replace("Skip to main content", "").replace("skip to main content", "") for body in bodies * 15)
    )
    page.get_by_role("button", name="Preview figures").first.click()
    progress = page.locator('[data-testid="stProgress"]')
    progress.get_by_text(re.compile(r"sentence [\d,]+ of [\d,]+")).wait_for()  # it counts as it reads
    page.get_by_role("heading", name="Check before saving").wait_for(timeout=120_000)
    settle(page)
    screenshot(page, "add")

    box.fill("x" * (limit + MB // 2))
    page.get_by_role("button", name="Preview figures").first.click()
    page.get_by_text(re.compile(r"The pasted text is 10\.5 MB; the limit is 10 MB")).wait_for()
    settle(page)

    page.get_by_role("tab", name="Upload files").click()
    assert page.get_by_text(re.compile(r"10\s?MB per file")).count() == 1
    big = tmp_path / "too_big.txt"
    big.write_bytes(b"x" * (limit + MB))
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(big))
    page.get_by_text(re.compile(r"too_big\.txt")).wait_for()
    page.get_by_text(re.compile(r"file must be .*or smaller|too large|exceeds", re.I)).wait_for()
