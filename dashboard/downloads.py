"""The CSV download: exactly the rows and columns on screen, safe to open in a spreadsheet."""

from __future__ import annotations

import pandas as pd

# The same rule as `extract --csv` and `export`: one function for every CSV the project writes.
from extractors.store.spreadsheet import FORMULA_STARTS, neutralise, write_csv

__all__ = ["FORMULA_STARTS", "neutralise", "safe_csv"]


def safe_csv(rows: pd.DataFrame) -> bytes:
    """``rows`` as UTF-8 CSV (index dropped), text cells neutralised; numbers stay numbers.

    >>> safe_csv(pd.DataFrame({"publisher": ["=cmd|' /C calc'!A0"], "value": [-5.0]})).decode()
    "publisher,value\\n'=cmd|' /C calc'!A0,-5.0\\n"
    """
    return write_csv(rows).encode("utf-8")
