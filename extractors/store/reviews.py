"""Reviews: an analyst confirms, corrects, rejects or adds a figure, and every change is kept.

A review sits beside the machine's figure (``reviews``, see :mod:`.review_schema`),
keyed by :class:`FigureKey`: the article's content hash, the figure's span and the
machine's category. Each write runs in one ``BEGIN IMMEDIATE`` transaction that
changes the review and appends its before and after to ``review_log``, so a
process killed mid-write leaves both or neither, and two reviewers writing at once
take turns. A caller that shows a figure's review passes the last change it saw
(``expect``); if someone else changed the figure since, the write is refused
(:class:`ReviewConflict`) instead of silently replacing their work.
"""

from __future__ import annotations

import enum
import json
import math
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..errors import InputError
from ..figure import CATEGORIES, FORCES, QUALIFIERS, SCOPES, SOURCE_TYPES, UNITS
from ..sentences import split_sentences
from .database import _now
from .review_schema import REVIEW_FIELDS, STATUSES

NUMBER_FIELDS = ("value", "low", "high")
# The fields the dashboard's form corrects; a review may set any of REVIEW_FIELDS.
CORRECTABLE = ("value", "low", "high", "category", "qualifier", "side", "claimant", "source")
_CHOICES = {
    "category": CATEGORIES,
    "qualifier": QUALIFIERS,
    "unit": UNITS,
    "scope": SCOPES,
    "force": FORCES,
    "source_type": (*SOURCE_TYPES, None),
}
_REQUIRED_TEXT = ("span", "sentence", "subject", "as_of")  # text that is never missing, '' at most
_VERBATIM = ("span", "sentence")  # article text, kept as written (other text has its spaces collapsed)
_ACTIONS = {"confirmed": "confirm", "corrected": "correct", "rejected": "reject", "added": "add"}
MAX_NAME = 80
MAX_NOTE = 2000


class Unchecked(enum.Enum):
    ANY = "any"


ANY = Unchecked.ANY  # ``expect=ANY``: write whatever the figure's last change was


class ReviewConflict(InputError):
    """Someone changed the figure since the caller read it, or a change cannot be undone."""


@dataclass(frozen=True)
class FigureKey:
    """Which figure a review is about: the article, the span's place and the machine's category."""

    article_id: str
    start: int
    end: int
    category: str

    def __str__(self) -> str:
        return f"article {self.article_id[:12]} characters {self.start}-{self.end} ({self.category})"


@dataclass(frozen=True)
class Review:
    """One figure's review: its status, the fields it sets, who and when, and a note."""

    status: str
    reviewer: str
    reviewed_at: str
    fields: Mapping[str, object] = field(default_factory=dict)
    note: str = ""

    def to_json(self) -> str:
        """The review as canonical JSON (sorted keys): what the log keeps and compares."""
        record = {"status": self.status, "fields": dict(self.fields), "reviewer": self.reviewer}
        record |= {"reviewed_at": self.reviewed_at, "note": self.note}
        return json.dumps(record, sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str | None) -> Review | None:
        if text is None:
            return None
        record = json.loads(text)
        return cls(record["status"], record["reviewer"], record["reviewed_at"], record["fields"], record["note"])


def clean_fields(fields: Mapping[str, object], where: str = "fields") -> dict[str, object]:
    """``fields`` checked and in canonical form; raises :class:`InputError` naming ``where``.

    >>> clean_fields({"value": "1,200", "side": " ", "category": "killed"})
    {'category': 'killed', 'side': None, 'value': 1200.0}
    """
    unknown = sorted(set(fields) - set(REVIEW_FIELDS))
    if unknown:
        raise InputError(where, f"unknown field {unknown[0]!r} (expected some of {', '.join(REVIEW_FIELDS)})")
    return {name: _clean(name, fields[name], where) for name in sorted(fields)}


def _clean(name: str, value: object, where: str) -> object:
    if name in NUMBER_FIELDS:
        return _number(name, value, where)
    if value is not None and not isinstance(value, str):
        raise InputError(where, f"{name} must be text, not {value!r}")
    text = value if value is None or name in _VERBATIM else " ".join(value.split())
    if name in _REQUIRED_TEXT:
        text = text or ""
    elif not text:
        text = None
    if name in _CHOICES and text not in _CHOICES[name]:
        choices = ", ".join(str(choice) for choice in _CHOICES[name] if choice is not None)
        raise InputError(where, f"{name} {text!r} is not one of {choices}")
    return text


def _number(name: str, value: object, where: str) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(value.replace(",", "")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        raise InputError(where, f"{name} is not a number: {value!r}") from None
    if isinstance(value, bool) or not math.isfinite(number) or number < 0:
        raise InputError(where, f"{name} must be a number of at least 0, not {value!r}")
    return number


def clean_name(name: str, what: str = "reviewer") -> str:
    """A reviewer's name on one line, required and at most :data:`MAX_NAME` characters."""
    cleaned = " ".join(str(name or "").split())
    if not cleaned:
        raise InputError(what, "a reviewer's name is required")
    if len(cleaned) > MAX_NAME:
        raise InputError(what, f"a reviewer's name has at most {MAX_NAME} characters")
    return cleaned


def check_review(review: Review, where: str) -> None:
    if review.status not in STATUSES[1:]:
        raise InputError(where, f"status {review.status!r} is not one of {', '.join(STATUSES[1:])}")
    if review.status in ("confirmed", "rejected") and review.fields:
        raise InputError(where, f"a {review.status} figure sets no fields")
    if review.status == "corrected" and not review.fields:
        raise InputError(where, "a correction sets at least one field")
    if review.status == "added" and not {"category", "qualifier", "span"} <= set(review.fields):
        raise InputError(where, "an added figure needs at least its category, qualifier and span")
    if len(review.note) > MAX_NOTE:
        raise InputError(where, f"a note has at most {MAX_NOTE} characters")


# -- reading one figure's state, inside a write transaction ---------------------------


def current_review(connection: sqlite3.Connection, key: FigureKey) -> Review | None:
    row = connection.execute(
        "SELECT status, reviewer, reviewed_at, fields, note FROM reviews WHERE article_id = ? AND start = ?"
        ' AND "end" = ? AND category = ?',
        (key.article_id, key.start, key.end, key.category),
    ).fetchone()
    return None if row is None else Review(row[0], row[1], row[2], json.loads(row[3]), row[4])


def last_change(connection: sqlite3.Connection, key: FigureKey) -> int | None:
    """The id of the latest logged change to this figure's review (None: never reviewed)."""
    return connection.execute(
        'SELECT max(change_id) FROM review_log WHERE article_id = ? AND start = ? AND "end" = ? AND category = ?',
        (key.article_id, key.start, key.end, key.category),
    ).fetchone()[0]


def stored_text(connection: sqlite3.Connection, key: str) -> tuple[str, str]:
    """A stored article's text and publication date; :class:`InputError` when there is no such article."""
    row = connection.execute("SELECT text, published FROM articles WHERE article_id = ?", (key,)).fetchone()
    if row is None:
        raise InputError(key[:12], "no such article in the store")
    return row


# -- writing ---------------------------------------------------------------------------


def write_change(
    connection: sqlite3.Connection,
    key: FigureKey,
    after: Review | None,
    action: str,
    changed_by: str,
    origin: str = "dashboard",
    *,
    undoes: int | None = None,
    offered: Review | None = None,
) -> int:
    """Set the figure's review to ``after`` (None: back to the machine's) and log it; inside a transaction."""
    before = current_review(connection, key)
    if after is None:
        connection.execute(
            'DELETE FROM reviews WHERE article_id = ? AND start = ? AND "end" = ? AND category = ?',
            (key.article_id, key.start, key.end, key.category),
        )
    else:
        connection.execute(
            'INSERT INTO reviews (article_id, start, "end", category, status, fields, reviewer, reviewed_at, note)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article_id, start, \"end\", category) DO UPDATE SET"
            " status = excluded.status, fields = excluded.fields, reviewer = excluded.reviewer,"
            " reviewed_at = excluded.reviewed_at, note = excluded.note",
            (key.article_id, key.start, key.end, key.category, after.status,
             json.dumps(dict(after.fields), sort_keys=True, ensure_ascii=False),
             after.reviewer, after.reviewed_at, after.note),
        )  # fmt: skip
    return connection.execute(
        'INSERT INTO review_log (changed_at, changed_by, action, article_id, start, "end", category, before, after,'
        " offered, undoes, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (_now(), changed_by, action, key.article_id, key.start, key.end, key.category,
         before and before.to_json(), after and after.to_json(), offered and offered.to_json(), undoes, origin),
    ).lastrowid  # fmt: skip


def _in_transaction(connection: sqlite3.Connection, write) -> int:
    connection.execute("BEGIN IMMEDIATE")
    try:
        change = write()
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return change


def _check_expected(connection: sqlite3.Connection, key: FigureKey, expect: int | Unchecked | None) -> None:
    if expect is ANY:
        return
    latest = last_change(connection, key)
    if latest != expect:
        who = connection.execute("SELECT changed_by, changed_at FROM review_log WHERE change_id = ?", (latest,))
        by, at = who.fetchone() or ("someone", "")
        raise ReviewConflict(str(key), f"changed by {by} at {at} since you opened it; reload and review again")


def _is_figure(connection: sqlite3.Connection, key: FigureKey) -> bool:
    where = 'article_id = ? AND start = ? AND "end" = ? AND category = ?'
    params = (key.article_id, key.start, key.end, key.category)
    return any(
        connection.execute(f"SELECT 1 FROM {table} WHERE {where} LIMIT 1", params).fetchone()
        for table in ("figures", "reviews")
    )


def review_figure(
    connection: sqlite3.Connection,
    key: FigureKey,
    status: str,
    reviewer: str,
    fields: Mapping[str, object] | None = None,
    note: str = "",
    expect: int | Unchecked | None = ANY,
) -> int:
    """Confirm, correct or reject a stored figure; returns the change's id in the log.

    ``expect`` is the figure's last change the caller saw (:func:`last_change`; None for
    an unreviewed figure): if it has changed since, :class:`ReviewConflict` is raised.
    """
    review = Review(status, clean_name(reviewer), _now(), clean_fields(fields or {}), note.strip())
    check_review(review, str(key))
    if status == "added":
        raise InputError(str(key), "use add_figure to add a figure")

    def write() -> int:
        if not _is_figure(connection, key):
            raise InputError(str(key), "no such figure in the store")
        _check_expected(connection, key, expect)
        current = current_review(connection, key)
        after = _of_added(current, review) if current is not None and current.status == "added" else review
        return write_change(connection, key, after, _ACTIONS[status], review.reviewer)

    return _in_transaction(connection, write)


def _of_added(added: Review, review: Review) -> Review | None:
    """A review of a figure an analyst added: still added (corrected, or confirmed as is), or removed if rejected."""
    if review.status == "rejected":
        return None
    return Review("added", review.reviewer, review.reviewed_at, {**added.fields, **review.fields}, review.note)


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence holding characters ``start``-``end`` of ``text`` (its line when none does).

    >>> sentence_at("Calm day. Then 12 people were killed. More later.", 15, 17)
    'Then 12 people were killed.'
    """
    for sentence in split_sentences(text):
        if sentence.start <= start and end <= sentence.end:
            return sentence.text
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return text[first : last if last >= 0 else len(text)].strip()


def added_review(
    text: str, start: int, end: int, fields: Mapping[str, object], reviewer: str, note: str = "", published: str = ""
) -> Review:
    """The review of a figure the machine missed at ``text[start:end]``, its defaults filled in."""
    where = f"characters {start}-{end}"
    if not 0 <= start < end <= len(text) or text[start:end].strip() != text[start:end]:
        raise InputError(where, "the span is not a stretch of the article's text without spaces at its ends")
    defaults = {"unit": "people", "subject": "people", "scope": "unknown", "force": "unknown", "as_of": published}
    given = {**defaults, **fields, "span": text[start:end], "sentence": sentence_at(text, start, end)}
    given |= {name: None for name in REVIEW_FIELDS if name not in given}
    review = Review("added", clean_name(reviewer), _now(), clean_fields(given, where), note.strip())
    check_review(review, where)
    return review


def add_figure(
    connection: sqlite3.Connection,
    article: str,
    start: int,
    end: int,
    fields: Mapping[str, object],
    reviewer: str,
    note: str = "",
) -> int:
    """Add a figure the machine missed, at characters ``start``-``end`` of the article; returns the change's id.

    ``fields`` needs ``category`` and ``qualifier``; the span and its sentence are read
    from the stored text. A span that already holds a figure of that category is refused.
    """

    def write() -> int:
        text, published = stored_text(connection, article)
        review = added_review(text, start, end, fields, reviewer, note, published)
        key = FigureKey(article, start, end, str(review.fields["category"]))
        if _is_figure(connection, key):
            raise ReviewConflict(str(key), "this span already holds a figure of that category: review it instead")
        return write_change(connection, key, review, "add", review.reviewer)

    return _in_transaction(connection, write)


def undo(connection: sqlite3.Connection, change_id: int, reviewer: str) -> int:
    """Put a figure's review back as it was before change ``change_id``; the undo is itself a logged change.

    Refused when the figure has changed since (undo the later change first).
    """
    name = clean_name(reviewer)

    def write() -> int:
        row = connection.execute(
            'SELECT article_id, start, "end", category, before, after, action FROM review_log WHERE change_id = ?',
            (change_id,),
        ).fetchone()
        if row is None:
            raise InputError(f"change {change_id}", "no such change in the review log")
        key, before, after, action = FigureKey(*row[:4]), row[4], row[5], row[6]
        if action == "conflict":
            raise ReviewConflict(f"change {change_id}", "a conflict record changed nothing; there is nothing to undo")
        now = current_review(connection, key)
        if (now and now.to_json()) != after:
            raise ReviewConflict(f"change {change_id}", "the figure has changed since; undo the later change first")
        return write_change(connection, key, Review.from_json(before), "undo", name, undoes=change_id)

    return _in_transaction(connection, write)
