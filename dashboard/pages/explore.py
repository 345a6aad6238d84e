"""Explore: narrow the figures down, read them with their sentence, download exactly that."""

from __future__ import annotations

import math

import streamlit as st

from dashboard import count_views, counts, downloads, filters, highlight, views
from extractors.figure import COLUMNS

PAGE_ROWS = 100
DEFAULT_COLUMNS = [
    "published", "publisher", "claimant", "category", "qualifier", "value", "low", "high", "unit",
    "side", "subject", "span", "sentence", "doc",
]  # fmt: skip
ALL_COLUMNS = [*COLUMNS, "article_id"]


def _selection(bounds) -> filters.Selection:
    """The selection as the widgets last left it (read before drawing them, for the facet counts)."""
    state = st.session_state
    facets = {column: tuple(state.get(f"facet_{column}", ())) for column in filters.FACET_COLUMNS}
    published_from = published_to = None
    dates = tuple(state.get("published") or ())
    # A half-picked range (one date clicked) or the full span is no filter.
    if bounds and len(dates) == 2 and dates != bounds:
        published_from, published_to = dates
    return filters.Selection(facets, published_from, published_to, state.get("text", ""))


def _filter_widgets(figures, selection: filters.Selection, bounds) -> None:
    counts = filters.facet_counts(figures, selection)
    with st.sidebar:
        st.header("Filters")
        st.text_input("Sentence contains", key="text", placeholder="e.g. hospital")
        for facet in filters.FACETS:
            tally = dict(counts[facet.column])
            st.multiselect(
                facet.label,
                options=list(tally),
                format_func=lambda value, tally=tally: f"{value} ({tally[value]:,})",
                key=f"facet_{facet.column}",
                placeholder="any",
            )
        if bounds:
            st.date_input("Published between", value=bounds, key="published", format="YYYY-MM-DD")
        st.caption("Counts beside each option are the figures it would match with the other filters as set.")


def _table(rows, description: str, file_stem: str) -> None:
    columns = st.multiselect("Columns", ALL_COLUMNS, default=DEFAULT_COLUMNS, key="columns") or DEFAULT_COLUMNS
    shown = rows[columns]
    pages = max(1, math.ceil(len(shown) / PAGE_ROWS))
    if st.session_state.get("table_page", 1) > pages:
        st.session_state["table_page"] = 1  # the filter shrank the result under the page being read
    page = st.pagination(pages, key="table_page") if pages > 1 else 1
    first = (page - 1) * PAGE_ROWS
    st.dataframe(shown.iloc[first : first + PAGE_ROWS], hide_index=True, width="stretch", key="figures_table")
    st.caption(
        f"Rows {first + 1:,}–{min(first + PAGE_ROWS, len(shown)):,} of {len(shown):,}. "
        "The download holds all of them, with the columns shown."
    )
    st.download_button(
        f"Download these {len(shown):,} figures (CSV)",
        # Built only when clicked: a 100,000-row CSV is not made on every rerun.
        data=lambda: downloads.safe_csv(shown),
        file_name=f"{file_stem}.csv",
        mime="text/csv",
        key="download",
        on_click="ignore",
        help=f"{highlight.plain_markdown(description)} — cells that a spreadsheet would run as formulas are"
        " prefixed with '",
    )


def main() -> None:
    st.title("Explore figures")
    figures = views.stored_figures()
    if figures is None:
        return
    bounds = filters.published_bounds(figures)
    selection = _selection(bounds)
    _filter_widgets(figures, selection, bounds)
    result = filters.apply_selection(figures, selection)
    st.subheader(highlight.plain_markdown(result.description), anchor=False)
    st.metric("Matching figures", f"{len(result.rows):,}", help=f"of {len(figures):,} stored")
    if result.rows.empty:
        st.info("No figures match these filters. Remove a filter or widen the date range.")
        return
    count = count_views.choose_count(result.rows, key="chart_count", label="Chart count")
    if count:
        count_views.count_chart(counts.compare(result.rows, count), key="explore_claims")
    _table(result.rows, result.description, result.file_stem)


if __name__ == "__main__":
    main()
