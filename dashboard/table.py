"""The figures table as the Explore page shows and downloads it (no Streamlit here).

Words, not codes ("at least", not "at_least"); whole numbers as whole numbers, in the
table and in the CSV ("46000", not "46000.0"); an empty cell empty, never "None";
and on screen, a link from each figure to its highlighted place in its article.
"""

from __future__ import annotations

import pandas as pd

from dashboard.filters import Selection, article_link
from extractors.store.conditions import FIELDS

LINK = "in article"  # the table's first column on screen: a link to the figure in its article
_WORDED = ("qualifier", "review")  # columns whose stored codes read as words (see FIELDS)


def readable(rows: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """``columns`` of ``rows`` as a reader sees them.

    >>> rows = pd.DataFrame({"qualifier": ["at_least", "exact"], "value": [46000.0, None], "side": [None, "x"]})
    >>> readable(rows, ["qualifier", "value", "side"]).to_dict("list")
    {'qualifier': ['at least', 'exact'], 'value': [46000, None], 'side': ['', 'x']}
    """
    shown = {}
    for column in columns:
        cells = rows[column]
        if column in _WORDED:
            shown[column] = [FIELDS[column].word(cell) if pd.notna(cell) else "" for cell in cells.astype(object)]
        elif pd.api.types.is_numeric_dtype(cells.dtype) and not pd.api.types.is_bool_dtype(cells.dtype):
            shown[column] = _whole_if_whole(cells)
        else:
            shown[column] = cells.astype(object).where(cells.notna(), "").tolist()
    return pd.DataFrame(shown, index=rows.index, columns=columns)


def _whole_if_whole(cells: pd.Series) -> pd.Series:
    numbers = pd.to_numeric(cells, errors="coerce").astype("Float64")
    present = numbers.dropna()
    if (present == present.round()).all():
        return numbers.round().astype("Int64")
    return numbers


def on_screen(shown: pd.DataFrame) -> pd.DataFrame:
    """``shown`` (from :func:`readable`) with its numbers written out ("46,000"), a missing one as an empty cell.

    >>> on_screen(pd.DataFrame({"value": pd.array([46000, None], dtype="Int64")}))["value"].tolist()
    ['46,000', '']
    """
    written = shown.copy()
    for column in number_columns(shown):
        written[column] = [f"{cell:,}" if pd.notna(cell) else "" for cell in shown[column]]
    return written


def number_columns(shown: pd.DataFrame) -> list[str]:
    return [
        c for c in shown.columns if pd.api.types.is_numeric_dtype(shown[c]) and not pd.api.types.is_bool_dtype(shown[c])
    ]


def with_links(shown: pd.DataFrame, rows: pd.DataFrame, selection: Selection) -> pd.DataFrame:
    """``shown`` with a first column linking each figure to its place in its article."""
    links = [
        article_link(str(article), int(start), selection) if pd.notna(start) else ""
        for article, start in zip(rows["article_id"].astype(object), rows["start"], strict=True)
    ]
    return shown.assign(**{LINK: links})[[LINK, *shown.columns]]
