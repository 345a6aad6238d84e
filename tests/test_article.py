"""Article files: front matter, body, and the one-line errors a bad file gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.article import article_paths, parse_article, read_article
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


def test_read_article_names_the_doc_after_the_file(tmp_path: Path) -> None:
    path = tmp_path / "d99_sample.txt"
    path.write_text(FRONT + "Body.", encoding="utf-8")
    article = read_article(path)
    assert (article.doc, article.title, article.text) == ("d99_sample", "Toll rises", "Body.")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b" \n\t\n", "empty", id="whitespace only"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", id="binary"),
        pytest.param(b"---\ntitle: never closed\n", "never closes", id="unclosed front matter"),
    ],
)
def test_read_article_rejects_with_one_line(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as error:
        read_article(path)
    message = str(error.value)
    assert str(path) in message and reason in message and "\n" not in message


def test_read_article_non_utf8_is_read_or_named(tmp_path: Path) -> None:
    # The guideline says UTF-8; whether another encoding is decoded or refused, it is never a traceback.
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\xe9 attack: 12 killed.".encode("latin-1"))
    try:
        article = read_article(path)
    except InputError as error:
        assert str(path) in str(error)
    else:
        assert "12 killed" in article.text


def test_read_article_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nothere.txt"):
        read_article(tmp_path / "nothere.txt")


def test_article_paths_expands_folders_in_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "sub/c.txt", "notes.csv", "image.png"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in article_paths([tmp_path])]
    assert found == ["a.md", "b.txt", "sub/c.txt"]


def test_article_paths_keeps_a_named_file_whatever_its_suffix(tmp_path: Path) -> None:
    (tmp_path / "article.html").write_text("x")
    assert article_paths([tmp_path / "article.html"]) == [tmp_path / "article.html"]


def test_article_paths_missing_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        article_paths([tmp_path / "missing"])
