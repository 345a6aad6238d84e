"""Ingestion: read articles from files, folders and URLs, extract their figures, store both.

Stored articles are skipped (their id is a content hash), so an ingest can be
rerun at any time, also after it was killed: it completes what is missing.
``reextract`` recomputes the figures of stored articles from their stored text.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import itertools
import sqlite3
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from ..article import Article, parse_article, with_text_metadata
from ..errors import InputError
from ..figure import Figure
from ..store import (
    DEFAULT_DB,
    add_source,
    article_id,
    figures_frame,
    known_source,
    open_store,
    replace_figures,
    save_article,
    stale_count,
    stored_articles,
    stored_version,
)
from ..store.source_merging import merge_stored_sources
from .feeds import Known, is_feed_file, read_input
from .parallel import IN_FLIGHT_PER_WORKER, ExtractionPool, default_extract, in_order
from .readers import (
    DEFAULT_LIMITS,
    JSONL_SUFFIXES,
    Limits,
    Loaded,
    expand_sources,
    is_url,
    read_source,
)
from .web import http_client

# The extractor, imported on first use (see parallel.default_extract); tests put a stand-in here.
extract_figures = default_extract

__all__ = ["IngestSummary", "Limits", "ingest", "ingest_articles", "ingest_text", "preview", "read_source"]

PASTED = "pasted text"

Progress = Callable[[int, int | None], None]
"""Called as ``progress(done, total)`` after each article is stored or fails; ``total`` is None when unknown."""


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
    workers: int = 1,
) -> IngestSummary:
    """Ingest files, folders (recursively), http(s) URLs and RSS/Atom feeds into the store at ``db_path``.

    Bad inputs are listed in the summary's ``errors``; all others are stored. With
    ``reextract``, stored articles among ``sources`` get their figures recomputed,
    and with no ``sources`` every stored article does. With ``workers`` above 1 the
    figures are extracted in that many processes; the store gets the same rows in
    the same order as with one.
    """
    inputs, errors = expand_sources(list(sources))
    summary = IngestSummary()
    for error in errors:
        summary.fail(error)
    if not inputs and not (reextract and not sources):
        return summary  # nothing to read: do not create a store as a side effect
    with contextlib.closing(open_store(db_path)) as connection, contextlib.ExitStack() as stack:
        client = stack.enter_context(http_client(limits)) if any(map(is_url, inputs)) else None
        pool = stack.enter_context(ExtractionPool(workers, extract_figures)) if workers > 1 else None
        counter = _Counter(progress, _expected_articles(inputs))
        known = functools.partial(known_source, connection)
        items = itertools.chain.from_iterable(read_input(source, limits, client, known) for source in inputs)
        try:
            _store_all(connection, items, summary, reextract, pool, counter)
            if reextract and not sources:
                _reextract_stored(connection, summary, pool, progress)
            merge_stored_sources(connection)
        except BrokenProcessPool:
            raise InputError(
                "ingest", "an extraction worker died (out of memory?); every stored article is whole: run it again"
            ) from None
        summary.stale = stale_count(connection)
    return summary


def ingest_articles(
    articles: Iterable[Article | Loaded], db_path: str | Path = DEFAULT_DB, reextract: bool = False, workers: int = 1
) -> IngestSummary:
    """Ingest articles already in memory (streamed from any iterable, never collected)."""
    summary = IngestSummary()
    loaded = (item if isinstance(item, Loaded) else Loaded(item.doc or PASTED, item) for item in articles)
    with contextlib.closing(open_store(db_path)) as connection, contextlib.ExitStack() as stack:
        pool = stack.enter_context(ExtractionPool(workers, extract_figures)) if workers > 1 else None
        _store_all(connection, loaded, summary, reextract, pool)
        merge_stored_sources(connection)
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
    return figures_frame(_extract(Loaded(PASTED, article), progress=progress), article.meta)


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


def _extract(item: Loaded, pending: Future | None = None, progress: Progress | None = None) -> list[Figure]:
    """The article's figures: from the worker that extracted them, else extracted here (``progress``: by sentence)."""
    if pending is not None:
        figures = pending.result()  # a dead worker raises BrokenProcessPool: the run stops, see ingest
        if isinstance(figures, str):
            raise InputError(item.source, f"extractor failed ({figures})")
        return figures
    article = item.article
    try:
        if progress:
            return extract_figures(article.text, doc=article.doc, meta=article.meta, progress=progress)
        return extract_figures(article.text, doc=article.doc, meta=article.meta)
    except Exception as error:  # an extractor bug on one article must not stop the run
        raise InputError(item.source, f"extractor failed ({type(error).__name__}: {error})") from None


def _expected_articles(inputs: list[str]) -> int | None:
    """How many articles the inputs hold, for the progress bar: a JSON lines file counts its lines.

    None when a URL is among them (a feed holds an unknown number).
    """
    total = 0
    for source in inputs:
        if is_url(source) or is_feed_file(source):
            return None
        if Path(source).suffix.lower() not in JSONL_SUFFIXES:
            total += 1
            continue
        with contextlib.suppress(OSError), open(source, "rb") as handle:
            total += sum(block.count(b"\n") for block in iter(lambda: handle.read(1 << 20), b""))
    return total


class _Counter:
    """Counts articles done for the progress bar."""

    def __init__(self, progress: Progress | None, total: int | None) -> None:
        self.progress, self.total, self.done = progress, total, 0

    def tick(self) -> None:
        self.done += 1
        if self.progress:
            self.progress(self.done, max(self.total, self.done) if self.total is not None else None)


def _store_all(
    connection: sqlite3.Connection,
    items: Iterable[Loaded | InputError | Known],
    summary: IngestSummary,
    reextract: bool,
    pool: ExtractionPool | None = None,
    counter: _Counter | None = None,
) -> None:
    """Store each item in reading order; with a pool, articles not stored yet are extracted ahead in the workers.

    Whether an article is new is decided as it is written, as in a serial run: a
    worker's figures for a text stored meanwhile (the same text twice) go unused.
    """

    def start(item: Loaded | InputError | Known) -> Future | None:
        if pool is None or not isinstance(item, Loaded):
            return None
        if not reextract and stored_version(connection, article_id(item.article.text)) is not None:
            return None
        return pool.submit(item.article)

    window = pool.workers * IN_FLIGHT_PER_WORKER if pool else 1
    for item, pending in in_order(items, start, window):
        _store_one(connection, item, summary, reextract, pending)
        if counter:
            counter.tick()


def _store_one(
    connection: sqlite3.Connection,
    item: Loaded | InputError | Known,
    summary: IngestSummary,
    reextract: bool,
    pending: Future | None,
) -> None:
    if isinstance(item, InputError):
        summary.fail(item)
        return
    if isinstance(item, Known):  # a feed entry whose link is stored: not fetched again
        summary.unchanged += 1
        return
    key = article_id(item.article.text)
    version = stored_version(connection, key)
    if version is not None and not reextract:
        add_source(connection, key, item.source)
        summary.unchanged += 1
        return
    try:
        figures = _extract(item, pending)
    except InputError as error:
        summary.fail(error)
        return
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


def _reextract_stored(
    connection: sqlite3.Connection, summary: IngestSummary, pool: ExtractionPool | None, progress: Progress | None
) -> None:
    counter = _Counter(progress, connection.execute("SELECT count(*) FROM articles").fetchone()[0])
    stored = (  # with_text_metadata: a store made before the text's dateline was read
        (key, Loaded(f"stored article {key[:12]} ({article.doc})", with_text_metadata(article)))
        for key, article in stored_articles(connection)
    )
    window = pool.workers * IN_FLIGHT_PER_WORKER if pool else 1
    for (key, item), pending in in_order(stored, lambda pair: pool.submit(pair[1].article) if pool else None, window):
        counter.tick()
        try:
            figures = _extract(item, pending)
        except InputError as error:
            summary.fail(error)
            continue
        replace_figures(connection, key, figures, meta=item.article.meta)
        summary.reextracted += 1
        summary.figures += len(figures)
