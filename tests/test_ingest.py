"""`ingest` over every input format and every kind of bad input, through the library and the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractors.cli import main
from extractors.intake import ingest as ingest_module
from extractors.intake.ingest import ingest, ingest_text, preview
from extractors.intake.readers import Limits
from extractors.store import load_article, load_articles, load_figures, store_counts
from tests.ingest_helpers import ROOT, fake_figures

SIMPLE = "At least 12 people were killed, officials said."
PAGE = """<html><head><title>Strike on market | Test Wire</title>
<meta property="og:site_name" content="Test Wire">
<meta property="article:published_time" content="2025-03-04T10:00:00Z">
<link rel="canonical" href="https://example.org/world/strike-on-market"></head>
<body><nav>Skip to main content</nav><div class="cookie">We use cookies.</div>
<article><h1>Strike on market</h1>
<p>At least 12 people were killed in a strike on a market in the city on Tuesday, officials said.
Rescue teams searched the rubble through the night, the regional governor told reporters.</p>
<p>Another 30 people were wounded, according to the regional health department, which said the
number could rise as more of the injured were brought to hospitals.</p></article>
<footer>Contact us</footer></body></html>"""
EMPTY_PAGE = "<html><head><script>var a = 1;</script></head><body><img src=x></body></html>"
CYRILLIC = "Не менее 12 человек погибли в Харькове, заявили в региональной администрации в воскресенье."
FRENCH = (
    "Le ministère a déclaré qu’au moins 12 personnes ont été tuées à Kharkiv – selon les autorités régionales, "
    "dimanche. « Les secours sont toujours à pied d’œuvre », a précisé le gouverneur."
)


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """Figures known from the text, whatever state the real extractor is in."""
    monkeypatch.setattr(ingest_module, "extract_figures", fake_figures)


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# -- formats -----------------------------------------------------------------

FORMATS = [
    pytest.param(
        "a.txt",
        f"---\ntitle: Toll rises\npublisher: Test Wire\npublished: 2025-01-02\nurl: https://example.org/a\n---\n{SIMPLE}\n",
        {"doc": "a", "title": "Toll rises", "publisher": "Test Wire", "published": "2025-01-02"},
        SIMPLE,
        id="txt-front-matter",
    ),
    pytest.param("b.md", f"{SIMPLE}\n", {"doc": "b", "title": ""}, SIMPLE, id="md-plain"),
    pytest.param(
        "page.html",
        PAGE,
        {
            "doc": "page",
            "title": "Strike on market",
            "publisher": "Test Wire",
            "published": "2025-03-04",
            "url": "https://example.org/world/strike-on-market",
        },
        "At least 12 people were killed in a strike",
        id="html-saved-page",
    ),
    pytest.param("page.htm", PAGE, {"title": "Strike on market"}, "Another 30 people were wounded", id="htm"),
    pytest.param("utf16.txt", SIMPLE.encode("utf-16"), {"doc": "utf16"}, SIMPLE, id="utf-16-with-bom"),
    pytest.param("cp1251.txt", CYRILLIC.encode("cp1251"), {}, CYRILLIC, id="cp1251-detected"),
    pytest.param("cp1252.txt", FRENCH.encode("cp1252"), {}, FRENCH, id="cp1252-detected"),
    pytest.param("bom.txt", b"\xef\xbb\xbf" + SIMPLE.encode(), {}, SIMPLE, id="utf-8-with-bom"),
]


@pytest.mark.parametrize(("name", "content", "meta", "text"), FORMATS)
def test_each_format_is_stored_with_its_metadata(
    tmp_path: Path, name: str, content: str | bytes, meta: dict[str, str], text: str
) -> None:
    summary = ingest([str(write(tmp_path, name, content))], tmp_path / "f.db")
    assert (summary.new, summary.failed, summary.errors) == (1, 0, [])
    article = load_articles(tmp_path / "f.db").iloc[0]
    assert {key: article[key] for key in meta} == meta
    stored = load_article(tmp_path / "f.db", article["article_id"])
    assert text in stored["text"]
    assert "cookies" not in stored["text"] and "Skip to main content" not in stored["text"]


def test_jsonl_one_article_a_line(tmp_path: Path) -> None:
    lines = [
        {"text": SIMPLE, "title": "One", "publisher": "Wire", "published": "2025-02-03", "url": "https://e.org/1"},
        {"text": "Some 300 troops were deployed to the border, the ministry said.", "doc": "two"},
    ]
    path = write(tmp_path, "export.jsonl", "\n".join(json.dumps(line) for line in lines) + "\n\n")
    summary = ingest([str(path)], tmp_path / "f.db")
    assert (summary.new, summary.failed) == (2, 0)
    articles = load_articles(tmp_path / "f.db").set_index("doc")
    assert articles.loc["export-1", ["title", "publisher", "published", "url"]].tolist() == [
        "One", "Wire", "2025-02-03", "https://e.org/1",
    ]  # fmt: skip
    assert "two" in articles.index


def test_folders_are_read_recursively_and_other_files_skipped(tmp_path: Path) -> None:
    write(tmp_path, "in/a.txt", SIMPLE)
    write(tmp_path, "in/deeper/b.html", PAGE)
    write(tmp_path, "in/deeper/c.jsonl", json.dumps({"text": "Two soldiers were captured, the army said."}))
    write(tmp_path, "in/notes.pdf", b"%PDF-1.4")
    write(tmp_path, "in/.git/d.txt", "Hidden folders are not articles.")
    summary = ingest([str(tmp_path / "in")], tmp_path / "f.db")
    assert (summary.new, summary.failed) == (3, 0)


def test_simple_sentence_gives_figures_with_the_real_extractor(tmp_path: Path) -> None:
    summary = ingest_text(
        "At least 12 people were killed in the shelling, officials said.", tmp_path / "f.db", doc="simple"
    )
    assert summary.new == 1
    assert summary.figures >= 1  # needs the extraction engine; fails while it is a stub
    figures = load_figures(tmp_path / "f.db")
    assert figures.loc[0, "value"] == 12 and figures.loc[0, "doc"] == "simple"


# -- bad inputs ----------------------------------------------------------------

BAD = [
    # (file name, content, what the one error line says)
    pytest.param("empty.txt", b"", "empty file", id="empty"),
    pytest.param("blank.md", b"  \n\n\t\n", "empty file", id="whitespace-only"),
    pytest.param("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file", id="binary"),
    pytest.param("control.txt", bytes(range(1, 32)) * 20, "binary file", id="binary-without-nul"),
    pytest.param(
        "fm.txt", "---\ntitle Toll\n---\nBody text.", "malformed front matter on line 2", id="front-matter-line"
    ),
    pytest.param("open.txt", "---\ntitle: Toll\nBody text.", "never closes", id="front-matter-unclosed"),
    pytest.param("date.txt", "---\npublished: March 3\n---\nBody.", "not a YYYY-MM-DD date", id="front-matter-date"),
    pytest.param("bare.txt", "---\ntitle: Toll\n---\n\n", "no article text after the front matter", id="no-body"),
    pytest.param("big.txt", "x" * 5000, "over the", id="over-size-limit"),
    pytest.param(
        "bad.jsonl", '{"text": "ok line"}\n{"text": "broken\n', "line 2: invalid JSON", id="jsonl-broken-line"
    ),
    pytest.param("notext.jsonl", '{"title": "no text"}\n', 'line 1: no "text" field', id="jsonl-no-text"),
    pytest.param("array.jsonl", "[1, 2]\n", "line 1: expected a JSON object", id="jsonl-not-object"),
    pytest.param("blanktext.jsonl", '{"text": "  "}\n', 'line 1: "text" is empty', id="jsonl-empty-text"),
    pytest.param("date.jsonl", '{"text": "x", "published": "soon"}\n', 'line 1: "published" is not', id="jsonl-date"),
    pytest.param("latin.jsonl", b'{"text": "caf\xe9"}\n', "line 1: not UTF-8", id="jsonl-not-utf8"),
    pytest.param("empty.jsonl", b"\n\n", "empty file", id="jsonl-empty"),
    pytest.param("long.jsonl", '{"text": "' + "y" * 5000 + '"}\n', "line 1: line is over the", id="jsonl-long-line"),
    pytest.param("blob.jsonl", b"\x00\x01\x02" * 10, "binary file", id="jsonl-binary"),
    pytest.param(
        "nothing.html",
        EMPTY_PAGE,
        "no article text",
        id="html-no-text",
    ),
    pytest.param("report.pdf", b"%PDF-1.4 ...", "unsupported file type '.pdf'", id="unsupported-suffix"),
]


@pytest.mark.parametrize(("name", "content", "reason"), BAD)
def test_a_bad_input_is_one_error_line_and_the_rest_is_ingested(
    tmp_path: Path, name: str, content: str | bytes, reason: str
) -> None:
    good = write(tmp_path, "good.txt", SIMPLE)
    bad = write(tmp_path, name, content)
    summary = ingest([str(good), str(bad)], tmp_path / "f.db", limits=Limits(max_file_bytes=4000))
    assert summary.new == 1 + ("ok line" in str(content))
    assert summary.failed == 1
    [error] = summary.errors
    assert error.startswith(str(bad)) and reason in error, error


def test_missing_paths_and_empty_folders(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    summary = ingest([str(tmp_path / "nope.txt"), str(tmp_path / "empty"), "ftp://example.org/a"], tmp_path / "f.db")
    assert summary.failed == 3
    assert [error.split(": ", 1)[1] for error in summary.errors] == [
        "no such file or folder",
        "no article files (.txt .md .html .htm .jsonl) in this folder",
        "only http:// and https:// URLs can be fetched",
    ]
    assert not (tmp_path / "f.db").exists()  # nothing to read: no store made


def test_an_extractor_crash_fails_one_article_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fragile(text: str, doc: str = "", meta: dict[str, str] | None = None) -> list:
        if "crash" in text:
            raise ValueError("boom")
        return []

    monkeypatch.setattr(ingest_module, "extract_figures", fragile)
    paths = [str(write(tmp_path, "a.txt", SIMPLE)), str(write(tmp_path, "b.txt", "This will crash it."))]
    summary = ingest(paths, tmp_path / "f.db")
    assert (summary.new, summary.failed) == (1, 1)
    assert summary.errors == [f"{paths[1]}: extractor failed (ValueError: boom)"]


def test_cli_reports_every_bad_input_on_one_line_and_exits_non_zero(tmp_path: Path) -> None:
    bad = [write(tmp_path, name, content) for name, content, _ in (case.values for case in BAD)]
    good = write(tmp_path, "good.txt", SIMPLE)
    result = subprocess.run(
        [sys.executable, "-m", "extractors", "ingest", str(good), *map(str, bad), "--db", str(tmp_path / "f.db")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    # the size limit is 10 MB from the command line, so big.txt and long.jsonl are fine there
    assert len(errors) == len(BAD) - 2, result.stderr
    assert result.stderr.splitlines()[-1].startswith("articles: 4 new, 0 unchanged, 18 failed;")


# -- re-ingesting ---------------------------------------------------------------


def test_ingesting_the_bundled_articles_twice_leaves_the_same_counts(tmp_path: Path) -> None:
    db_path = tmp_path / "f.db"
    first = ingest([str(ROOT / "seeds")], db_path)
    counts = store_counts(db_path)
    second = ingest([str(ROOT / "seeds")], db_path)
    assert first.failed == second.failed == 0
    assert (second.new, second.unchanged, second.figures) == (0, first.new, 0)
    assert store_counts(db_path) == counts
    assert counts["articles"] == len(list((ROOT / "seeds").glob("*.txt")))


def test_the_same_text_from_another_source_is_stored_once(tmp_path: Path, fake_extractor: None) -> None:
    a = write(tmp_path, "a.txt", f"---\ntitle: First\n---\n{SIMPLE}\n")
    b = write(tmp_path, "copy/b.txt", f"{SIMPLE}\r\n")  # other line endings, no front matter
    db_path = tmp_path / "f.db"
    first, second = ingest([str(a)], db_path), ingest([str(b)], db_path)
    assert (first.new, second.new, second.unchanged) == (1, 0, 1)
    assert store_counts(db_path) == {"articles": 1, "figures": len(fake_figures(SIMPLE + "\n")), "sources": 2}
    assert load_articles(db_path).loc[0, "title"] == "First"


def test_reextract_recomputes_stored_figures_without_the_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = tmp_path / "f.db"
    path = write(tmp_path, "a.txt", SIMPLE + "  ")  # length 49: one fake figure
    monkeypatch.setattr(ingest_module, "extract_figures", lambda text, doc="", meta=None: [])
    ingest([str(path)], db_path)
    path.unlink()
    monkeypatch.setattr(ingest_module, "extract_figures", fake_figures)
    assert main(["ingest", "--reextract", "--db", str(db_path)]) == 0
    figures = load_figures(db_path)
    assert len(figures) == len(fake_figures(SIMPLE + "  ")) > 0
    assert load_articles(db_path).loc[0, "figure_count"] == len(figures)


def test_reextract_fills_the_metadata_a_store_made_before_left_empty(tmp_path: Path, fake_extractor: None) -> None:
    from extractors.article import Article
    from extractors.store import open_store, save_article

    db_path = tmp_path / "f.db"
    text = f"Port strike toll rises to twelve\nSEOUL, 2 May 2025 (Sample Wire) - {SIMPLE}"
    connection = open_store(db_path)  # as an older version stored it: nothing read from the text
    save_article(connection, Article("old", text, title="Kept title"), [], "old.txt")
    connection.close()
    assert main(["ingest", "--reextract", "--db", str(db_path)]) == 0
    article = load_articles(db_path).iloc[0]
    assert (article["title"], article["published"], article["publisher"]) == ("Kept title", "2025-05-02", "Sample Wire")


# -- pasted text ------------------------------------------------------------------


def test_ingest_text_and_preview(tmp_path: Path, fake_extractor: None) -> None:
    db_path = tmp_path / "f.db"
    table = preview(SIMPLE, doc="pasted", title="T", published="2025-05-06")
    assert list(table.columns[:5]) == ["doc", "title", "publisher", "published", "url"]
    assert not db_path.exists()
    summary = ingest_text(f"---\npublisher: Wire\n---\n{SIMPLE}", db_path, title="T")
    assert (summary.new, summary.figures) == (1, len(fake_figures(SIMPLE)))
    article = load_articles(db_path).iloc[0]
    assert (article["title"], article["publisher"], article["doc"][:7]) == ("T", "Wire", "pasted-")
    assert ingest_text(SIMPLE, db_path).unchanged == 1


@pytest.mark.parametrize(
    ("text", "published", "reason"),
    [("   ", "", "pasted text: no text"), (SIMPLE, "yesterday", "not a YYYY-MM-DD date")],
    ids=["blank", "bad-date"],
)
def test_bad_pasted_text_is_one_error(tmp_path: Path, text: str, published: str, reason: str) -> None:
    summary = ingest_text(text, tmp_path / "f.db", published=published)
    assert summary.failed == 1 and reason in summary.errors[0]
