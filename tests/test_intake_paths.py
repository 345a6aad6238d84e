"""One way in: `extract`, `ingest` and the dashboard read a file the same way, so it gives the same figures."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from extractors.cli import extract_paths
from extractors.errors import InputError
from extractors.figure import COLUMNS
from extractors.intake.ingest import ingest
from extractors.intake.readers import expand_sources, file_article, read_article
from extractors.store import load_figures

FRONT = "---\ntitle: Toll rises\npublisher: Sample Wire\npublished: 2025-01-02\n---\n"
# Curly quotes and a dash: bytes that differ between UTF-8 and Windows-1252.
STORY = (
    "KHARKIV – At least 12 people were killed and 40 wounded in a missile strike on Tuesday, "
    "the regional governor said. “We are still searching the rubble,” he said."
)
PAGE = f"""<!doctype html><html><head><meta charset="utf-8"><title>Toll rises</title></head>
<body><nav>Home | World | Sport</nav><article><h1>Toll rises</h1>
<p>{STORY}</p><p>Rescue teams worked through the night in the city centre, officials added.</p>
</article><footer>Cookie settings</footer></body></html>"""

INPUTS = [
    pytest.param("windows.txt", (FRONT + STORY).encode("cp1252"), id="Windows-1252 text"),
    pytest.param("page.html", PAGE.encode("utf-8"), id="HTML page"),
]


def _comparable(table: pd.DataFrame) -> list[tuple]:
    """The table's figures, every column (not the ones only the store adds), in one order."""
    rows = table[list(COLUMNS)].astype(object).where(table[list(COLUMNS)].notna(), None)
    return sorted(tuple(row) for row in rows.itertuples(index=False))


@pytest.mark.parametrize(("name", "content"), INPUTS)
def test_extract_and_ingest_give_the_same_figures(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    extracted, errors = extract_paths([str(path)])
    assert errors == []
    assert {12.0, 40.0} <= set(extracted["value"])
    summary = ingest([str(path)], tmp_path / "figures.db")
    assert summary.errors == [] and summary.new == 1
    assert _comparable(load_figures(tmp_path / "figures.db")) == _comparable(extracted)


@pytest.mark.parametrize(("name", "content"), INPUTS)
def test_an_upload_is_read_as_the_same_file(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert file_article(content, name, doc=path.stem) == read_article(path)


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
        pytest.param(FRONT.encode(), "no article text", id="front matter only"),
    ],
)
def test_read_article_rejects_with_one_line(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as error:
        read_article(path)
    message = str(error.value)
    assert str(path) in message and reason in message and "\n" not in message


def test_read_article_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nothere.txt"):
        read_article(tmp_path / "nothere.txt")


def test_folders_expand_to_article_files_in_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "sub/c.html", "notes.csv", "image.png", ".hidden/d.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    inputs, errors = expand_sources([str(tmp_path)])
    assert [Path(p).relative_to(tmp_path).as_posix() for p in inputs] == ["a.md", "b.txt", "sub/c.html"]
    assert errors == []


def test_a_named_file_of_another_type_is_one_error(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("x")
    inputs, errors = expand_sources([str(tmp_path / "notes.csv")])
    assert inputs == [] and len(errors) == 1 and "unsupported file type" in str(errors[0])
