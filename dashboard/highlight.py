"""An article's text as HTML with every extracted figure highlighted and linked to its row.

Article text is untrusted: every piece of it goes through :func:`html.escape` here, so
a ``<script>`` or an ``onerror=`` in an article is shown as text and never runs. The
only markup in the output is the ``<mark>``, ``<a>`` and table tags written below.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import pandas as pd

from extractors.store.conditions import FIELDS

# Columns of the figure table under the article; each row links back to its mark.
ROW_COLUMNS = (
    "span",
    "category",
    "qualifier",
    "value",
    "low",
    "high",
    "source",
    "claimant",
    "side",
    "subject",
    "review",
)
# How a column is headed in the table, where not by its name: the claimant as the article writes it.
ROW_HEADINGS = {"claimant": "via (as written)", "source_type": "source type"}


# Characters Streamlit's Markdown gives a meaning (links, images, emphasis, :material/…: and
# :red[…] directives, LaTeX); article text shown through st.markdown/subheader escapes them.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$])")


def plain_markdown(text: str) -> str:
    r"""``text`` escaped so that Markdown shows it literally.

    >>> print(plain_markdown("![x](http://e/p.png) **bold** :red[no]"))
    \!\[x\]\(http\://e/p\.png\) \*\*bold\*\* \:red\[no\]
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


@dataclass(frozen=True)
class Mark:
    """One highlighted stretch of text and the figure rows (by position) it belongs to."""

    start: int
    end: int
    rows: tuple[int, ...]

    @property
    def anchor(self) -> str:
        return f"fig-{self.rows[0]}"


def marks(text: str, figures: pd.DataFrame) -> tuple[list[Mark], dict[int, str]]:
    """Where to highlight ``text``, and for each figure row the anchor of its mark.

    A figure whose ``start``/``end`` does not point at its ``span`` in ``text`` is not
    highlighted (its row says so). Overlapping spans share one mark, so the output is
    always well-nested HTML.
    """
    located = []
    for position, (start, end, span) in enumerate(zip(figures["start"], figures["end"], figures["span"], strict=True)):
        if pd.isna(start) or pd.isna(end) or not 0 <= int(start) < int(end) <= len(text):
            continue
        if text[int(start) : int(end)] != span:
            continue
        located.append((int(start), int(end), position))
    located.sort()
    merged: list[Mark] = []
    for start, end, position in located:
        if merged and start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Mark(last.start, max(last.end, end), (*last.rows, position))
        else:
            merged.append(Mark(start, end, (position,)))
    anchors = {row: mark.anchor for mark in merged for row in mark.rows}
    return merged, anchors


def _number(value: object) -> str:
    if value is None or pd.isna(value):
        return ""
    return f"{float(value):,.0f}" if float(value).is_integer() else f"{float(value):,}"


def article_html(text: str, figures: pd.DataFrame, chosen: int | None = None) -> str:
    """The article body, escaped, with each figure's span in a ``<mark>`` linking to its row.

    The mark of row ``chosen`` (the figure a link opened) is marked ``wf-chosen``, and a mark
    whose first figure is reviewed ``wf-`` and its review status (``wf-rejected``).

    >>> rows = pd.DataFrame({"start": [3], "end": [5], "span": ["12"]})
    >>> print(article_html("At 12 <script>x()</script>", rows))
    <div class="wf-article">At <mark id="fig-0" title="figure row 1"><a href="#row-0">12</a></mark> \
&lt;script&gt;x()&lt;/script&gt;</div>
    """
    found, _ = marks(text, figures)
    statuses = figures["review"].astype(str).tolist() if "review" in figures else []
    pieces, cursor = [], 0
    for mark in found:
        pieces.append(html.escape(text[cursor : mark.start]))
        label = ", ".join(str(row + 1) for row in mark.rows)
        classes = ["wf-chosen"] if chosen in mark.rows else []
        status = statuses[mark.rows[0]] if statuses else "machine"
        if status != "machine":  # one of ours (review_schema.STATUSES), never the article's words
            classes.append(f"wf-{status}")
        chosen_class = f' class="{" ".join(classes)}"' if classes else ""
        pieces.append(
            f'<mark id="{mark.anchor}"{chosen_class} title="figure row {label}"><a href="#row-{mark.rows[0]}">'
            f"{html.escape(text[mark.start : mark.end])}</a></mark>"
        )
        cursor = mark.end
    pieces.append(html.escape(text[cursor:]))
    return '<div class="wf-article">' + "".join(pieces) + "</div>"


def figure_rows_html(text: str, figures: pd.DataFrame) -> str:
    """The article's figures as an HTML table; each row links back to its highlight."""
    _, anchors = marks(text, figures)
    header = "".join(f"<th>{html.escape(ROW_HEADINGS.get(column, column))}</th>" for column in ("#", *ROW_COLUMNS))
    body = []
    for position, row in enumerate(figures.itertuples(index=False)):
        record = row._asdict()
        cells = []
        for column in ROW_COLUMNS:
            value = record.get(column)
            shown = _number(value) if column in ("value", "low", "high") else ("" if pd.isna(value) else str(value))
            if column == "qualifier" and shown:
                shown = FIELDS["qualifier"].word(shown)  # "at least", not "at_least"
            cells.append(f"<td>{html.escape(shown)}</td>")
        anchor = anchors.get(position)
        number = f'<a href="#{anchor}">{position + 1}</a>' if anchor else f"{position + 1} (not located)"
        body.append(f'<tr id="row-{position}"><td>{number}</td>{"".join(cells)}</tr>')
    return f'<table class="wf-figures"><thead><tr>{header}</tr></thead><tbody>{"".join(body)}</tbody></table>'
