"""Plotly figures of one count: every source's running totals over the date they stand for.

One trace per source, in a colour of its own, its estimates joined by a line in date
order; each mark shows how the figure is stated (● exact, ○ approximate, ▲ at least,
▼ at most) and a range is its midpoint with a bar from low to high; whole-number ticks
as on the other charts; a click on a mark opens the figure in its article (``customdata``,
the article and the figure's offset, as the claims chart gives them). Every trace says,
in ``meta``, which count and which scope it draws, so a test can check that no chart
puts two counts, or a total and an event figure, on one axis.
No Streamlit here.
"""

from __future__ import annotations

import html

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.colors import qualitative

from dashboard.charts import WHOLE_NUMBER
from dashboard.counts import Comparison

# The mark of each qualifier (a range is drawn as a bar), as plotly's symbol numbers (circle, circle-open,
# triangle-up, triangle-down, line-ew): numbers, not names, which plotly checks faster.
SYMBOLS = {"exact": 0, "approximate": 100, "at_least": 5, "at_most": 6}
RANGE_SYMBOL = 41
MAX_PER_SOURCE = 25  # each source's latest estimates drawn; the chart stays the same size at any store size
PALETTE = qualitative.Plotly + qualitative.D3
MAX_SOURCES = 15
SCOPE = "total"
_LABEL_LIMIT = 40


def source_colours(sources: list[str]) -> dict[str, str]:
    """One colour per source, in the order given, the same on every chart of the count."""
    return {source: PALETTE[index % len(PALETTE)] for index, source in enumerate(sources)}


def _plain(text: str) -> str:
    """Article text as plotly shows it: markup escaped (plotly draws a subset of HTML), quotes left as they are
    (plotly would show "&quot;" as written)."""
    return html.escape(text, quote=False)


def legend_label(label: str) -> str:
    """A source as its legend entry shows it: cut to a length a legend holds, with an ellipsis."""
    return label if len(label) <= _LABEL_LIMIT else label[: _LABEL_LIMIT - 1] + "…"


def _hover(rows: pd.DataFrame) -> list[str]:
    # Hover text is article text: escaped, plotly renders a subset of HTML in labels.
    return [
        "<br>".join(_plain(str(part)) for part in (f"{source}: {span}", f"{qualifier} · as of {as_of}", doc))
        for source, span, qualifier, as_of, doc in zip(
            rows["source"], rows["span"].fillna(""), rows["qualifier"], rows["as_of"], rows["doc"], strict=True
        )
    ]


def _points(rows: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]:
    """y (a range's midpoint), the bar's reach above and below it, and each mark's symbol."""
    value = rows["value"].astype(float).to_numpy()
    low = rows["low"].astype(float).to_numpy()
    high = rows["high"].astype(float).to_numpy()
    ranged = np.isnan(value) & ~np.isnan(low) & ~np.isnan(high)
    y = np.where(ranged, (low + high) / 2, value)
    up = np.where(ranged, high - y, 0.0)
    down = np.where(ranged, y - low, 0.0)
    qualifiers = rows["qualifier"].astype(str)
    symbols = [RANGE_SYMBOL if r else SYMBOLS.get(q, 0) for r, q in zip(ranged, qualifiers, strict=True)]
    return y, up, down, symbols


def _date_axis(as_of: pd.Series) -> dict:
    """A date axis that shows days, also for estimates all of one day (plotly would spread them over milliseconds)."""
    dates = pd.to_datetime(as_of, errors="coerce").dropna()
    if dates.empty or dates.max() - dates.min() >= pd.Timedelta(days=2):
        return {"type": "date"}
    pad = pd.Timedelta(days=3)
    return {"type": "date", "range": [(dates.min() - pad).isoformat(), (dates.max() + pad).isoformat()]}


def _whole_numbers(values: np.ndarray, log_axis: bool) -> dict:
    """People are counted in whole numbers: ticks without decimals, a step of at least one on a short scale."""
    values = values[~np.isnan(values)] if len(values) else values
    short = not log_axis and len(values) and values.max() - values.min() < 10
    return {"tickformat": WHOLE_NUMBER, **({"dtick": 1} if short else {})}


def estimates_figure(comparison: Comparison, title: str, height: int | None = None, legend: bool = True) -> go.Figure:
    """Each source's totals of one count over ``as_of``: the Compare page's chart (and, smaller,
    the Overview's)."""
    totals = comparison.totals
    sources = comparison.sources[:MAX_SOURCES]
    colours = source_colours(comparison.sources)
    chart = go.Figure()
    left_out = 0
    for source in sources:
        rows = totals[(totals["source"] == source).to_numpy()]
        left_out += max(0, len(rows) - MAX_PER_SOURCE)
        rows = rows.tail(MAX_PER_SOURCE)  # the latest: totals come oldest first
        y, up, down, symbols = _points(rows)
        chart.add_trace(
            go.Scatter(
                x=pd.to_datetime(rows["as_of"]).to_numpy(),
                y=y,
                error_y={"type": "data", "array": up, "arrayminus": down, "width": 6} if up.any() else None,
                mode="lines+markers",
                name=_plain(legend_label(source)),
                line={"color": colours[source], "width": 1.5},
                marker={"symbol": symbols, "size": 11, "color": colours[source], "line": {"width": 2}},
                hovertext=_hover(rows),
                hoverinfo="text+y",
                customdata=np.column_stack([rows["article_id"].astype(str), rows["start"].astype("Int64").astype(str)]),
                # what this trace draws, for tests that walk the charts (escaped, as all chart text)
                meta={"count": _plain(comparison.count.label), "scope": SCOPE, "source": _plain(source)},
            )
        )
    more = len(comparison.sources) - len(sources)
    notes = [f"{more} more sources" if more > 0 else "", f"{left_out} earlier estimates" if left_out else ""]
    note = f" ({' and '.join(n for n in notes if n)} not drawn)" if any(notes) else ""
    values = _points(totals)[0] if len(totals) else np.array([])
    log_axis = bool(len(values)) and np.nanmin(values) > 0 and np.nanmax(values) / np.nanmin(values) >= 100
    unit = "% " if comparison.count.unit == "percent" else "people "
    chart.update_layout(
        title={"text": _plain(title) + note},
        xaxis={"title": {"text": "as of (the date the figure stands for)"}, **_date_axis(totals["as_of"])},
        yaxis={
            "title": {"text": unit + comparison.count.category + (", log scale" if log_axis else "")},
            "type": "log" if log_axis else "linear",
            **({} if comparison.count.unit == "percent" else _whole_numbers(values, log_axis)),
        },
        legend={"title": {"text": "source"}},
        showlegend=legend,
        margin={"t": 50, "b": 40, "l": 50, "r": 10},
        height=height,
    )
    return chart
