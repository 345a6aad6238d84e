"""Spreadsheet formula injection: the one rule every CSV writer applies to its cells.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula
(OWASP's list); some importers trim a leading tab or carriage return first, so those
start one too. Article text, claimant names, publishers and file names all reach the
CSVs written by ``extract --csv``, ``export`` and the dashboard's download, so each of
them writes through :func:`write_csv`, which neutralises the cells unless asked for
raw ones.

A carriage return inside a cell is a hazard of its own: Python's CSV writer (3.11)
quotes a cell with a line feed but not one with a lone carriage return, and a reader
takes that for the end of the row, so the rest of the cell starts a row of its own
(maybe with a formula). Neutralised cells write every line break as a line feed,
which the writer quotes; raw cells holding a carriage return are written quoted.
"""

from __future__ import annotations

import csv
from typing import IO

import pandas as pd
import regex

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_CARRIAGE_RETURN = regex.compile(r"\r\n?")


def neutralise(cell: object) -> object:
    """Prefix a text cell that a spreadsheet would run as a formula with a quote; line breaks become line feeds.

    >>> neutralise('=HYPERLINK("http://x", "click")')
    '\\'=HYPERLINK("http://x", "click")'
    >>> neutralise("-5 killed"), neutralise(-5.0), neutralise("5"), neutralise("\\t=1")
    ("'-5 killed", -5.0, '5', "'\\t=1")
    >>> neutralise("12 killed\\r=cmd()"), neutralise("\\r\\n=1")
    ('12 killed\\n=cmd()', "'\\n=1")
    """
    if not isinstance(cell, str):
        return cell
    if cell.startswith(FORMULA_STARTS):
        cell = "'" + cell
    return _CARRIAGE_RETURN.sub("\n", cell) if "\r" in cell else cell


def neutralised(rows: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``rows`` with every text cell neutralised; numbers stay numbers."""
    rows = rows.copy()
    for column in rows.columns:
        if not pd.api.types.is_numeric_dtype(rows[column]):
            rows[column] = rows[column].astype("object").map(neutralise, na_action="ignore")
    return rows


def write_csv(
    rows: pd.DataFrame, out: str | IO[str] | None = None, raw: bool = False, header: bool = True
) -> str | None:
    """Write ``rows`` as CSV (no index) to ``out``, or return the text when ``out`` is None.

    Cells are neutralised unless ``raw``; raw cells are written as they are, every cell
    quoted when one of them holds a carriage return, so that the file still reads back.

    >>> rows = pd.DataFrame({"cell": ["=1", "one" + chr(13) + "=2"]})
    >>> write_csv(rows).split(chr(10))
    ['cell', "'=1", '"one', '=2"', '']
    >>> write_csv(rows, raw=True).replace(chr(13), "<CR>").split(chr(10))
    ['"cell"', '"=1"', '"one<CR>=2"', '']
    """
    if not raw:
        return neutralised(rows).to_csv(out, index=False, header=header)
    quoting = csv.QUOTE_ALL if _holds_carriage_return(rows) else csv.QUOTE_MINIMAL
    return rows.to_csv(out, index=False, header=header, quoting=quoting)


def _holds_carriage_return(rows: pd.DataFrame) -> bool:
    return any(
        rows[column].astype("object").map(lambda cell: isinstance(cell, str) and "\r" in cell).any()
        for column in rows.columns
        if not pd.api.types.is_numeric_dtype(rows[column])
    )
