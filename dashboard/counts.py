"""Counts and each source's estimate of one over time (no Streamlit here).

A count is what a figure measures: whose people (side), what happened to them
(category) and whom among them (force), "North Korea · killed · military"; shares
("13% of the troops") are a count of their own. Only a count's ``total`` figures, the
running tolls to the date they stand for (``as_of``), are charted and compared; its
period and event figures are listed apart and never joined to the totals.

A figure's source is its ``source`` column (the one name its origin goes by across
articles, issue 9), else its claimant. Sources are independent when their names differ:
once ``source`` is filled, a lawmaker citing an intelligence service and the service
itself are one source.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
import regex

SEPARATOR = " · "
PERCENT = "%"
UNATTRIBUTED = "(unattributed)"
UNDATED = "(undated)"
_NOT_SLUG = regex.compile(r"[^\p{L}\p{N}]+")
# The columns a count's table shows and its download holds.
TABLE_COLUMNS = [
    "source", "as_of", "value", "low", "high", "unit", "qualifier", "scope", "stance", "claimant", "span",
    "publisher", "published", "doc", "article_id",
]  # fmt: skip


@dataclass(frozen=True)
class Count:
    """One count: side, category and force (and the unit: people or percent)."""

    side: str
    category: str
    force: str
    unit: str = "people"

    @property
    def label(self) -> str:
        """'North Korea · killed · military', with ' · %' for a share."""
        parts = [self.side, self.category, self.force] + ([PERCENT] if self.unit == "percent" else [])
        return SEPARATOR.join(parts)

    @classmethod
    def parse(cls, label: str) -> Count | None:
        """The count a label names, or None for text that names none (a stale or hand-typed URL).

        >>> Count.parse("North Korea · killed · military")
        Count(side='North Korea', category='killed', force='military', unit='people')
        >>> Count.parse("Russia · casualties · military · %").unit, Count.parse("nonsense")
        ('percent', None)
        """
        parts = [part.strip() for part in (label or "").split(SEPARATOR.strip())]
        if len(parts) == 4 and parts[3] == PERCENT:
            return cls(*parts[:3], unit="percent")
        return cls(*parts) if len(parts) == 3 and all(parts) else None


def sources(figures: pd.DataFrame) -> pd.Series:
    """Each figure's source name: ``source``, else the claimant, else '(unattributed)'."""
    return pd.Series(_source_names(figures), index=figures.index, dtype=object)


def _source_names(figures: pd.DataFrame) -> np.ndarray:
    claimant = figures["claimant"].to_numpy(dtype=object, na_value=None)
    named = claimant
    if "source" in figures:
        source = figures["source"].to_numpy(dtype=object, na_value=None)
        given = ~pd.isna(source) & (source != "")
        named = np.where(given, source, claimant)
    return np.where(pd.isna(named), UNATTRIBUTED, named)


_KEYS = ["side", "category", "force", "unit"]
COUNT, SOURCE = "count", "source_name"  # the helper columns add_count_columns makes


def add_count_columns(figures: pd.DataFrame) -> pd.DataFrame:
    """``figures`` with each one's count label (empty without a side) and source name as categoricals,
    made once when the store is loaded, so that listing and picking counts costs little on every rerun."""
    codes = np.full(len(figures), -1, dtype=np.int64)
    labels: list[str] = []
    with_side = figures["side"].notna().to_numpy(dtype=bool)
    if with_side.any():
        key, names = _count_codes(figures.loc[with_side, _KEYS])
        first = np.unique(key, return_index=True)[1]  # one figure of each count, in code order
        labels = [Count(*(names[column][1][names[column][0][i]] for column in _KEYS)).label for i in first]
        codes[with_side] = key
    return figures.assign(
        **{COUNT: pd.Categorical.from_codes(codes, categories=labels), SOURCE: _source_categories(figures)},
        scope=figures["scope"].astype("category"),
    )


def _source_categories(figures: pd.DataFrame) -> pd.Categorical:
    """``pd.Categorical(_source_names(figures))``, without a Python string per figure (a million at most)."""
    claimant = figures["claimant"].astype("string")
    named = claimant
    if "source" in figures:
        source = figures["source"].astype("string")
        named = source.where(source.notna() & (source != ""), claimant)
    return pd.Categorical(named.fillna(UNATTRIBUTED))


def list_counts(figures: pd.DataFrame) -> pd.DataFrame:
    """Every count in ``figures``: those with a running total to chart first, then most sources, then most
    figures, then by name.

    Columns: ``count`` (its label), ``side``, ``category``, ``force``, ``unit``, ``sources``,
    ``figures`` and ``totals`` (its running totals, the ones the chart draws). Counted with integer
    codes, not strings: this runs on every rerun over up to all stored figures.
    """
    if COUNT in figures:
        return _listed(figures)
    needed = [*_KEYS, "scope", "claimant", *(["source"] if "source" in figures else [])]
    rows = figures[needed][figures["side"].notna().to_numpy(dtype=bool)]  # only the columns counted: cheap
    if rows.empty:
        return pd.DataFrame(columns=["count", *_KEYS, "sources", "figures", "totals"])
    key, names = _count_codes(rows)
    source = pd.factorize(_source_names(rows))[0]
    counted, first, figures_of = np.unique(key, return_index=True, return_counts=True)
    pairs = np.unique(key * (source.max() + 1) + source)
    sources_of = np.unique(pairs // (source.max() + 1), return_counts=True)[1]
    totals = np.bincount(key, weights=(rows["scope"] == "total").to_numpy(dtype=bool, na_value=False))
    table = pd.DataFrame(
        {"sources": sources_of, "figures": figures_of, "totals": totals[counted].astype(int)}
        | {column: values[codes[first]] for column, (codes, values) in names.items()}
    )
    table.insert(0, "count", [Count(*k).label for k in table[_KEYS].itertuples(index=False, name=None)])
    return _ordered(table)


def _ordered(table: pd.DataFrame) -> pd.DataFrame:
    """Counts with a total to chart first, then most sources, most figures, then by name."""
    table["charted"] = table["totals"] > 0
    table = table.sort_values(
        ["charted", "sources", "figures", "count"], ascending=[False, False, False, True], ignore_index=True
    )
    return table[["count", *_KEYS, "sources", "figures", "totals"]]


def _listed(figures: pd.DataFrame) -> pd.DataFrame:
    """:func:`list_counts` over the helper columns of :func:`add_count_columns`: integer codes only."""
    key = figures[COUNT].cat.codes.to_numpy()
    kept = key >= 0
    key, source = key[kept], figures[SOURCE].cat.codes.to_numpy()[kept]
    total = (figures["scope"] == "total").to_numpy(dtype=bool, na_value=False)[kept]
    labels = np.asarray(figures[COUNT].cat.categories, dtype=object)
    counted, figures_of = np.unique(key, return_counts=True)
    width = len(figures[SOURCE].cat.categories) + 1
    sources_of = np.unique(np.unique(key.astype(np.int64) * width + source) // width, return_counts=True)[1]
    totals = np.bincount(key, weights=total, minlength=len(labels))[counted].astype(int)
    parsed = [Count.parse(label) for label in labels[counted]]
    table = pd.DataFrame(
        {"count": labels[counted]}
        | {column: [getattr(c, column) for c in parsed] for column in _KEYS}
        | {"sources": sources_of, "figures": figures_of, "totals": totals}
    )
    return _ordered(table)


def _count_codes(rows: pd.DataFrame) -> tuple[np.ndarray, dict[str, tuple[np.ndarray, np.ndarray]]]:
    """One integer per figure naming its count, and each key column's codes and values."""
    key = np.zeros(len(rows), dtype=np.int64)
    names = {}
    for column in _KEYS:
        cells = rows[column].astype(object).fillna("unknown") if column == "force" else rows[column]
        codes, values = pd.factorize(cells)
        names[column] = (codes, np.asarray(values, dtype=object).astype(str))
        key = key * (len(values) + 1) + codes
    return pd.factorize(key)[0], names


def count_rows(figures: pd.DataFrame, count: Count) -> pd.DataFrame:
    """The figures of one count, with their source, oldest ``as_of`` first (undated last)."""
    if COUNT in figures:
        mask = figures[COUNT] == count.label
    else:
        mask = (
            (figures["side"] == count.side)
            & (figures["category"] == count.category)
            & (figures["force"].fillna("unknown") == count.force)
            & (figures["unit"] == count.unit)
        )
    rows = figures.loc[mask.to_numpy(dtype=bool, na_value=False)]
    rows = rows.assign(source=sources(rows), as_of=rows["as_of"].astype("object").replace("", None))
    return rows.sort_values(["as_of", "published", "start"], na_position="last", kind="stable")


@dataclass(frozen=True)
class Comparison:
    """What the Compare page shows for one count.

    ``totals`` are the dated running totals with a number (the chart and the download);
    ``undated`` totals, ``vague`` ones ("hundreds") and the ``apart`` figures (period, event
    and unknown scope) are listed under it, never joined to the totals.
    """

    count: Count
    totals: pd.DataFrame
    undated: pd.DataFrame
    vague: pd.DataFrame
    apart: pd.DataFrame

    @property
    def sources(self) -> list[str]:
        """The sources with a dated total, in the order of their first estimate."""
        return list(dict.fromkeys(self.totals["source"]))


def compare(figures: pd.DataFrame, count: Count) -> Comparison:
    """Split one count's figures into what is charted and what is listed apart."""
    rows = count_rows(figures, count)
    total = (rows["scope"] == "total").to_numpy(dtype=bool, na_value=False)
    numeric = (rows["value"].notna() | (rows["low"].notna() & rows["high"].notna())).to_numpy(dtype=bool)
    dated = rows["as_of"].notna().to_numpy(dtype=bool)
    return Comparison(
        count=count,
        totals=rows[total & numeric & dated],
        undated=rows[total & numeric & ~dated],
        vague=rows[total & ~numeric],
        apart=rows[~total],
    )


def latest_estimates(totals: pd.DataFrame) -> pd.DataFrame:
    """Each source's latest total: the one with the latest ``as_of`` (the last stated on a tie),
    newest first."""
    if totals.empty:
        return totals.assign(estimate=pd.Series(dtype=object))
    ordered = totals.assign(order=np.arange(len(totals))).sort_values(["as_of", "order"], kind="stable")
    latest = ordered.groupby("source", sort=False).tail(1).sort_values("as_of", ascending=False, kind="stable")
    records = latest[["value", "low", "high", "qualifier"]].to_dict("records")
    return latest.drop(columns="order").assign(estimate=[estimate_text(row) for row in records])


def estimate_text(row: Mapping) -> str:
    """A figure's number as the text states it: 'at least 600', 'about 2,000', '1,000–3,000'.

    >>> estimate_text({"value": 600.0, "low": None, "high": None, "qualifier": "at_least"})
    'at least 600'
    >>> estimate_text({"value": None, "low": 1000.0, "high": 3000.0, "qualifier": "range"})
    '1,000–3,000'
    """
    value, low, high, qualifier = (row.get(name) for name in ("value", "low", "high", "qualifier"))
    if pd.notna(low) and pd.notna(high) and pd.isna(value):
        return f"{low:,.0f}–{high:,.0f}"
    hedge = {"approximate": "about ", "at_least": "at least ", "at_most": "at most "}.get(str(qualifier), "")
    return f"{hedge}{value:,.0f}" if pd.notna(value) else ""


@dataclass(frozen=True)
class Spread:
    """The lowest and highest of the sources' latest estimates."""

    low: float
    low_source: str
    high: float
    high_source: str

    @property
    def ratio(self) -> float | None:
        return self.high / self.low if self.low else None


def spread(latest: pd.DataFrame) -> Spread | None:
    """Lowest and highest latest estimate (a range counts by its low and its high end); None with fewer
    than two sources."""
    if len(latest) < 2:
        return None
    lows = latest["value"].fillna(latest["low"]).astype(float).to_numpy()
    highs = latest["value"].fillna(latest["high"]).astype(float).to_numpy()
    names = latest["source"].to_numpy()
    low, high = int(np.nanargmin(lows)), int(np.nanargmax(highs))
    return Spread(float(lows[low]), str(names[low]), float(highs[high]), str(names[high]))


def file_stem(count: Count) -> str:
    """The count as a piece of a file name.

    >>> file_stem(Count("North Korea", "killed", "military"))
    'north-korea-killed-military'
    """
    return _NOT_SLUG.sub("-", count.label.replace(PERCENT, "percent").lower()).strip("-")


def independent_sources(rows: pd.DataFrame) -> int:
    """How many different sources a count's figures come from."""
    return int(rows["source"].nunique()) if len(rows) else 0
