"""Metadata read from an article's text: headline, publication date, wire credit (invented examples)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractors.article import parse_article
from extractors.dateline import text_metadata
from extractors.intake.readers import read_article

ROOT = Path(__file__).resolve().parents[1]

HEADLINES = [
    pytest.param("Floods kill dozens in the east\n\nMore than 40 people died, officials said on Monday.",
                 "Floods kill dozens in the east", id="first-line"),
    pytest.param("Skip to main content\nWorld | Asia\nAsia\nAdvertisement\nPort blast toll rises to 90, ministry says\n"
                 "The toll rose on Friday after rescuers reached the port, the ministry said in a statement.",
                 "Port blast toll rises to 90, ministry says", id="after-page-furniture-and-sections"),
    pytest.param("Sign up to our morning newsletter\nSupport independent journalism. Donate today\n"
                 "Strikes hit power plants across the region overnight\nBody text follows here, as always.",
                 "Strikes hit power plants across the region overnight", id="after-appeals"),
    pytest.param("# Ceasefire talks stall as toll climbs\nBody text of the article goes here and on for a while.",
                 "Ceasefire talks stall as toll climbs", id="markdown-heading"),
    pytest.param("The army said on Tuesday that 40 soldiers had been killed in the fighting near the border town.",
                 "", id="story-first-no-headline"),
    pytest.param("Short line\nThe army said on Tuesday that 40 soldiers had been killed near the border.", "",
                 id="too-short-to-be-a-headline"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "title"), HEADLINES)
def test_headline(text: str, title: str) -> None:
    assert text_metadata(text).title == title


DATES = [
    pytest.param("Toll rises in the north\nKYIV, 3 March 2025 - Ten people died.", "2025-03-03", id="day-month-year"),
    pytest.param("Toll rises in the north\nWASHINGTON, Aug 18, 2023 - Ten died.", "2023-08-18", id="abbreviated-month"),
    pytest.param("Toll rises in the north\nGENEVA/PORT SUDAN, Sept. 5, 2024 (Sample Wire) - Ten died.", "2024-09-05",
                 id="two-places-and-credit"),
    pytest.param("Toll rises in the north\nJanuary 6, 2024 - The garrison surrendered.", "2024-01-06",
                 id="date-without-place"),
    pytest.param("Toll rises in the north\n23 December 2024\nAdvertisement\nThe president said on Monday that it grew.",
                 "2024-12-23", id="date-line"),
    pytest.param("Toll rises in the north\nPublished On 11 Jul 2025\nThe ministry said the toll rose again today.",
                 "2025-07-11", id="published-on"),
    pytest.param("Toll rises\nUpdated: 2 May 2025 10:15 GMT\nPublished: Monday, 1 May 2025 09:00\nText follows.",
                 "2025-05-01", id="published-wins-over-updated"),
    pytest.param("Toll rises in the north\nPublished: 2025-04-30\nText follows here.", "2025-04-30", id="iso-date"),
    pytest.param("Toll rises in the north\nKYIV, May 25 - Ukraine said 300 were freed.", "",
                 id="dateline-without-year"),
    pytest.param("Toll rises in the north\nKYIV, 31 February 2025 - Ten died.", "", id="no-such-day"),
    pytest.param("Toll rises\nThe ministry said on 3 March 2025 that ten people had died in the attacks.", "",
                 id="a-date-in-the-story-is-not-its-date"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published"), DATES)
def test_publication_date(text: str, published: str) -> None:
    assert text_metadata(text).published == published


CREDITS = [
    pytest.param("Toll rises\nSEOUL (Sample Wire) - Ten died.", "Sample Wire", id="place-then-credit"),
    pytest.param("Toll rises\n(Example Agency) - Ten died.", "Example Agency", id="credit-alone"),
    pytest.param("Toll rises\nMOSCOW, June 17 (Demo Service) — Ten died.", "Demo Service", id="date-without-year"),
    pytest.param("Toll rises\nBAKU, Azerbaijan (AP) — Ten died.", "AP", id="place-with-country"),
    pytest.param("Toll rises\nTen died, a monitor said on Monday in its daily report.\n\n© 2025 Example Wire Ltd",
                 "Example Wire Ltd", id="copyright-line"),
    pytest.param("Toll rises\nTen died (reports said) on Monday, the ministry said in its report.", "",
                 id="brackets-in-the-story"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "publisher"), CREDITS)
def test_publisher(text: str, publisher: str) -> None:
    assert text_metadata(text).publisher == publisher


def test_front_matter_wins_and_body_is_unchanged() -> None:
    raw = "---\ntitle: Given title\n---\nOther headline here today\nKYIV, 3 March 2025 (Sample Wire) - Ten died."
    article = parse_article(raw)
    assert (article.title, article.published, article.publisher) == ("Given title", "2025-03-03", "Sample Wire")
    assert article.text == raw[raw.index("Other") :]


# Independent of the reader's patterns: a month name and a four-digit year close together.
_TOP_DATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b"
                       r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+\d{4}\b")  # fmt: skip
_CREDIT = re.compile(r"^[A-Z][A-Z/ ]+(?:, [^()]*)? \(([^()]+)\) [-–—]", re.M)


@pytest.mark.parametrize("path", sorted((ROOT / "seeds").glob("*.txt")), ids=lambda p: p.stem)
def test_bundled_articles_read_their_headline_date_and_credit(path: Path) -> None:
    """No bundled article reads undated or without a publisher where its top lines give a date or a credit."""
    article = read_article(path)
    top = []
    for line in article.text.splitlines():
        top.append(line[:40])  # a long line is the story: only its dateline counts
        if len(line.split()) >= 12:
            break
    top = "\n".join(top)
    assert article.title
    if _TOP_DATE.search(top):
        assert article.published
    credit = _CREDIT.search(top)
    if credit:
        assert article.publisher == credit.group(1)
