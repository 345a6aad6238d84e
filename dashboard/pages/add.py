"""Add articles: paste text, upload files or give a URL; check the figures, then save them.

Saving goes through ``extractors.ingest`` (the code behind ``python -m extractors
ingest``), so an article added here is stored exactly as the command line would.
"""

from __future__ import annotations

import datetime as dt
import re

import streamlit as st

from dashboard import data
from extractors import ingest, sources
from extractors.article import parse_article
from extractors.errors import InputError

PENDING = "pending_articles"
PREVIEW_COLUMNS = ["span", "category", "qualifier", "value", "low", "high", "claimant", "side", "sentence"]
_NOT_NAME = re.compile(r"[^a-z0-9]+")


def _doc_name(title: str, fallback: str) -> str:
    return _NOT_NAME.sub("-", title.lower()).strip("-")[:60] or fallback


def _staged(source: str, text: str, doc: str, meta: dict[str, str]) -> dict:
    """An article waiting for the user's go-ahead, with the figures it would add."""
    figures = ingest.preview(text, doc=doc, **meta)
    return {"source": source, "text": text, "doc": doc, "meta": meta, "figures": figures}


def _paste_tab() -> list[dict]:
    text = st.text_area("Article text", height=220, key="paste_text", placeholder="Paste the article body here")
    left, right = st.columns(2)
    title = left.text_input("Title", key="paste_title")
    publisher = right.text_input("Publisher", key="paste_publisher")
    published = left.text_input("Published (YYYY-MM-DD)", key="paste_published")
    url = right.text_input("Original URL", key="paste_url")
    if not st.button("Preview figures", key="preview_paste"):
        return []
    if not text.strip():
        st.warning("Paste some article text first.")
        return []
    if published.strip():
        try:
            published = dt.date.fromisoformat(published.strip()).isoformat()
        except ValueError:
            st.error(f"Published date {published!r} is not YYYY-MM-DD.")
            return []
    meta = {"title": title.strip(), "publisher": publisher.strip(), "published": published, "url": url.strip()}
    return [_staged("pasted text", text, _doc_name(title, "pasted"), meta)]


def _uploaded_article(name: str, raw: bytes, doc: str):
    """An uploaded file read the way the command line reads a file of that type."""
    if not raw.strip():
        raise InputError(name, "empty file")
    if name.lower().endswith(sources.HTML_SUFFIXES):
        return sources.page_article(raw, name, doc=doc)
    article = parse_article(sources.decode_text(raw, name), doc=doc, source=name)
    if not article.text.strip():
        raise InputError(name, "no article text after the front matter")
    return article


def _upload_tab() -> list[dict]:
    files = st.file_uploader(
        "Article files: text (.txt, .md, optional front matter) or saved web pages (.html)",
        type=["txt", "md", "html", "htm"],
        accept_multiple_files=True,
        key="upload_files",
    )
    if not st.button("Preview figures", key="preview_upload"):
        return []
    if not files:
        st.warning("Choose one or more files first.")
        return []
    staged = []
    for upload in files:
        doc = upload.name.rsplit(".", 1)[0]
        try:
            article = _uploaded_article(upload.name, upload.getvalue(), doc)
        except InputError as error:
            st.error(str(error))
            continue
        staged.append(_staged(upload.name, article.text, article.doc, article.meta))
    return staged


def _url_tab() -> list[dict]:
    url = st.text_input("Article URL", key="url", placeholder="https://…")
    if not st.button("Fetch and preview", key="preview_url"):
        return []
    if not url.strip():
        st.warning("Give a URL first.")
        return []
    try:
        article = sources.read_url(url.strip()).article
    except InputError as error:
        st.error(f"Could not fetch the article: {error}")
        return []
    return [_staged(url.strip(), article.text, article.doc, article.meta)]


def _review() -> None:
    pending = st.session_state.get(PENDING) or []
    if not pending:
        return
    st.header("Check before saving")
    total = 0
    for item in pending:
        figures = item["figures"]
        total += len(figures)
        st.markdown(f"**{item['meta'].get('title') or item['doc']}** — {len(figures)} figures (from {item['source']})")
        if figures.empty:
            st.info("No figures found in this text; saving stores the article alone.", icon="ℹ️")
        else:
            st.dataframe(figures[PREVIEW_COLUMNS], hide_index=True, width="stretch")
    save, discard = st.columns(2)
    if discard.button("Discard", key="discard"):
        st.session_state.pop(PENDING, None)
        st.rerun()
    if save.button(f"Save {len(pending)} article(s) with {total} figures to the store", type="primary", key="save"):
        _save(pending)


def _save(pending: list[dict]) -> None:
    new = unchanged = figures = 0
    errors: list[str] = []
    for item in pending:
        try:
            summary = ingest.ingest_text(item["text"], data.db_path(), doc=item["doc"], **item["meta"])
        except InputError as error:
            errors.append(str(error))
            continue
        new, unchanged, figures = new + summary.new, unchanged + summary.unchanged, figures + summary.figures
        errors.extend(summary.errors)
    data.forget()
    st.session_state.pop(PENDING, None)
    for error in errors:
        st.error(error)
    if new or unchanged:
        st.success(
            f"Saved {new} new article(s) with {figures} figures; {unchanged} already in the store. "
            "They are on the Overview, Explore and Article pages now."
        )


def main() -> None:
    st.title("Add articles")
    st.caption(f"Figures are checked here first, then saved to `{data.db_path()}`.")
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
