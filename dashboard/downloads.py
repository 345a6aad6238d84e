"""The CSV downloads: the rows the filters keep with the columns on screen, safe to open in a spreadsheet."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from dashboard.table import readable
from extractors.store.conditions import FigureFilter
from extractors.store.exports import filtered_chunks

# The same rule as `extract --csv` and `export`: one function for every CSV the project writes.
from extractors.store.spreadsheet import FORMULA_STARTS, neutralise, write_csv

__all__ = ["FORMULA_STARTS", "figures_csv", "neutralise", "safe_csv"]


def safe_csv(rows: pd.DataFrame) -> bytes:
    """``rows`` as UTF-8 CSV (index dropped), text cells neutralised; numbers stay numbers.

    >>> safe_csv(pd.DataFrame({"publisher": ["=cmd|' /C calc'!A0"], "value": [-5.0]})).decode()
    "publisher,value\\n'=cmd|' /C calc'!A0,-5.0\\n"
    """
    return write_csv(rows).encode("utf-8")


def figures_csv(db_path: str | Path, figure_filter: FigureFilter, columns: list[str]) -> bytes:
    """Every stored figure ``figure_filter`` keeps, as the export streams them from the store, with ``columns`` as
    the table shows them (:func:`dashboard.table.readable`): never built from the table on screen."""
    out = io.StringIO()
    for number, chunk in enumerate(filtered_chunks(db_path, figure_filter)):
        write_csv(readable(chunk, columns), out, header=number == 0)
    return out.getvalue().encode("utf-8")
