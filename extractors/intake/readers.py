"""Reading articles from where users keep them: text files, saved pages, JSONL exports, URLs.

Each reader yields :class:`Loaded` articles or :class:`InputError` values, one per
bad input (or per bad JSONL line), so one bad input never stops the others. Large
inputs are streamed: a JSONL export is read line by line, a download stops at the
size cap.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import regex
import trafilatura

from ..article import Article, parse_article, with_text_metadata
from ..errors import InputError
from .encodings import decode_text
from .web import DEFAULT_LIMITS, MB, Limits, _size, fetch, http_client
from .web import USER_AGENT as USER_AGENT  # re-exported, as it was defined here before web.py

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
FEED_SUFFIXES = (".rss", ".atom", ".xml")  # read as feeds when given by name, never picked from folders

# trafilatura and htmldate log their doubts about a page as warnings; the user gets
# one line per bad input from us instead.
for _name in ("trafilatura", "htmldate"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


@dataclass(frozen=True)
class Loaded:
    """An article and where it was read from (a resolved path, "PATH line N", a URL)."""

    source: str
    article: Article


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def expand_sources(sources: list[str]) -> tuple[list[str], list[InputError]]:
    """Files and URLs to read, in a stable order (folders expanded recursively), and the bad ones."""
    inputs: list[str] = []
    errors: list[InputError] = []
    for source in sources:
        path = Path(source)
        if is_url(source):
            inputs.append(source)
        elif "://" in source:
            errors.append(InputError(source, "only http:// and https:// URLs can be fetched"))
        elif path.is_dir():
            found = sorted(
                str(file)
                for file in path.rglob("*")
                if file.suffix.lower() in SUFFIXES
                and file.is_file()
                and not any(part.startswith(".") for part in file.relative_to(path).parts)
            )
            if not found:
                errors.append(InputError(source, f"no article files ({' '.join(SUFFIXES)}) in this folder"))
            inputs.extend(found)
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES + FEED_SUFFIXES:
                inputs.append(source)
            else:
                expected = ", ".join(SUFFIXES + FEED_SUFFIXES)
                errors.append(InputError(source, f"unsupported file type {path.suffix!r} (expected {expected})"))
        elif path.exists():
            errors.append(InputError(source, "not a regular file"))
        else:
            errors.append(InputError(source, "no such file or folder"))
    return inputs, errors


def read_sources(sources: list[str], limits: Limits = DEFAULT_LIMITS) -> Iterator[Loaded | InputError]:
    """Every article in ``sources`` (files, folders read recursively, URLs), in a stable order.

    This is the one way in: ``extract``, ``ingest`` and the dashboard read through it (or
    :func:`read_source` and :func:`file_article`, which it is built on), so a file gives
    the same article, and the same figures, everywhere. Bad inputs come as errors among
    the articles.
    """
    inputs, errors = expand_sources(list(sources))
    yield from errors
    with contextlib.ExitStack() as stack:
        client = stack.enter_context(http_client(limits)) if any(map(is_url, inputs)) else None
        for source in inputs:
            yield from read_source(source, limits, client)


def read_source(
    source: str, limits: Limits = DEFAULT_LIMITS, client: httpx.Client | None = None
) -> Iterator[Loaded | InputError]:
    """The articles in one file or URL, and an error for each part that cannot be read."""
    path = Path(source)
    try:
        if is_url(source):
            yield read_url(source, limits, client)
        elif path.suffix.lower() in JSONL_SUFFIXES:
            yield from read_jsonl(path, limits)
        else:
            yield Loaded(_resolved(source), file_article(_read_file(path, limits), source, doc=path.stem))
    except InputError as error:
        yield error


def file_article(raw: bytes, source: str, doc: str) -> Article:
    """The article in the bytes of one text or HTML file (a saved page, an upload), by its name's suffix.

    Text is decoded whatever its encoding (:func:`decode_text`) and may open with front
    matter; a page's main text and metadata are taken by trafilatura (:func:`page_article`).
    """
    if not raw.strip():
        raise InputError(source, "empty file")
    if source.lower().endswith(HTML_SUFFIXES):
        return page_article(raw, source, doc=doc)
    return _with_body(parse_article(decode_text(raw, source), doc=doc, source=source), source)


def read_article(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Article:
    """The article in one text or HTML file; raises :class:`InputError` with a one-line reason."""
    path = Path(path)
    if path.suffix.lower() in JSONL_SUFFIXES:
        raise InputError(str(path), "holds many articles: read it with read_sources")
    return file_article(_read_file(path, limits), str(path), doc=path.stem)


def _resolved(path: str) -> str:
    return str(Path(path).resolve())


def _read_file(path: Path, limits: Limits) -> bytes:
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise InputError(str(path), f"file is {_size(size)}, over the {_size(limits.max_file_bytes)} limit")
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(str(path), error.strerror or "cannot be read") from None
    if not raw.strip():
        raise InputError(str(path), "empty file")
    return raw


def _with_body(article: Article, source: str) -> Article:
    if not article.text.strip():
        raise InputError(source, "no article text after the front matter")
    return article


# -- HTML ------------------------------------------------------------------


def page_article(page: bytes | str, source: str, doc: str = "", url: str = "") -> Article:
    """The main text and metadata of an HTML page, taken by trafilatura.

    ``url`` is where the page was fetched; the page's canonical URL wins over it.
    """
    if isinstance(page, bytes) and b"\x00" in page[:4096]:
        raise InputError(source, "binary file, not an HTML page")
    try:
        document = trafilatura.bare_extraction(
            page, url=url or None, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception as error:  # trafilatura has no error type of its own; a bad page must not stop the run
        raise InputError(source, f"cannot parse the page ({type(error).__name__})") from None
    text = (document.text or "") if document is not None else ""
    if not text.strip():
        raise InputError(source, "no article text found in the page")
    return Article(
        doc=doc or _url_doc(url or source),
        text=text,
        title=document.title or "",
        publisher=document.sitename or document.hostname or "",
        published=_iso_date(document.date),
        url=document.url or url,
    )


def _iso_date(value: object) -> str:
    text = str(value or "")[:10]
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        return ""


def _url_doc(url: str) -> str:
    """A readable name for a fetched page: the last part of its path, else its host."""
    parts = urlsplit(url)
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    return regex.sub(r"\.(?:html?|php|aspx?)$", "", last) or parts.hostname or url


# -- URLs ------------------------------------------------------------------


def read_url(url: str, limits: Limits = DEFAULT_LIMITS, client: httpx.Client | None = None) -> Loaded:
    """Fetch ``url`` and read it as an HTML page; every failure is an :class:`InputError`."""
    fetched = fetch(url, limits, client)
    return Loaded(url, page_article(fetched.page(), url, url=fetched.url))


# -- JSONL -----------------------------------------------------------------

_JSONL_META = ("title", "publisher", "published", "url")


def read_jsonl(
    path: Path, limits: Limits = DEFAULT_LIMITS, start: int = 0, stop: int | None = None, first_line: int = 1
) -> Iterator[Loaded | InputError]:
    """One article per line: ``text`` plus optional ``title``, ``publisher``, ``published``, ``url``, ``doc``.

    A broken line is reported with its number and the other lines are read. ``start`` and ``stop``
    (offsets where lines begin) and ``first_line`` (numbering ``start``'s line) read one block of it.
    """
    source = _resolved(str(path))
    try:
        handle = path.open("rb")
    except OSError as error:
        raise InputError(str(path), error.strerror or "cannot be read") from None
    with handle:
        if start == 0 and b"\x00" in handle.read(4096):
            raise InputError(str(path), "binary file, not JSON lines")
        handle.seek(start)
        seen_any = False
        number = first_line - 1
        while (stop is None or handle.tell() < stop) and (line := handle.readline(limits.max_file_bytes + 1)):
            number += 1
            where = f"{path} line {number}"
            if len(line) > limits.max_file_bytes:
                while line and not line.endswith(b"\n"):  # skip the rest of the long line
                    line = handle.readline(MB)
                yield InputError(where, f"line is over the {_size(limits.max_file_bytes)} limit")
                seen_any = True
                continue
            if not line.strip():
                continue
            seen_any = True
            try:
                article = _jsonl_article(line, where, doc=f"{path.stem}-{number}")
            except InputError as error:
                yield error
                continue
            yield Loaded(f"{source} line {number}", article)
    if not seen_any and start == 0 and stop is None:
        raise InputError(str(path), "empty file")


def _jsonl_article(line: bytes, where: str, doc: str) -> Article:
    try:
        record = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(where, "not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise InputError(where, f"invalid JSON: {error.msg} at column {error.colno}") from None
    if not isinstance(record, dict):
        raise InputError(where, 'expected a JSON object with a "text" field')
    return record_article(record, where, doc)


def record_article(record: dict, where: str, doc: str) -> Article:
    """An article from one record (a JSON line, a Parquet row): ``text`` and the front-matter fields."""
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(where, 'no "text" field' if text is None else '"text" is not a string')
    if not text.strip():
        raise InputError(where, '"text" is empty')
    meta = {key: record.get(key) for key in _JSONL_META}
    for key, value in meta.items():
        if value is not None and not isinstance(value, str):
            raise InputError(where, f'"{key}" is not a string')
    published = meta["published"] or ""
    if published and not _iso_date(published):
        raise InputError(where, f'"published" is not a YYYY-MM-DD date: {published!r}')
    name = record.get("doc") or record.get("id")
    article = Article(
        doc=str(name) if name else doc,
        text=text,
        title=meta["title"] or "",
        publisher=meta["publisher"] or "",
        published=_iso_date(published),
        url=meta["url"] or "",
    )
    return with_text_metadata(article)
