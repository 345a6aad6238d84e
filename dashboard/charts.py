"""Aggregations and plotly figures for the dashboard (no Streamlit here).

Every chart draws a bounded number of marks however many figures are stored, so a
page costs about the same with 1,000 figures as with 100,000: the claims chart keeps
the sources with the most figures and each source's latest figures, and says so.
"""

from __future__ import annotations

import html

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from extractors.figure import CATEGORIES

# How each hedge is drawn, so an "at least 600" never looks like an exact 600.
QUALIFIER_MARKERS = {
    "exact": ("circle", "exact"),
    "approximate": ("circle-open", "approximate (about, some)"),
    "at_least": ("triangle-up", "at least (a floor)"),
    "at_most": ("triangle-down", "at most (a ceiling)"),
}
RANGE_LABEL = "range (low to high)"
MAX_CLAIMANTS = 15
MAX_FIGURES_PER_CLAIMANT = 25
MAX_BARS = 20
UNATTRIBUTED = "(unattributed)"
_LABEL_LIMIT = 32


def _text(value: object) -> str:
    return "" if value is None or pd.isna(value) else str(value)


def _short(label: str) -> str:
    return label if len(label) <= _LABEL_LIMIT else label[: _LABEL_LIMIT - 1] + "…"


def _labels(column: pd.Series, missing: str) -> pd.Series:
    """``column`` as a categorical with empty cells named ``missing`` (cheap on categoricals)."""
    labels = column if isinstance(column.dtype, pd.CategoricalDtype) else column.astype("category")
    if missing not in labels.cat.categories:
        labels = labels.cat.add_categories([missing])
    return labels.fillna(missing)


def headline_counts(figures: pd.DataFrame) -> dict[str, int]:
    """The numbers on top of the Overview page.

    >>> headline_counts(pd.DataFrame({"doc": ["a", "a", "b"], "claimant": ["x", None, "x"],
    ...     "publisher": ["p", "p", "q"], "category": ["killed"] * 3}))
    {'figures': 3, 'articles': 2, 'sources': 1, 'publishers': 2, 'categories': 1}
    """
    return {
        "figures": len(figures),
        "articles": int(figures["doc"].nunique()),
        "sources": int(figures["claimant"].nunique()),
        "publishers": int(figures["publisher"].nunique()),
        "categories": int(figures["category"].nunique()),
    }


# The columns the claims chart reads; taking only these keeps its cost low on 100,000 rows.
_POINT_COLUMNS = ["claimant", "value", "low", "high", "qualifier", "span", "publisher", "published", "doc"]


def numeric_claims(figures: pd.DataFrame, category: str) -> pd.DataFrame:
    """Figures of ``category`` counted in people and carrying a number (not vague), chart columns only."""
    mask = (figures["category"] == category) & (figures["unit"] == "people")
    mask &= figures["value"].notna() | (figures["low"].notna() & figures["high"].notna())
    return figures.loc[mask.to_numpy(dtype=bool, na_value=False), _POINT_COLUMNS]


def vague_claims(figures: pd.DataFrame, category: str) -> pd.DataFrame:
    """Figures of ``category`` with no number at all ("hundreds", "heavy losses"), listed apart."""
    mask = (figures["category"] == category) & (figures["qualifier"] == "vague")
    return figures.loc[mask.to_numpy(dtype=bool, na_value=False), ["claimant", "span", "publisher", "published", "doc"]]


def claim_points(
    figures: pd.DataFrame,
    category: str,
    max_claimants: int = MAX_CLAIMANTS,
    max_per_claimant: int = MAX_FIGURES_PER_CLAIMANT,
) -> tuple[pd.DataFrame, int]:
    """Where each figure of ``category`` goes on the claims chart, and how many were left out.

    Sources are ordered by how many figures they claim (then by name) and the top
    ``max_claimants`` kept; each keeps its latest ``max_per_claimant`` figures. A
    source's figures sit side by side around its slot: ``x`` is the slot index plus
    an offset, ``y`` the value (or ``low``/``high`` for a range).
    """
    rows = numeric_claims(figures, category)
    # Categorical codes, not strings: this runs on every rerun over up to all stored rows.
    source = _labels(rows["claimant"], UNATTRIBUTED)
    ranked = source.value_counts()
    ranked = sorted(((str(name), int(n)) for name, n in ranked.items() if n), key=lambda pair: (-pair[1], pair[0]))
    slots = {name: index for index, (name, _) in enumerate(ranked[:max_claimants])}
    kept = rows.assign(source=source, order=np.arange(len(rows)))
    kept = kept[source.isin(list(slots)).to_numpy()]
    kept = kept.sort_values(["published", "order"], ascending=False, na_position="last")
    kept = kept.groupby("source", sort=False, observed=True).head(max_per_claimant)
    kept = kept.assign(source=kept["source"].astype(str)).sort_values(
        ["source", "published", "order"], na_position="first"
    )
    position = kept.groupby("source", sort=False).cumcount().to_numpy()
    count = kept.groupby("source", sort=False)["source"].transform("size").to_numpy()
    slot = kept["source"].map(slots).to_numpy(dtype=float)
    # Spread a source's figures over 80% of its slot, centred on the tick.
    offset = np.where(count > 1, (position / np.maximum(count - 1, 1) - 0.5) * 0.8, 0.0)
    points = kept.assign(x=slot + offset, slot=slot.astype(int))
    return points, len(rows) - len(points)


def _hover(points: pd.DataFrame) -> list[str]:
    # Hover text is article text: escape it, plotly renders a subset of HTML in labels.
    return [
        "<br>".join(
            html.escape(part)
            for part in (
                f"{source}: {_text(span)}",
                f"{_text(qualifier)} · {_text(publisher)} {_text(published)}",
                _text(doc),
            )
        )
        for source, span, qualifier, publisher, published, doc in zip(
            points["source"],
            points["span"],
            points["qualifier"],
            points["publisher"],
            points["published"],
            points["doc"],
            strict=True,
        )
    ]


def claims_figure(figures: pd.DataFrame, category: str, title: str) -> go.Figure:
    """For one category, each source's figures side by side, hedges and ranges visible."""
    points, left_out = claim_points(figures, category)
    chart = go.Figure()
    for qualifier, (symbol, label) in QUALIFIER_MARKERS.items():
        chosen = points[(points["qualifier"] == qualifier).to_numpy(dtype=bool, na_value=False)]
        chosen = chosen[chosen["value"].notna().to_numpy(dtype=bool, na_value=False)]
        if chosen.empty:
            continue
        chart.add_trace(
            go.Scatter(
                x=chosen["x"].to_numpy(),
                y=chosen["value"].to_numpy(dtype=float),
                mode="markers",
                name=label,
                marker={"symbol": symbol, "size": 11, "line": {"width": 2}},
                hovertext=_hover(chosen),
                hoverinfo="text+y",
            )
        )
    ranges = points[(points["low"].notna() & points["high"].notna()).to_numpy(dtype=bool, na_value=False)]
    if not ranges.empty:
        # One vertical segment per range, from low to high, with caps; None breaks the line.
        xs = np.repeat(ranges["x"].to_numpy(), 3).astype(object)
        ys = np.column_stack(
            [ranges["low"].to_numpy(dtype=float), ranges["high"].to_numpy(dtype=float), np.full(len(ranges), np.nan)]
        ).ravel()
        xs[2::3] = None
        chart.add_trace(
            go.Scatter(
                x=xs,
                y=np.where(np.isnan(ys), None, ys),
                mode="lines+markers",
                name=RANGE_LABEL,
                marker={"symbol": "line-ew", "size": 12, "line": {"width": 2}},
                line={"width": 3},
                hovertext=[text for text in _hover(ranges) for _ in range(3)],
                hoverinfo="text+y",
            )
        )
    slots = points.drop_duplicates("slot").sort_values("slot")
    values = pd.concat([points["value"], points["low"], points["high"]]).dropna().astype(float)
    log_axis = bool(len(values)) and values.min() > 0 and values.max() / values.min() >= 100
    subtitle = f" ({left_out:,} more not drawn: top {MAX_CLAIMANTS} sources, latest {MAX_FIGURES_PER_CLAIMANT} each)"
    chart.update_layout(
        title={"text": html.escape(title) + (subtitle if left_out else "")},
        xaxis={
            "tickmode": "array",
            "tickvals": slots["slot"].tolist(),
            "ticktext": [html.escape(_short(source)) for source in slots["source"]],
            "title": {"text": "source (claimant)"},
        },
        yaxis={"type": "log" if log_axis else "linear", "title": {"text": f"people {category}"}},
        legend={"title": {"text": "how the figure is stated"}},
        margin={"t": 60, "b": 120},
    )
    return chart


def count_by(figures: pd.DataFrame, column: str, limit: int = MAX_BARS) -> pd.DataFrame:
    """Figure counts by ``column`` and category, the ``limit`` biggest ``column`` values first.

    >>> frame = pd.DataFrame({"side": ["a", "a", None], "category": ["killed", "wounded", "killed"]})
    >>> count_by(frame, "side").to_dict("records")
    [{'side': 'a', 'category': 'killed', 'figures': 1}, {'side': 'a', 'category': 'wounded', 'figures': 1}, \
{'side': '(not stated)', 'category': 'killed', 'figures': 1}]
    """
    labels = _labels(figures[column], "(not stated)")
    totals = labels.value_counts()
    ranked = sorted(((str(name), int(n)) for name, n in totals.items() if n), key=lambda pair: (-pair[1], pair[0]))
    top = [name for name, _ in ranked[:limit]]
    category = _labels(figures["category"], "(not stated)")
    counted = figures.groupby([labels, category], observed=True).size()
    counted = counted[counted > 0].rename("figures").reset_index()
    counted.columns = [column, "category", "figures"]
    counted = counted[counted[column].isin(top)]
    counted[column] = pd.Categorical(counted[column].astype(str), categories=top)
    counted["category"] = pd.Categorical(counted["category"].astype(str), categories=CATEGORIES)
    counted = counted.sort_values([column, "category"]).reset_index(drop=True)
    return counted.astype({column: "string", "category": "string"})


def count_figure(figures: pd.DataFrame, column: str, title: str) -> go.Figure:
    """Stacked bars: how many figures per ``column`` value (side, publisher), by category."""
    counted = count_by(figures, column)
    chart = go.Figure()
    for category in CATEGORIES:
        chosen = counted[counted["category"] == category]
        if chosen.empty:
            continue
        chart.add_trace(
            go.Bar(
                x=[html.escape(_short(label)) for label in chosen[column]],
                y=chosen["figures"].to_numpy(),
                name=category,
            )
        )
    chart.update_layout(
        barmode="stack",
        title={"text": html.escape(title)},
        xaxis={"title": {"text": column}, "categoryorder": "array", "categoryarray": None},
        yaxis={"title": {"text": "figures"}},
        margin={"t": 60, "b": 120},
    )
    order = list(dict.fromkeys(html.escape(_short(label)) for label in counted[column]))
    chart.update_xaxes(categoryarray=order)
    return chart
