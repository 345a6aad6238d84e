"""Changes: the review log, newest first, by reviewer and article, with an undo for each change.

An undo puts the figure's review back as it was before that change, and is itself a
change in the log (so it can be undone too). It is refused when the figure has changed
since: the later change must be undone first. Reviews whose figure a re-extraction no
longer finds are listed at the end ("orphaned"): they are kept, and apply again if the
extractor finds the figure again. Names, notes and article text are Markdown-escaped.
"""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from dashboard import data, reviewing, views
from dashboard.filters import ARTICLE, FIGURE
from dashboard.highlight import plain_markdown
from dashboard.review_forms import change_summary
from extractors.store.reviews import undo

SHOWN = 100  # changes listed at once, newest first
ARTICLE_PAGE = views.ARTICLE_PAGE
ANYONE, ANY_ARTICLE = "", ""
UNDO_HELP = "Put the figure back as it was before this change (logged as a change)"


def _filters() -> tuple[str, str]:
    reviewers, articles = data.reviewers_and_articles()
    names = {row.article_id: f"{row.doc} · {row.title}" if row.title else row.doc for row in articles.itertuples()}
    left, right = st.columns(2)
    reviewer = left.selectbox("Reviewer", [ANYONE, *reviewers], key="changes_reviewer",
                              format_func=lambda name: name or "anyone")  # fmt: skip
    article = right.selectbox("Article", [ANY_ARTICLE, *names], key="changes_article",
                              format_func=lambda key: names.get(key, "any article"))  # fmt: skip
    return reviewer, article


def _note(change) -> str:
    for version in (change["after"], change["before"]):
        if not pd.isna(version) and (note := json.loads(version).get("note")):
            return note
    return ""


def _change_row(change, name: str | None) -> None:
    """One change: who did what to which figure, when and from where, a link to the figure, and its undo."""
    with st.container(border=True, key=f"change_{change['change_id']}"):
        text, actions = st.columns([6, 1], vertical_alignment="center")
        text.markdown(f"**{plain_markdown(str(change['changed_by']))}** {plain_markdown(change_summary(change))}")
        details = f"Change {change['change_id']} · {change['changed_at']} · {change['doc']} · {change['origin']}"
        if note := _note(change):
            details += f" · note: {note}"
        text.caption(plain_markdown(details))
        params = {ARTICLE: str(change["article_id"]), FIGURE: str(change["start"])}
        text.page_link(ARTICLE_PAGE, label="Open the figure", icon=":material/article:", query_params=params)
        change_id = int(change["change_id"])
        undoable = bool(change["latest"]) and change["action"] != "conflict"
        why = UNDO_HELP if undoable else "The figure has changed since: undo its later change first."
        if actions.button("Undo", key=f"undo_{change_id}", disabled=name is None or not undoable, help=why):
            reviewing.write(lambda c: undo(c, change_id, name), f"Undid change {change_id}.")


def _orphaned() -> None:
    reviews = data.reviews()
    orphaned = reviews[(reviews["state"] == "orphaned").to_numpy(dtype=bool, na_value=False)]
    if orphaned.empty:
        return
    with st.expander(f"{len(orphaned)} reviews no longer match a figure (orphaned)"):
        st.caption(
            "A re-extraction found no figure on these words any more. The reviews are kept, and apply again"
            " if the extractor finds the figure again."
        )
        columns = ["doc", "span", "category", "status", "reviewer", "reviewed_at", "note", "start", "end"]
        st.dataframe(orphaned[columns], hide_index=True, width="stretch")


def main() -> None:
    st.title("Changes")
    if not views.store_ready():
        return
    reviewing.browser_events()
    with st.sidebar:
        name = reviewing.reviewer_name()
    reviewing.show_notice()
    st.caption("Every change analysts made to figures, newest first. An undo is itself a change, and can be undone.")
    reviewer, article = _filters()
    changes = data.changes(reviewer, article, SHOWN)
    if changes.empty:
        st.info("No changes yet. Confirm, correct, reject or add figures on the **Article** page.")
    elif name is None:
        st.caption("Give your name in the sidebar to undo a change.")
    for change in changes.to_dict("records"):
        _change_row(change, name)
    if len(changes) == SHOWN:
        st.caption(f"The latest {SHOWN} changes; choose a reviewer or an article to see older ones.")
    _orphaned()


if __name__ == "__main__":
    main()
