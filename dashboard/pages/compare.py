"""Compare: every source's estimate of one count over time, under the filters (the page a user lands on)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import count_views, filters, highlight, views


def _article_link(row: pd.Series) -> str:
    return f"./article?article={row['article_id']}"


def main() -> None:
    st.title("Compare sources on one count")
    figures = views.stored_figures()
    if figures is None:
        return
    chosen = count_views.filter_sidebar(figures, prefix="compare")
    result = filters.apply_selection(figures, chosen)
    st.subheader(highlight.plain_markdown(result.description), anchor=False)
    count = count_views.choose_count(result.rows)
    if count is None:
        st.info("No figure with a side matches these filters. Remove a filter or widen the date range.")
        return
    count_views.compare_count(figures, result.rows, count, result.file_stem, _article_link)


if __name__ == "__main__":
    main()
