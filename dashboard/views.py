"""Streamlit pieces more than one page shows (messages, headline counts, charts that open articles)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import claims, data, filters, highlight
from dashboard.filters import ARTICLE, FIGURE, Filtered, Selection
from dashboard.highlight import plain_markdown
from extractors.figure import CATEGORIES

ARTICLE_PAGE = "screens/article.py"
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


def describe(result: Filtered) -> None:
    """What the filters keep, in words (escaped: the words hold names from articles)."""
    words = result.description
    st.subheader(highlight.plain_markdown(words[:1].upper() + words[1:]), anchor=False)


def open_figure(article_id: str, start: int | str, chosen: Selection) -> None:
    """Go to the Article page, scrolled to one figure's highlight, the filters kept."""
    st.switch_page(
        ARTICLE_PAGE, query_params={ARTICLE: str(article_id), FIGURE: str(start), **filters.to_params(chosen)}
    )


def claims_chart(rows: pd.DataFrame, category: str, chosen: Selection, key: str) -> None:
    """One category's claims chart (a click on a figure opens it in its article), its vague figures under it."""
    points, left_out = claims.claim_points(rows, category)
    title = f"{category.capitalize()}: figures by source and date"
    event = st.plotly_chart(
        claims.claims_figure(points, category, title),
        key=key,
        width="stretch",
        on_select="rerun",
        selection_mode="points",
    )
    if left_out:
        st.caption(
            f"{left_out:,} more {category} figures are not drawn: the chart keeps the {claims.MAX_CLAIMANTS} sources "
            f"with most figures and each one's latest {claims.MAX_FIGURES_PER_CLAIMANT}. The table has them all."
        )
    for point in event.selection.points if event else ():
        link = point.get("customdata")
        if link and len(link) == 2:
            open_figure(link[0], link[1], chosen)
    vague = claims.vague_claims(rows, category)
    if len(vague):
        with st.expander(f"{len(vague):,} vague {category} figures (no number, not drawn)"):
            st.dataframe(vague.head(200), hide_index=True, width="stretch")
