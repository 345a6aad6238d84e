"""Overview: headline counts and who claims what, by category, side and publisher."""

import streamlit as st

from dashboard import charts, views


def main() -> None:
    st.title("War figures: who claims what")
    figures = views.stored_figures()
    if figures is None:
        return
    counts = charts.headline_counts(figures)
    for column, (label, value) in zip(st.columns(len(counts)), counts.items(), strict=True):
        column.metric(label.capitalize(), f"{value:,}")
    st.caption(
        "Each mark is one figure as an article states it. ▲ at least, ▼ at most, ○ approximate, "
        "● exact; a vertical bar is a range from its low to its high value."
    )
    categories = views.categories_present(figures)
    for tab, category in zip(st.tabs([c.capitalize() for c in categories]), categories, strict=True):
        with tab:
            views.claims_chart(figures, category, "all stored figures", key=f"claims_{category}")
    left, right = st.columns(2)
    left.plotly_chart(charts.count_figure(figures, "side", "Figures by side"), key="by_side")
    right.plotly_chart(charts.count_figure(figures, "publisher", "Figures by publisher"), key="by_publisher")


if __name__ == "__main__":
    main()
