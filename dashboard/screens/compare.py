"""Compare: every source's estimate of one count over time, under the shared filters (the page a user lands on)."""

import streamlit as st

from dashboard import count_views, state, views


def main() -> None:
    page = views.filtered_page("Compare sources on one count")
    if page is None:
        return
    figures, chosen, result = page
    views.describe(result)
    count = count_views.choose_count(result.rows, chosen)
    state.keep_in_url(chosen, count=count.label if count else "")
    if count is None:
        st.info("No figure with a side matches these filters. Remove a filter or widen the date range.")
        return
    count_views.compare_count(figures, result.rows, count, result.file_stem, chosen)


if __name__ == "__main__":
    main()
