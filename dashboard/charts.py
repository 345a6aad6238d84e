"""Counts and plotly figures for the dashboard, and the styles every chart shares (no Streamlit here).

Colours are fixed per category and per qualifier (:data:`CATEGORY_COLOURS`,
:data:`QUALIFIER_STYLES`), so a filter never repaints one; labels are wrapped, never
cut; axes say what they count, with whole numbers. Article text is escaped wherever
plotly renders it (titles, ticks, hovers). The claims chart is :mod:`dashboard.claims`.
"""

from __future__ import annotations

import html
import textwrap
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from extractors.figure import CATEGORIES
from extractors.store.conditions import FIELDS

# One colour per category, everywhere in the app (bars, tabs' charts); a colour-blind-safe palette.
CATEGORY_COLOURS = dict(
    zip(CATEGORIES, ("#D55E00", "#E69F00", "#CC79A7", "#0072B2", "#7F7F7F", "#009E73", "#56B4E9"), strict=True)
)


@dataclass(frozen=True)
class QualifierStyle:
    """How a hedge is drawn, so an "at least 600" never looks like an exact 600."""

    symbol: str
    colour: str
    legend: str


QUALIFIER_STYLES = {
    "exact": QualifierStyle("circle", "#1F3A93", "exact"),
    "approximate": QualifierStyle("circle-open", "#2E86C1", "about (some, around)"),
    "at_least": QualifierStyle("triangle-up", "#117A65", "at least (a floor)"),
    "at_most": QualifierStyle("triangle-down", "#B9770E", "at most (a ceiling)"),
    "range": QualifierStyle("line-ew", "#7D3C98", "range (low to high)"),
}
MAX_BARS = 20
LABEL_WIDTH = 18  # characters per line of a wrapped axis label
WHOLE_NUMBER = ",.0f"  # people are counted in whole numbers: "25,200", never "25.2k" or "11.5"


def wrap(label: str, width: int = LABEL_WIDTH) -> str:
    """``label`` escaped and broken into lines of about ``width`` characters; nothing is cut.

    >>> wrap("National Intelligence Service <NIS>")
    'National<br>Intelligence<br>Service &lt;NIS&gt;'
    """
    lines = textwrap.wrap(label, width, break_long_words=True, break_on_hyphens=False) or [""]
    return "<br>".join(html.escape(line) for line in lines)


def cell_text(value: object) -> str:
    return "" if value is None or pd.isna(value) else str(value)


def via(source: object, claimant: object) -> str:
    """The claimant as the article writes it, when it is not how the source is named.

    >>> via("National Intelligence Service (South Korea)", "Lee Seong-kweun"), via("NIS", "NIS")
    (' (via Lee Seong-kweun)', '')
    """
    written = cell_text(claimant)
    return f" (via {written})" if written and written != cell_text(source) else ""


def named_or(column: pd.Series, missing: str) -> pd.Series:
    """``column`` as a categorical with empty cells (missing or "") named ``missing`` (cheap on categoricals)."""
    labels = column if isinstance(column.dtype, pd.CategoricalDtype) else column.astype("category")
    if "" in labels.cat.categories:
        labels = labels.cat.remove_categories([""])
    if missing not in labels.cat.categories:
        labels = labels.cat.add_categories([missing])
    return labels.fillna(missing)


def headline_counts(figures: pd.DataFrame) -> dict[str, int]:
    """The numbers on top of the Overview page.

    >>> headline_counts(pd.DataFrame({"doc": ["a", "a", "b"], "source": ["x", None, "x"],
    ...     "publisher": ["p", "p", "q"], "category": ["killed"] * 3, "published": ["2025-01-01", "", ""]}))
    {'figures': 3, 'articles': 2, 'sources': 1, 'publishers': 2, 'undated figures': 2}
    """
    published = figures["published"]
    if not isinstance(published.dtype, pd.CategoricalDtype):  # (a categorical compares its codes: no text per row)
        published = published.astype(object)
    return {
        "figures": len(figures),
        "articles": int(figures["doc"].nunique()),
        "sources": _named(figures["source"]),
        "publishers": _named(figures["publisher"]),
        "undated figures": int((published.isna() | (published == "")).sum()),
    }


def _named(column: pd.Series) -> int:
    """How many different names ``column`` holds, an empty cell not counting as one."""
    return len(set(column.dropna().unique()) - {""})


def _count_axis(top: float, what: str) -> dict:
    """A linear axis from zero for whole numbers up to ``top``."""
    axis = {"type": "linear", "title": {"text": what}, "tickformat": WHOLE_NUMBER, "range": [0, max(top, 1) * 1.12]}
    if top <= 10:
        axis["dtick"] = 1  # otherwise plotly puts ticks at halves, which would read "0, 1, 1, 2"
    return axis


def count_by(figures: pd.DataFrame, column: str, limit: int = MAX_BARS) -> pd.DataFrame:
    """Figure counts by ``column`` and category, the ``limit`` biggest ``column`` values first.

    >>> frame = pd.DataFrame({"side": ["a", "a", None], "category": ["killed", "wounded", "killed"]})
    >>> count_by(frame, "side").to_dict("records")
    [{'side': 'a', 'category': 'killed', 'figures': 1}, {'side': 'a', 'category': 'wounded', 'figures': 1}, \
{'side': 'no side named', 'category': 'killed', 'figures': 1}]
    """
    labels = named_or(figures[column], FIELDS[column].empty)
    totals = labels.value_counts()
    ranked = sorted(((str(name), int(n)) for name, n in totals.items() if n), key=lambda pair: (-pair[1], pair[0]))
    top = [name for name, _ in ranked[:limit]]
    category = named_or(figures["category"], FIELDS["category"].empty)
    counted = figures.groupby([labels, category], observed=True).size()
    counted = counted[counted > 0].rename("figures").reset_index()
    counted.columns = [column, "category", "figures"]
    counted = counted[counted[column].isin(top)]
    counted[column] = pd.Categorical(counted[column].astype(str), categories=top)
    counted["category"] = pd.Categorical(counted["category"].astype(str), categories=CATEGORIES)
    counted = counted.sort_values([column, "category"]).reset_index(drop=True)
    return counted.astype({column: "string", "category": "string"})


def count_figure(figures: pd.DataFrame, column: str, title: str) -> go.Figure:
    """Stacked horizontal bars: how many figures per ``column`` value (side, publisher), by category, in fixed
    colours; the biggest on top, names wrapped on the left."""
    counted = count_by(figures, column)
    order = list(dict.fromkeys(wrap(label, 24) for label in counted[column]))
    chart = go.Figure()
    for category in CATEGORIES:
        chosen = counted[counted["category"] == category]
        if chosen.empty:
            continue
        chart.add_trace(
            go.Bar(
                y=[wrap(label, 24) for label in chosen[column]],
                x=chosen["figures"].to_numpy(),
                orientation="h",
                name=category,
                marker={"color": CATEGORY_COLOURS[category]},
                hovertemplate="%{y}: %{x:,} " + category + " figures<extra></extra>",
            )
        )
    totals = counted.groupby(column, sort=False, observed=True)["figures"].sum()
    chart.update_layout(
        barmode="stack",
        title={"text": wrap(title, 45)},
        xaxis=_count_axis(float(totals.max()) if len(totals) else 1.0, "figures"),
        yaxis={"title": {"text": FIELDS[column].label}, "categoryorder": "array", "categoryarray": order[::-1]},
        legend={"title": {"text": "category"}, "traceorder": "normal"},
        height=160 + 30 * max(len(order), 1),
        margin={"t": 70, "b": 50},
    )
    return chart
