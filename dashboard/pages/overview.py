"""Overview: headline counts and who claims what, by category, side and publisher."""

import streamlit as st

from dashboard import charts, filters, views


def main() -> None:
    st.title("War figures: who claims what")
    figures = views.stored_figures()
    if figures is None:
        return
    with st.sidebar:
        sources = st.multiselect(
            "Compare sources",
            [name for name, _ in filters.facet_counts(figures, filters.Selection())["claimant"]],
            key="overview_claimant",
            placeholder="all sources",
            help="Draw only these sources' figures in the charts below.",
        )
    selection = filters.Selection(facets={"claimant": tuple(sources)})
    shown = filters.apply_selection(figures, selection)
    counts = charts.headline_counts(figures)
    for column, (label, value) in zip(st.columns(len(counts)), counts.items(), strict=True):
        column.metric(label.capitalize(), f"{value:,}")
    st.caption(
        "Each mark is one figure as an article states it. ▲ at least, ▼ at most, ○ approximate, "
        "● exact; a vertical bar is a range from its low to its high value."
    )
    if shown.rows.empty:
        st.info("None of the chosen sources has a figure in the store.")
        return
    about = shown.description
    categories = views.categories_present(shown.rows)
    for tab, category in zip(st.tabs([c.capitalize() for c in categories]), categories, strict=True):
        with tab:
            views.claims_chart(shown.rows, category, about, key=f"claims_{category}")
    left, right = st.columns(2)
    left.plotly_chart(charts.count_figure(shown.rows, "side", f"Figures by side — {about}"), key="by_side")
    right.plotly_chart(
        charts.count_figure(shown.rows, "publisher", f"Figures by publisher — {about}"), key="by_publisher"
    )


if __name__ == "__main__":
    main()
