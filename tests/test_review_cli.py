"""``python -m extractors review export / import``: sharing reviews between stores, and bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest

from extractors.cli import main
from extractors.store import load_figures, open_store
from extractors.store.review_reading import load_changes
from extractors.store.reviews import add_figure, review_figure
from tests.review_helpers import MISSED, TEXT, figure, key_of, review_consistency_problems, small_store


def _review_everything(db: Path) -> None:
    connection = open_store(db)
    try:
        review_figure(connection, key_of(figure(db, "Twelve people")), "confirmed", "Ana", note="checked, ok")
        review_figure(connection, key_of(figure(db, "30")), "corrected", "Ana", {"value": 31, "side": None})
        review_figure(connection, key_of(figure(db, "Five fishermen")), "rejected", "Bo")
        start = TEXT.index(MISSED)
        add_figure(connection, figure(db, "30").article_id, start, start + len(MISSED),
                   {"category": "killed", "qualifier": "exact", "value": 7}, "Bo")  # fmt: skip
    finally:
        connection.close()


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def reviewed(tmp_path: Path) -> Path:
    db = tmp_path / "a" / "figures.db"
    small_store(db)
    _review_everything(db)
    return db


def test_export_wipe_import_round_trips_exactly(reviewed: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "reviews.jsonl"
    assert _run(capsys, "review", "export", "--db", str(reviewed), "--out", str(out))[0] == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["status"] for line in lines] == ["confirmed", "corrected", "rejected", "added"]
    fresh = tmp_path / "b" / "figures.db"
    small_store(fresh)  # the same article, no reviews
    code, _, err = _run(capsys, "review", "import", str(out), "--db", str(fresh))
    assert code == 0 and "reviews: 4 imported, 0 unchanged, 0 conflicts, 0 failed" in err
    again = tmp_path / "again.jsonl"
    _run(capsys, "review", "export", "--db", str(fresh), "--out", str(again))
    assert again.read_bytes() == out.read_bytes()
    for rejected in (False, True):
        pd.testing.assert_frame_equal(load_figures(fresh, rejected), load_figures(reviewed, rejected))
    code, exported, _ = _run(capsys, "review", "export", "--db", str(fresh))  # to standard output
    assert code == 0 and exported.encode() == out.read_bytes()


def test_importing_twice_changes_nothing(reviewed: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "reviews.jsonl"
    _run(capsys, "review", "export", "--db", str(reviewed), "--out", str(out))
    fresh = tmp_path / "b" / "figures.db"
    small_store(fresh)
    _run(capsys, "review", "import", str(out), "--db", str(fresh))
    log = load_changes(fresh)
    code, _, err = _run(capsys, "review", "import", str(out), "--db", str(fresh))
    assert code == 0 and "reviews: 0 imported, 4 unchanged, 0 conflicts, 0 failed" in err
    pd.testing.assert_frame_equal(load_changes(fresh), log)
    code, _, err = _run(capsys, "review", "import", str(out), "--db", str(reviewed))  # into the store it came from
    assert "0 imported, 4 unchanged" in err and len(load_changes(reviewed)) == 4


def _conflicting_line(line: str, **changes) -> str:
    record = json.loads(line) | changes
    return json.dumps(record) + "\n"


@pytest.mark.parametrize("newer", [True, False], ids=["import-newer", "import-older"])
def test_a_conflicting_import_names_the_figure_and_keeps_both_versions(reviewed, tmp_path, capsys, newer) -> None:
    out = tmp_path / "reviews.jsonl"
    _run(capsys, "review", "export", "--db", str(reviewed), "--out", str(out))
    corrected = out.read_text(encoding="utf-8").splitlines()[1]
    local = json.loads(corrected)
    when = "2999-01-01T00:00:00+00:00" if newer else "2000-01-01T00:00:00+00:00"
    theirs = tmp_path / "theirs.jsonl"
    theirs.write_text(
        _conflicting_line(corrected, fields={"value": 35.0}, reviewer="Cy", reviewed_at=when), encoding="utf-8"
    )
    code, _, err = _run(capsys, "review", "import", str(theirs), "--db", str(reviewed))
    assert code == 0, err
    conflict = [line for line in err.splitlines() if line.startswith("conflict: ")]
    assert len(conflict) == 1 and f"{theirs} line 1" in conflict[0] and "'30'" in conflict[0]
    assert f"characters {local['start']}-{local['end']} (wounded)" in conflict[0]
    assert ("kept the newer review (corrected by Cy" if newer else "kept the newer review (corrected by Ana") in err
    assert load_figures(reviewed).query("span == '30'")["value"].iloc[0] == (35 if newer else 31)
    latest = load_changes(reviewed).iloc[0]
    versions = {json.loads(latest[column])["fields"].get("value") for column in ("before", "after", "offered")
                if not pd.isna(latest[column])}  # fmt: skip
    assert versions == {31.0, 35.0}  # both versions are in the log
    assert latest["action"] == ("import" if newer else "conflict")
    log = load_changes(reviewed)
    code, _, err = _run(capsys, "review", "import", str(theirs), "--db", str(reviewed))
    assert "0 imported, 1 unchanged, 0 conflicts" in err  # and a second import changes nothing
    pd.testing.assert_frame_equal(load_changes(reviewed), log)
    assert review_consistency_problems(reviewed) == []


BAD_LINES = [
    ("{not json", "not JSON"),
    ("[1, 2]", "not a JSON object"),
    ('{"status": "confirmed"}', "missing article_id, start, end, category, reviewer, reviewed_at"),
    ("EXTRA", "unknown key 'colour'"),
    ("START", "start and end must be whole numbers"),
    ("CATEGORY", "category 'destroyed' is not one of"),
    ("STATUS", "status 'approved' is not one of"),
    ("WHEN", "reviewed_at is not an ISO 8601 time"),
    ("FIELD", "unknown field 'colour'"),
    ("ARTICLE", "is not in this store"),
    ("SPAN", "of the stored article are not 'thirty'"),
]


@pytest.mark.parametrize(("line", "message"), BAD_LINES, ids=[message.split()[0] + str(n) for n, (_, message)
                                                               in enumerate(BAD_LINES)])  # fmt: skip
def test_bad_lines_are_one_line_errors_naming_the_file_and_line(reviewed, tmp_path, capsys, line, message) -> None:
    out = tmp_path / "reviews.jsonl"
    _run(capsys, "review", "export", "--db", str(reviewed), "--out", str(out))
    good = out.read_text(encoding="utf-8").splitlines()
    base = json.loads(good[1])
    broken = {
        "EXTRA": base | {"colour": "red"}, "START": base | {"start": "3"}, "CATEGORY": base | {"category": "destroyed"},
        "STATUS": base | {"status": "approved"}, "WHEN": base | {"reviewed_at": "yesterday"},
        "FIELD": base | {"fields": {"colour": "red"}}, "ARTICLE": base | {"article_id": "0" * 64},
        "SPAN": base | {"span": "thirty"},
    }  # fmt: skip
    bad = json.dumps(broken[line]) if line in broken else line
    fresh = tmp_path / "b" / "figures.db"
    small_store(fresh)
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text("\n".join([good[0], bad, good[3]]) + "\n", encoding="utf-8")
    code, _, err = _run(capsys, "review", "import", str(mixed), "--db", str(fresh))
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    assert code == 1 and len(errors) == 1 and errors[0].startswith(f"error: {mixed} line 2: ")
    assert message in errors[0] and "Traceback" not in err
    assert "reviews: 2 imported, 0 unchanged, 0 conflicts, 1 failed" in err  # the good lines are kept


@pytest.mark.parametrize("problem", ["missing", "not-utf8", "no-store"])
def test_an_unreadable_file_or_store_is_one_line(reviewed, tmp_path, capsys, problem) -> None:
    path, db = tmp_path / "reviews.jsonl", reviewed
    if problem == "not-utf8":
        path.write_bytes(b'{"a": "\xff"}\n')
    elif problem == "no-store":
        path.write_text("", encoding="utf-8")
        db = tmp_path / "none.db"
    code, _, err = _run(capsys, "review", "import", str(path), "--db", str(db))
    assert code == 1 and len(err.strip().splitlines()) == 1 and err.startswith("error: ")
    assert str(db if problem == "no-store" else path) in err
    assert not (tmp_path / "none.db").exists()


@pytest.mark.parametrize(
    ("review", "spans"),
    [(None, ["Twelve people", "30", "40 fighters", MISSED]), ("reviewed", ["Twelve people", "30", MISSED]),
     ("rejected", ["Five fishermen"]), ("machine", ["40 fighters"]), ("corrected", ["30"])],
    ids=["default", "reviewed", "rejected", "machine", "corrected"],
)  # fmt: skip
def test_export_reads_the_reviewed_figures(reviewed, capsys, review, spans) -> None:
    code, out, err = _run(capsys, "export", "--db", str(reviewed), *(["--review", review] if review else []))
    assert code == 0, err
    table = pd.read_csv(io.StringIO(out), keep_default_na=False, dtype={"span": str})
    assert table["span"].tolist() == spans
    assert table.query("span == '30'")["value"].tolist() in ([31.0], [])
    words = {"reviewed": "confirmed or corrected or added", "machine": "not reviewed"}
    assert (f"review: {words.get(review, review)}" in err) == bool(review)
