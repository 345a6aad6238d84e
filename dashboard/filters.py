"""The Explore page's filters, declared once.

A :class:`Selection` is what the user chose. :func:`apply_selection` turns it into
the filtered rows *and* a human description of the filters; the description titles
the charts and names the downloaded CSV, so the three can never disagree.
Nothing here imports Streamlit.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from dashboard.counts import add_count_columns

# What a facet shows for a row whose column is empty (an unattributed figure, an
# unknown side). It is an option like any other, so those rows can be selected.
NOT_STATED = "(not stated)"


@dataclass(frozen=True)
class Facet:
    """A column the user narrows by picking values from a list."""

    column: str
    label: str


# The facets in the order the page shows them; the description follows this order.
FACETS: tuple[Facet, ...] = (
    Facet("claimant", "Source (claimant)"),
    Facet("publisher", "Publisher"),
    Facet("category", "Category"),
    Facet("side", "Side"),
    Facet("qualifier", "Qualifier"),
    Facet("source_type", "Source type"),
    Facet("stance", "Stance"),
)
FACET_COLUMNS = tuple(facet.column for facet in FACETS)


@dataclass(frozen=True)
class Selection:
    """Everything the user chose. Empty means "no filter" for each part."""

    facets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    published_from: dt.date | None = None
    published_to: dt.date | None = None
    text: str = ""


@dataclass(frozen=True)
class Filtered:
    """The rows matching a selection, and words for what the selection is."""

    rows: pd.DataFrame
    description: str
    file_stem: str


# Text columns that hold one value per article, repeated on each of its figures.
ARTICLE_COLUMNS = ("doc", "title", "published", "url", "article_id")


def prepare(figures: pd.DataFrame) -> pd.DataFrame:
    """Add the helper columns the filters need (done once, when the store is loaded).

    ``published_date`` is the publication date as a datetime (NaT when unknown);
    facet columns become categoricals so counting and matching stay fast on 100,000 rows.
    So do the :data:`ARTICLE_COLUMNS`: each article's value is then kept once, not once
    per figure, which halves the table Streamlit's cache copies out on every rerun.
    """
    figures = figures.copy()
    figures["published_date"] = pd.to_datetime(figures["published"], errors="coerce", format="%Y-%m-%d")
    for column in (*FACET_COLUMNS, *(c for c in ARTICLE_COLUMNS if c in figures)):
        if not isinstance(figures[column].dtype, pd.CategoricalDtype):
            figures[column] = figures[column].astype("category")
    return add_count_columns(figures)  # each figure's count and source, for Compare and the map of counts


def published_bounds(figures: pd.DataFrame) -> tuple[dt.date, dt.date] | None:
    """The first and last publication dates in ``figures``, or None if none is known."""
    dates = figures["published_date"].dropna()
    if dates.empty:
        return None
    return dates.min().date(), dates.max().date()


def _facet_mask(figures: pd.DataFrame, column: str, values: tuple[str, ...]) -> np.ndarray:
    series = figures[column]
    mask = series.isin([v for v in values if v != NOT_STATED]).to_numpy(dtype=bool, na_value=False)
    if NOT_STATED in values:
        mask = mask | series.isna().to_numpy()
    return mask


def _masks(figures: pd.DataFrame, selection: Selection) -> dict[str, np.ndarray]:
    """One boolean mask per active filter, keyed by the filter's name."""
    masks: dict[str, np.ndarray] = {}
    for column in FACET_COLUMNS:
        values = selection.facets.get(column, ())
        if values:
            masks[column] = _facet_mask(figures, column, tuple(values))
    if selection.published_from or selection.published_to:
        # An undated figure cannot be shown to fall inside a date range, so it drops out.
        dates = figures["published_date"]
        mask = dates.notna().to_numpy()
        if selection.published_from:
            mask = mask & (dates >= pd.Timestamp(selection.published_from)).to_numpy(dtype=bool, na_value=False)
        if selection.published_to:
            mask = mask & (dates <= pd.Timestamp(selection.published_to)).to_numpy(dtype=bool, na_value=False)
        masks["published"] = mask
    text = selection.text.strip()
    if text:
        masks["text"] = (
            figures["sentence"].str.contains(text, case=False, regex=False).to_numpy(dtype=bool, na_value=False)
        )
    return masks


def _combine(masks: dict[str, np.ndarray], size: int, skip: str | None = None) -> np.ndarray:
    combined = np.ones(size, dtype=bool)
    for name, mask in masks.items():
        if name != skip:
            combined &= mask
    return combined


def describe(selection: Selection) -> str:
    """The selection in words, in the order the filters are declared.

    >>> describe(Selection(facets={"claimant": ("Hamas", "IDF"), "category": ("killed",)}, text="Gaza"))
    "Source (claimant): Hamas or IDF; Category: killed; sentence contains 'Gaza'"
    >>> describe(Selection())
    'All figures'
    """
    parts = []
    for facet in FACETS:
        values = selection.facets.get(facet.column, ())
        if values:
            parts.append(f"{facet.label}: {' or '.join(values)}")
    if selection.published_from or selection.published_to:
        start = selection.published_from.isoformat() if selection.published_from else "…"
        end = selection.published_to.isoformat() if selection.published_to else "…"
        parts.append(f"published {start} to {end}")
    if selection.text.strip():
        parts.append(f"sentence contains {selection.text.strip()!r}")
    return "; ".join(parts) or "All figures"


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def file_stem(selection: Selection, limit: int = 120) -> str:
    """A file name (without extension) saying which filters were applied.

    >>> file_stem(Selection(facets={"claimant": ("Gaza health ministry",)}, text="hospital"))
    'figures_claimant-gaza-health-ministry_text-hospital'
    >>> file_stem(Selection())
    'figures_all'
    """
    parts = []
    for facet in FACETS:
        values = selection.facets.get(facet.column, ())
        if values:
            parts.append(facet.column + "-" + "-or-".join(_slug(v) for v in values))
    if selection.published_from or selection.published_to:
        start = selection.published_from.isoformat() if selection.published_from else "start"
        end = selection.published_to.isoformat() if selection.published_to else "end"
        parts.append(f"published-{start}-to-{end}")
    if selection.text.strip():
        parts.append("text-" + _slug(selection.text))
    stem = "_".join(["figures", *parts]) if parts else "figures_all"
    return stem[:limit].rstrip("-_")


def _slug(value: str) -> str:
    return _NOT_SLUG.sub("-", value.lower()).strip("-") or "x"


def apply_selection(figures: pd.DataFrame, selection: Selection) -> Filtered:
    """The rows of ``figures`` (from :func:`prepare`) that match ``selection``, in store order."""
    combined = _combine(_masks(figures, selection), len(figures))
    return Filtered(figures[combined], describe(selection), file_stem(selection))


def facet_counts(figures: pd.DataFrame, selection: Selection) -> dict[str, list[tuple[str, int]]]:
    """For each facet, its options with how many rows each would match now.

    Counts run over the rows the *other* filters leave (a facet never narrows its own
    options, or picking one source would hide all the others). Options are ordered by
    count, then name; a selected option is always kept, even at zero, so the user can
    see and remove it. Empty cells count under :data:`NOT_STATED`.
    """
    masks = _masks(figures, selection)
    counts: dict[str, list[tuple[str, int]]] = {}
    for column in FACET_COLUMNS:
        rows = figures[column][_combine(masks, len(figures), skip=column)]
        tally = rows.value_counts(dropna=True)
        pairs = {str(value): int(n) for value, n in tally.items() if n > 0}
        missing = int(rows.isna().sum())
        if missing:
            pairs[NOT_STATED] = missing
        for chosen in selection.facets.get(column, ()):
            pairs.setdefault(chosen, 0)
        counts[column] = sorted(pairs.items(), key=lambda pair: (-pair[1], pair[0]))
    return counts
