"""Articles: front matter, body, and the one-line errors bad front matter gives."""

from __future__ import annotations

import pytest

from extractors.article import parse_article
from extractors.errors import InputError

FRONT = "---\ntitle: Toll rises\npublisher: Sample Wire\npublished: 2025-01-02\nurl: https://example.org/a\n---\n"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("Body only.", {"text": "Body only.", "title": ""}, id="no front matter"),
        pytest.param(
            FRONT + "Body.",
            {
                "text": "Body.",
                "title": "Toll rises",
                "publisher": "Sample Wire",
                "published": "2025-01-02",
                "url": "https://example.org/a",
            },
            id="all four keys",
        ),
        pytest.param("\ufeff" + FRONT + "Body.", {"text": "Body.", "title": "Toll rises"}, id="byte order mark"),
        pytest.param("\ufeffBody.", {"text": "Body."}, id="byte order mark, no front matter"),
        pytest.param(FRONT.replace("\n", "\r\n") + "Body.", {"text": "Body.", "title": "Toll rises"}, id="CRLF lines"),
        pytest.param('---\ntitle: "Quoted"\n---\nBody.', {"title": "Quoted"}, id="quoted value"),
        pytest.param("---\nTitle: Upper\n---\nBody.", {"title": "Upper"}, id="key case"),
        pytest.param("---\npublished: 2025-01-02T08:30:00Z\n---\nB", {"published": "2025-01-02"}, id="timestamp"),
        pytest.param("---\nauthor: A. Writer\n---\nB", {"extra": {"author": "A. Writer"}}, id="unknown key kept"),
        pytest.param("---\ntitle: T\n\n---\nB", {"title": "T", "text": "B"}, id="blank line in block"),
        pytest.param("Intro\n---\ntitle: not meta\n---\n", {"title": ""}, id="fence not on first line"),
        pytest.param(FRONT, {"text": "", "title": "Toll rises"}, id="front matter only"),
    ],
)
def test_parse_article(raw: str, expected: dict[str, object]) -> None:
    article = parse_article(raw, doc="doc")
    assert {name: getattr(article, name) for name in expected} == expected


def test_parse_article_keeps_body_offsets() -> None:
    body = "SEOUL - At least 300 were killed.\n\nSecond paragraph."
    assert parse_article(FRONT + body).text == body


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        pytest.param("---\ntitle: never closed\nBody.", "never closes", id="unclosed fence"),
        pytest.param("---\ntitle: T\nno colon here\n---\nB", "line 3", id="malformed line"),
        pytest.param("---\npublished: 2 January 2025\n---\nB", "YYYY-MM-DD", id="bad date"),
    ],
)
def test_parse_article_rejects_bad_front_matter(raw: str, reason: str) -> None:
    with pytest.raises(InputError) as error:
        parse_article(raw, doc="doc", source="some/file.txt")
    message = str(error.value)
    assert message.startswith("some/file.txt: ") and reason in message and "\n" not in message
