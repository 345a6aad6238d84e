"""The CSV download: exactly the rows and columns on screen, safe to open in a spreadsheet."""

from __future__ import annotations

import pandas as pd

# A spreadsheet treats a cell starting with one of these as a formula (OWASP's list;
# tab and carriage return can start one too after some importers trim).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: object) -> object:
    """Prefix a text cell that a spreadsheet would run as a formula with a quote.

    >>> neutralise('=HYPERLINK("http://x", "click")')
    '\\'=HYPERLINK("http://x", "click")'
    >>> neutralise("-5 killed"), neutralise(-5.0), neutralise("5")
    ("'-5 killed", -5.0, '5')
    """
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def safe_csv(rows: pd.DataFrame) -> bytes:
    """``rows`` as UTF-8 CSV (index dropped), text cells neutralised; numbers stay numbers."""
    rows = rows.copy()
    for column in rows.columns:
        if not pd.api.types.is_numeric_dtype(rows[column]):
            rows[column] = rows[column].astype("object").map(neutralise, na_action="ignore")
    return rows.to_csv(index=False).encode("utf-8")
