"""RSS and Atom feeds: each entry's link fetched and read as an article, with the entry's title, date and publisher.

A feed is a URL that answers with a feed's media type (or an HTML one whose document
is a feed), or a file named ``.rss``, ``.atom`` or ``.xml``. An entry whose link is
already among the store's sources is not fetched again (``known``), so running
``ingest FEED...`` on a schedule keeps a store current with one request per new
entry. A feed that cannot be read is one error; an entry that cannot be fetched is
one error naming its link, and the other entries are still read.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urljoin

import feedparser
import httpx
import regex

from ..article import Article
from ..errors import InputError
from .readers import FEED_SUFFIXES, Loaded, is_url, page_article, read_source, read_url
from .readers import _read_file as _read_file  # the size limit and errors of every input file
from .web import DEFAULT_LIMITS, FEED_TYPES, HTML_TYPES, Limits, fetch

# The root element of a feed, after an XML declaration, comments and a doctype: how a feed
# served as text/html is told from a page.
_FEED_ROOT = regex.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b",
    regex.S | regex.I,
)


@dataclass(frozen=True)
class Known:
    """A feed entry not fetched because its link is already stored."""

    source: str


def is_feed_file(source: str) -> bool:
    return not is_url(source) and Path(source).suffix.lower() in FEED_SUFFIXES


def read_input(
    source: str,
    limits: Limits = DEFAULT_LIMITS,
    client: httpx.Client | None = None,
    known: Callable[[str], bool] = bool,
) -> Iterator[Loaded | InputError | Known]:
    """The articles of one input: a feed's entries, a page, or whatever :func:`read_source` reads."""
    if not (is_url(source) or is_feed_file(source)):
        yield from read_source(source, limits, client)
        return
    try:
        if is_url(source):
            fetched = fetch(source, limits, client, accept=HTML_TYPES + FEED_TYPES)
            if fetched.media_type in HTML_TYPES and not _FEED_ROOT.match(fetched.body[:4096]):
                yield Loaded(source, page_article(fetched.page(), source, url=fetched.url))
                return
            document, base = fetched.body, fetched.url
        else:
            document, base = _read_file(Path(source), limits), ""
        feed = _parsed(document, source)
    except InputError as error:
        yield error
        return
    yield from _entries(feed, source, base, limits, client, known)


def _parsed(document: bytes, source: str) -> feedparser.FeedParserDict:
    """The feed in ``document`` (always bytes: given text, feedparser would fetch a URL or open a file it names)."""
    feed = feedparser.parse(document)
    # feedparser reads a damaged feed leniently; what it recovers counts only if some entry has a link
    damaged = feed.bozo and not any(entry.get("link") for entry in feed.entries)
    if damaged or (not feed.entries and not feed.version):
        reason = _one_line(feed.get("bozo_exception")) if feed.bozo else "no RSS or Atom root element"
        raise InputError(source, f"not a readable RSS or Atom feed ({reason})")
    return feed


def _one_line(error: object) -> str:
    return str(error or "").strip().splitlines()[0] if str(error or "").strip() else ""


def _entries(
    feed: feedparser.FeedParserDict,
    source: str,
    base: str,
    limits: Limits,
    client: httpx.Client | None,
    known: Callable[[str], bool],
) -> Iterator[Loaded | InputError | Known]:
    for number, entry in enumerate(feed.entries, start=1):
        link = entry.get("link", "").strip()
        link = urljoin(base, link) if base and link else link  # relative to the feed's URL
        if not link:
            yield InputError(f"{source} entry {number}", "no link to an article")
        elif not is_url(link):
            yield InputError(f"{source} entry {number}", f"link is not an http(s) URL: {link[:200]!r}")
        elif known(link):
            yield Known(link)
        else:
            try:
                loaded = read_url(link, limits, client)
            except InputError as error:
                yield error
                continue
            yield replace(loaded, article=_with_entry(loaded.article, entry, feed.feed))


def _with_entry(article: Article, entry: feedparser.FeedParserDict, channel: feedparser.FeedParserDict) -> Article:
    """The article read from the link, with the feed's title, date and publisher where the feed gives them."""
    publisher = entry.get("source", {}).get("title") or entry.get("publisher") or channel.get("title")
    return replace(
        article,
        title=(entry.get("title") or "").strip() or article.title,
        published=_entry_date(entry) or article.published,
        publisher=(publisher or "").strip() or article.publisher,
    )


def _entry_date(entry: feedparser.FeedParserDict) -> str:
    """The entry's publication (else update) date, YYYY-MM-DD in UTC as feedparser normalises it."""
    parsed: time.struct_time | None = entry.get("published_parsed") or entry.get("updated_parsed")
    return dt.date(*parsed[:3]).isoformat() if parsed else ""
