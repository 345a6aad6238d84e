"""Aggregations and plotly figures for the dashboard (no Streamlit here).

Every chart draws a bounded number of marks however many figures are stored, so a
page costs about the same with 1,000 figures as with 100,000: the claims chart keeps
the sources with the most figures and each source's latest figures, and says so.
Colours are fixed per category and per qualifier (:data:`CATEGORY_COLOURS`,
:data:`QUALIFIER_STYLES`), so a filter never repaints one; labels are wrapped, never
cut; axes say what they count and on which scale, with whole numbers for people.
Article text is escaped wherever plotly renders it (titles, ticks, hovers).
"""

from __future__ import annotations

import html
import textwrap
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

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
MAX_CLAIMANTS = 15
MAX_FIGURES_PER_CLAIMANT = 25
MAX_BARS = 20
LABEL_WIDTH = 18  # characters per line of a wrapped axis label
UNDATED = "undated"
NO_SOURCE = FIELDS["source"].empty
WHOLE_NUMBER = ",.0f"  # people are counted in whole numbers: "25,200", never "25.2k" or "11.5"


def wrap(label: str, width: int = LABEL_WIDTH) -> str:
    """``label`` escaped and broken into lines of about ``width`` characters; nothing is cut.

    >>> wrap("National Intelligence Service <NIS>")
    'National<br>Intelligence<br>Service &lt;NIS&gt;'
    """
    lines = textwrap.wrap(label, width, break_long_words=True, break_on_hyphens=False) or [""]
    return "<br>".join(html.escape(line) for line in lines)


def _text(value: object) -> str:
    return "" if value is None or pd.isna(value) else str(value)


def _labels(column: pd.Series, missing: str) -> pd.Series:
    """``column`` as a categorical with empty cells named ``missing`` (cheap on categoricals)."""
    labels = column if isinstance(column.dtype, pd.CategoricalDtype) else column.astype("category")
    if missing not in labels.cat.categories:
        labels = labels.cat.add_categories([missing])
    return labels.fillna(missing)


def headline_counts(figures: pd.DataFrame) -> dict[str, int]:
    """The numbers on top of the Overview page.

    >>> headline_counts(pd.DataFrame({"doc": ["a", "a", "b"], "source": ["x", None, "x"],
    ...     "publisher": ["p", "p", "q"], "category": ["killed"] * 3, "published": ["2025-01-01", "", ""]}))
    {'figures': 3, 'articles': 2, 'sources': 1, 'publishers': 2, 'undated figures': 2}
    """
    published = figures["published"].astype(object)
    return {
        "figures": len(figures),
        "articles": int(figures["doc"].nunique()),
        "sources": int(figures["source"].nunique()),
        "publishers": int(figures["publisher"].nunique()),
        "undated figures": int((published.isna() | (published == "")).sum()),
    }


# The columns the claims chart reads; taking only these keeps its cost low on 100,000 rows.
_POINT_COLUMNS = [
    "source", "claimant", "value", "low", "high", "qualifier", "span", "publisher", "published", "title", "doc",
    "article_id", "start",
]  # fmt: skip


def numeric_claims(figures: pd.DataFrame, category: str) -> pd.DataFrame:
    """Figures of ``category`` counted in people and carrying a number (not vague), chart columns only."""
    mask = (figures["category"] == category) & (figures["unit"] == "people")
    mask &= figures["value"].notna() | (figures["low"].notna() & figures["high"].notna())
    return figures.loc[mask.to_numpy(dtype=bool, na_value=False), _POINT_COLUMNS]


def vague_claims(figures: pd.DataFrame, category: str) -> pd.DataFrame:
    """Figures of ``category`` with no number at all ("hundreds", "heavy losses"), listed apart."""
    mask = (figures["category"] == category) & (figures["qualifier"] == "vague")
    columns = ["source", "claimant", "span", "publisher", "published", "doc"]
    return figures.loc[mask.to_numpy(dtype=bool, na_value=False), columns]


def claim_points(
    figures: pd.DataFrame,
    category: str,
    max_claimants: int = MAX_CLAIMANTS,
    max_per_claimant: int = MAX_FIGURES_PER_CLAIMANT,
) -> tuple[pd.DataFrame, int]:
    """The figures of ``category`` the claims chart draws, in drawing order, and how many were left out.

    Sources are ranked by how many figures they claim (then by name) and the top
    ``max_claimants`` kept; each keeps its latest ``max_per_claimant`` figures. Each
    point gets ``source`` (its source, or :data:`NO_SOURCE`) and ``when`` (its
    publication date, or :data:`UNDATED`): the two levels of the chart's x axis.
    """
    rows = numeric_claims(figures, category)
    # Categorical codes, not strings: this runs on every rerun over up to all stored rows.
    source = _labels(rows["source"], NO_SOURCE)
    ranked = sorted(
        ((str(name), int(n)) for name, n in source.value_counts().items() if n), key=lambda pair: (-pair[1], pair[0])
    )
    rank = {name: index for index, (name, _) in enumerate(ranked[:max_claimants])}
    kept = rows.assign(source=source, order=np.arange(len(rows)))
    kept = kept[source.isin(list(rank)).to_numpy()]
    kept = kept.sort_values(["published", "order"], ascending=False, na_position="last")
    kept = kept.groupby("source", sort=False, observed=True).head(max_per_claimant)
    when = kept["published"].astype(object).where(kept["published"].notna() & (kept["published"] != ""), UNDATED)
    kept = kept.assign(source=kept["source"].astype(str), when=when.astype(str))
    kept = kept.assign(rank=kept["source"].map(rank)).sort_values(["rank", "when", "order"])
    return kept.drop(columns=["order"]), len(rows) - len(kept)


def _hover(points: pd.DataFrame) -> list[str]:
    # Hover text is article text: escape it, plotly renders a subset of HTML in labels.
    qualifier = FIELDS["qualifier"]
    return [
        "<br>".join(
            html.escape(part)
            for part in (
                f"{source}: {_text(span)} ({qualifier.word(hedge)})" + via(source, claimant),
                f"{when} · {_text(publisher) or FIELDS['publisher'].empty}",
                _text(title) or _text(doc),
            )
        )
        + "<br><i>click to read it in its article</i>"
        for source, claimant, span, hedge, when, publisher, title, doc in zip(
            points["source"],
            points["claimant"],
            points["span"],
            points["qualifier"],
            points["when"],
            points["publisher"],
            points["title"],
            points["doc"],
            strict=True,
        )
    ]


def via(source: object, claimant: object) -> str:
    """The claimant as the article writes it, when it is not how the source is named.

    >>> via("National Intelligence Service (South Korea)", "Lee Seong-kweun"), via("NIS", "NIS")
    (' (via Lee Seong-kweun)', '')
    """
    written = _text(claimant)
    return f" (via {written})" if written and written != _text(source) else ""


def _links(points: pd.DataFrame) -> np.ndarray:
    """What a click on a point opens: its article and its place there."""
    return np.column_stack([points["article_id"].astype(str), points["start"].astype("Int64").astype(str)])


ROW_HEIGHT = 80  # pixels per source in the claims chart
ROW_GAP = 24  # pixels between two sources' rows, for the name of the lower one
UNDATED_WIDTH = 0.1  # share of the width for the undated figures, when there are any


def claims_figure(points: pd.DataFrame, category: str, title: str) -> go.Figure:
    """One row per source, its figures of one category over their publication dates, hedges and ranges visible.

    ``points`` come from :func:`claim_points`. Rows share the date axis and the value
    scale, so claims months apart stand apart and values compare across sources;
    undated figures stand in a column of their own on the right. Each point carries
    its article id and offset as ``customdata``, for the page to open it when clicked.
    """
    sources = list(dict.fromkeys(points["source"]))
    undated = bool((points["when"] == UNDATED).any())
    chart = make_subplots(
        rows=max(len(sources), 1),
        cols=2 if undated else 1,
        shared_xaxes=True,
        shared_yaxes=True,
        column_widths=[1 - UNDATED_WIDTH, UNDATED_WIDTH] if undated else None,
        horizontal_spacing=0.02,
        vertical_spacing=ROW_GAP / (ROW_HEIGHT * len(sources)) if len(sources) > 1 else 0,
        column_titles=["", UNDATED] if undated else None,
    )
    shown: set[str] = set()
    for row, source in enumerate(sources, start=1):
        mine = points[(points["source"] == source).to_numpy()]
        for qualifier, style in QUALIFIER_STYLES.items():
            for dated in (True, False):
                drawn = _of_qualifier(mine[((mine["when"] != UNDATED) == dated).to_numpy()], qualifier)
                if drawn.empty:
                    continue
                trace = _marks(drawn, qualifier, style, dated, first=qualifier not in shown)
                chart.add_trace(trace, row=row, col=1 if dated else 2)
                shown.add(qualifier)
        chart.add_annotation(
            text=f"<b>{wrap(source, 100)}</b>", xref="paper", yref=f"y{_axis(row, 1, undated)} domain", x=0, y=1,
            xanchor="left", yanchor="bottom", align="left", showarrow=False, font={"size": 12},
        )  # fmt: skip
    values = pd.concat([points["value"], points["low"], points["high"]]).dropna().astype(float)
    axis = _people_axis(values, "")
    if axis["type"] == "log":  # one range for every row, so a value sits as high in each
        axis["range"] = [np.log10(values.min()) - 0.3, np.log10(values.max()) + 0.3]
    chart.update_yaxes(**{**axis, "title": None}, nticks=4)
    chart.update_yaxes(title_text=f"people {category}{_scale_words(values)}", row=(len(sources) + 1) // 2, col=1)
    chart.update_xaxes(**_date_axis(points), col=1)
    chart.update_xaxes(title_text="publication date", row=max(len(sources), 1), col=1)
    if undated:
        chart.update_xaxes(showticklabels=False, range=[-1, 1], col=2)
    height = 160 + (ROW_HEIGHT + ROW_GAP) * max(len(sources), 1)
    chart.update_layout(
        title={"text": wrap(title, 80)},
        height=height,
        legend={"title": {"text": "how the figure is stated"}, "orientation": "h", "yanchor": "top", "y": -60 / height},
        margin={"t": 80, "b": 90},
        clickmode="event+select",
    )
    return chart


def _date_axis(points: pd.DataFrame) -> dict:
    """The shared date axis: a month or more either side of the figures, days shown when they are close."""
    dates = pd.to_datetime(points.loc[(points["when"] != UNDATED).to_numpy(), "when"])
    if dates.empty:
        return {"type": "date"}
    first, last = dates.min(), dates.max()
    pad = max((last - first) * 0.04, pd.Timedelta(days=20))
    close = last - first < pd.Timedelta(days=120)
    return {
        "type": "date",
        "range": [first - pad, last + pad],
        "tickformat": "%d %b %Y" if close else "%b %Y",
    }


def _axis(row: int, col: int, undated: bool) -> str:
    """The number plotly gives the axes of a subplot ("" for the first)."""
    number = (row - 1) * (2 if undated else 1) + col
    return "" if number == 1 else str(number)


def _of_qualifier(points: pd.DataFrame, qualifier: str) -> pd.DataFrame:
    if qualifier == "range":
        return points[(points["low"].notna() & points["high"].notna()).to_numpy(dtype=bool, na_value=False)]
    single = points[points["value"].notna().to_numpy(dtype=bool, na_value=False)]
    return single[(single["qualifier"] == qualifier).to_numpy(dtype=bool, na_value=False)]


def _marks(drawn: pd.DataFrame, qualifier: str, style: QualifierStyle, dated: bool, first: bool) -> go.Scatter:
    """One source's figures of one hedge; a range is a bar from its low to its high end."""
    extra = {}
    if qualifier == "range":
        below = (drawn["high"] - drawn["low"]).to_numpy(dtype=float)
        extra["error_y"] = {"type": "data", "symmetric": False, "array": [0] * len(drawn), "arrayminus": below}
    y = drawn["high"] if qualifier == "range" else drawn["value"]
    x = drawn["when"].tolist() if dated else np.linspace(-0.5, 0.5, len(drawn) + 2)[1:-1]
    return go.Scatter(
        x=x,
        y=y.to_numpy(dtype=float),
        mode="markers",
        cliponaxis=False,  # a figure at the top or bottom of the scale is drawn whole
        name=style.legend,
        legendgroup=qualifier,
        showlegend=first,
        marker={"symbol": style.symbol, "size": 10, "color": style.colour, "line": {"width": 2, "color": style.colour}},
        hovertext=_hover(drawn),
        hovertemplate="%{hovertext}<extra></extra>",
        customdata=_links(drawn),
        **extra,
    )


def _scale_words(values: pd.Series) -> str:
    return ", log scale" if _is_spread(values) else ""


def _is_spread(values: pd.Series) -> bool:
    """Values two orders of magnitude apart or more: drawn on a log scale."""
    return bool(len(values)) and values.min() > 0 and values.max() / values.min() >= 100


def _people_axis(values: pd.Series, what: str) -> dict:
    """A y axis for counts of people: log when they span two orders of magnitude, whole-number ticks, titled so."""
    if _is_spread(values):
        return {"type": "log", "title": {"text": f"{what}, log scale"}, "tickformat": WHOLE_NUMBER}
    return _count_axis(float(values.max()) if len(values) else 1.0, what)


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
    labels = _labels(figures[column], FIELDS[column].empty)
    totals = labels.value_counts()
    ranked = sorted(((str(name), int(n)) for name, n in totals.items() if n), key=lambda pair: (-pair[1], pair[0]))
    top = [name for name, _ in ranked[:limit]]
    category = _labels(figures["category"], FIELDS["category"].empty)
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
