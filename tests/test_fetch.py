"""Ingesting URLs, against an HTTP server on 127.0.0.1 that this module starts in a thread."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from extractors.cli import main
from extractors.intake.ingest import ingest
from extractors.intake.readers import USER_AGENT, Limits
from extractors.store import load_articles
from tests.test_ingest import PAGE

LIMITS = Limits(timeout=0.5, total_time=2.0, max_response_bytes=50_000, max_redirects=3)
LATIN_PAGE = PAGE.replace("Strike on market", "Frappe sur le marché").encode("iso-8859-1")


class Handler(BaseHTTPRequestHandler):
    """One route per case; ``agents`` records the User-Agent of each request."""

    agents: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        Handler.agents.append(self.headers.get("User-Agent", ""))
        route = self.path.split("?")[0]
        if route == "/article":
            self.reply(200, "text/html; charset=utf-8", PAGE.encode())
        elif route == "/latin":
            self.reply(200, "text/html; charset=iso-8859-1", LATIN_PAGE)
        elif route == "/moved":
            self.reply(302, "text/html", b"", location="/article")
        elif route == "/loop":
            self.reply(302, "text/html", b"", location="/loop")
        elif route == "/slow":
            time.sleep(2)
            self.reply(200, "text/html", PAGE.encode())
        elif route == "/drip":  # answers quickly, then never finishes
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(40):
                self.wfile.write(b"<p>more</p>" * 10)
                self.wfile.flush()
                time.sleep(0.1)
        elif route == "/pdf":
            self.reply(200, "application/pdf", b"%PDF-1.4")
        elif route == "/huge":  # says how big it is
            self.reply(200, "text/html", b"<p>" + b"x" * 100_000 + b"</p>")
        elif route == "/huge-unannounced":  # does not: must be cut off while streaming
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(100):
                self.wfile.write(b"<p>" + b"x" * 10_000 + b"</p>")
        elif route == "/empty":
            self.reply(200, "text/html", b"")
        else:
            self.reply(404, "text/html", b"<h1>Not found</h1>")

    def reply(self, status: int, content_type: str, body: bytes, location: str = "") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if location:
            self.send_header("Location", location)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens here once the probe closes


@pytest.mark.parametrize("route", ["/article", "/moved"], ids=["page", "redirect-once"])
def test_a_page_is_fetched_and_read_like_a_saved_page(tmp_path: Path, server: str, route: str) -> None:
    summary = ingest([server + route], tmp_path / "f.db", limits=LIMITS)
    assert (summary.new, summary.errors) == (1, [])
    article = load_articles(tmp_path / "f.db").iloc[0]
    assert article["title"] == "Strike on market"
    assert article["publisher"] == "Test Wire"
    assert article["published"] == "2025-03-04"
    assert article["url"] == "https://example.org/world/strike-on-market"  # the canonical URL
    assert article["doc"] == "article"  # named after the final URL
    assert Handler.agents[-1] == USER_AGENT


def test_the_declared_charset_is_used(tmp_path: Path, server: str) -> None:
    summary = ingest([server + "/latin"], tmp_path / "f.db", limits=LIMITS)
    assert summary.errors == []
    assert load_articles(tmp_path / "f.db").loc[0, "title"] == "Frappe sur le marché"


BAD_URLS = [
    pytest.param("/missing", "HTTP 404 Not Found", id="404"),
    pytest.param("/loop", "too many redirects (more than 3)", id="redirect-loop"),
    pytest.param("/slow", "timed out (no answer within 0.5 s)", id="timeout"),
    pytest.param("/drip", "timed out (download took over 2 s)", id="slow-download"),
    pytest.param("/pdf", "not an HTML page or a feed (content type application/pdf)", id="not-html"),
    pytest.param("/huge", "page is 100,007 bytes, over the 50,000 bytes limit", id="too-large-declared"),
    pytest.param("/huge-unannounced", "page is over the 50,000 bytes limit", id="too-large-streamed"),
    pytest.param("/empty", "empty page", id="empty"),
]


@pytest.mark.parametrize(("route", "reason"), BAD_URLS)
def test_a_bad_url_is_one_error_and_the_rest_is_ingested(tmp_path: Path, server: str, route: str, reason: str) -> None:
    summary = ingest([server + route, server + "/article"], tmp_path / "f.db", limits=LIMITS)
    assert summary.new == 1
    assert summary.errors == [f"{server}{route}: {reason}"]


def test_an_unreachable_host(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{closed_port()}/article"
    summary = ingest([url], tmp_path / "f.db", limits=LIMITS)
    assert summary.failed == 1
    assert summary.errors[0].startswith(f"{url}: cannot connect to the host")


def test_cli_mixes_urls_and_files(tmp_path: Path, server: str, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "a.txt"
    text.write_text("At least 12 people were killed, officials said.\n", encoding="utf-8")
    code = main(["ingest", str(text), server + "/article", server + "/missing", "--db", str(tmp_path / "f.db")])
    err = capsys.readouterr().err
    assert code == 1
    assert f"error: {server}/missing: HTTP 404 Not Found" in err.splitlines()
    assert err.splitlines()[-1].startswith("articles: 2 new, 0 unchanged, 1 failed;")
