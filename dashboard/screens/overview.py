"""Overview: the map of counts, each its sources' running totals over time, linking into Compare."""

import streamlit as st

from dashboard import charts, count_views, data, state, views

COMPARE_PAGE = "screens/compare.py"


def main() -> None:
    page = views.filtered_page("War figures: the counts most sources give")
    if page is None:
        return
    figures, chosen, result = page
    state.keep_in_url(chosen)
    views.describe(result)
    counts = data.per_view("headline", chosen, lambda: charts.headline_counts(result.rows))
    for column, (label, value) in zip(st.columns(len(counts)), counts.items(), strict=True):
        column.metric(
            label.capitalize(), f"{value:,}", help=views.stored_count(figures) if label == "figures" else None
        )
    if result.rows.empty:
        st.info("No figures match these filters. Remove a filter or widen the date range.")
        return
    st.caption(
        "A count is whose people, what happened to them and whom among them. Each chart draws one count: "
        "each source's running totals over the dates they stand for, one colour per source. "
        "● exact, ○ about, ▲ at least, ▼ at most; a bar is a range."
    )
    count_views.counts_map(result.rows, chosen, COMPARE_PAGE)


if __name__ == "__main__":
    main()
