"""Articles: a body of text with an optional front-matter block, and what is known about it.

A front-matter block is ``key: value`` lines between two ``---`` lines at the very
top of the file (``title``, ``publisher``, ``published`` as YYYY-MM-DD, ``url``).
The body follows it. Unknown keys are kept in ``Article.extra``. A title, date or
publisher the front matter does not give is read from the body's headline, dateline
and wire credit (:mod:`extractors.dateline`); the body itself is never changed.
Reading files, pages and URLs into articles is ``extractors.intake.readers``'s concern.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

import regex

from .dateline import text_metadata
from .errors import InputError

_FRONT_MATTER = regex.compile(
    r"""\A\ufeff?---[ \t]*\r?\n   # opening fence on the first line
        (?P<block>.*?)             # key: value lines
        ^---[ \t]*(?:\r?\n|\Z)     # closing fence
    """,
    regex.S | regex.M | regex.X,
)
_META_LINE = regex.compile(r"^\s*(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")


@dataclass(frozen=True)
class Article:
    """One article: its body text and what is known about where it came from."""

    doc: str
    text: str
    title: str = ""
    publisher: str = ""
    published: str = ""
    url: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def meta(self) -> dict[str, str]:
        return {"title": self.title, "publisher": self.publisher, "published": self.published, "url": self.url}


def parse_article(raw: str, doc: str = "", source: str = "") -> Article:
    """Split ``raw`` into front matter and body.

    >>> a = parse_article("---\\ntitle: Toll rises\\npublished: 2025-01-02\\n---\\nBody.", doc="x")
    >>> (a.title, a.published, a.text)
    ('Toll rises', '2025-01-02', 'Body.')
    >>> parse_article("No front matter here.").text
    'No front matter here.'
    >>> a = parse_article("Toll rises after strikes on port\\nSEOUL, 2 May 2025 (Sample Wire) - Ten died.")
    >>> (a.title, a.published, a.publisher)
    ('Toll rises after strikes on port', '2025-05-02', 'Sample Wire')
    """
    source = source or doc or "<text>"
    match = _FRONT_MATTER.match(raw)
    if not match:
        if raw.lstrip("\ufeff").startswith("---\n") and raw.count("\n---") == 0:
            raise InputError(source, "front matter opens with '---' but never closes")
        return with_text_metadata(Article(doc=doc, text=raw.lstrip("\ufeff")))
    meta: dict[str, str] = {}
    for number, line in enumerate(match["block"].splitlines(), start=2):
        if not line.strip():
            continue
        pair = _META_LINE.match(line)
        if not pair:
            raise InputError(source, f"malformed front matter on line {number}: {line.strip()[:60]!r}")
        meta[pair["key"].lower()] = pair["value"].strip().strip("\"'")
    published = meta.get("published", "")
    if published:
        try:
            dt.date.fromisoformat(published[:10])
        except ValueError:
            raise InputError(source, f"front matter 'published' is not a YYYY-MM-DD date: {published!r}") from None
        published = published[:10]
    return with_text_metadata(
        Article(
            doc=doc,
            text=raw[match.end() :],
            title=meta.pop("title", ""),
            publisher=meta.pop("publisher", ""),
            published=published,
            url=meta.pop("url", ""),
            extra={k: v for k, v in meta.items() if k != "published"},
        )
    )


def with_text_metadata(article: Article) -> Article:
    """``article`` with the title, date and publisher it lacks read from its text, when the text gives them."""
    if article.title and article.published and article.publisher:
        return article
    found = text_metadata(article.text)
    return replace(
        article,
        title=article.title or found.title,
        published=article.published or found.published,
        publisher=article.publisher or found.publisher,
    )
