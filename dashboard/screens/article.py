"""Article: read one stored article with every extracted figure highlighted and linked to its row.

A link can name the article (``?article=ID``) and one of its figures (``&figure=OFFSET``,
the figure's character offset in the text): the page then opens on that figure's
highlight, and its review form. A link naming no stored article, or no figure of it, says so.

Reviewing (:mod:`dashboard.reviewing`): a click on a highlight opens the figure's form in
the sidebar; words selected in the article open the form that adds a missed figure.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, data, highlight, reviewing, state, views
from dashboard.filters import ARTICLE, FIGURE
from extractors.errors import InputError
from extractors.store import queries
from extractors.store.conditions import FIELDS

ARTICLE_CHOICE = "article"
FIND = "find_article"  # words of the title or name of the article looked for, when there are many
LINKED = "linked_figure"  # (article id, offset) of the figure the link that opened the page names
LAST_READ = "last_article"  # the article last shown, for coming back to the page
# Our own markup only; the article's text inside it is escaped by dashboard.highlight.
STYLE = """<style>
.wf-article { white-space: pre-wrap; line-height: 1.6; font-size: 1rem; }
.wf-article mark { background: #ffe58a; padding: 0 2px; border-radius: 3px; }
.wf-article mark.wf-chosen { background: #f08c00; color: #000; outline: 3px solid #c05600; }
.wf-article mark a { color: inherit; text-decoration: none; }
.wf-figures { border-collapse: collapse; font-size: 0.9rem; margin-top: 1rem; }
.wf-figures td, .wf-figures th { border: 1px solid #ddd; padding: 2px 6px; text-align: left; }
.wf-figures tr:target, .wf-article mark:target { outline: 3px solid #f08c00; }
.wf-article mark.wf-confirmed { background: #c6efc1; }
.wf-article mark.wf-corrected { background: #bfe0ff; }
.wf-article mark.wf-added { background: #e3d2ff; }
.wf-article mark.wf-rejected { background: #e6e6e6; color: #777; text-decoration: line-through; }
</style>"""
LEGEND = (
    "Highlights: :orange-background[not reviewed] · :green-background[confirmed] · :blue-background[corrected] · "
    ":violet-background[added] · :gray-background[~~rejected~~] (left out of charts, tables and exports). "
    "Click a highlight to review it in the sidebar; select words to add a figure."
)
OPENED = "review_opened_link"  # the (article, figure row) a link opened the review form on, once
# Scrolls the chosen figure's highlight into view once the page is drawn; the id is ours ("fig-" and a number).
SCROLL = """<script>
(() => {{
  const tries = {{count: 0}};
  const go = () => {{
    const mark = window.parent.document.getElementById("{anchor}") || document.getElementById("{anchor}");
    if (mark) {{ mark.scrollIntoView({{block: "center"}}); }} else if (tries.count++ < 50) {{ setTimeout(go, 100); }}
  }};
  go();
}})();
</script>"""


def _label(row) -> str:
    title = row.title or row.doc
    published = row.published or "undated"
    return f"{published} · {row.publisher or FIELDS['publisher'].empty} · {title} ({row.figure_count} figures)"


def _labels() -> dict[str, str]:
    """The articles to choose from: the newest (or the newest a search finds), and the one shown or linked."""
    search = st.session_state.get(FIND, "")
    shown = (st.query_params.get(ARTICLE), st.session_state.get(ARTICLE_CHOICE), st.session_state.get(LAST_READ))
    listing = data.articles_to_choose(search, tuple(i for i in shown if isinstance(i, str)))
    if search or len(listing) >= queries.ARTICLE_CHOICES:  # more articles than a list shows: find one by its words
        words = f"The list holds the newest {queries.ARTICLE_CHOICES:,} articles whose title or name holds these words."
        st.text_input("Find an article", key=FIND, placeholder="words of its title or name", help=words)
    return {row.article_id: _label(row) for row in listing.itertuples(index=False)}


def _choose(labels: dict[str, str]) -> str | None:
    """The article to show: on arriving, the link's (saying so if it names none), else the last one read, else
    the newest; then the user's choice."""
    if ARTICLE_CHOICE not in st.session_state:
        wanted, figure = st.query_params.get(ARTICLE), st.query_params.get(FIGURE)
        st.session_state[LINKED] = (wanted, figure)
        if wanted and wanted not in labels:
            named = highlight.plain_markdown(repr(wanted))  # the link's text, shown as text
            st.error(f"No stored article has the id {named} that the link gives. Choose an article below.")
            st.session_state[ARTICLE_CHOICE] = None
        else:
            last = st.session_state.get(LAST_READ)
            fallback = last if last in labels else next(iter(labels), None)
            st.session_state[ARTICLE_CHOICE] = wanted or fallback
    chosen = st.selectbox(
        "Article",
        list(labels),
        format_func=labels.__getitem__,
        key=ARTICLE_CHOICE,
        placeholder="Choose an article",
        filter_mode="contains",  # typing part of a title finds it, nothing else
    )
    st.session_state[LAST_READ] = chosen
    return chosen


def _linked_row(chosen: str, figures: pd.DataFrame) -> int | None:
    """The row (in reading order) of the figure the link names, if it is one of this article's."""
    article, figure = st.session_state.get(LINKED) or (None, None)
    if article != chosen or figure is None:
        return None
    starts = figures["start"].astype("Int64").astype(str).tolist()
    if figure not in starts:
        named = highlight.plain_markdown(repr(figure))
        st.warning(f"The link names a figure at character {named}, but this article has no figure there.")
        return None
    return starts.index(figure)


def _review_sidebar(chosen: str, figures: pd.DataFrame, clicked: str | None, linked: int | None) -> None:
    """The reviewer's name and the review form, on the highlight just clicked, or once on the figure a link names."""
    if clicked is None and linked is not None and st.session_state.get(OPENED) != (chosen, linked):
        st.session_state[OPENED] = (chosen, linked)
        clicked = f"fig-{linked}"
    with st.sidebar:
        name = reviewing.reviewer_name()
        reviewing.figure_form(chosen, figures, clicked, name)
    reviewing.show_notice()


def main() -> None:
    st.title("Read an article")
    if not views.store_ready():
        return
    chosen_filters = state.selection()
    chosen = _choose(_labels())
    if chosen is None:
        state.keep_in_url(chosen_filters)
        return
    try:
        article = data.article(chosen)
    except InputError as error:
        st.error(highlight.plain_markdown(str(error)))
        return
    events = reviewing.browser_events()
    figures = data.article_figures(chosen)  # as reviewed, rejected ones too, in reading order
    linked = _linked_row(chosen, figures)
    _review_sidebar(chosen, figures, events.figure, linked)
    state.keep_in_url(
        chosen_filters, article=chosen, figure=str(figures["start"].iloc[linked]) if linked is not None else ""
    )
    meta = " · ".join(
        part or empty
        for part, empty in ((article["publisher"], FIELDS["publisher"].empty), (article["published"], "undated"))
    )
    st.subheader(highlight.plain_markdown(article["title"] or article["doc"]), anchor=False)
    st.caption(highlight.plain_markdown(f"{meta} · {article['doc']}"))
    if article["url"]:
        st.caption(f"Source: {highlight.plain_markdown(article['url'])}")
    if figures.empty:
        st.info("No figures were extracted from this article.")
    if linked is not None:
        row = figures.iloc[linked]
        source = row["source"] if isinstance(row["source"], str) else FIELDS["source"].empty
        st.info(
            highlight.plain_markdown(
                f"Figure {linked + 1}: “{row['span']}” ({row['category']}), from {source}"
                f"{charts.via(row['source'], row['claimant'])}, "
            )
            + "highlighted in orange below."
        )
    st.html(STYLE + highlight.article_html(article["text"], figures, chosen=linked))
    st.caption(LEGEND)
    if linked is not None:
        _, anchors = highlight.marks(article["text"], figures)
        if linked in anchors:
            st.html(SCROLL.format(anchor=anchors[linked]), unsafe_allow_javascript=True)
    reviewing.add_form(chosen, article["text"], figures, events.selection, st.session_state.get(reviewing.REVIEWER))
    if not figures.empty:
        st.markdown(f"**{len(figures)} figures** — click a number to jump to its place in the text, and back.")
        st.html(highlight.figure_rows_html(article["text"], figures))


if __name__ == "__main__":
    main()
