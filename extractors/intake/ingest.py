"""Ingestion: read articles from files, folders and URLs, extract their figures, store both.

Stored articles are skipped (their id is a content hash), so an ingest can be
rerun at any time, also after it was killed: it completes what is missing.
``reextract`` recomputes the figures of stored articles from their stored text.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from ..article import Article, parse_article, with_text_metadata
from ..errors import InputError
from ..extract import extract_figures
from ..figure import Figure
from ..store import (
    DEFAULT_DB,
    add_source,
    article_id,
    figures_frame,
    open_store,
    replace_figures,
    save_article,
    stale_count,
    stored_articles,
    stored_version,
)
from .readers import DEFAULT_LIMITS, Limits, Loaded, expand_sources, http_client, is_url, read_source

__all__ = ["IngestSummary", "Limits", "ingest", "ingest_articles", "ingest_text", "preview", "read_source"]

PASTED = "pasted text"

Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` after each input (file or URL) is read."""


@dataclass
class IngestSummary:
    """What one ingest did. ``errors`` holds one line per failed input: ``"<input>: <reason>"``."""

    new: int = 0
    unchanged: int = 0
    failed: int = 0
    figures: int = 0  # figures stored by this run
    reextracted: int = 0
    stale: int = 0  # stored articles whose figures an older extractor made
    errors: list[str] = field(default_factory=list)

    def fail(self, error: InputError) -> None:
        self.failed += 1
        self.errors.append(str(error))

    def line(self) -> str:
        """The closing summary, one line."""
        text = f"articles: {self.new} new, {self.unchanged} unchanged, {self.failed} failed"
        if self.reextracted:
            text += f", {self.reextracted} re-extracted"
        return f"{text}; {self.figures} figures stored"


def ingest(
    sources: list[str],
    db_path: str | Path = DEFAULT_DB,
    reextract: bool = False,
    progress: Progress | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> IngestSummary:
    """Ingest files, folders (recursively) and http(s) URLs into the store at ``db_path``.

    Bad inputs are listed in the summary's ``errors``; all others are stored. With
    ``reextract``, stored articles among ``sources`` get their figures recomputed,
    and with no ``sources`` every stored article does.
    """
    inputs, errors = expand_sources(list(sources))
    summary = IngestSummary()
    for error in errors:
        summary.fail(error)
    if not inputs and not (reextract and not sources):
        return summary  # nothing to read: do not create a store as a side effect
    with contextlib.closing(open_store(db_path)) as connection, contextlib.ExitStack() as stack:
        client = stack.enter_context(http_client(limits)) if any(map(is_url, inputs)) else None
        for done, source in enumerate(inputs, start=1):
            _store_all(connection, read_source(source, limits, client), summary, reextract)
            if progress:
                progress(done, len(inputs))
        if reextract and not sources:
            _reextract_stored(connection, summary, progress)
        summary.stale = stale_count(connection)
    return summary


def ingest_articles(
    articles: Iterable[Article | Loaded], db_path: str | Path = DEFAULT_DB, reextract: bool = False
) -> IngestSummary:
    """Ingest articles already in memory (streamed from any iterable, never collected)."""
    summary = IngestSummary()
    loaded = (item if isinstance(item, Loaded) else Loaded(item.doc or PASTED, item) for item in articles)
    with contextlib.closing(open_store(db_path)) as connection:
        _store_all(connection, loaded, summary, reextract)
        summary.stale = stale_count(connection)
    return summary


def ingest_text(
    text: str,
    db_path: str | Path = DEFAULT_DB,
    doc: str = "",
    title: str = "",
    publisher: str = "",
    published: str = "",
    url: str = "",
) -> IngestSummary:
    """Ingest pasted text (front matter allowed; the arguments given win over it)."""
    summary = IngestSummary()
    try:
        article = pasted_article(text, doc, title, publisher, published, url)
    except InputError as error:
        summary.fail(error)
        return summary
    return ingest_articles([Loaded(PASTED, article)], db_path)


def preview(
    text: str,
    doc: str = "",
    title: str = "",
    publisher: str = "",
    published: str = "",
    url: str = "",
    progress: Progress | None = None,
) -> pd.DataFrame:
    """The figures ``extract`` finds in pasted text, without storing anything.

    ``progress`` is called with (sentences read, sentences in all) as the text is read.
    Raises :class:`InputError` for empty text or malformed front matter.
    """
    article = pasted_article(text, doc, title, publisher, published, url)
    return figures_frame(_extract(Loaded(PASTED, article), progress), article.meta)


def pasted_article(
    text: str, doc: str = "", title: str = "", publisher: str = "", published: str = "", url: str = ""
) -> Article:
    """An article from pasted text: its front matter, overridden by the non-empty arguments."""
    if not text.strip():
        raise InputError(PASTED, "no text")
    article = parse_article(text, doc=doc, source=PASTED)
    if not article.text.strip():
        raise InputError(PASTED, "no article text after the front matter")
    given = {"title": title, "publisher": publisher, "published": _checked_date(published), "url": url}
    article = replace(article, **{key: value.strip() for key, value in given.items() if value.strip()})
    if not article.doc:
        article = replace(article, doc=f"pasted-{article_id(article.text)[:12]}")
    return article


def _checked_date(published: str) -> str:
    published = published.strip()
    try:
        return dt.date.fromisoformat(published[:10]).isoformat() if published else ""
    except ValueError:
        raise InputError(PASTED, f"'published' is not a YYYY-MM-DD date: {published!r}") from None


def _extract(item: Loaded, progress: Progress | None = None) -> list[Figure]:
    article = item.article
    try:
        if progress:
            return extract_figures(article.text, doc=article.doc, meta=article.meta, progress=progress)
        return extract_figures(article.text, doc=article.doc, meta=article.meta)
    except Exception as error:  # an extractor bug on one article must not stop the run
        raise InputError(item.source, f"extractor failed ({type(error).__name__}: {error})") from None


def _store_all(
    connection: sqlite3.Connection, items: Iterable[Loaded | InputError], summary: IngestSummary, reextract: bool
) -> None:
    for item in items:
        if isinstance(item, InputError):
            summary.fail(item)
            continue
        key = article_id(item.article.text)
        version = stored_version(connection, key)
        if version is not None and not reextract:
            add_source(connection, key, item.source)
            summary.unchanged += 1
            continue
        try:
            figures = _extract(item)
        except InputError as error:
            summary.fail(error)
            continue
        if version is None:
            if save_article(connection, item.article, figures, item.source):
                summary.new += 1
                summary.figures += len(figures)
            else:  # a concurrent ingest stored the same text first
                summary.unchanged += 1
        else:
            replace_figures(connection, key, figures, meta=item.article.meta)
            add_source(connection, key, item.source)
            summary.reextracted += 1
            summary.figures += len(figures)


def _reextract_stored(connection: sqlite3.Connection, summary: IngestSummary, progress: Progress | None) -> None:
    total = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    for done, (key, stored) in enumerate(stored_articles(connection), start=1):
        article = with_text_metadata(stored)  # a store made before the text's dateline was read
        try:
            figures = _extract(Loaded(f"stored article {key[:12]} ({article.doc})", article))
        except InputError as error:
            summary.fail(error)
            continue
        replace_figures(connection, key, figures, meta=article.meta)
        summary.reextracted += 1
        summary.figures += len(figures)
        if progress:
            progress(done, total)
