"""One ``streamlit run`` and one Chromium for all browser tests; each test module gets its own browser context.

Skipped when Playwright or ``/usr/bin/chromium`` is missing, unless
``WARFIGURES_BROWSER_REQUIRED=1`` (CI sets it), where that is a failure.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.driving import CHROMIUM, CHROMIUM_ARGS, DIALOGS, ROOT, SCREENSHOTS, TIMEOUT_MS
from tests.dashboard_fixtures import add_hostile_article, add_markup_article, fill_store, generated_figures


def _require_browser():
    missing = []
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing.append("the playwright package")
        sync_playwright = None
    if not CHROMIUM.exists():
        missing.append(str(CHROMIUM))
    if missing:
        reason = "browser test needs " + " and ".join(missing)
        if os.environ.get("WARFIGURES_BROWSER_REQUIRED") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return sync_playwright


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def store(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("browser") / "figures.db"
    fill_store(db, generated_figures(300))
    add_hostile_article(db)
    add_markup_article(db)
    return db


@contextlib.contextmanager
def serving(store: Path, log_folder: Path) -> Iterator[str]:
    """``streamlit run`` on 127.0.0.1 and a free port, reading ``store``; yields its base URL."""
    _require_browser()
    port = _free_port()
    log = (log_folder / "streamlit.log").open("w")
    command = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "app.py"),
        "--server.headless", "true", "--server.address", "127.0.0.1", "--server.port", str(port),
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
    ]  # fmt: skip
    process = subprocess.Popen(
        command, cwd=ROOT, env={**os.environ, "WARFIGURES_DB": str(store)}, stdout=log, stderr=subprocess.STDOUT
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as answer:
                if answer.status == 200:
                    break
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"streamlit did not start; see {log.name}")
        time.sleep(0.3)
    try:
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture(scope="session")
def server(store, tmp_path_factory):
    """The dashboard serving the shared test store; yields its base URL."""
    with serving(store, tmp_path_factory.mktemp("browser-log")) as base:
        yield base


@pytest.fixture(scope="session")
def browser(server):
    sync_playwright = _require_browser()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def new_tab(browser):
    """Opens tabs in fresh browser contexts (so fresh Streamlit sessions), as a colleague opening a link would."""
    contexts = []

    def open_tab():
        context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 1000})
        contexts.append(context)
        tab = context.new_page()
        tab.set_default_timeout(TIMEOUT_MS)
        tab.on("dialog", lambda dialog: (DIALOGS.append(dialog.message), dialog.dismiss()))
        return tab

    yield open_tab
    for context in contexts:
        context.close()


@pytest.fixture(scope="module")
def page(browser):
    """One tab shared by a module's tests, in the order they are written."""
    context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 1000})
    tab = context.new_page()
    tab.set_default_timeout(TIMEOUT_MS)
    tab.on("dialog", lambda dialog: (DIALOGS.append(dialog.message), dialog.dismiss()))
    yield tab
    context.close()
