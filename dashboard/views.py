"""Streamlit pieces more than one page shows (messages, the claims charts)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, data
from dashboard.highlight import plain_markdown
from extractors.figure import CATEGORIES

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


def categories_present(figures: pd.DataFrame) -> list[str]:
    """Categories with at least one figure, in the table's fixed order."""
    counts = figures["category"].value_counts()
    return [category for category in CATEGORIES if counts.get(category, 0) > 0]


def claims_chart(figures: pd.DataFrame, category: str, description: str, key: str) -> None:
    """One category's claims chart, with its vague figures listed under it."""
    title = f"{category.capitalize()}: figures by source — {description}"
    st.plotly_chart(charts.claims_figure(figures, category, title), key=key, width="stretch")
    vague = charts.vague_claims(figures, category)
    if len(vague):
        with st.expander(f"{len(vague):,} vague {category} figures (no number, not drawn)"):
            st.dataframe(vague.head(200), hide_index=True, width="stretch")
