"""Ingesting RSS and Atom feeds, against an HTTP server on 127.0.0.1 that this module starts in a thread."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from extractors.intake import ingest as ingest_module
from extractors.intake.ingest import ingest
from extractors.intake.readers import Limits
from extractors.store import load_articles
from tests.ingest_helpers import ROOT, fake_figures
from tests.test_parallel_ingest import store_rows

LIMITS = Limits(timeout=2.0, total_time=5.0, max_redirects=3)


def page(number: int) -> bytes:
    return f"""<html><head><title>Page title {number}</title>
<meta property="og:site_name" content="Page Site"></head><body><article><h1>Page title {number}</h1>
<p>At least {number + 10} people were killed in strike number {number} on the city, officials said on Tuesday.
Rescue teams searched the rubble through the night, the regional governor told reporters.</p>
<p>Another {number + 30} people were wounded, according to the regional health department.</p>
</article></body></html>""".encode()


def rss(items: str, title: str = "Test Wire: World") -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{title}</title><link>http://example.org/</link>
<description>News</description>{items}</channel></rss>""".encode()


def item(title: str, link: str, date: str = "Tue, 04 Mar 2025 10:00:00 GMT", source: str = "") -> str:
    origin = f'<source url="http://other.example/rss">{source}</source>' if source else ""
    return f"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>{origin}</item>"


ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:x</id><updated>2025-05-06T00:00:00Z</updated>
<entry><title>Atom entry three</title><link href="/article/3"/><id>urn:3</id>
<updated>2025-05-06T08:00:00Z</updated></entry>
<entry><title>Moved entry</title><link href="/moved"/><id>urn:4</id><updated>2025-05-07T08:00:00Z</updated></entry>
</feed>"""


class Handler(BaseHTTPRequestHandler):
    """Feeds and the articles they link to; ``hits`` counts the requests per path."""

    hits: Counter[str] = Counter()
    base = ""

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        Handler.hits[self.path] += 1
        routes = {
            "/news.rss": ("application/rss+xml", self.news),
            "/atom": ("application/atom+xml", lambda: ATOM),
            "/broken.rss": ("application/rss+xml", lambda: b'<?xml version="1.0"?><rss><channel><item><title>cut'),
            "/served-as-html": ("text/html; charset=utf-8", lambda: rss(item("As HTML", f"{self.base}/article/6"))),
            "/empty.rss": ("application/rss+xml", lambda: rss("")),
            "/note.xml": ("application/xml", lambda: b'<?xml version="1.0"?><note><to>you</to></note>'),
        }
        if self.path in routes:
            content_type, body = routes[self.path]
            self.reply(200, content_type, body())
        elif self.path.startswith("/article/"):
            self.reply(200, "text/html; charset=utf-8", page(int(self.path.rsplit("/", 1)[1])))
        elif self.path in ("/moved", "/loop"):
            self.reply(302, "text/html", b"", location="/article/4" if self.path == "/moved" else "/loop")
        else:
            self.reply(404, "text/html", b"<h1>Not found</h1>")

    def news(self) -> bytes:
        return rss(
            item("Entry one", f"{self.base}/article/1")
            + item("Dead link", f"{self.base}/missing")
            + item("Loop", f"{self.base}/loop")
            + item("Entry two", f"{self.base}/article/2", "Wed, 05 Mar 2025 23:30:00 -0500", source="Other Agency")
            + "<item><title>No link</title></item>"
            + item("Script", "javascript:alert(1)")
        )

    def reply(self, status: int, content_type: str, body: bytes, location: str = "") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if location:
            self.send_header("Location", location)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    Handler.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield Handler.base
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def stand_in_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_module, "extract_figures", fake_figures)


def expected_errors(server: str, redirects: int = 3) -> list[str]:
    return [
        f"{server}/missing: HTTP 404 Not Found",
        f"{server}/loop: too many redirects (more than {redirects})",
        f"{server}/news.rss entry 5: no link to an article",
        f"{server}/news.rss entry 6: link is not an http(s) URL: 'javascript:alert(1)'",
        f"{server}/broken.rss: not a readable RSS or Atom feed (",
    ]


def starts(errors: list[str], wanted: list[str] | None = None) -> list[str]:
    """Each error cut to the length of the one wanted in its place (a parser's reason varies in its wording)."""
    wanted = wanted or expected_errors(Handler.base)
    return [error[: len(expected)] for error, expected in zip(errors, wanted, strict=True)]


def test_feeds_are_read_entry_by_entry_and_bad_ones_named_once(tmp_path: Path, server: str) -> None:
    feeds = [f"{server}/news.rss", f"{server}/atom", f"{server}/broken.rss"]
    summary = ingest(feeds, tmp_path / "f.db", limits=LIMITS)
    assert (summary.new, summary.failed) == (4, 5)
    assert starts(summary.errors) == expected_errors(server)
    articles = load_articles(tmp_path / "f.db").set_index("title")
    assert articles.loc["Entry one", ["published", "publisher"]].tolist() == ["2025-03-04", "Test Wire: World"]
    # the entry's own source and its date in UTC, as the feed gives them
    assert articles.loc["Entry two", ["published", "publisher"]].tolist() == ["2025-03-06", "Other Agency"]
    assert articles.loc["Atom entry three", ["published", "publisher"]].tolist() == ["2025-05-06", "Atom Desk"]
    assert "Moved entry" in articles.index  # reached through one redirect
    with sqlite3.connect(tmp_path / "f.db") as connection:
        sources = {row[0] for row in connection.execute("SELECT source FROM article_sources")}
    assert sources == {f"{server}/article/1", f"{server}/article/2", f"{server}/article/3", f"{server}/moved"}


def test_a_rerun_fetches_only_what_is_not_stored(tmp_path: Path, server: str) -> None:
    feeds = [f"{server}/news.rss", f"{server}/atom"]
    ingest(feeds, tmp_path / "f.db", limits=LIMITS)
    Handler.hits.clear()
    again = ingest(feeds, tmp_path / "f.db", limits=LIMITS)
    assert (again.new, again.unchanged, again.failed) == (0, 4, 4)  # the dead links are tried again
    assert not [path for path in Handler.hits if path.startswith("/article/") or path == "/moved"]
    assert Handler.hits["/missing"] == 1


def test_a_feed_file_and_a_feed_served_as_html(tmp_path: Path, server: str) -> None:
    feed = tmp_path / "saved.xml"
    feed.write_bytes(rss(item("From a file", f"{server}/article/5")))
    summary = ingest([str(feed), f"{server}/served-as-html", f"{server}/empty.rss"], tmp_path / "f.db", limits=LIMITS)
    assert (summary.new, summary.errors) == (2, [])
    assert set(load_articles(tmp_path / "f.db")["title"]) == {"From a file", "As HTML"}


def test_xml_that_is_no_feed_is_one_error(tmp_path: Path, server: str) -> None:
    summary = ingest([f"{server}/note.xml"], tmp_path / "f.db", limits=LIMITS)
    assert summary.errors == [f"{server}/note.xml: not a readable RSS or Atom feed (no RSS or Atom root element)"]


def test_two_workers_store_what_one_stores(tmp_path: Path, server: str) -> None:
    feeds = [f"{server}/news.rss", f"{server}/atom", f"{server}/broken.rss"]
    serial = ingest(feeds, tmp_path / "one.db", limits=LIMITS, workers=1)
    parallel = ingest(feeds, tmp_path / "two.db", limits=LIMITS, workers=2)
    assert (parallel.new, parallel.failed, parallel.errors) == (serial.new, serial.failed, serial.errors)
    assert store_rows(tmp_path / "two.db") == store_rows(tmp_path / "one.db")


def test_cli_names_each_bad_feed_and_entry(tmp_path: Path, server: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "extractors", "ingest", f"{server}/news.rss", f"{server}/broken.rss",
         "--db", str(tmp_path / "f.db"), "--timeout", "2"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    wanted = [f"error: {error}" for error in expected_errors(server, redirects=5)]  # the default limit
    assert starts(errors, wanted) == wanted
    assert result.stderr.splitlines()[-1].startswith("articles: 2 new, 0 unchanged, 5 failed;")
    assert "Traceback" not in result.stderr
