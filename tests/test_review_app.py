"""Reviewing in the dashboard under Streamlit's AppTest: the Article page's forms and the Changes page."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.data import DB_ENV
from dashboard.highlight import plain_markdown
from dashboard.reviewing import ADD_PHRASE, ADD_PLACE, ADD_SENTENCE, FIGURE_CHOICE, REVIEWER
from extractors.sentences import split_sentences
from extractors.store import load_figures
from extractors.store.review_reading import load_changes
from tests.review_helpers import MISSED, TEXT, small_store

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
ARTICLE_PAGE, CHANGES_PAGE = "screens/article.py", "screens/changes.py"


@pytest.fixture
def store(tmp_path, monkeypatch) -> tuple[Path, str]:
    db = tmp_path / "figures.db"
    key = small_store(db)
    monkeypatch.setenv(DB_ENV, str(db))
    return db, key


def _run(target) -> AppTest:
    """Run the app (``target``: the AppTest, or a widget just set); fail on any exception."""
    at = target.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _article_page(key: str, name: str | None = "Ana") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["article"] = key
    if name:
        at.session_state[REVIEWER] = name
    _run(at)
    return _run(at.switch_page(ARTICLE_PAGE))


def _figure_list(at: AppTest):
    return next(box for box in at.selectbox if box.key.startswith(FIGURE_CHOICE))


def _open_figure(at: AppTest, span: str) -> str:
    """Choose the figure on ``span`` in the sidebar; returns the prefix of its form's widget keys."""
    labels = _figure_list(at).options
    position = next(i for i, label in enumerate(labels) if f"“{span}”" in label)
    _run(_figure_list(at).select_index(position))
    return next(w.key for w in at.number_input if w.key.endswith("_value")).removesuffix("_value")


def _press(at: AppTest, label: str) -> AppTest:
    return _run(next(button for button in at.button if button.label == label).click())


def _figure(db: Path, span: str, rejected: bool = False):
    figures = load_figures(db, rejected=rejected)
    rows = figures[figures["span"] == span]
    return None if rows.empty else rows.iloc[0]


def test_the_reviewers_name_is_asked_once_and_kept_for_the_session(store) -> None:
    db, key = store
    at = _article_page(key, name=None)
    assert all(button.disabled for button in at.button if button.label in ("Confirm", "Reject"))
    at.text_input(key="reviewer_typed").input("Ana <b>*bold*</b>")
    _press(at, "Start reviewing")
    assert at.session_state[REVIEWER] == "Ana <b>*bold*</b>"
    caption = next(c.value for c in at.caption if c.value.startswith("Reviewing as"))
    assert "\\<b\\>\\*bold\\*\\</b\\>" in caption  # shown as typed, not as markup
    _run(at.switch_page("screens/explore.py"))
    _run(at.switch_page(ARTICLE_PAGE))
    assert at.session_state[REVIEWER] == "Ana <b>*bold*</b>"
    assert not [box for box in at.text_input if box.key == "reviewer_typed"]  # not asked again


def test_a_blank_name_is_refused(store) -> None:
    at = _article_page(store[1], name=None)
    at.text_input(key="reviewer_typed").input("   ")
    _press(at, "Start reviewing")
    assert REVIEWER not in at.session_state and "name is required" in at.error[0].value


def test_confirm_correct_and_reject_from_the_figure_form(store) -> None:
    db, key = store
    at = _article_page(key)
    _open_figure(at, "Twelve people")
    _press(at, "Confirm")
    assert at.success[0].value == plain_markdown("Confirmed “Twelve people”.")
    assert _figure(db, "Twelve people")["review"] == "confirmed"
    prefix = _open_figure(at, "30")
    at.number_input(key=f"{prefix}_value").set_value(31)
    at.text_input(key=f"{prefix}_side").input("Ukrainian")
    at.text_area(key=f"{prefix}_note").input("the ministry's later figure")
    _press(at, "Save correction")
    thirty = _figure(db, "30")
    assert (thirty["value"], thirty["side"], thirty["review"], thirty["category"]) == (
        31,
        "Ukrainian",
        "corrected",
        "wounded",
    )
    _open_figure(at, "Five fishermen")
    _press(at, "Reject")
    assert _figure(db, "Five fishermen") is None
    assert _figure(db, "Five fishermen", rejected=True)["review"] == "rejected"
    labels = _figure_list(at).options  # the page still lists the rejected figure
    assert "“Five fishermen”" in labels[_figure_list(at).value]  # and keeps it chosen, under its new label
    assert any("“Five fishermen”" in label and "(rejected)" in label for label in labels)
    changes = load_changes(db)
    assert changes["action"].tolist() == ["reject", "correct", "confirm"] and set(changes["changed_by"]) == {"Ana"}


def test_saving_a_correction_that_changes_nothing_says_so(store) -> None:
    db, key = store
    at = _article_page(key)
    _open_figure(at, "30")
    _press(at, "Save correction")
    assert "Nothing was changed" in at.warning[0].value and load_changes(db).empty


def test_two_sessions_reviewing_one_figure_lose_no_change(store) -> None:
    db, key = store
    ana, bo = _article_page(key, "Ana"), _article_page(key, "Bo")
    _open_figure(ana, "30")
    prefix = _open_figure(bo, "30")
    bo.number_input(key=f"{prefix}_value").set_value(29)
    _press(bo, "Save correction")
    _press(ana, "Reject")  # Ana's form was opened before Bo's correction
    assert "changed by Bo" in ana.error[0].value and "reload and review again" in ana.error[0].value
    assert (_figure(db, "30")["value"], _figure(db, "30")["review"]) == (29, "corrected")  # Bo's change stands
    _press(ana, "Reject")  # now Ana has seen it: her rejection is a change after Bo's, both in the log
    assert load_changes(db)["changed_by"].tolist() == ["Ana", "Bo"]


def test_add_a_missed_figure_by_its_sentence_and_words(store) -> None:
    db, key = store
    at = _article_page(key)
    sentences = [s.text for s in split_sentences(TEXT)]
    _run(at.selectbox(key=ADD_SENTENCE).select_index(sentences.index("Residents buried seven neighbours.")))
    _run(at.text_input(key=ADD_PHRASE).input(MISSED))
    start = TEXT.index(MISSED)
    assert any(f"characters {start}–{start + len(MISSED)}" in m.value for m in at.markdown)
    prefix = f"add_{start}_{start + len(MISSED)}"
    assert at.number_input(key=f"{prefix}_value").value == 7  # read from the words, as the extractor would
    at.text_input(key=f"{prefix}_claimant").input("residents")
    _press(at, "Add figure")
    added = _figure(db, MISSED)
    assert (added["review"], added["value"], added["claimant"], added["start"]) == ("added", 7, "residents", start)
    assert not at.text_input(key=ADD_PHRASE).value  # the form is emptied for the next one


def test_words_not_in_the_sentence_or_there_twice(store, tmp_path, monkeypatch) -> None:
    db, key = store
    at = _article_page(key)
    _run(at.selectbox(key=ADD_SENTENCE).select_index(0))
    _run(at.text_input(key=ADD_PHRASE).input("nine neighbours"))
    assert "is not in the chosen sentence" in at.warning[0].value
    assert not [button for button in at.button if button.label == "Add figure"]
    twice = "Seven died on Monday and seven died on Tuesday, medics said."
    other = tmp_path / "twice.db"
    monkeypatch.setenv(DB_ENV, str(other))
    at = _article_page(small_store(other, twice, doc="twice"))
    _run(at.selectbox(key=ADD_SENTENCE).select_index(0))
    _run(at.text_input(key=ADD_PHRASE).input("died"))
    assert at.selectbox(key=ADD_PLACE).options == ["occurrence 1 (character 6)", "occurrence 2 (character 31)"]
    _run(at.selectbox(key=ADD_PLACE).select_index(1))
    assert any("characters 31–35" in m.value for m in at.markdown)


def test_changes_page_lists_filters_and_undoes(store) -> None:
    db, key = store
    at = _article_page(key)
    _open_figure(at, "Twelve people")
    _press(at, "Confirm")
    at.session_state[REVIEWER] = "Bo <script>alert(1)</script>"
    prefix = _open_figure(at, "30")
    at.number_input(key=f"{prefix}_value").set_value(31)
    at.text_area(key=f"{prefix}_note").input("see **the** [link](http://x)")
    _press(at, "Save correction")
    _run(at.switch_page(CHANGES_PAGE))
    rows = [m.value for m in at.markdown if m.value.startswith("**")]
    assert len(rows) == 2 and "\\<script\\>" in rows[0] and "<script>" not in rows[0]
    assert "value 31" in rows[0] and "confirmed" in rows[1]
    assert any("note\\: see \\*\\*the\\*\\* \\[link\\]\\(http\\://x\\)" in c.value for c in at.caption)
    _run(at.selectbox(key="changes_reviewer").select("Ana"))
    assert [m.value for m in at.markdown if m.value.startswith("**")] == [rows[1]]
    _run(at.selectbox(key="changes_reviewer").select(""))
    correction = int(load_changes(db).iloc[0]["change_id"])
    _run(at.button(key=f"undo_{correction}").click())
    assert at.success[0].value == plain_markdown(f"Undid change {correction}.")
    assert (_figure(db, "30")["value"], _figure(db, "30")["review"]) == (30, "machine")
    assert at.button(key=f"undo_{correction}").disabled  # the figure has changed since: its undo comes first
    assert "undo its later change first" in at.button(key=f"undo_{correction}").help
    assert not at.button(key=f"undo_{correction + 1}").disabled
    assert load_changes(db)["action"].tolist() == ["undo", "correct", "confirm"]


def test_changes_page_with_no_changes_says_so(store) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    _run(at)
    _run(at.switch_page(CHANGES_PAGE))
    assert "No changes yet" in at.info[0].value


def test_words_with_markup_are_shown_as_written(tmp_path, monkeypatch) -> None:
    text = "Officials said **12** <b>people</b> died in the attack on the town."
    db = tmp_path / "markup.db"
    monkeypatch.setenv(DB_ENV, str(db))
    at = _article_page(small_store(db, text, doc="markup"))
    _run(at.selectbox(key=ADD_SENTENCE).select_index(0))
    _run(at.text_input(key=ADD_PHRASE).input("**12** <b>people</b>"))
    assert any("“\\*\\*12\\*\\* \\<b\\>people\\</b\\>”" in m.value for m in at.markdown)
    _press(at, "Add figure")
    assert at.success[0].value == "Added “\\*\\*12\\*\\* \\<b\\>people\\</b\\>”\\."
