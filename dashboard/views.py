"""Streamlit pieces more than one page shows (the store's figures, or a message saying why there are none)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data
from dashboard.highlight import plain_markdown

EMPTY_STORE = (
    "The store has no figures yet. Add articles on the **Add articles** page, or build it from the "
    "bundled articles with `python -m extractors ingest seeds`."
)


def stored_figures() -> pd.DataFrame | None:
    """The stored figures, or None after telling the user why there are none."""
    try:
        if data.store_missing_or_empty():
            st.info(EMPTY_STORE)
            return None
        return data.figures()
    except Exception as error:  # a damaged or foreign database file: say so, no traceback
        st.error(f"Could not read the store at {plain_markdown(str(data.db_path()))}: {plain_markdown(str(error))}")
        return None
