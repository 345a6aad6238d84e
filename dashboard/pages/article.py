"""Article: read one stored article with every extracted figure highlighted and linked to its row."""

from __future__ import annotations

import streamlit as st

from dashboard import data, highlight, views
from extractors.errors import InputError

# Our own markup only; the article's text inside it is escaped by dashboard.highlight.
STYLE = """<style>
.wf-article { white-space: pre-wrap; line-height: 1.6; font-size: 1rem; }
.wf-article mark { background: #ffe58a; padding: 0 2px; border-radius: 3px; }
.wf-article mark a { color: inherit; text-decoration: none; }
.wf-figures { border-collapse: collapse; font-size: 0.9rem; margin-top: 1rem; }
.wf-figures td, .wf-figures th { border: 1px solid #ddd; padding: 2px 6px; text-align: left; }
.wf-figures tr:target, .wf-article mark:target { outline: 3px solid #f08c00; }
</style>"""


def _label(row) -> str:
    title = row.title or row.doc
    return f"{row.published or 'undated'} · {row.publisher or 'no publisher'} · {title} ({row.figure_count} figures)"


def main() -> None:
    st.title("Read an article")
    if views.stored_figures() is None:
        return
    listing = data.articles()
    labels = {row.article_id: _label(row) for row in listing.itertuples(index=False)}
    wanted = st.query_params.get("article")
    if wanted in labels and "article" not in st.session_state:
        st.session_state["article"] = wanted
    chosen = st.selectbox("Article", list(labels), format_func=labels.__getitem__, key="article")
    st.query_params["article"] = chosen
    try:
        article = data.article(chosen)
    except InputError as error:
        st.error(highlight.plain_markdown(str(error)))
        return
    figures = data.figures()
    figures = figures[(figures["article_id"] == chosen).to_numpy(dtype=bool, na_value=False)].sort_values("start")
    meta = " · ".join(part for part in (article["publisher"], article["published"], article["doc"]) if part)
    st.subheader(highlight.plain_markdown(article["title"] or article["doc"]), anchor=False)
    st.caption(highlight.plain_markdown(meta))
    if article["url"]:
        st.caption(f"Source: {highlight.plain_markdown(article['url'])}")
    if figures.empty:
        st.info("No figures were extracted from this article.")
    st.html(STYLE + highlight.article_html(article["text"], figures))
    if not figures.empty:
        st.markdown(f"**{len(figures)} figures** — click a number to jump to its place in the text, and back.")
        st.html(highlight.figure_rows_html(article["text"], figures))


if __name__ == "__main__":
    main()
