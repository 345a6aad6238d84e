"""Which date a figure stands for: its own time, else the statement's, else the article's.

``dates.find_times`` finds a sentence's time expressions; this module tells which of
them date the statement rather than a figure ("Britain's Ministry of Defence said on
Tuesday", "Last week the agency told lawmakers", a dateline) and picks a figure's date:

1. a time of the figure's own, nearest to it ("429,660 casualties during 2024"), the
   last of a pair ("in January and February");
2. else the date of the statement nearest to it;
3. else, for a figure of one event, the one day the sentence gives ("On 3 January, 230
   Ukrainians came home ...: 224 soldiers and six civilians"), or the date of the events the
   paragraph told just before ("In June, fighters overran an army post. The group said it
   had killed more than 100 soldiers").

The pipeline falls back on the article's date (``extractors/counts.py``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from .dates import TimeExpression, find_times
from .patterns import alternation
from .reporting_verbs import claim_verbs
from .scope import Clause
from .sentences import Sentence

_VERB = alternation(claim_verbs())
# A time right after a reporting verb, or after a preposition a few words on, dates the statement:
# "said yesterday", "told reporters on Wednesday", "estimated in March last year".
_AFTER_VERB = regex.compile(
    rf"(?r)\b(?:{_VERB})\b(?:(?:\s+(?!(?:were|was|had|have|has|been|that)\b)[A-Za-z'’-]+){{0,6}}?\s+"
    rf"(?:on|in|at|late\s+on|late|early))?\s+$"
)
_VERB_AFTER = regex.compile(rf"\b(?:{_VERB})\b")
# A time that opens its sentence ("Last week", "In April,", "On Saturday the") with a reporting verb
# after it and no number between: the day of the statement.
_OPENING = regex.compile(r"^(?:(?:But|And|Then|Earlier|Later)\s+)?(?:in|on|at|during|by)?\s*$", regex.I)
_SPEAKER_REACH = 90  # "In January, the outgoing chief of staff, Lieutenant General Herzi Halevi, said"
_DIGIT = regex.compile(r"\d")
# A dateline before the story: "BEIRUT, Dec 4, 2024 - ...": the article's date, not a figure's.
_DATELINE_BEFORE = regex.compile(r"^(?:[A-Z][A-Z/ .'’-]+,\s+)?$")
_DATELINE_AFTER = regex.compile(r"\s*(?:[-–—(]|$)")
# Two times that make one stretch: "in January and February", "from 2022 to 2024".
_JOINED = regex.compile(r"\s*(?:and|to|-|–|through|until)\s*")
_NOT_THE_FIGURES = ("start", "background")
# A time that dates another number, not a figure nor the statement: "the number it gave lawmakers in the spring".
_OTHER_NUMBER = regex.compile(
    rf"(?r)\b(?:number|figure|estimate|count|toll|tally)\s+(?:that\s+)?(?:it|they|he|she|the\s+\w+)\s+"
    rf"(?:had\s+)?(?:{_VERB})\b[^,;.]*$"
)
# A cheap test that a sentence may hold a time, before the full pattern: a digit, a capital (month or
# weekday) or the words of relative times.
_TIME_HINT = regex.compile(
    r"\d|\b(?:[A-Z][a-z]+day|[JFMASOND][a-z]{2,8}|yesterday|today|tonight|overnight|earlier|later|before|"
    r"previous|preceding|prior|last|this|past|first|same|daily|weekly|monthly|ago|a\s+(?:day|week|month)|per|each|every)\b",
    regex.I,
)


@dataclass(frozen=True)
class SentenceTimes:
    """A sentence's time expressions: those that may date its figures, and those of its statement."""

    figures: tuple[TimeExpression, ...]
    statement: tuple[TimeExpression, ...]
    told_before: dt.date | None = None  # the last date of events the paragraph gave before this sentence
    earlier: dt.date | None = None  # the last date before publication the article gave before this sentence


def sentence_times(sentences: list[Sentence], wanted: set[int], reference: dt.date | None) -> dict[int, SentenceTimes]:
    """The times of each sentence whose ``id`` is in ``wanted``. A step from an earlier date ("A month
    earlier", "that day") is taken from the last date given in the paragraphs read so far."""
    times: dict[int, SentenceTimes] = {}
    anchor, told, earlier, paragraph = None, None, None, -1
    last = max((i for i, s in enumerate(sentences) if id(s) in wanted), default=-1)
    near = {s.paragraph for s in sentences if id(s) in wanted}
    for sentence in sentences[: last + 1]:
        if sentence.paragraph not in near:
            continue  # far from any figure: no date it gives is needed
        if sentence.paragraph != paragraph:
            told, paragraph = None, sentence.paragraph
        found = find_times(sentence.text, reference, anchor) if _TIME_HINT.search(sentence.text) else []
        datelines = [t for t in found if _is_dateline(sentence.text, t)]
        others = [t for t in found if _OTHER_NUMBER.search(sentence.text, max(0, t.start - 80), t.start)]
        statement = [t for t in found if t not in datelines + others and _dates_statement(sentence.text, t)]
        figures = [t for t in found if t not in datelines + others + statement]
        times[id(sentence)] = SentenceTimes(tuple(figures), tuple(statement), told, earlier)
        dated = [t.date for t in found if t.date and t.role not in _NOT_THE_FIGURES and t not in datelines]
        anchor = dated[-1] if dated else anchor
        past = [d for d in dated if reference is None or d < reference]
        earlier = past[-1] if past else earlier
        told = next((t.date for t in reversed(figures) if t.date and t.role not in _NOT_THE_FIGURES), told)
    return times


def own_date(clause: Clause, times: SentenceTimes) -> dt.date | None:
    """A date of the figure's own: the nearest time in its part of the sentence, the last of a pair."""
    own = [
        t for t in times.figures
        if t.date and t.role not in _NOT_THE_FIGURES and clause.start <= t.start < clause.end
        and clause.nearest_to(t.start, t.end)
    ]  # fmt: skip
    if not own:
        return None
    nearest = min(own, key=lambda t: _gap(clause, t))
    return _last_joined(clause.sentence, nearest, times.figures).date


def figure_date(clause: Clause, times: SentenceTimes, scope: str | None) -> dt.date | None:
    """The date a figure stands for, in the steps of the module docstring; None where the sentence gives none."""
    own = own_date(clause, times)
    if own:
        return own
    statement = [t for t in times.statement if t.date]
    if statement:
        return min(statement, key=lambda t: _gap(clause, t)).date
    days = {t.date for t in times.figures if t.day and t.role == "point" and t.date}
    if scope == "event" and len(days) == 1:
        return days.pop()
    return times.told_before if scope == "event" else None  # "In June, fighters overran a post. The group said ..."


def _last_joined(text: str, time: TimeExpression, times: tuple[TimeExpression, ...]) -> TimeExpression:
    """The last of a run of times joined by "and" or "to": "in January and February" stands for February."""
    for later in times:
        if later.start > time.end and _JOINED.fullmatch(text, time.end, later.start) and later.date:
            time = later
    return time


def _gap(clause: Clause, time: TimeExpression) -> int:
    if time.end <= clause.span_start:
        return clause.span_start - time.end
    return max(0, time.start - clause.span_end)


def _is_dateline(text: str, time: TimeExpression) -> bool:
    return bool(_DATELINE_BEFORE.match(text[: time.start]) and _DATELINE_AFTER.match(text, time.end))


def _dates_statement(text: str, time: TimeExpression) -> bool:
    """Whether a time expression dates the statement rather than a figure."""
    if time.role in _NOT_THE_FIGURES or text[max(0, time.start - 8) : time.start].strip().lower().endswith("between"):
        return False
    if _AFTER_VERB.search(text, max(0, time.start - 60), time.start):
        return True
    if not _OPENING.match(text[: time.start]):
        return False
    verb = _VERB_AFTER.search(text, time.end, time.end + _SPEAKER_REACH)
    return bool(verb) and not _DIGIT.search(text, time.end, verb.start())
