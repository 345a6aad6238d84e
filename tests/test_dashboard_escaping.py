"""No article, claimant, publisher, side, file name or URL text reaches a page as markup.

Each place text is drawn as HTML or Markdown is tried with markup in it: the highlight
inside ``<mark>``, the figure table, chart hover texts, tick and bar labels, and the
Add page's messages naming files and URLs. Then every page is rendered under AppTest
against a store whose every text field is markup, and each thing the page sends is
checked: Markdown with no bare ``<``, HTML with only the dashboard's own tags, chart
text with no tag but ``<br>``. The browser test (tests/browser/) checks that nothing runs.
"""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import charts, claims, highlight
from dashboard.data import DB_ENV
from tests.dashboard_fixtures import MARKUP_TEXT, add_markup_article, fill_store, generated_figures, markup

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
HOSTILE = markup("x")
ESCAPED = "&lt;b&gt;x&lt;/b&gt;&lt;img src=x onerror=&quot;window.__xss=&#x27;x&#x27;&quot;&gt;"
# The only markup the dashboard writes itself, in st.html and in chart labels.
OWN_TAGS = {"style", "div", "mark", "a", "table", "thead", "tbody", "tr", "th", "td"}
CHART_TAG = re.compile(r"<(?!/?(?:br|b|i|extra)>)")  # the charts' own breaks, bold, italics, hover box aside
BARE_MARKDOWN_TAG = re.compile(r"(?<!\\)<")


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.handlers: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.handlers += [name for name, _ in attrs if name.startswith("on")]


def foreign_markup(page: str) -> tuple[set[str], list[str]]:
    """Tags in ``page`` the dashboard does not write itself, and any event-handler attributes."""
    parser = _Tags()
    parser.feed(page)
    return parser.tags - OWN_TAGS, parser.handlers


def chart_strings(node: object) -> list[str]:
    """Every string in a plotly figure's JSON (trace texts, hover texts, labels, titles)."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [text for value in node.values() for text in chart_strings(value)]
    if isinstance(node, list):
        return [text for value in node for text in chart_strings(value)]
    return []


# -- the pure pieces ---------------------------------------------------------


def test_highlighted_span_is_escaped_inside_its_mark():
    text = f"About 12 {HOSTILE} were killed."
    span = f"12 {HOSTILE}"
    rows = pd.DataFrame({"span": [span], "start": [text.index(span)], "end": [text.index(span) + len(span)]})
    page = highlight.article_html(text, rows)
    assert f'<a href="#row-0">12 {ESCAPED}</a></mark>' in page
    assert foreign_markup(page) == (set(), [])


def test_figure_table_escapes_every_column():
    text = "12 were killed."
    rows = pd.DataFrame([{column: HOSTILE for column in highlight.ROW_COLUMNS}])
    rows = rows.assign(span="12", start=0, end=2, value=12.0, low=None, high=None)
    page = highlight.figure_rows_html(text, rows)
    assert page.count(ESCAPED) == len(highlight.ROW_COLUMNS) - 4  # all but span and the three numbers
    assert foreign_markup(page) == (set(), [])


def _claims(**hostile: str) -> pd.DataFrame:
    """Chart points (:func:`claims.claim_points`) of two figures, a number and a range, with hostile fields."""
    base = {"unit": "people", "category": "killed", "low": None, "high": None, "span": "12", "publisher": "P",
            "published": "2025-01-01", "doc": "d", "side": None, "source": "A", "claimant": "A", "title": "T",
            "article_id": "a1", "start": 0}  # fmt: skip
    rows = [
        {**base, **hostile, "qualifier": "exact", "value": 12},
        {**base, **hostile, "qualifier": "range", "value": None, "low": 10, "high": 20},
    ]
    frame = pd.DataFrame(rows).astype({"value": "Float64", "low": "Float64", "high": "Float64", "start": "Int64"})
    points, _ = claims.claim_points(frame, "killed")
    return points


@pytest.mark.parametrize("field", ["source", "claimant", "span", "publisher", "title", "doc"])
def test_hover_texts_are_escaped(field):
    hostile = {field: HOSTILE} | ({"title": ""} if field == "doc" else {})  # the file name shows when untitled
    chart = json.loads(claims.claims_figure(_claims(**hostile), "killed", "Killed").to_json())
    hovers = [text for trace in chart["data"] for text in trace.get("hovertext") or []]
    assert len(hovers) >= 2  # the point and the range
    assert all(ESCAPED in text and not CHART_TAG.search(text) for text in hovers), hovers


def test_claims_chart_source_labels_and_title_are_escaped():
    chart = json.loads(claims.claims_figure(_claims(source=HOSTILE), "killed", HOSTILE).to_json())
    [label] = [note["text"] for note in chart["layout"]["annotations"] if "x" in note["text"]]
    assert label.startswith("<b>&lt;b&gt;x") and not CHART_TAG.search(label), label  # the row's name, in bold
    title = chart["layout"]["title"]["text"]
    assert title.startswith("&lt;b&gt;x") and not CHART_TAG.search(title), title


@pytest.mark.parametrize("column", ["side", "publisher"])
def test_bar_labels_by_side_and_publisher_are_escaped(column):
    frame = pd.DataFrame({column: [HOSTILE, HOSTILE, "plain"], "category": ["killed", "wounded", "killed"]})
    chart = json.loads(charts.count_figure(frame, column, f"By {column}").to_json())
    labels = [label for trace in chart["data"] for label in trace["y"]]
    order = chart["layout"]["yaxis"]["categoryarray"][::-1]  # the biggest on top
    assert labels and order
    for label in [*labels, *order]:
        assert not CHART_TAG.search(label), label
    assert any(label.startswith("&lt;b&gt;x") for label in labels) and order[0].startswith("&lt;b&gt;x")


# -- every page, against a store of markup -----------------------------------------

MARKDOWN_ELEMENTS = ("Title", "Header", "Subheader", "Caption", "Markdown", "Error", "Info", "Success", "Warning")


def rendered(at: AppTest) -> dict[str, list[str]]:
    """What a page sent, by how the browser reads it: Markdown, HTML and chart JSON."""
    sent: dict[str, list[str]] = {"markdown": [], "html": [], "chart": []}

    def walk(node) -> None:
        kind = type(node).__name__
        if kind in MARKDOWN_ELEMENTS:
            sent["markdown"].append(node.value)
        elif kind == "Html":
            sent["html"].append(node.value)
        elif getattr(node, "type", None) == "plotly_chart":
            sent["chart"] += chart_strings(json.loads(node.proto.spec))
        for attribute in ("label", "help"):  # widget, tab, expander and metric labels are Markdown too
            text = getattr(node, attribute, None)
            if isinstance(text, str):
                sent["markdown"].append(text)
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at._tree)
    return sent


def assert_nothing_unescaped(at: AppTest) -> dict[str, list[str]]:
    assert not at.exception, [e.value for e in at.exception]
    sent = rendered(at)
    for text in sent["markdown"]:
        assert not BARE_MARKDOWN_TAG.search(text), text
    for page in sent["html"]:
        assert foreign_markup(page) == (set(), []), page
    for text in sent["chart"]:
        assert not CHART_TAG.search(text), text
    return sent


@pytest.fixture(scope="module")
def markup_store(tmp_path_factory) -> tuple[Path, str]:
    db = tmp_path_factory.mktemp("markup") / "figures.db"
    fill_store(db, generated_figures(40))
    return db, add_markup_article(db)


@pytest.fixture
def app(markup_store, monkeypatch):
    db, _ = markup_store
    monkeypatch.setenv(DB_ENV, str(db))

    def run(page: str | None = None, **query: str) -> AppTest:
        at = AppTest.from_file(APP, default_timeout=60)
        at.query_params.update(query)
        at.run()
        if page:
            at.switch_page(page).run()
        return at

    return run


def test_compare_draws_markup_as_text(app):
    sent = assert_nothing_unescaped(app(count=f"{markup('side')} · killed · military"))
    drawn = " ".join(sent["chart"])
    for field in ("source", "side", "doc", "span"):  # trace names, the title, hovers
        assert f"&lt;b&gt;{field}&lt;/b&gt;" in drawn, field


def test_overview_with_the_markup_source_chosen(app):
    at = app("screens/overview.py")
    at.multiselect(key="filter_source").select(markup("source")).run()
    sent = assert_nothing_unescaped(at)
    assert any("&lt;b&gt;source&lt;/b&gt;" in text for text in sent["chart"])


def test_explore_with_markup_chosen_in_every_facet(app):
    at = app("screens/explore.py")
    for column in ("source", "publisher", "side"):
        at.multiselect(key=f"filter_{column}").select(markup(column)).run()
    sent = assert_nothing_unescaped(at)
    assert any("source" in text and "\\<img" in text for text in sent["markdown"])  # the subheader


def test_article_page_shows_markup_as_text(app, markup_store):
    _, article = markup_store
    sent = assert_nothing_unescaped(app("screens/article.py", article=article))
    page = "".join(sent["html"])
    assert f"At least 12 {html.escape(markup('span'))}</a></mark>" in page and "&lt;b&gt;text&lt;/b&gt;" in page
    assert "&lt;b&gt;claimant&lt;/b&gt;" in page and "&lt;b&gt;side&lt;/b&gt;" in page
    assert any("\\<b\\>title" in text for text in sent["markdown"])
    assert MARKUP_TEXT not in page


@pytest.fixture
def fresh_store(tmp_path, monkeypatch) -> Path:
    db = tmp_path / "figures.db"
    monkeypatch.setenv(DB_ENV, str(db))
    return db


def _add_page() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60).run()
    return at.switch_page("screens/add.py").run()


NAMES = ["![x](http://evil.example/p.png) [click](javascript:alert(1)) **b** <img src=x>.txt"]


@pytest.mark.parametrize("name", NAMES, ids=["markdown and markup"])
def test_add_page_upload_messages_escape_the_file_name(fresh_store, name):
    at = _add_page()
    at.file_uploader(key="upload_files").set_value([(name, b"\x00\x01binary", "text/plain")])
    at.button(key="preview_upload").click().run()
    assert_nothing_unescaped(at)
    [message] = at.error
    assert message.value.startswith(highlight.plain_markdown(name))


def test_add_page_url_messages_escape_the_url(fresh_store):
    url = "http://127.0.0.1:9/![x](http://evil.example/p.png)[click](javascript:alert(1))<img src=x>"
    at = _add_page()
    at.text_input(key="url").input(url)
    at.button(key="preview_url").click().run()
    assert_nothing_unescaped(at)
    assert highlight.plain_markdown(url) in at.error[0].value


def test_add_page_review_and_save_escape_the_title_and_source(fresh_store):
    at = _add_page()
    at.text_area(key="paste_text").input("At least 12 soldiers were killed in the shelling, the army said.")
    at.text_input(key="paste_title").input(HOSTILE)
    at.button(key="preview_paste").click().run()
    assert_nothing_unescaped(at)
    at.button(key="save").click().run()
    assert_nothing_unescaped(at)
    assert at.success


def test_unreadable_store_message_escapes_its_path(tmp_path, monkeypatch):
    folder = tmp_path / "[click](javascript:alert(1)) <img src=x>"
    folder.mkdir()
    bad = folder / "figures.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    monkeypatch.setenv(DB_ENV, str(bad))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert_nothing_unescaped(at)
    assert highlight.plain_markdown(str(bad)) in at.error[0].value
