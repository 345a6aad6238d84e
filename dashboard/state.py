"""What the user chose, kept across reruns, pages and links: the filter sidebar and the URL.

Streamlit 1.67 can bind a widget to a URL parameter (``bind="query-params"``) and keep
its value across pages (``persist_state="session"``), but both keep what the browser
sends back, which for a list is the option's *label*. The facets' labels carry live
counts ("NIS (40)"): bound, a link would hold a count that changes with the store,
and once the counts change the label the browser kept matches no option (how a
picked source turned into "Volodymyr Zelensky (17)" and the page showed nothing).
In 1.67 a value read from a link was also dropped on the first page switch.

So the selection is kept here, by value, in three places that agree: the session
(across pages), the URL (written after every run, read when a session starts), and
the widgets, each set from the selection before it is drawn, which also renews the
labels the browser holds; a change the user makes reaches the selection through the
widget's ``on_change`` callback, run before the page with the labels the user saw.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pandas as pd
import streamlit as st

from dashboard import data, filters, highlight
from dashboard.filters import FACETS, FILTER_PARAMS, PAGE_PARAMS, Filtered, Selection
from extractors.store.conditions import FIELDS, REVIEWED

SELECTION = "selection"  # the session's current Selection
_PICKED_DATES = "picked_dates"  # the date widget's last value, half a range while the user picks
_HELP = {
    "source": "Who the figure comes from, under one name across articles: the body a claimant cites or speaks "
    "for (a spokesman's ministry), else the claimant. The claimant as the article writes it is in the table.",
    "source_type": "What kind of source: government, military, intelligence, health authority, international body,"
    " monitor, media, armed group, person, or unnamed.",
    "publisher": "Who published the article.",
    "side": "Whose people the figure counts.",
    "qualifier": "How the article states the figure: exact, about, at least, at most, a range, or vague.",
    "stance": "Whether the source belongs to the side it counts (own), fights it (adversary), or neither.",
    "review": "What an analyst made of the figure on its Article page; rejected figures show only when chosen here.",
}


def selection() -> Selection:
    """The selection of this session; on its first run, the one the URL gives (saying what it could not read)."""
    if SELECTION not in st.session_state:
        chosen, problems = filters.from_params({key: st.query_params.get_all(key) for key in FILTER_PARAMS})
        st.session_state[SELECTION] = chosen
        for problem in problems:
            st.warning(highlight.plain_markdown(problem))  # it quotes the link
    return st.session_state[SELECTION]


def keep_in_url(chosen: Selection, **page: str) -> None:
    """Write the selection and this page's choices (``article``, ``figure``, ``chart``) into the URL, others out."""
    wanted = filters.to_params(chosen) | {key: [value] for key, value in page.items() if value}
    for key in (*FILTER_PARAMS, *PAGE_PARAMS):
        if key in wanted:
            if st.query_params.get_all(key) != wanted[key]:
                st.query_params[key] = wanted[key]
        elif key in st.query_params:
            del st.query_params[key]


def _widget(name: str) -> str:
    return f"filter_{name}"


def _facet_changed(name: str) -> None:
    chosen = st.session_state[SELECTION]
    facets = {**chosen.facets, name: tuple(st.session_state[_widget(name)])}
    st.session_state[SELECTION] = replace(chosen, facets={key: values for key, values in facets.items() if values})


def _reviewed_changed() -> None:
    chosen = st.session_state[SELECTION]
    facets = {name: values for name, values in chosen.facets.items() if name != "review"}
    if st.session_state[_widget("reviewed")]:
        facets["review"] = REVIEWED
    st.session_state[SELECTION] = replace(chosen, facets=facets)


def _text_changed() -> None:
    st.session_state[SELECTION] = replace(st.session_state[SELECTION], text=st.session_state[_widget("text")])


def _undated_changed() -> None:
    st.session_state[SELECTION] = replace(st.session_state[SELECTION], undated=st.session_state[_widget("undated")])


def _dates_changed(bounds: tuple[dt.date, dt.date]) -> None:
    picked = tuple(st.session_state[_widget("dates")] or ())
    st.session_state[_PICKED_DATES] = picked
    if len(picked) != 2:
        return  # half a range: the user is still picking
    start, end = picked if picked != bounds else (None, None)  # the whole span is no filter
    st.session_state[SELECTION] = replace(st.session_state[SELECTION], published_from=start, published_to=end)


def filter_sidebar(figures: pd.DataFrame, chosen: Selection, result: Filtered) -> None:
    """The filters in the sidebar, each showing ``chosen``; options are labelled in words with their counts."""
    counts = data.per_view("facets", chosen, lambda: filters.facet_counts(figures, chosen, result.sentence_matches))
    with st.sidebar:
        st.header("Filters")
        st.session_state[_widget("text")] = chosen.text
        st.text_input("Sentence contains", key=_widget("text"), on_change=_text_changed, placeholder="e.g. hospital")
        for name in FACETS:
            tally = dict(counts[name])
            st.session_state[_widget(name)] = list(chosen.facets.get(name, ()))
            st.multiselect(
                FIELDS[name].label.capitalize(),
                options=list(tally),
                format_func=lambda value, name=name, tally=tally: filters.option_label(name, value, tally[value]),
                key=_widget(name),
                on_change=_facet_changed,
                args=(name,),
                placeholder="any",
                help=_HELP.get(name),
                filter_mode="contains",
            )
        st.session_state[_widget("reviewed")] = filters.reviewed_only(chosen)
        st.toggle("Reviewed figures only", key=_widget("reviewed"), on_change=_reviewed_changed,
                  help="Figures an analyst confirmed, corrected or added")  # fmt: skip
        _date_filter(figures, chosen, result)
        st.caption("The count beside each option is how many figures it would match with the other filters as set.")


def _date_filter(figures: pd.DataFrame, chosen: Selection, result: Filtered) -> None:
    bounds = filters.published_bounds(figures)
    undated = filters.undated_count(figures)
    if bounds:
        start = chosen.published_from or bounds[0]
        end = chosen.published_to or bounds[1]
        picked = st.session_state.get(_PICKED_DATES)
        st.session_state[_widget("dates")] = picked if picked and len(picked) == 1 else (start, end)
        st.date_input(
            "Published between",
            min_value=min(bounds[0], start),
            max_value=max(bounds[1], end),
            key=_widget("dates"),
            format="YYYY-MM-DD",
            on_change=_dates_changed,
            args=(bounds,),
        )
    if chosen.dated:
        st.session_state[_widget("undated")] = chosen.undated
        st.toggle("Include undated figures", key=_widget("undated"), on_change=_undated_changed)
        kept = "included" if chosen.undated else "not in this range"
        st.caption(f"\\+ {result.undated:,} undated ({kept}): figures the other filters match, in undated articles.")
    elif undated:
        st.caption(f"{undated:,} stored figures are undated; a date range leaves them out unless you include them.")
