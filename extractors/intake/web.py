"""Downloading over HTTP with limits: the client, what one download may take, and one clear error per failure.

Every URL the project reads (an article, a feed, a feed's entries) comes through
:func:`fetch`: it streams the body and stops at the size cap or the time limit, and
turns each way a download fails into an :class:`InputError` naming the URL.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from ..errors import InputError
from ..version import EXTRACTOR_VERSION

HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml")
USER_AGENT = f"war-figures-extractor/{EXTRACTOR_VERSION} (article ingestion for news analysis; httpx)"
MB = 2**20


@dataclass(frozen=True)
class Limits:
    """How much one input may take. A news article is well under 1 MB of text or HTML."""

    max_file_bytes: int = 10 * MB  # one .txt/.md/.html file; a JSONL file is streamed, so per line
    max_response_bytes: int = 10 * MB  # one downloaded page, counted as it arrives
    timeout: float = 20.0  # seconds to connect, and between two reads
    total_time: float = 60.0  # seconds for a whole download, against servers that drip bytes
    max_redirects: int = 5


DEFAULT_LIMITS = Limits()


def _size(count: int) -> str:
    return f"{count / MB:.1f} MB" if count >= MB // 10 else f"{count:,} bytes"


def http_client(limits: Limits = DEFAULT_LIMITS) -> httpx.Client:
    return httpx.Client(
        timeout=httpx.Timeout(limits.timeout),
        follow_redirects=True,
        max_redirects=limits.max_redirects,
        headers={"User-Agent": USER_AGENT, "Accept": ", ".join(HTML_TYPES + FEED_TYPES)},
    )


@dataclass(frozen=True)
class Fetched:
    """A downloaded document: its bytes, where the redirects ended, its media type and declared charset."""

    body: bytes
    url: str
    media_type: str
    charset: str | None

    def page(self) -> bytes | str:
        """The body for an HTML reader: text in the declared charset (it beats guessing), else bytes."""
        try:
            return self.body.decode(self.charset, errors="replace") if self.charset else self.body
        except LookupError:  # a charset Python does not know
            return self.body


def fetch(
    url: str, limits: Limits = DEFAULT_LIMITS, client: httpx.Client | None = None, accept: tuple[str, ...] = HTML_TYPES
) -> Fetched:
    """Download ``url`` if its media type is one of ``accept``; every failure is an :class:`InputError`."""
    own_client = client is None
    client = client or http_client(limits)
    try:
        return _fetch(client, url, limits, accept)
    except httpx.TooManyRedirects:
        raise InputError(url, f"too many redirects (more than {limits.max_redirects})") from None
    except httpx.TimeoutException:
        raise InputError(url, f"timed out (no answer within {limits.timeout:g} s)") from None
    except httpx.ConnectError as error:
        raise InputError(url, f"cannot connect to the host ({error})") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
        raise InputError(url, f"not a valid http(s) URL ({error})") from None
    except httpx.HTTPError as error:
        raise InputError(url, f"download failed ({type(error).__name__}: {error})") from None
    finally:
        if own_client:
            client.close()


def _fetch(client: httpx.Client, url: str, limits: Limits, accept: tuple[str, ...]) -> Fetched:
    cap = limits.max_response_bytes
    deadline = time.monotonic() + limits.total_time
    with client.stream("GET", url) as response:
        if response.status_code >= 400:
            raise InputError(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
        media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type not in accept:
            wanted = "an HTML page" + ("" if accept == HTML_TYPES else " or a feed")
            raise InputError(url, f"not {wanted} (content type {media_type or 'missing'})")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise InputError(url, f"page is {_size(int(declared))}, over the {_size(cap)} limit")
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > cap:
                raise InputError(url, f"page is over the {_size(cap)} limit")
            if time.monotonic() > deadline:
                raise InputError(url, f"timed out (download took over {limits.total_time:g} s)")
    if not body.strip():
        raise InputError(url, "empty page")
    return Fetched(bytes(body), str(response.url), media_type, response.charset_encoding)
