"""Sharing reviews between stores as JSON lines: ``review export`` and ``review import``.

One line per review, keys sorted: ``article_id``, ``start``, ``end``, ``category`` (which
figure), ``status``, ``fields``, ``reviewer``, ``reviewed_at``, ``note``, and ``span``, the
text the figure stands on, which an import checks against its own copy of the article.

An import writes every good line in one transaction and reports each bad one as
``FILE line N: reason``. A line equal to the figure's review, or to any version the
log has already seen for it, changes nothing, so importing a file twice is a no-op.
A line that differs from the figure's review is a conflict: the newer review (by
``reviewed_at``) is kept and the other goes into the log too (``offered`` when the
import's version loses), and the conflict is reported naming the figure.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from ..errors import InputError
from ..figure import CATEGORIES
from .database import open_store
from .review_reading import load_reviews
from .review_schema import STATUSES
from .reviews import (
    FigureKey,
    Review,
    check_review,
    clean_fields,
    clean_name,
    current_review,
    stored_text,
    write_change,
)

_REQUIRED = ("article_id", "start", "end", "category", "status", "reviewer", "reviewed_at")
_KEYS = frozenset((*_REQUIRED, "fields", "note", "span"))


def export_reviews(db_path: str | Path, out: str | Path | IO[str] | None = None) -> int:
    """Write today's reviews (orphaned ones too) as JSON lines to ``out`` (a path, a stream, or standard output).

    A file is written whole or not at all: to a temporary name, renamed at the end.
    """
    if not Path(db_path).is_file():
        raise InputError(str(db_path), "no store here (run `python -m extractors ingest` first)")
    reviews = load_reviews(db_path)
    lines = [_line(row) for row in reviews.itertuples(index=False)]
    if out is None or not isinstance(out, (str, Path)):
        (out or sys.stdout).writelines(lines)
        return len(lines)
    target = Path(out)
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    try:
        temporary.write_text("".join(lines), encoding="utf-8")
        os.replace(temporary, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise InputError(str(out), f"cannot write: {error.strerror or error}") from None
    return len(lines)


def _line(row) -> str:
    record = {
        "article_id": row.article_id, "start": int(row.start), "end": int(row.end), "category": row.category,
        "status": row.status, "fields": json.loads(row.fields), "reviewer": row.reviewer,
        "reviewed_at": row.reviewed_at, "note": row.note, "span": row.span,
    }  # fmt: skip
    return json.dumps(record, sort_keys=True, ensure_ascii=False) + "\n"


@dataclass
class ImportSummary:
    """What one import did; ``errors`` and ``conflicts`` hold one line each."""

    imported: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"reviews: {self.imported} imported, {self.unchanged} unchanged, {len(self.conflicts)} conflicts,"
            f" {len(self.errors)} failed"
        )


@dataclass(frozen=True)
class _Incoming:
    where: str  # FILE line N
    key: FigureKey
    review: Review
    span: str


def import_reviews(db_path: str | Path, path: str | Path) -> ImportSummary:
    """Import the reviews in the JSON lines file ``path`` into the store at ``db_path``."""
    summary = ImportSummary()
    if not Path(db_path).is_file():
        raise InputError(str(db_path), "no store here (run `python -m extractors ingest` first)")
    with contextlib.closing(open_store(db_path)) as connection:
        incoming = []
        for where, record in _records(path, summary):
            try:
                incoming.append(_incoming(connection, where, record))
            except InputError as error:
                summary.errors.append(str(error))
        connection.execute("BEGIN IMMEDIATE")
        try:
            for item in incoming:
                _apply(connection, item, summary)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return summary


def _records(path: str | Path, summary: ImportSummary) -> Iterator[tuple[str, dict]]:
    """Each line of ``path`` as a JSON object with where it came from; bad lines go to ``summary.errors``."""
    try:
        handle = open(path, encoding="utf-8")
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from None
    with handle:
        try:
            for number, text in enumerate(handle, start=1):
                if not text.strip():
                    continue
                where = f"{path} line {number}"
                try:
                    record = json.loads(text)
                except json.JSONDecodeError as error:
                    summary.errors.append(f"{where}: not JSON ({error.msg})")
                    continue
                if not isinstance(record, dict):
                    summary.errors.append(f"{where}: not a JSON object")
                    continue
                yield where, record
        except UnicodeDecodeError:
            raise InputError(str(path), "not UTF-8 text") from None


def _incoming(connection, where: str, record: dict) -> _Incoming:
    """A checked line: the figure it is about and its review; :class:`InputError` names the line."""
    missing = [name for name in _REQUIRED if name not in record]
    if missing:
        raise InputError(where, f"missing {', '.join(missing)}")
    unknown = sorted(set(record) - _KEYS)
    if unknown:
        raise InputError(where, f"unknown key {unknown[0]!r}")
    start, end = record["start"], record["end"]
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in (start, end)) or not 0 <= start < end:
        raise InputError(where, f"start and end must be whole numbers with 0 <= start < end, not {start!r}, {end!r}")
    if record["category"] not in CATEGORIES:
        raise InputError(where, f"category {record['category']!r} is not one of {', '.join(CATEGORIES)}")
    if record["status"] not in STATUSES[1:]:
        raise InputError(where, f"status {record['status']!r} is not one of {', '.join(STATUSES[1:])}")
    fields, note = record.get("fields", {}), record.get("note", "")
    if not isinstance(fields, dict) or not isinstance(note, str) or not isinstance(record["reviewed_at"], str):
        raise InputError(where, "fields must be an object, note and reviewed_at text")
    try:
        dt.datetime.fromisoformat(record["reviewed_at"])
    except ValueError:
        raise InputError(where, f"reviewed_at is not an ISO 8601 time: {record['reviewed_at']!r}") from None
    reviewer = clean_name(record["reviewer"], where)
    review = Review(record["status"], reviewer, record["reviewed_at"], clean_fields(fields, where), note)
    check_review(review, where)
    key = FigureKey(str(record["article_id"]), start, end, record["category"])
    try:
        text, _ = stored_text(connection, key.article_id)
    except InputError:
        raise InputError(where, f"article {key.article_id[:12]} is not in this store") from None
    if end > len(text) or ("span" in record and text[start:end] != record["span"]):
        raise InputError(where, f"characters {start}-{end} of the stored article are not {record.get('span')!r}")
    if review.status == "added" and review.fields["span"] != text[start:end]:
        raise InputError(where, f"the added figure's span is not characters {start}-{end} of the stored article")
    return _Incoming(where, key, review, text[start:end])


def _seen(connection, key: FigureKey, version: str) -> bool:
    """Whether the log has had ``version`` of this figure's review (kept, or offered and not taken)."""
    return bool(
        connection.execute(
            'SELECT 1 FROM review_log WHERE article_id = ? AND start = ? AND "end" = ? AND category = ?'
            " AND (after = ? OR offered = ?) LIMIT 1",
            (key.article_id, key.start, key.end, key.category, version, version),
        ).fetchone()
    )


def _apply(connection, item: _Incoming, summary: ImportSummary) -> None:
    """Import one checked line: new, unchanged, or a conflict the newer review wins."""
    current = current_review(connection, item.key)
    version = item.review.to_json()
    if (current is not None and current.to_json() == version) or _seen(connection, item.key, version):
        summary.unchanged += 1
        return
    by = item.review.reviewer
    if current is None:
        write_change(connection, item.key, item.review, "import", by, item.where)
        summary.imported += 1
        return
    taken = _when(item.review.reviewed_at) > _when(current.reviewed_at)
    if taken:
        write_change(connection, item.key, item.review, "import", by, item.where)
        summary.imported += 1
    else:
        write_change(connection, item.key, current, "conflict", by, item.where, offered=item.review)
    kept, other = (item.review, current) if taken else (current, item.review)
    summary.conflicts.append(
        f"{item.where}: {item.key} {item.span!r} was reviewed here too: kept the newer review"
        f" ({_described(kept)}) over {_described(other)}; both are in the review log"
    )


def _when(text: str) -> dt.datetime:
    """A review's time, comparable with any other (a time without a zone is taken as UTC)."""
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _described(review: Review) -> str:
    return f"{review.status} by {review.reviewer} at {review.reviewed_at}"
