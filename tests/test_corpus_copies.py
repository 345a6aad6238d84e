"""The list of corpus copies and `make refresh-corpus`, on a made-up shared folder."""

from __future__ import annotations

from pathlib import Path

from tests.corpus_copies import copies, refresh, stale


def _shared(folder: Path) -> Path:
    files = {
        "seeds/000_d7a3ae0c58c3a829.txt": "seed",
        "corpus/README.md": "guideline",
        "corpus/seed_gold.jsonl": "{}\n",
        "corpus/dev/gold.jsonl": "{}\n",
        "corpus/dev/docs/d01.txt": "one",
        "corpus/dev/docs/d02.txt": "two",
        "tools/score.py": "print()\n",
    }
    for name, content in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(content)
    return folder


def test_every_shared_file_has_one_copy(tmp_path: Path) -> None:
    shared = _shared(tmp_path / "shared")
    pairs = copies(shared, tmp_path / "repo")
    assert len(pairs) == 7
    assert {copy.relative_to(tmp_path / "repo").as_posix() for _, copy in pairs} >= {
        "seeds/d01.txt",
        "seeds/d02.txt",
        "tests/corpus/GUIDELINE.md",
        "tests/corpus/score.py",
    }


def test_refresh_writes_only_what_differs(tmp_path: Path) -> None:
    shared, repo = _shared(tmp_path / "shared"), tmp_path / "repo"
    assert len(refresh(shared, repo)) == 7
    assert stale(shared, repo) == []
    (shared / "corpus/dev/gold.jsonl").write_text('{"doc": "d01"}\n')
    assert refresh(shared, repo) == [repo / "tests/corpus/dev/gold.jsonl"]
    assert (repo / "tests/corpus/dev/gold.jsonl").read_text() == '{"doc": "d01"}\n'
