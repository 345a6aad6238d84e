"""Streamlit pieces of the Compare page and the Overview's map of counts.

The pages hand in the filtered rows, the stored ones (to say what the filters hide)
and the selection (for links that keep it); what is computed lives in the
Streamlit-free ``dashboard.counts`` and ``dashboard.count_charts``.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import count_charts, counts, data, downloads, filters, highlight, views

COUNT_WIDGET = "compare_count"
MAP_COUNTS = 6  # counts on the Overview's map
MAP_COLUMNS = 2
LINK = "in article"
STANCE_HELP = (
    "own: the source belongs to the counted side · adversary: it belongs to a side fighting it · "
    "third party: neither · unknown: not known"
)
QUALIFIER_WORDS = {"approximate": "about", "at_least": "at least", "at_most": "at most"}
APART_COLUMNS = ["source", "as_of", "scope", "qualifier", "value", "low", "high", "span", "doc"]
COMPARED = list(dict.fromkeys([*counts.TABLE_COLUMNS, *APART_COLUMNS, "start"]))  # what the Compare page reads
APART_ROWS = 1000  # rows of each table of figures listed apart: a count can have many thousands


def listed_counts(rows: pd.DataFrame, chosen: filters.Selection) -> pd.DataFrame:
    """``counts.list_counts(rows)`` for the ``rows`` that ``chosen`` keeps, kept per selection (see data.per_view)."""
    return data.per_view("counts", chosen, lambda: counts.list_counts(rows))


def comparison(rows: pd.DataFrame, chosen: filters.Selection, count: counts.Count) -> counts.Comparison:
    """``counts.compare(rows, count)`` for the ``rows`` that ``chosen`` keeps, kept per selection and count, with
    the columns the Compare page shows."""

    def compared() -> counts.Comparison:
        whole = counts.compare(rows, count)
        parts = {name: data.compact(getattr(whole, name)[COMPARED]) for name in ("totals", "undated", "vague", "apart")}
        return replace(whole, **parts)

    return data.per_view("compare", (chosen, count), compared)


def _estimates_figure(rows: pd.DataFrame, chosen: filters.Selection, count: counts.Count, title: str, **layout):
    """The chart of ``count`` over the ``rows`` that ``chosen`` keeps, and whether it has a dated running total;
    kept per selection, count and layout (a chart shown again costs neither the comparison nor the figure)."""

    def drawn():
        compared = counts.compare(rows, count)
        return count_charts.estimates_figure(compared, title, **layout).to_dict(), not compared.totals.empty

    # Kept as a plain spec and made a figure again on every run, the first included: a figure that came back
    # from the cache differed from the one drawn first, and the click that selected a point was lost.
    spec, has_totals = data.per_view("chart", (chosen, count, title, layout), drawn)
    return go.Figure(spec), has_totals


def choose_count(
    rows: pd.DataFrame, chosen: filters.Selection, key: str = COUNT_WIDGET, label: str = "Count"
) -> counts.Count | None:
    """The count compared: kept while on the page, else the link's, else the one with most sources."""
    listed = listed_counts(rows, chosen)
    if listed.empty:
        return None
    labels = listed["count"].tolist()
    words = {
        label: f"{label} — {sources:,} sources, {figures:,} figures"
        for label, sources, figures in zip(labels, listed["sources"], listed["figures"], strict=True)
    }
    if st.session_state.get(key) not in labels:
        wanted = st.query_params.get(filters.COUNT)
        st.session_state[key] = wanted if wanted in labels else labels[0]
    chosen = st.selectbox(
        label,
        labels,
        format_func=words.get,  # options are shown as plain text
        key=key,
        help="Whose people, what happened to them and whom among them; the counts with most sources first.",
    )
    return counts.Count.parse(chosen)


def count_chart(rows: pd.DataFrame, chosen: filters.Selection, count: counts.Count, key: str) -> None:
    """One count's running totals by source over time (never two counts, nor totals and events, on one axis);
    a click on a mark opens that figure in its article."""
    chart, drawn = _estimates_figure(rows, chosen, count, f"{count.label}: each source's running total over time")
    if not drawn:
        st.info("This count has no dated running total under these filters; its other figures are listed.")
        return
    event = st.plotly_chart(
        chart,
        key=key,
        width="stretch",
        on_select="rerun",
        selection_mode="points",
    )
    for point in event.selection.points if event else ():
        link = point.get("customdata")
        if link and len(link) == 2:
            views.open_figure(link[0], link[1], chosen)


def say_what_filters_hide(
    stored: pd.DataFrame, rows: pd.DataFrame, count: counts.Count, chosen: filters.Selection
) -> None:
    """How many of the count's figures the filters leave out."""
    everything, shown = data.per_view(
        "hidden", (chosen, count), lambda: (len(counts.count_rows(stored, count)), len(counts.count_rows(rows, count)))
    )
    if shown < everything:
        st.caption(f"The filters hide {everything - shown:,} of this count's {everything:,} stored figures.")
    else:
        st.caption(f"All {everything:,} stored figures of this count are shown.")


def headline(comparison: counts.Comparison, latest: pd.DataFrame) -> None:
    """Independent sources, totals charted and the spread of the latest estimates."""
    gap = counts.spread(latest)
    left, middle, right = st.columns(3)
    left.metric(
        "Independent sources",
        f"{counts.independent_sources(comparison.totals):,}",
        help="Different sources among the charted totals: a body quoted by several people counts once.",
    )
    middle.metric("Running totals charted", f"{len(comparison.totals):,}")
    if gap is None:
        right.metric("Spread of the latest estimates", "—", help="It takes two sources or more.")
        return
    right.metric("Spread of the latest estimates", f"{gap.low:,.0f} to {gap.high:,.0f}")
    times = f" ({gap.ratio:,.1f} times the lowest)" if gap.ratio else ""
    st.caption(highlight.plain_markdown(f"Lowest: {gap.low_source}. Highest: {gap.high_source}{times}."))


def latest_table(latest: pd.DataFrame, chosen: filters.Selection) -> None:
    """Each source's latest estimate, with a link to it in its article."""
    shown = pd.DataFrame(
        {
            "source": latest["source"],
            "latest estimate": latest["estimate"],
            "stated as": [QUALIFIER_WORDS.get(str(q), str(q)) for q in latest["qualifier"]],
            "as of": latest["as_of"],
            "stance": latest["stance"].fillna("unknown"),
            LINK: [
                filters.article_link(str(article), int(start), chosen)
                for article, start in zip(latest["article_id"], latest["start"], strict=True)
            ],
        }
    )
    st.dataframe(
        shown,
        hide_index=True,
        width="stretch",
        key="latest_estimates",
        column_config={
            LINK: st.column_config.LinkColumn(LINK, display_text="read it"),
            "stance": st.column_config.TextColumn("stance", help=STANCE_HELP),
        },
    )


def listed_apart(comparison: counts.Comparison) -> None:
    """What the chart does not draw: undated and vague totals, and the period and event figures."""
    for rows, words in (
        (comparison.undated, "undated running totals (no date to draw them at)"),
        (comparison.vague, "running totals without a number (hundreds, thousands)"),
        (comparison.apart, "period and event figures (a day, a month, one attack): never joined to the totals"),
    ):
        if len(rows):
            with st.expander(f"{len(rows):,} {words}"):
                st.dataframe(rows[APART_COLUMNS].head(APART_ROWS), hide_index=True, width="stretch")
                if len(rows) > APART_ROWS:
                    st.caption(f"The first {APART_ROWS:,}; the download on Explore holds them all.")


def compare_count(
    stored: pd.DataFrame, rows: pd.DataFrame, count: counts.Count, file_stem: str, chosen: filters.Selection
) -> None:
    """The Compare page's body for one count: chart, latest estimates, spread, download, what is apart."""
    say_what_filters_hide(stored, rows, count, chosen)
    compared = comparison(rows, chosen, count)
    latest = counts.latest_estimates(compared.totals)
    headline(compared, latest)
    count_chart(rows, chosen, count, key="compare_chart")
    if not compared.totals.empty:
        st.caption(
            "One colour and one line per source, through the dates its figures stand for (as of). "
            "● exact, ○ about, ▲ at least, ▼ at most; a bar is a range from its low to its high value."
        )
        st.subheader("Each source's latest estimate", anchor=False)
        latest_table(latest, chosen)
        st.download_button(
            f"Download the {len(compared.totals):,} figures behind the chart (CSV)",
            data=lambda: downloads.safe_csv(compared.totals[counts.TABLE_COLUMNS]),
            file_name=f"{counts.file_stem(count)}_{file_stem}.csv",
            mime="text/csv",
            key="compare_download",
            on_click="ignore",
        )
    listed_apart(compared)


def counts_map(rows: pd.DataFrame, chosen: filters.Selection, compare_page: str) -> None:
    """The counts with most sources, each its sources' totals over time, each linking to Compare."""
    listed = listed_counts(rows, chosen)
    listed = listed[listed["totals"] > 0].head(MAP_COUNTS)
    if listed.empty:
        st.info("No count has a dated running total under these filters.")
        return
    columns = st.columns(MAP_COLUMNS)
    for index, row in enumerate(listed.to_dict("records")):
        count = counts.Count(row["side"], row["category"], row["force"], row["unit"])
        with columns[index % MAP_COLUMNS]:
            chart, _ = _estimates_figure(rows, chosen, count, count.label, height=300, legend=False)
            st.plotly_chart(chart, key=f"map_{index}", width="stretch")
            st.page_link(
                compare_page,
                label=highlight.plain_markdown(f"Compare {row['sources']:,} sources on {count.label}"),
                icon=":material/compare_arrows:",
                query_params={filters.COUNT: count.label, **filters.to_params(chosen)},
            )
