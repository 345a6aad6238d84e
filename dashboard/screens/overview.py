"""Overview: headline counts and who claims what, by category, side and publisher, under the shared filters."""

import streamlit as st

from dashboard import charts, filters, state, views


def main() -> None:
    st.title("War figures: who claims what")
    figures = views.stored_figures()
    if figures is None:
        return
    chosen = state.selection()
    result = filters.apply_selection(figures, chosen)
    state.filter_sidebar(figures, chosen, result)
    state.keep_in_url(chosen)
    views.describe(result)
    counts = charts.headline_counts(result.rows)
    for column, (label, value) in zip(st.columns(len(counts)), counts.items(), strict=True):
        column.metric(
            label.capitalize(), f"{value:,}", help=f"of {len(figures):,} stored" if label == "figures" else None
        )
    if result.rows.empty:
        st.info("No figures match these filters. Remove a filter or widen the date range.")
        return
    st.caption(
        "Each mark is one figure as an article states it, over its publication date. ▲ at least, ▼ at most, "
        "○ about, ● exact; a vertical bar is a range from its low to its high value. Click a mark to read it."
    )
    categories = views.categories_present(result.rows)
    for tab, category in zip(st.tabs([c.capitalize() for c in categories]), categories, strict=True):
        with tab:
            views.claims_chart(result.rows, category, chosen, key=f"claims_{category}")
    left, right = st.columns(2)
    left.plotly_chart(charts.count_figure(result.rows, "side", "Figures by side"), key="by_side")
    right.plotly_chart(charts.count_figure(result.rows, "publisher", "Figures by publisher"), key="by_publisher")


if __name__ == "__main__":
    main()
