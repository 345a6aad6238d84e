"""Reviews in the store: what each kind of review does to the figures everyone reads, the log, undo,
re-extraction after a rule change, and the view under concurrent writes and a killed writer."""

from __future__ import annotations

import contextlib
import json
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from extractors.errors import InputError
from extractors.store import FIGURES_ORDER, article_id, figures_table, load_figures, open_store, read_frame
from extractors.store.exports import REVIEWED_SELECT, FigureFilter, filtered_chunks
from extractors.store.review_reading import load_changes, load_reviews
from extractors.store.reviews import FigureKey, ReviewConflict, add_figure, last_change, review_figure, undo
from tests.dashboard_fixtures import fill_store, generated_figures
from tests.review_helpers import (
    MISSED,
    ROOT,
    TEXT,
    figure,
    key_of,
    review_consistency_problems,
    small_store,
    start_writer,
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    small_store(tmp_path / "f.db")
    return tmp_path / "f.db"


@contextlib.contextmanager
def writing(db: Path):
    connection = open_store(db)
    try:
        yield connection
    finally:
        connection.close()


def _row(db: Path, span: str, rejected: bool = False) -> pd.Series | None:
    figures = load_figures(db, rejected=rejected)
    rows = figures[figures["span"] == span]
    return None if rows.empty else rows.iloc[0]


def test_each_review_shows_in_the_figures_everyone_reads(db: Path) -> None:
    twelve, thirty, five = figure(db, "Twelve people"), figure(db, "30"), figure(db, "Five fishermen")
    start = TEXT.index(MISSED)
    with writing(db) as connection:
        review_figure(connection, key_of(twelve), "confirmed", "Ana")
        review_figure(connection, key_of(thirty), "corrected", "Ana", {"value": 31, "side": "Ukrainian"}, "misread")
        review_figure(connection, key_of(five), "rejected", "Bo", note="they are missing, not wounded")
        add_figure(connection, twelve.article_id, start, start + len(MISSED), {"category": "killed",
                   "qualifier": "exact", "value": 7, "claimant": "residents"}, "Bo")  # fmt: skip
    figures = load_figures(db)
    assert figures["review"].astype(str).tolist() == ["confirmed", "corrected", "machine", "added"]
    assert _row(db, "30")["value"] == 31 and _row(db, "30")["side"] == "Ukrainian"
    assert _row(db, "30")["category"] == "wounded"  # what was not corrected stays the machine's
    assert _row(db, "Five fishermen") is None and _row(db, "Five fishermen", rejected=True)["review"] == "rejected"
    added = _row(db, MISSED)
    assert (added["start"], added["end"], added["category"], added["value"]) == (
        start,
        start + len(MISSED),
        "killed",
        7,
    )
    assert added["sentence"] == "Residents buried seven neighbours." and added["published"] == "2025-03-04"
    assert added["as_of"] == "2025-03-04" and pd.isna(added["extractor_version"])
    exported = pd.concat(filtered_chunks(db, FigureFilter()))
    assert exported["review"].astype(str).tolist() == ["confirmed", "corrected", "machine", "added"]
    assert exported["value"].tolist() == figures["value"].tolist()


def test_load_figures_applies_reviews_as_the_reviewed_view_does(tmp_path: Path) -> None:
    """load_figures applies reviews to its columnar copy in pandas; exports read the SQL view: the two must agree."""
    db = tmp_path / "f.db"
    fill_store(db, generated_figures(300))
    machine = load_figures(db)
    rows = list(machine.itertuples(index=False))
    with writing(db) as connection:
        for number, row in enumerate(rows[::7]):
            status = ("confirmed", "corrected", "rejected")[number % 3]
            fields = {"value": number, "category": "missing", "side": None} if status == "corrected" else {}
            review_figure(connection, key_of(row), status, "Ana", fields)
        for row in rows[3::40]:  # a figure added on the words before a machine figure, in its sentence
            text = connection.execute("SELECT text FROM articles WHERE article_id = ?", (row.article_id,)).fetchone()
            start = text[0].rindex("were", 0, int(row.start) + 60)
            add_figure(
                connection, row.article_id, start, start + 4, {"category": "wounded", "qualifier": "vague"}, "Bo"
            )
    for rejected in (True, False):
        where = "" if rejected else " WHERE f.review != 'rejected'"
        expected = figures_table(read_frame(db, REVIEWED_SELECT + where + FIGURES_ORDER))
        got = load_figures(db, rejected=rejected)
        pd.testing.assert_frame_equal(got, expected, check_exact=True)
    counts = load_figures(db, rejected=True)["review"].value_counts()
    assert counts["added"] == len(rows[3::40]) and counts["rejected"] == len(rows[::7][2::3])
    assert counts["machine"] == len(rows) - len(rows[::7])


def test_reviews_do_not_outdate_the_columnar_copy(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "f.db"
    fill_store(db, generated_figures(50))
    first = load_figures(db)
    with writing(db) as connection:
        review_figure(connection, key_of(next(first.itertuples())), "corrected", "Ana", {"value": 1})
    from extractors.store import reading

    monkeypatch.setattr(reading, "_read_articles_and_figures", lambda query: pytest.fail("the store was scanned"))
    assert load_figures(db)["value"].iloc[0] == 1  # from the copy, with the review applied


def test_every_change_is_logged_with_before_and_after_and_undo_is_a_change(db: Path) -> None:
    key = key_of(figure(db, "30"))
    with writing(db) as connection:
        confirmed = review_figure(connection, key, "confirmed", "Ana", expect=None)
        corrected = review_figure(connection, key, "corrected", "Bo", {"value": 33}, expect=confirmed)
        undone = undo(connection, corrected, "Ana")
        assert _row(db, "30")["review"] == "confirmed"
        with pytest.raises(ReviewConflict, match="changed since"):
            undo(connection, corrected, "Ana")  # the correction is undone already
        redo = undo(connection, undone, "Bo")  # an undo can itself be undone
        assert _row(db, "30")["value"] == 33
        undo(connection, redo, "Bo")
        undo(connection, confirmed, "Ana")  # back to the machine's figure
        assert last_change(connection, key) == confirmed + 5
    assert _row(db, "30")["review"] == "machine" and _row(db, "30")["value"] == 30
    changes = load_changes(db)
    assert changes["action"].tolist() == ["undo", "undo", "undo", "undo", "correct", "confirm"]
    assert changes["changed_by"].tolist() == ["Ana", "Bo", "Bo", "Ana", "Bo", "Ana"]
    assert changes["span"].unique().tolist() == ["30"]
    first, last = changes.iloc[-1], changes.iloc[0]
    assert pd.isna(first["before"]) and json.loads(first["after"])["status"] == "confirmed"
    assert json.loads(last["before"])["status"] == "confirmed" and pd.isna(last["after"])
    assert changes["undoes"].tolist()[:4] == [confirmed, redo, undone, corrected]
    assert load_changes(db, reviewer="Bo")["changed_by"].unique().tolist() == ["Bo"]
    assert load_changes(db, article="nope").empty
    assert review_consistency_problems(db) == []


def test_a_form_opened_before_someone_else_changed_the_figure_is_refused(db: Path) -> None:
    key = key_of(figure(db, "30"))
    with writing(db) as connection:
        seen = last_change(connection, key)  # both open the figure, unreviewed
        review_figure(connection, key, "corrected", "Bo", {"value": 31}, expect=seen)
        with pytest.raises(ReviewConflict, match="changed by Bo at .* since you opened it"):
            review_figure(connection, key, "rejected", "Ana", expect=seen)
    assert _row(db, "30")["value"] == 31  # Bo's change is not lost


@pytest.mark.parametrize(
    ("status", "fields", "reviewer", "message"),
    [
        ("corrected", {"colour": "red"}, "Ana", "unknown field 'colour'"),
        ("corrected", {"category": "destroyed"}, "Ana", "category 'destroyed' is not one of"),
        ("corrected", {"value": -3}, "Ana", "value must be a number of at least 0"),
        ("corrected", {"value": "many"}, "Ana", "value is not a number"),
        ("corrected", {}, "Ana", "a correction sets at least one field"),
        ("confirmed", {"value": 3}, "Ana", "a confirmed figure sets no fields"),
        ("confirmed", {}, "  ", "a reviewer's name is required"),
        ("confirmed", {}, "x" * 81, "at most 80 characters"),
        ("approved", {}, "Ana", "status 'approved' is not one of"),
    ],
    ids=[
        "unknown-field",
        "bad-category",
        "negative",
        "not-a-number",
        "empty-correction",
        "confirm-with-fields",
        "no-name",
        "long-name",
        "bad-status",
    ],  # fmt: skip
)
def test_bad_reviews_are_one_line_errors_and_write_nothing(db: Path, status, fields, reviewer, message) -> None:
    with writing(db) as connection, pytest.raises(InputError, match=message):
        review_figure(connection, key_of(figure(db, "30")), status, reviewer, fields)
    assert load_changes(db).empty


@pytest.mark.parametrize(
    ("start", "end", "fields", "message"),
    [
        (0, 13, {"category": "killed", "qualifier": "exact"}, "already holds a figure of that category"),
        (5, 5, {"category": "killed", "qualifier": "exact"}, "not a stretch of the article's text"),
        (13, 18, {"category": "killed", "qualifier": "exact"}, "without spaces at its ends"),
        (0, 10_000, {"category": "killed", "qualifier": "exact"}, "not a stretch of the article's text"),
        (0, 6, {"category": "killed"}, "qualifier None is not one of"),
    ],
    ids=["taken-span", "empty", "spaces", "past-the-end", "no-qualifier"],
)
def test_bad_added_figures_are_refused(db: Path, start, end, fields, message) -> None:
    article = figure(db, "30").article_id
    with writing(db) as connection, pytest.raises(InputError, match=message):
        add_figure(connection, article, start, end, fields, "Ana")


def test_a_review_of_no_figure_is_refused(db: Path) -> None:
    with writing(db) as connection, pytest.raises(InputError, match="no such figure"):
        review_figure(connection, FigureKey(figure(db, "30").article_id, 1, 4, "killed"), "confirmed", "Ana")


def test_the_review_log_is_append_only(db: Path) -> None:
    with writing(db) as connection:
        review_figure(connection, key_of(figure(db, "30")), "confirmed", "Ana")
        for statement in ("UPDATE review_log SET changed_by = 'Eve'", "DELETE FROM review_log"):
            with pytest.raises(sqlite3.DatabaseError, match="review_log is append-only"):
                connection.execute(statement)
    assert load_changes(db)["changed_by"].tolist() == ["Ana"]


def _changed_package(tmp_path: Path) -> Path:
    """A copy of the extractor with a changed lexicon: 'injured' now reads as killed, 'fighters' are no force."""
    copy = tmp_path / "changed"
    shutil.copytree(ROOT / "extractors", copy / "extractors", ignore=shutil.ignore_patterns("__pycache__"))
    lexicon = copy / "extractors" / "lexicon" / "categories.py"
    text = lexicon.read_text(encoding="utf-8")
    predicate = '"killed": (\n        "killed", "died",'
    for old, new in ((predicate, predicate.replace('"killed",', '"injured", "killed",', 1)),
                     ('"fighter", "fighters", ', "")):  # fmt: skip
        assert old in text
        text = text.replace(old, new, 1)
    lexicon.write_text(text, encoding="utf-8")
    return copy


def test_reextraction_after_a_lexicon_change_keeps_every_review(db: Path, tmp_path: Path) -> None:
    twelve, thirty, forty = figure(db, "Twelve people"), figure(db, "30"), figure(db, "40 fighters")
    start = TEXT.index(MISSED)
    with writing(db) as connection:
        review_figure(connection, key_of(twelve), "confirmed", "Ana")
        review_figure(connection, key_of(thirty), "corrected", "Ana", {"value": 31})
        review_figure(connection, key_of(forty), "corrected", "Ana", {"value": 41})
        add_figure(connection, twelve.article_id, start, start + len(MISSED), {"category": "killed",
                   "qualifier": "exact", "value": 7}, "Bo")  # fmt: skip
    reviews_before = load_reviews(db).drop(columns=["figure_category", "state"])
    package = _changed_package(tmp_path)
    run = subprocess.run(
        [sys.executable, "-m", "extractors", "ingest", "--reextract", "--db", str(db)],
        cwd=package, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "1 re-extracted" in run.stderr and "1 review no longer matches a figure" in run.stderr
    machine = load_figures(db)
    assert "40 fighters" not in machine["span"].tolist() and "40" in machine["span"].tolist()
    reviews = load_reviews(db)
    pd.testing.assert_frame_equal(reviews.drop(columns=["figure_category", "state"]), reviews_before)
    assert dict(zip(reviews["span"], reviews["state"], strict=True)) == {
        "Twelve people": "applied", "30": "applied", "40 fighters": "orphaned", MISSED: "added",
    }  # fmt: skip
    thirty_now = _row(db, "30")  # now read as killed: the review still applies to the one figure on its span
    assert (thirty_now["category"], thirty_now["value"], thirty_now["review"]) == ("killed", 31, "corrected")
    assert _row(db, "40")["review"] == "machine"  # the orphaned review applies to nothing, and is kept
    assert _row(db, MISSED)["review"] == "added"
    assert review_consistency_problems(db) == []


def test_a_store_from_before_reviews_reads_as_unreviewed(db: Path) -> None:
    connection = sqlite3.connect(db)
    for statement in ("DROP VIEW reviewed_figures", "DROP VIEW review_matches", "DROP TABLE review_log",
                      "DROP TABLE reviews", "PRAGMA user_version = 2"):  # fmt: skip
        connection.execute(statement)
    connection.commit()
    connection.close()
    assert set(load_figures(db)["review"].astype(str)) == {"machine"}
    assert set(pd.concat(filtered_chunks(db, FigureFilter()))["review"].astype(str)) == {"machine"}
    assert load_changes(db).empty and load_reviews(db).empty
    with writing(db) as connection:  # opening it for writing adds the review tables
        review_figure(connection, key_of(figure(db, "30")), "confirmed", "Ana")
    assert _row(db, "30")["review"] == "confirmed"


def _long_article() -> str:
    return " ".join(f"Word{number} of a long report on the war." for number in range(60))


def test_a_reader_sees_each_batch_of_reviews_whole_while_another_process_writes(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    small_store(db, _long_article(), doc="long")
    batches, size = 30, 5
    writer = start_writer(db, "batches", str(batches), str(size), "0", "0.05")
    seen = []
    while writer.poll() is None:
        figures = load_figures(db)
        added = int((figures["review"] == "added").sum())
        assert added % size == 0, f"a batch seen in part: {added} added figures"
        assert not seen or added >= seen[-1]
        seen.append(added)
    _, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, err
    assert (load_figures(db)["review"] == "added").sum() == batches * size
    assert len({count for count in seen if 0 < count < batches * size}) >= 2, f"too few reads mid-way: {seen}"
    assert review_consistency_problems(db) == []


def test_two_writers_at_once_lose_no_change(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    small_store(db, _long_article(), doc="long")
    writers = [start_writer(db, "batches", "20", "5", str(first)) for first in (0, 100)]
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
    figures = load_figures(db)
    assert (figures["review"] == "added").sum() == 200 and len(load_changes(db, limit=1000)) == 200
    assert review_consistency_problems(db) == []


def test_a_process_killed_while_adding_a_figure_leaves_no_trace(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    small_store(db, _long_article(), doc="long")
    killed = start_writer(db, "kill-at-add", "1")
    killed.communicate(timeout=120)
    assert killed.returncode == -signal.SIGKILL
    assert load_reviews(db).empty and load_changes(db).empty  # the review was written, then rolled back
    assert review_consistency_problems(db) == []


@pytest.mark.parametrize("kill_at_change", [1, 12], ids=["first-change", "mid-import"])
def test_a_writer_killed_mid_import_leaves_reviews_and_log_consistent(tmp_path: Path, kill_at_change: int) -> None:
    db = tmp_path / "f.db"
    small_store(db, _long_article(), doc="long")
    killed = start_writer(db, "kill-at-log", str(kill_at_change))
    killed.communicate(timeout=120)
    assert killed.returncode == -signal.SIGKILL
    assert load_changes(db).empty and load_reviews(db).empty  # the import is one transaction: none of it
    assert review_consistency_problems(db) == []
    with writing(db) as connection:  # and the store takes the next write
        add_figure(connection, article_id(_long_article()), 0, 5, {"category": "killed", "qualifier": "vague"}, "Ana")
    assert load_figures(db)["span"].tolist() == ["Word0"]
    assert review_consistency_problems(db) == []


def test_a_figure_an_analyst_added_is_corrected_in_place_and_removed_by_a_rejection(db: Path) -> None:
    start = TEXT.index(MISSED)
    article = figure(db, "30").article_id
    with writing(db) as connection:
        added = add_figure(connection, article, start, start + len(MISSED), {"category": "killed",
                           "qualifier": "exact", "value": 7}, "Bo")  # fmt: skip
        key = FigureKey(article, start, start + len(MISSED), "killed")
        review_figure(connection, key, "corrected", "Ana", {"value": 8}, expect=added)
        assert (_row(db, MISSED)["review"], _row(db, MISSED)["value"]) == ("added", 8)
        assert _row(db, MISSED)["qualifier"] == "exact"  # the rest of what Bo added stays
        rejected = review_figure(connection, key, "rejected", "Ana")
        assert _row(db, MISSED, rejected=True) is None  # gone, not a rejected machine figure
        undo(connection, rejected, "Ana")
    assert _row(db, MISSED)["value"] == 8
    assert review_consistency_problems(db) == []
