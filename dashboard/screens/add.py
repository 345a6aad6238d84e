"""Add articles: paste text, upload files or give a URL; check the figures, then save them.

Reading and saving go through ``extractors.intake.readers`` and ``extractors.intake.ingest``
(the code behind ``python -m extractors extract`` and ``ingest``), so an article added here
is read and stored exactly as the command line would. Messages name files, URLs and titles
the user gave: Streamlit reads messages as Markdown, so those names are escaped.
"""

from __future__ import annotations

import math

import streamlit as st

from dashboard import data, highlight, state, table
from extractors.errors import InputError
from extractors.intake import ingest, readers
from extractors.intake.readers import Loaded

PENDING = "pending_articles"
PREVIEW_COLUMNS = ["span", "category", "qualifier", "value", "low", "high", "claimant", "side", "sentence"]
# The same limit as `python -m extractors ingest` puts on one file, for pasted text and uploads alike.
MAX_BYTES = readers.DEFAULT_LIMITS.max_file_bytes
MAX_MB = max(1, math.ceil(MAX_BYTES / readers.MB))


def _too_big(size: int, what: str) -> str | None:
    """The message for an input over the ingest limit, or None."""
    if size <= MAX_BYTES:
        return None
    limit = f"{MAX_BYTES / readers.MB:g} MB"
    return f"{what} is {size / readers.MB:.1f} MB; the limit is {limit}, the same as for a file given to ingest."


def _staged(loaded: Loaded) -> dict:
    """An article waiting for the user's go-ahead, with the figures it would add; a bar shows the reading."""
    article = loaded.article
    name = article.title or article.doc or "the text"
    bar = st.progress(0.0, text=f"Reading {name}…")

    def progress(done: int, total: int) -> None:
        bar.progress(done / max(total, 1), text=f"Reading {name}: sentence {done:,} of {total:,}")

    figures = ingest.preview(article.text, doc=article.doc, progress=progress, **article.meta)
    bar.empty()
    return {"loaded": loaded, "figures": figures}


def _paste_tab() -> list[dict]:
    text = st.text_area(
        "Article text",
        height=220,
        key="paste_text",
        placeholder="Paste the article body here",
        help=f"Up to {MAX_MB} MB. A headline, a dateline and a wire credit in the text fill in the fields below.",
    )
    left, right = st.columns(2)
    title = left.text_input("Title", key="paste_title")
    publisher = right.text_input("Publisher", key="paste_publisher")
    published = left.text_input("Published (YYYY-MM-DD)", key="paste_published")
    url = right.text_input("Original URL", key="paste_url")
    if not st.button("Preview figures", key="preview_paste"):
        return []
    too_big = _too_big(len(text.encode("utf-8")), "The pasted text")
    if too_big:
        st.error(too_big)
        return []
    try:
        article = ingest.pasted_article(text, title=title, publisher=publisher, published=published, url=url)
    except InputError as error:
        st.error(highlight.plain_markdown(str(error)))
        return []
    return [_staged(Loaded(ingest.PASTED, article))]


def _upload_tab() -> list[dict]:
    files = st.file_uploader(
        "Article files: text (.txt, .md, optional front matter) or saved web pages (.html)",
        type=["txt", "md", "html", "htm"],
        accept_multiple_files=True,
        key="upload_files",
        max_upload_size=MAX_MB,
    )
    if not st.button("Preview figures", key="preview_upload"):
        return []
    if not files:
        st.warning("Choose one or more files first.")
        return []
    staged = []
    for upload in files:
        too_big = _too_big(upload.size, highlight.plain_markdown(upload.name))
        if too_big:
            st.error(too_big)
            continue
        try:
            article = readers.file_article(upload.getvalue(), upload.name, doc=upload.name.rsplit(".", 1)[0])
            staged.append(_staged(Loaded(f"uploaded {upload.name}", article)))
        except InputError as error:
            st.error(highlight.plain_markdown(str(error)))  # the message names the file: its name is text
    return staged


def _url_tab() -> list[dict]:
    url = st.text_input("Article URL", key="url", placeholder="https://…")
    if not st.button("Fetch and preview", key="preview_url"):
        return []
    if not url.strip():
        st.warning("Give a URL first.")
        return []
    try:
        loaded = readers.read_url(url.strip())
    except InputError as error:
        st.error(f"Could not read the article: {highlight.plain_markdown(str(error))}")
        return []
    return [_staged(loaded)]


def _review() -> None:
    pending = st.session_state.get(PENDING) or []
    if not pending:
        return
    st.header("Check before saving")
    total = 0
    for item in pending:
        article, figures = item["loaded"].article, item["figures"]
        total += len(figures)
        name = highlight.plain_markdown(f"“{article.title or article.doc}” (from {item['loaded'].source})")
        st.markdown(f"**{len(figures)} figures** in {name}")
        if figures.empty:
            st.info("No figures found in this text; saving stores the article alone.")
        else:
            shown = table.readable(figures, PREVIEW_COLUMNS)  # words and whole numbers, as on the other pages
            numbers = {column: st.column_config.TextColumn(alignment="right") for column in table.number_columns(shown)}
            st.dataframe(table.on_screen(shown), hide_index=True, width="stretch", column_config=numbers)
    save, discard = st.columns(2)
    if discard.button("Discard", key="discard"):
        st.session_state.pop(PENDING, None)
        st.rerun()
    if save.button(f"Save {len(pending)} article(s) with {total} figures to the store", type="primary", key="save"):
        _save(pending)


def _save(pending: list[dict]) -> None:
    try:
        with st.spinner("Saving and extracting…", show_time=True):
            summary = ingest.ingest_articles([item["loaded"] for item in pending], data.db_path())
    except InputError as error:
        st.error(highlight.plain_markdown(str(error)))
        return
    data.forget()
    st.session_state.pop(PENDING, None)
    for error in summary.errors:
        st.error(highlight.plain_markdown(error))
    if summary.new:
        saved = highlight.plain_markdown(summary.line())
        st.success(f"Saved: {saved}. The figures are on the Overview, Explore and Article pages now.")
    if summary.unchanged:
        st.info(
            f"{summary.unchanged} of these articles were in the store already, with their figures; nothing changed."
        )


def main() -> None:
    st.title("Add articles")
    state.keep_in_url(state.selection())  # the filters of the other pages stay in the link
    store = highlight.plain_markdown(str(data.db_path()))
    st.caption(f"Figures are shown here first; nothing is saved to {store} until you say so.")
    paste, upload, link = st.tabs(["Paste text", "Upload files", "From a URL"])
    staged: list[dict] = []
    with paste:
        staged += _paste_tab()
    with upload:
        staged += _upload_tab()
    with link:
        staged += _url_tab()
    if staged:
        st.session_state[PENDING] = staged
    _review()


if __name__ == "__main__":
    main()
