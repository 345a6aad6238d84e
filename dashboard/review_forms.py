"""The review forms' pure parts: figure labels, what a correction sets, where chosen words stand in
the text, and logged changes in words. Nothing here imports Streamlit.

A figure the extractor missed is added by its place in the text. The Article page gets
that place two ways: words selected with the mouse in the article (the browser sends
their character offsets, :func:`selection_span` checks them against the text), or a
sentence chosen from a list and the words typed (:func:`phrase_spans` finds them in it).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence

import pandas as pd

from extractors.numbers import find_numbers
from extractors.sentences import Sentence
from extractors.store.reviews import CORRECTABLE, NUMBER_FIELDS

NOT_STATED = "(none)"  # how a change description shows an empty field


def _is_missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def number_text(value: object) -> str:
    """A figure's number as the tables show it.

    >>> number_text(1200.0), number_text(2.5), number_text(None)
    ('1,200', '2.5', '')
    """
    if _is_missing(value):
        return ""
    number = float(value)
    return f"{number:,.0f}" if number.is_integer() else f"{number:,}"


def amount(row: Mapping[str, object]) -> str:
    """The figure's number, or its range, or "vague".

    >>> amount({"value": None, "low": 10.0, "high": 20.0}), amount({"value": 7.0}), amount({})
    ('10–20', '7', 'vague')
    """
    if not _is_missing(row.get("value")):
        return number_text(row["value"])
    if not _is_missing(row.get("low")) or not _is_missing(row.get("high")):
        return f"{number_text(row.get('low'))}–{number_text(row.get('high'))}"
    return "vague"


def figure_label(number: int, row: Mapping[str, object]) -> str:
    """How the review form lists a figure: its number in the text, words, category, amount, status.

    >>> figure_label(2, {"span": "30", "category": "wounded", "value": 30.0, "review": "machine"})
    '2. “30” — wounded, 30 (machine)'
    """
    return f"{number}. “{row['span']}” — {row['category']}, {amount(row)} ({row['review']})"


def form_values(row: Mapping[str, object]) -> dict[str, object]:
    """The figure's correctable fields as the form shows them (None for an empty one).

    >>> form_values({"value": 3, "category": "killed", "side": pd.NA})["value"], form_values({})["side"]
    (3.0, None)
    """
    values = {name: None if _is_missing(row.get(name)) else row.get(name) for name in CORRECTABLE}
    return {name: float(v) if name in NUMBER_FIELDS and v is not None else v for name, v in values.items()}


def suggested_fields(words: str) -> dict[str, object]:
    """What the add form starts with for a figure on ``words``: the number they say, read as the extractor reads it.

    >>> suggested_fields("between 10 and 20 people")["qualifier"], suggested_fields("seven neighbours")["value"]
    ('range', 7.0)
    """
    values: dict[str, object] = dict.fromkeys(CORRECTABLE) | {"category": "killed", "qualifier": "exact"}
    mention = next(iter(find_numbers(words)), None)
    if mention is None:
        return values
    if mention.is_range:
        return values | {"low": mention.low, "high": mention.high, "qualifier": "range"}
    if mention.vague:
        return values | {"qualifier": "vague"}
    return values | {"value": mention.value}


def corrections(row: Mapping[str, object], values: Mapping[str, object]) -> dict[str, object]:
    """The fields a correction sets: the figure's earlier corrections and what the form changed.

    >>> shown = {"value": 31.0, "side": "Ukrainian", "category": "killed", "review_fields": '{"value": 31.0}'}
    >>> corrections(shown, {"value": 31.0, "side": "", "category": "killed"})
    {'value': 31.0, 'side': None}
    """
    earlier = json.loads(row["review_fields"]) if not _is_missing(row.get("review_fields")) else {}
    fields = {name: value for name, value in earlier.items() if name in CORRECTABLE}
    now = form_values(row)
    for name, value in values.items():
        value = None if value == "" else value
        before = now.get(name)
        if name in NUMBER_FIELDS:
            changed = (value is None) != (before is None) or (value is not None and float(value) != float(before))
        else:
            changed = value != before
        if changed:
            fields[name] = value
    return fields


def phrase_spans(sentence: Sentence, phrase: str) -> list[tuple[int, int]]:
    """Where ``phrase`` (trimmed) stands in ``sentence``, as character offsets in the article text.

    >>> phrase_spans(Sentence(100, 121, "7 dead, then 7 more.", 1, True), " 7 ")
    [(100, 101), (113, 114)]
    """
    words = phrase.strip()
    spans, at = [], sentence.text.find(words) if words else -1
    while at >= 0:
        spans.append((sentence.start + at, sentence.start + at + len(words)))
        at = sentence.text.find(words, at + 1)
    return spans


def selection_span(text: str, start: object, end: object, selected: object) -> tuple[int, int] | None:
    r"""The span of words the browser says were selected, trimmed of spaces; None if the text lacks them.

    The browser counts in the text it shows, which is the article's, except where HTML
    changed it (a carriage return before a line feed is dropped): when the words are not
    at the offsets given, their place in the text nearest to them is taken.

    >>> selection_span("Then 12 died.", 4, 8, " 12 ")
    (5, 7)
    >>> selection_span("A\r\nThen 12 died; 12 more.", 7, 9, "12")
    (8, 10)
    >>> selection_span("Then 12 died.", 4, 8, "13") is None
    True
    """
    if not isinstance(selected, str) or not selected.strip():
        return None
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in (start, end)):
        return None
    if 0 <= start < end <= len(text) and text[start:end] == selected:
        lead = len(selected) - len(selected.lstrip())
        return start + lead, start + lead + len(selected.strip())
    words = selected.strip()
    places, at = [], text.find(words)
    while at >= 0:
        places.append(at)
        at = text.find(words, at + 1)
    if not places:
        return None
    nearest = min(places, key=lambda place: abs(place - start))
    return nearest, nearest + len(words)


def shortened(text: str, limit: int = 140) -> str:
    """``text`` cut to ``limit`` characters for a list, with an ellipsis when cut.

    >>> shortened("Twelve people were killed.", 12)
    'Twelve peopl…'
    """
    return text if len(text) <= limit else text[:limit] + "…"


def sentence_index(sentences: Sequence[Sentence], start: int, end: int) -> int | None:
    """The position of the sentence holding characters ``start``-``end``, or None."""
    for position, sentence in enumerate(sentences):
        if sentence.start <= start and end <= sentence.end:
            return position
    return None


_VERBS = {"confirm": "confirmed", "correct": "corrected", "reject": "rejected", "add": "added",
          "undo": "undid", "import": "imported", "conflict": "kept (conflict)"}  # fmt: skip


def _review_words(version: str | None) -> str:
    if version is None or _is_missing(version):
        return "the machine's figure"
    review = json.loads(version)
    fields = review["fields"]
    shown = [f"{name} {_field_text(name, fields[name])}" for name in CORRECTABLE if name in fields]
    return review["status"] + (": " + ", ".join(shown) if shown and review["status"] != "added" else "")


def _field_text(name: str, value: object) -> str:
    if _is_missing(value):
        return NOT_STATED
    return number_text(value) if name in NUMBER_FIELDS else str(value)


def change_summary(change: Mapping[str, object]) -> str:
    """A logged change in words (plain text; the page escapes it).

    >>> change_summary({"action": "correct", "span": "30", "category": "wounded", "before": None,
    ...     "after": '{"status": "corrected", "fields": {"value": 31.0, "side": null}}', "undoes": None})
    "corrected “30” (wounded): the machine's figure → corrected: value 31, side (none)"
    """
    verb = _VERBS.get(str(change["action"]), str(change["action"]))
    if verb == "undid":
        verb = f"undid change {change['undoes']} on"
    what = f"{verb} “{change['span']}” ({change['category']})"
    text = f"{what}: {_review_words(change['before'])} → {_review_words(change['after'])}"
    if not _is_missing(change.get("offered")):
        text += f"; the import's version, not taken: {_review_words(change['offered'])}"
    return text
