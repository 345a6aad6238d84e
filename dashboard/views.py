"""Streamlit pieces more than one page shows (messages, what the filters keep, opening a figure in its article)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data, filters, highlight, state
from dashboard.filters import ARTICLE, FIGURE, Filtered, Selection
from dashboard.highlight import plain_markdown
from extractors.store.conditions import REJECTED

ARTICLE_PAGE = "screens/article.py"
EMPTY_STORE = (
    "The store has no figures yet. Add articles on the **Add articles** page, or build it from the "
    "bundled articles with `python -m extractors ingest seeds`."
)


def stored_figures() -> pd.DataFrame | None:
    """The stored figures as reviewed (without their sentences: see :func:`data.with_sentences`), or None after
    saying why there are none.

    Rejected figures are in: the filters leave them out unless the review filter names them.
    """
    try:
        return data.figures(rejected=True) if store_ready() else None
    except Exception as error:  # a damaged or foreign database file: say so, no traceback
        _unreadable(error)
        return None


def store_ready() -> bool:
    """Whether the store has figures to show, after saying why not (without loading them)."""
    try:
        if data.store_missing_or_empty():
            st.info(EMPTY_STORE)
            return False
        return True
    except Exception as error:  # a damaged or foreign database file: say so, no traceback
        _unreadable(error)
        return False


def _unreadable(error: Exception) -> None:
    st.error(f"Could not read the store at {plain_markdown(str(data.db_path()))}: {plain_markdown(str(error))}")


def apply_selection(figures: pd.DataFrame, chosen: Selection) -> Filtered:
    """The rows of ``figures`` (from :func:`stored_figures`) that ``chosen`` keeps; a sentence search asks the store."""
    text = chosen.text.strip()

    def filtered() -> Filtered:
        matches = data.sentence_matches(text) if text and "sentence" not in figures else None
        return filters.apply_selection(figures, chosen, matches)

    return data.kept_rows(chosen, figures, filtered)


def stored_count(figures: pd.DataFrame) -> str:
    """How many figures are stored, rejected ones aside, for a "matching ... of N" note."""
    rejected = int((figures["review"] == REJECTED).sum())
    return f"of {len(figures) - rejected:,} stored" + (f" ({rejected:,} rejected aside)" if rejected else "")


def describe(result: Filtered) -> None:
    """What the filters keep, in words (escaped: the words hold names from articles)."""
    words = result.description
    st.subheader(highlight.plain_markdown(words[:1].upper() + words[1:]), anchor=False)


def open_figure(article_id: str, start: int | str, chosen: Selection) -> None:
    """Go to the Article page, scrolled to one figure's highlight, the filters kept."""
    st.switch_page(
        ARTICLE_PAGE, query_params={ARTICLE: str(article_id), FIGURE: str(start), **filters.to_params(chosen)}
    )


def filtered_page(title: str) -> tuple[pd.DataFrame, Selection, Filtered] | None:
    """A page's opening, shared by Compare, Overview and Explore: its title, the stored figures, the
    selection (URL and sidebar) and the rows it keeps; None when there is nothing stored."""
    st.title(title)
    figures = stored_figures()
    if figures is None:
        return None
    chosen = state.selection()
    result = apply_selection(figures, chosen)
    state.filter_sidebar(figures, chosen, result)
    return figures, chosen, result
