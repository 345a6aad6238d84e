"""Explore: narrow the figures down, read them with their sentence, open each in its article, download exactly that."""

from __future__ import annotations

import math

import streamlit as st

from dashboard import count_views, data, downloads, filters, highlight, state, table, views
from extractors.figure import COLUMNS

PAGE_ROWS = 100
DEFAULT_COLUMNS = [
    "published", "publisher", "source", "claimant", "category", "qualifier", "value", "low", "high", "unit",
    "side", "subject", "span", "sentence", "doc", "review",
]  # fmt: skip
ALL_COLUMNS = [*COLUMNS, "article_id", "review"]
CHART_COUNT = "chart_count"


def _table(result: filters.Filtered, chosen: filters.Selection) -> None:
    columns = st.multiselect("Columns", ALL_COLUMNS, default=DEFAULT_COLUMNS, key="columns") or DEFAULT_COLUMNS
    rows = result.rows
    pages = max(1, math.ceil(len(rows) / PAGE_ROWS))
    if st.session_state.get("table_page", 1) > pages:
        st.session_state["table_page"] = 1  # the filter shrank the result under the page being read
    page = st.pagination(pages, key="table_page") if pages > 1 else 1
    first = (page - 1) * PAGE_ROWS
    # The sentences of these rows only, read once for each page of each selection.
    page_rows = rows.iloc[first : first + PAGE_ROWS]
    shown = data.per_view("page", (chosen, first), lambda: data.compact(data.with_sentences(page_rows)))
    readable = table.readable(shown, columns)
    numbers = {column: st.column_config.TextColumn(alignment="right") for column in table.number_columns(readable)}
    st.dataframe(
        table.with_links(table.on_screen(readable), shown, chosen),
        hide_index=True,
        width="stretch",
        key="figures_table",
        column_config={
            table.LINK: st.column_config.LinkColumn(
                table.LINK, display_text="read it", help="Open the figure's highlighted place in its article"
            ),
            **numbers,
        },
    )
    st.caption(
        f"Rows {first + 1:,}–{min(first + PAGE_ROWS, len(rows)):,} of {len(rows):,}. "
        "The download holds all of them, with the columns shown."
    )
    st.download_button(
        f"Download these {len(rows):,} figures (CSV)",
        # Built only when clicked, streamed from the store by the same filter (with every row's sentence).
        data=lambda: downloads.figures_csv(data.db_path(), filters.figure_filter(chosen), columns),
        file_name=f"{result.file_stem}.csv",
        mime="text/csv",
        key="download",
        on_click="ignore",
        help=highlight.plain_markdown(result.description)
        + " — cells that a spreadsheet would run as formulas are prefixed with '",
    )


def main() -> None:
    page = views.filtered_page("Explore figures")
    if page is None:
        return
    figures, chosen, result = page
    views.describe(result)
    st.metric("Matching figures", f"{len(result.rows):,}", help=views.stored_count(figures))
    if result.rows.empty:
        state.keep_in_url(chosen)
        st.info("No figures match these filters. Remove a filter or widen the date range.")
        return
    count = count_views.choose_count(result.rows, chosen, key=CHART_COUNT, label="Chart count")
    state.keep_in_url(chosen, count=count.label if count else "")
    if count:  # one count on the chart, never two on one axis
        count_views.count_chart(result.rows, chosen, count, key="explore_claims")
    _table(result, chosen)


if __name__ == "__main__":
    main()
