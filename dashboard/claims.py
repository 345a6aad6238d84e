"""The claims chart: what each source says about one category, over publication dates (no Streamlit here).

It draws a bounded number of marks however many figures are stored, so a page costs
about the same with 1,000 figures as with 100,000: it keeps the sources with the most
figures and each source's latest figures, and the page says how many more there are.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.charts import QUALIFIER_STYLES, cell_text, named_or, via, wrap
from extractors.store.conditions import FIELDS

MAX_CLAIMANTS = 15
MAX_FIGURES_PER_CLAIMANT = 25
UNDATED = "undated"
NO_SOURCE = FIELDS["source"].empty


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
    source = named_or(rows["source"], NO_SOURCE)
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
                f"{source}: {cell_text(span)} ({qualifier.word(hedge)})" + via(source, claimant),
                f"{when} · {cell_text(publisher) or FIELDS['publisher'].empty}",
                cell_text(title) or cell_text(doc),
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


def _links(points: pd.DataFrame) -> np.ndarray:
    """What a click on a point opens: its article and its place there."""
    return np.column_stack([points["article_id"].astype(str), points["start"].astype("Int64").astype(str)])


ROW_HEIGHT = 95  # pixels per source in the claims chart
ROW_MARGIN = 0.16  # of a row's height, below its figures and above them (where the source's name stands)
UNDATED_WIDTH = 0.1  # share of the width for the undated figures, when there are any


@dataclass(frozen=True)
class PeopleScale:
    """Where a number of people sits in a row of the claims chart: 0 at the bottom, 1 at the top.

    Every row has the same scale, so a value sits as high in each: logarithmic when
    the values span a factor of 100 or more, else linear from zero; its ticks are
    whole numbers.

    >>> PeopleScale.of(np.array([3.0, 40_000.0])).ticks()
    [1.0, 100.0, 10000.0]
    >>> PeopleScale.of(np.array([12.0, 30.0])).ticks()
    [0.0, 10.0, 20.0, 30.0, 40.0]
    """

    log: bool
    low: float
    high: float

    @classmethod
    def of(cls, values: np.ndarray) -> PeopleScale:
        values = values[np.isfinite(values) & (values > 0)]
        if len(values) and values.max() / values.min() >= 100:
            return cls(True, float(np.floor(np.log10(values.min()))), float(np.ceil(np.log10(values.max()))))
        return cls(False, 0.0, float(_nice_step(values.max() if len(values) else 1.0) * 4))

    def position(self, values: np.ndarray) -> np.ndarray:
        if self.log:
            return (np.log10(np.maximum(values, 1e-9)) - self.low) / max(self.high - self.low, 1e-9)
        return values / self.high

    def ticks(self) -> list[float]:
        if self.log:
            powers = np.arange(self.low, self.high + 1)
            step = int(np.ceil(len(powers) / 4))  # at most four labels a row
            return [float(10**p) for p in powers[::step]]
        step = self.high / 4
        return [step * i for i in range(5) if step * i <= self.high and (step * i).is_integer()]


def _nice_step(top: float) -> float:
    """A round whole step (1, 2, 5 times a power of ten) that reaches ``top`` in four steps."""
    rough = max(top, 1.0) / 4
    power = 10 ** np.floor(np.log10(rough))
    return float(next(m * power for m in (1, 2, 5, 10) if m * power >= rough))


def claims_figure(points: pd.DataFrame, category: str, title: str) -> go.Figure:
    """One row per source, its figures of one category over their publication dates, hedges and ranges visible.

    ``points`` come from :func:`claim_points`. Rows share the date axis and the scale
    of people (:class:`PeopleScale`), so claims months apart stand apart and values
    compare across sources; undated figures stand in a column of their own on the
    right. Each point carries its article id and offset as ``customdata``, for the
    page to open it when clicked. One trace per hedge keeps the chart cheap to build.
    """
    sources = list(dict.fromkeys(points["source"]))
    rows = len(sources) or 1
    values = pd.concat([points["value"], points["low"], points["high"]]).dropna().to_numpy(dtype=float)
    scale = PeopleScale.of(values)
    # Each source's row from the top; codes, not a mapped column (which keeps text's dtype when no point is left).
    base = (rows - 1 - pd.Categorical(points["source"], categories=sources).codes).astype(float)
    undated = (points["when"] == UNDATED).to_numpy()
    traces = [
        trace
        for qualifier, style in QUALIFIER_STYLES.items()
        for dated in (True, False)
        if (trace := _marks(points, base, scale, qualifier, style, dated, undated))
    ]
    for trace in traces:  # the legend names each hedge once
        trace["showlegend"] = trace["legendgroup"] not in {t["legendgroup"] for t in traces[: traces.index(trace)]}
    layout = _claims_layout(points, sources, scale, undated.any())
    layout.update(title={"text": wrap(title, 80)}, yaxis_title_text=f"people {category}" + _scale_words(scale))
    return go.Figure(data=traces, layout=layout)


def _marks(points, base, scale, qualifier, style, dated: bool, undated: np.ndarray) -> dict | None:
    """One hedge's figures, dated or not, as a scatter trace; a range is a bar from its low to its high end."""
    if qualifier == "range":
        chosen = (points["low"].notna() & points["high"].notna()).to_numpy(dtype=bool, na_value=False)
    else:
        chosen = ((points["qualifier"] == qualifier) & points["value"].notna()).to_numpy(dtype=bool, na_value=False)
    chosen = chosen & (undated != dated)
    if not chosen.any():
        return None
    drawn = points[chosen]
    top = (drawn["high"] if qualifier == "range" else drawn["value"]).to_numpy(dtype=float)
    y = base[chosen] + ROW_MARGIN + (1 - 2 * ROW_MARGIN) * scale.position(top)
    trace = {
        "type": "scatter", "mode": "markers", "cliponaxis": False, "name": style.legend, "legendgroup": qualifier,
        "x": drawn["when"].tolist() if dated else np.linspace(-0.5, 0.5, len(drawn) + 2)[1:-1],
        "y": y, "xaxis": "x" if dated else "x2",
        "marker": {"symbol": style.symbol, "size": 10, "color": style.colour,
                   "line": {"width": 2, "color": style.colour}},
        "hovertext": _hover(drawn), "hovertemplate": "%{hovertext}<extra></extra>", "customdata": _links(drawn),
    }  # fmt: skip
    if qualifier == "range":
        low = base[chosen] + ROW_MARGIN + (1 - 2 * ROW_MARGIN) * scale.position(drawn["low"].to_numpy(dtype=float))
        trace["error_y"] = {"type": "data", "symmetric": False, "array": [0] * len(drawn), "arrayminus": y - low}
    return trace


def _claims_layout(points: pd.DataFrame, sources: list[str], scale: PeopleScale, undated: bool) -> dict:
    """Axes for the rows: the date axis at the bottom, each row's ticks on the one y axis, the names above."""
    rows = len(sources) or 1
    ticks, labels = [], []
    for row in range(rows):
        for tick in scale.ticks():
            ticks.append(row + ROW_MARGIN + (1 - 2 * ROW_MARGIN) * float(scale.position(np.array([tick]))[0]))
            labels.append(f"{tick:,.0f}")
    names = [
        {"text": f"<b>{wrap(source, 100)}</b>", "xref": "paper", "yref": "y", "x": 0, "y": rows - row,
         "xanchor": "left", "yanchor": "top", "align": "left", "showarrow": False, "font": {"size": 12}}
        for row, source in enumerate(sources)
    ]  # fmt: skip
    dates = {**_date_axis(points), "domain": [0, 1 - UNDATED_WIDTH - 0.02 if undated else 1]}
    height = 170 + ROW_HEIGHT * rows
    plot = height - 80 - 100  # the plotting area between the margins: the unit of the legend's place below it
    layout = {
        "xaxis": {**dates, "title": {"text": "publication date"}},
        "yaxis": {"range": [0, rows], "tickvals": ticks, "ticktext": labels, "zeroline": False, "fixedrange": True},
        "shapes": [{"type": "line", "xref": "paper", "x0": 0, "x1": 1, "y0": r, "y1": r,
                    "line": {"width": 1, "color": "#bbb"}} for r in range(1, rows)],  # between two sources
        "annotations": names,
        "height": height,
        "legend": {"title": {"text": "how the figure is stated"}, "orientation": "h", "yanchor": "top",
                   "y": -62 / plot},
        "margin": {"t": 80, "b": 100},
        "clickmode": "event+select",
    }  # fmt: skip
    if undated:
        layout["xaxis2"] = {"domain": [1 - UNDATED_WIDTH, 1], "range": [-1, 1], "showticklabels": False,
                            "showgrid": False, "zeroline": False, "title": {"text": UNDATED}}  # fmt: skip
    return layout


def _date_axis(points: pd.DataFrame) -> dict:
    """The shared date axis: a month or more either side of the figures, days shown when they are close."""
    dates = pd.to_datetime(points.loc[(points["when"] != UNDATED).to_numpy(), "when"])
    if dates.empty:
        return {"type": "date"}
    first, last = dates.min(), dates.max()
    pad = max((last - first) * 0.04, pd.Timedelta(days=20))
    close = last - first < pd.Timedelta(days=120)
    return {"type": "date", "range": [first - pad, last + pad], "tickformat": "%d %b %Y" if close else "%b %Y"}


def _scale_words(scale: PeopleScale) -> str:
    return ", log scale" if scale.log else ""
