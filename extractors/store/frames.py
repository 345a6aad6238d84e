"""Figures as a pandas DataFrame with a fixed column order and proper dtypes."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from ..figure import CATEGORIES, COLUMNS, QUALIFIERS, UNITS, Figure

_TEXT_COLUMNS = (
    "doc", "title", "publisher", "published", "url", "subject", "side",
    "claimant", "cited_source", "span", "sentence",
    "source", "source_type", "source_country", "scope", "as_of", "force", "stance",
)  # fmt: skip
_NUMBER_COLUMNS = ("value", "low", "high")
_OFFSET_COLUMNS = ("start", "end")
_CATEGORICAL = {"unit": UNITS, "category": CATEGORIES, "qualifier": QUALIFIERS}


def typed_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Put ``frame`` in the table's column order with its dtypes (missing columns added empty)."""
    frame = frame.copy(deep=False)  # copy on write (pandas 3): what is set here leaves the caller's frame alone
    for column in COLUMNS:
        if column not in frame:
            frame[column] = pd.NA
    for column in _TEXT_COLUMNS:
        frame[column] = frame[column].astype("string")
    for column in _NUMBER_COLUMNS:
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Float64")
    for column in _OFFSET_COLUMNS:
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
    for column, levels in _CATEGORICAL.items():
        kind = frame[column].dtype
        if not isinstance(kind, pd.CategoricalDtype) or list(kind.categories) != list(levels):  # else: already so
            frame[column] = pd.Categorical(frame[column], categories=levels)
    extra = [c for c in frame.columns if c not in COLUMNS]
    return frame[list(COLUMNS) + extra]


def figures_frame(figures: Iterable[Figure], meta: dict[str, str] | None = None) -> pd.DataFrame:
    """A DataFrame of ``figures``, one row each, columns in :data:`COLUMNS` order.

    >>> figures_frame([]).columns[:6].tolist()
    ['doc', 'title', 'publisher', 'published', 'url', 'value']
    """
    rows = [figure.as_row(meta) for figure in figures]
    return typed_frame(pd.DataFrame(rows, columns=list(COLUMNS)))
