"""Reviewing on the Article page: the reviewer's name, a figure's review form, and adding a missed figure.

The reviewer's name is asked once and kept in ``st.session_state`` for the browser
session. A figure is chosen in the sidebar's list or by clicking its highlight; its
form confirms, corrects or rejects it, with a note. A figure the extractor missed is
added by selecting its words in the article, or by choosing its sentence and typing
them. Every write goes through :mod:`extractors.store.reviews` (one transaction with
its log entry) and names the last change the form saw, so a change someone else made
meanwhile is never overwritten. Names, notes and article text are Markdown-escaped.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable

import pandas as pd
import streamlit as st

from dashboard import article_events, data
from dashboard.highlight import plain_markdown
from dashboard.review_forms import (
    corrections,
    figure_label,
    form_values,
    phrase_spans,
    selection_span,
    sentence_index,
    shortened,
    suggested_fields,
)
from extractors.errors import InputError
from extractors.figure import CATEGORIES, QUALIFIERS
from extractors.sentences import split_sentences
from extractors.store.reviews import FigureKey, ReviewConflict, add_figure, clean_name, review_figure

REVIEWER = "reviewer_name"
FORGOTTEN = "reviewer_forgotten"  # the name was changed: the browser tab forgets the one it kept
FIGURE_CHOICE = "review_figure"  # the figure list's key begins so
CHOSEN, CLICKS = "review_figure_chosen", "review_figure_clicks"  # the figure shown (start, end, key category)
NOTICE = "review_notice"
ADD_SENTENCE, ADD_PHRASE, ADD_PLACE = "add_sentence", "add_phrase", "add_place"
_STATUS_WORDS = {"machine": "the machine's figure, not reviewed", "confirmed": "confirmed", "corrected": "corrected",
                 "rejected": "rejected (hidden from charts and tables)", "added": "added by an analyst"}  # fmt: skip


def browser_events():
    """Mount the page's listener (:mod:`dashboard.article_events`); a name the browser tab kept becomes this
    session's. Returns the listener's result (``figure``, ``selection``)."""
    events = article_events.listen(st.session_state.get(REVIEWER), st.session_state.get(FORGOTTEN, False))
    if not st.session_state.get(REVIEWER) and events.reviewer:
        try:
            st.session_state[REVIEWER] = clean_name(events.reviewer)
        except InputError:
            st.session_state[FORGOTTEN] = True  # not a name this form would take: the tab forgets it, and we ask
    return events


def reviewer_name() -> str | None:
    """The reviewer's name: asked once, then kept for the browser session."""
    name = st.session_state.get(REVIEWER)
    if name:
        st.session_state.pop(FORGOTTEN, None)
        st.caption(f"Reviewing as **{plain_markdown(name)}**")
        if st.button("Change name", key="change_reviewer", type="tertiary", help="Review under another name"):
            st.session_state.pop(REVIEWER)
            st.session_state[FORGOTTEN] = True  # and the tab forgets it too
            st.rerun()
        return name
    with st.form("reviewer_form", border=False):
        typed = st.text_input("Your name", placeholder="kept with every change you make", key="reviewer_typed")
        if st.form_submit_button("Start reviewing"):
            try:
                st.session_state[REVIEWER] = clean_name(typed)
            except InputError as error:
                st.error(error.reason)
                return None
            st.rerun()
    return None


def show_notice() -> None:
    """The outcome of the last write, shown once after the rerun it caused."""
    if notice := st.session_state.pop(NOTICE, None):
        st.success(plain_markdown(notice))  # it quotes the article's words


def write(action: Callable, done: str, clear: tuple[str, ...] = ()) -> None:
    """Run one write on the store; say what happened (and empty the ``clear`` widgets), or why not."""
    try:
        with data.writing() as connection:
            action(connection)
    except InputError as error:
        st.error(plain_markdown(str(error)))
        if isinstance(error, ReviewConflict):
            for key in clear:
                st.session_state.pop(key, None)
        return
    for key in clear:
        st.session_state.pop(key, None)
    st.session_state[NOTICE] = done
    st.rerun()


def _figure_fields(prefix: str, values: dict) -> dict:
    """The correctable fields as widgets (inside a form), filled with ``values``; returns what they hold."""
    numbers = st.columns(3)
    chosen = {
        name: column.number_input(
            name.capitalize(), value=values.get(name), min_value=0.0, step=1.0, format="%g", key=f"{prefix}_{name}"
        )  # fmt: skip
        for column, name in zip(numbers, ("value", "low", "high"), strict=True)
    }
    for name, options in (("category", CATEGORIES), ("qualifier", QUALIFIERS)):
        index = options.index(values[name]) if values.get(name) in options else 0
        chosen[name] = st.selectbox(name.capitalize(), options, index=index, key=f"{prefix}_{name}")
    for name, label in (("side", "Side"), ("claimant", "Claimant"), ("source", "Source")):
        chosen[name] = st.text_input(label, value=values.get(name) or "", key=f"{prefix}_{name}")
    return chosen


def _status_line(row) -> str:
    words = _STATUS_WORDS.get(str(row["review"]), str(row["review"]))
    if pd.isna(row["reviewer"]):
        return f"Status: {words}."
    line = f"Status: {words} by {row['reviewer']} at {row['reviewed_at']}."
    return line + (f" Note: {row['note']}" if not pd.isna(row["note"]) and row["note"] else "")


def _choose_figure(figures: pd.DataFrame, clicked: str | None) -> int | None:
    """The row of the figure the form shows: the highlight just clicked (``fig-N``), else the one chosen before."""
    places = [(int(row.start), int(row.end), str(row.key_category)) for row in figures.itertuples(index=False)]
    labels = [figure_label(number, row) for number, row in enumerate(figures.to_dict("records"), start=1)]
    if clicked and clicked.startswith("fig-") and clicked[4:].isdigit() and int(clicked[4:]) < len(figures):
        st.session_state[CHOSEN] = places[int(clicked[4:])]
        st.session_state[CLICKS] = st.session_state.get(CLICKS, 0) + 1
    index = places.index(st.session_state[CHOSEN]) if st.session_state.get(CHOSEN) in places else None
    # A new list when the labels change (a kept choice shows under its old label otherwise) or a click chose.
    version = zlib.crc32("\n".join(labels).encode())
    picked = st.selectbox("Figure", range(len(figures)), format_func=labels.__getitem__, index=index,
                          key=f"{FIGURE_CHOICE}_{version:x}_{st.session_state.get(CLICKS, 0)}",
                          placeholder="Click a highlight, or choose here")  # fmt: skip
    st.session_state[CHOSEN] = None if picked is None else places[picked]
    return picked


def figure_form(article_id: str, figures: pd.DataFrame, clicked: str | None, name: str | None) -> None:
    """The sidebar's review form for one of the article's figures (``clicked``: a highlight's id, ``fig-N``)."""
    st.markdown("**Review a figure**")  # not a heading: the article's title is the page's first
    if figures.empty:
        st.caption("This article has no figures to review; add one below the article.")
        return
    chosen = _choose_figure(figures, clicked)
    if chosen is None:
        return
    row = figures.iloc[chosen]
    st.caption(plain_markdown(f"“{row['sentence']}”"))
    st.markdown(plain_markdown(_status_line(row)))
    key = FigureKey(article_id, int(row["start"]), int(row["end"]), str(row["key_category"]))
    prefix = f"figure_{key.start}_{key.end}_{key.category}"
    with st.form(prefix):
        values = _figure_fields(prefix, form_values(row))
        note = st.text_area("Note (optional)", key=f"{prefix}_note", height=68)
        correct = st.form_submit_button("Save correction", disabled=name is None, width="stretch")
        buttons = st.columns(2)
        confirm = buttons[0].form_submit_button("Confirm", disabled=name is None, width="stretch")
        reject = buttons[1].form_submit_button("Reject", disabled=name is None, width="stretch")
    if name is None:
        st.caption("Give your name above to review.")
    # The last change this session saw when it opened the form, not what the store holds now: a change
    # someone else made since is refused, not overwritten. Forgotten after each write, to see the new state.
    seen = st.session_state.setdefault(
        f"{prefix}_seen", None if pd.isna(row["last_change"]) else int(row["last_change"])
    )
    clear = (f"{prefix}_seen",)
    shown = f"“{row['span']}”"
    if confirm:
        write(lambda c: review_figure(c, key, "confirmed", name, note=note, expect=seen), f"Confirmed {shown}.", clear)
    elif reject:
        write(lambda c: review_figure(c, key, "rejected", name, note=note, expect=seen), f"Rejected {shown}.", clear)
    elif correct:
        fields = corrections(row, values)
        if not fields:
            st.warning("Nothing was changed: edit a field, then save the correction.")
            return
        write(lambda c: review_figure(c, key, "corrected", name, fields, note, seen), f"Corrected {shown}.", clear)


def _take_selection(text: str, sentences, selection: dict | None) -> bool:
    """Words selected in the article become the add form's sentence and words; False if none or they do not fit."""
    if not selection:
        return False
    span = selection_span(text, selection.get("start"), selection.get("end"), selection.get("text"))
    where = sentence_index(sentences, *span) if span else None
    if where is None:
        st.warning("To add a figure, select words inside one sentence of the article.")
        return False
    places = phrase_spans(sentences[where], text[span[0] : span[1]])
    st.session_state[ADD_SENTENCE], st.session_state[ADD_PHRASE] = where, text[span[0] : span[1]]
    st.session_state[ADD_PLACE] = places.index(span) if span in places else 0
    return True


def _chosen_span(text: str, sentences) -> tuple[int, int] | None:
    """The span the add form's sentence and words give (asking which one when the words occur twice)."""
    where = st.selectbox("Sentence", range(len(sentences)), key=ADD_SENTENCE, index=None, placeholder="Choose",
                         format_func=lambda i: shortened(sentences[i].text))  # fmt: skip
    words = st.text_input("Its words, as written", key=ADD_PHRASE, placeholder="e.g. seven neighbours")
    if where is None or not words.strip():
        return None
    places = phrase_spans(sentences[where], words)
    if not places:
        st.warning(plain_markdown(f"“{words.strip()}” is not in the chosen sentence, as written."))
        return None
    if len(places) > 1:
        if st.session_state.get(ADD_PLACE) not in range(len(places)):
            st.session_state[ADD_PLACE] = 0
        st.selectbox("Which one", range(len(places)), key=ADD_PLACE,
                     format_func=lambda i: f"occurrence {i + 1} (character {places[i][0]})")  # fmt: skip
    return places[st.session_state.get(ADD_PLACE, 0) if len(places) > 1 else 0]


def add_form(article_id: str, text: str, figures: pd.DataFrame, selection: dict | None, name: str | None) -> None:
    """Add a figure the extractor missed: its words chosen by selection or by sentence, then its fields."""
    sentences = split_sentences(text)
    selected = _take_selection(text, sentences, selection)
    with st.expander("Add a figure the extractor missed", expanded=selected or bool(st.session_state.get(ADD_PHRASE))):
        st.caption("Select its words in the article with the mouse, or choose its sentence and type the words.")
        span = _chosen_span(text, sentences)
        if span is None:
            return
        start, end = span
        st.markdown(plain_markdown(f"Span: characters {start}–{end}, “{text[start:end]}”"))
        taken = figures[(figures["start"] == start) & (figures["end"] == end)]
        if not taken.empty:
            st.info("A figure already stands on these words: review it in the sidebar, or add another category.")
        prefix = f"add_{start}_{end}"
        with st.form(prefix):
            values = _figure_fields(prefix, suggested_fields(text[start:end]))
            note = st.text_area("Note (optional)", key=f"{prefix}_note", height=68)
            add = st.form_submit_button("Add figure", disabled=name is None, type="primary")
        if name is None:
            st.caption("Give your name in the sidebar to add a figure.")
        if add:
            fields = {key: (None if value == "" else value) for key, value in values.items()}
            added = f"Added “{text[start:end]}”."
            write(lambda c: add_figure(c, article_id, start, end, fields, name, note), added, (ADD_PHRASE, ADD_PLACE))
