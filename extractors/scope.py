"""What stretch of events a figure counts: total, period, event or unknown.

The guideline's last section: ``total`` runs to the date of the statement ("since the
war began", "so far", a toll that "has risen to"); ``period`` is a stated window ("in
the past 24 hours", "in 2024", "a day"); ``event`` one attack, battle, exchange or
deployment. ``scope_in_words`` reads a figure's own part of its sentence (from the figure
before it to the figure after it), then the whole sentence, in these steps:

1. troop numbers: a verb of sending ("sent", "will deploy", "call-up") makes one
   deployment; words of standing strength ("has", "currently", "stationed") a total;
2. one attack, strike, battle or exchange ("killed when", "in the attack", ", killing"),
   or bodies found without a window or a start of their own: event;
3. a window or a rate of its own (``extractors/dates.py``): period (for troops and
   prisoners, one deployment or exchange); the start of a running count ("since 7
   October") or the date it runs to ("by the end of 2024"): total, or period for a
   recent start ("since Israel resumed its offensive");
   an operation in a clause without a time of its own or a "since": event ("killed 40
   rebels during an operation", not "the operation it launched in August");
4. words of a running total ("so far", "has risen to", "have been killed"): total; in the
   story of one attack (its headline), a toll that "has risen to" is that attack's;
5. a single day of its own, not the day of the statement ("laid down their arms on
   Thursday"): event;
6. steps 2 to 4 over the whole sentence, for figures that share their words ("80 killed
   and 150 wounded when strikes hit");
7. an exchange of prisoners: event; people held ("still held") and troops: total.

It returns None where the words say nothing: the pipeline then gives a figure that
breaks down the one before it ("among the dead", "of them") that figure's scope, and
any other figure ``total``, the reading of a toll stated without a window or an event.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from . import count_cues as cues
from .dates import TimeExpression, find_times

_TOTAL = cues.TOTAL
_RUNNING = cues.RUNNING
_DISPATCH = cues.DISPATCH
_STRENGTH = cues.STRENGTH
_HELD = cues.HELD
_EVENT_VERB = cues.EVENT_VERB
_EVENT_NOUN = cues.EVENT_NOUN
_HEADLINE_EVENT = cues.HEADLINE_EVENT
_CAMPAIGN_EVENT = cues.CAMPAIGN_EVENT
_BODIES = cues.BODIES
_EVENT_DETERMINER = cues.EVENT_DETERMINER
_RECENT_START = cues.RECENT_START
_DETERMINER_REACH = 40
_SINCE_BEFORE = regex.compile(r"(?r)\bsince\s+(?:[\w'’-]+\s+){0,6}$", regex.I)
_SINCE_DIRECT = regex.compile(r"(?r)\bsince\s+$", regex.I)
_TIME_PREPOSITION = regex.compile(r"(?r)\b(?:before|after|until|following|since|prior\s+to|ahead\s+of)\s+$", regex.I)
_PUNCTUATION = regex.compile(r"[,;:()]")
_CLAUSE_BREAK = 100  # characters a comma between words and a figure counts as
_SINCE = regex.compile(r"\bsince\b", regex.I)
# A window that runs up to a time: "in the 24 hours to Wednesday evening", "over the three days until 8 am"
_WINDOW_TO = regex.compile(
    r"\b(?:in|over|during|for)\s+the\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:hours|days|weeks|months)\s+"
    r"(?:to|until|till|up\s+to|ending)\b",
    regex.I,
)
_HARD = regex.compile(r"\bhit\s+hard\b", regex.I)  # "services were hit hard": no one strike


@dataclass(frozen=True)
class Clause:
    """A figure's part of its sentence: ``start``/``end`` bound it, ``span`` is the figure's own words
    and ``others`` the spans of the sentence's other figures."""

    sentence: str
    start: int
    end: int
    span_start: int
    span_end: int
    others: tuple[tuple[int, int], ...] = ()

    def nearest_to(self, start: int, end: int) -> bool:
        """Whether words at ``start:end`` stand nearer this figure than any other of the sentence, a comma
        between counting as a long way ("429,660 casualties during 2024, up from 252,940 the year before")."""
        mine = self._reach((self.span_start, self.span_end), start, end)
        return all(mine <= self._reach(other, start, end) for other in self.others)

    def apart(self, position: int) -> bool:
        """Whether punctuation stands between this figure and ``position``."""
        return self._broken((self.span_start, self.span_end), position, position)

    def _reach(self, span: tuple[int, int], start: int, end: int) -> int:
        return _gap(span, start, end) + (_CLAUSE_BREAK if self._broken(span, start, end) else 0)

    def _broken(self, span: tuple[int, int], start: int, end: int) -> bool:
        between = self.sentence[span[1] : start] if span[1] <= start else self.sentence[end : span[0]]
        return bool(_PUNCTUATION.search(between))


def scope_in_words(clause: Clause, category: str, times: list[TimeExpression], story: str | None = None) -> str | None:
    """The scope a figure's words give it, or None; ``times`` are the sentence's time expressions
    that are not the date of the statement, ``story`` the scope of the article's headline: in the story of
    one attack, a toll that "has risen to" is that attack's.

    >>> text = "Russian forces suffered 429,660 casualties during 2024, Britain said."
    >>> from extractors.dates import find_times
    >>> scope_in_words(Clause(text, 0, len(text), 24, 42), "casualties", find_times(text, None))
    'period'
    >>> text = "At least 80 people were killed when US air strikes hit the port."
    >>> scope_in_words(Clause(text, 0, len(text), 0, 18), "killed", [])
    'event'
    """
    own = [t for t in times if clause.start <= t.start < clause.end and clause.nearest_to(t.start, t.end)]
    everywhere = (0, len(clause.sentence))
    steps = (
        lambda: _deployment(clause) if category == "deployed" else None,
        lambda: _event(clause.sentence, clause.start, clause.end, clause, own),
        lambda: _bodies(clause, own),
        lambda: _window_to(clause, category),
        lambda: _scope_of_times(clause, own, category),
        lambda: None if own else _campaign(clause),
        lambda: _total(clause.sentence, clause.start, clause.end, story),
        lambda: "event" if any(t.day and t.role == "point" for t in own) else None,
        lambda: _event(clause.sentence, *everywhere) or _scope_of_times(clause, times, category),
        lambda: _total(clause.sentence, *everywhere, story),
        lambda: "event" if category == "exchanged" else None,
        lambda: "event" if category == "deployed" else None,
        lambda: "total" if category == "captured" and _HELD.search(clause.sentence) else None,
    )
    for step in steps:
        found = step()
        if found:
            return found
    return None


def story_scope(title: str) -> str | None:
    """The scope a headline gives the figures of its story whose words say nothing: a running total,
    one attack or battle (event), a window (period); None where it says none of these.

    >>> story_scope("Drone strike on Velmora market kills 12")
    'event'
    >>> story_scope("Army says 300 rebels killed in past day")
    'period'
    """
    if _total(title, 0, len(title), "event"):
        return "total"
    if _HEADLINE_EVENT.search(title) or _event(title, 0, len(title)):
        return "event"
    if _total(title, 0, len(title)):
        return "total"
    if any(t.role == "window" for t in find_times(title, None)):
        return "period"
    return None


def _deployment(clause: Clause) -> str | None:
    """One deployment or a force's standing strength, from the verbs around a troop number."""
    text, start, end = clause.sentence, clause.start, clause.end
    if _DISPATCH.search(text, start, end):
        return "event"
    if _STRENGTH.search(text, start, end) or clause.sentence[clause.span_start : clause.span_end].endswith("strong"):
        return "total"
    return None


def _scope_of_times(clause: Clause, times: list[TimeExpression], category: str) -> str | None:
    """Period for a window, total for the start or end of a running count; nearest first.

    Troops and prisoners are sent and swapped on dates: their windows are one deployment or exchange.
    """
    for time in sorted(times, key=lambda t: _distance(t, clause)):
        if time.role == "window":
            return "event" if category in ("deployed", "exchanged", "captured") else "period"
        if time.role == "start":
            this_year = time.recent and _SINCE_DIRECT.search(clause.sentence, 0, time.start)  # "since January"
            recent = this_year or _RECENT_START.match(clause.sentence, _since_end(clause.sentence, time.start))
            return "period" if recent else "total"
        if time.role == "end":
            return "total"
    return None


def _window_to(clause: Clause, category: str) -> str | None:
    """ "In the 24 hours to Wednesday evening, 52 people were killed", "since the start of the year", "since the
    ceasefire": a window of its own."""
    for match in (*_WINDOW_TO.finditer(clause.sentence, clause.start, clause.end),
                  *cues.SINCE_START_OF.finditer(clause.sentence, clause.start, clause.end),
                  *cues.SINCE_TRUCE.finditer(clause.sentence, clause.start, clause.end)):  # fmt: skip
        if clause.nearest_to(*match.span()):
            return "event" if category in ("deployed", "exchanged", "captured") else "period"
    return None


def _since_end(text: str, position: int) -> int:
    """Where the words after 'since' begin, for a start whose date stands later in its phrase."""
    match = _SINCE_BEFORE.search(text, 0, position)
    return match.start() + len("since") if match else position


@functools.lru_cache(maxsize=256)
def _cues(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """The spans of a sentence's words of one event, of a running total and of a count that has grown
    ("has risen to", "have been killed"), read once per sentence."""
    nouns = [m for m in _EVENT_NOUN.finditer(text) if _determined(text, m.start())]
    events = tuple(
        m.span() for m in (*nouns, *_EVENT_VERB.finditer(text))
        if not (_SINCE_BEFORE.search(text, max(0, m.start() - 40), m.start())  # "since the offensive began"
                or _TIME_PREPOSITION.search(text, max(0, m.start() - 12), m.start())  # "before that swap"
                or _HARD.match(text, m.start()))
    )  # fmt: skip
    since = [m for m in _SINCE.finditer(text) if not _RECENT_START.match(text, m.end())]
    totals = tuple(m.span() for m in (*_TOTAL.finditer(text), *since))
    return events, totals, tuple(m.span() for m in _RUNNING.finditer(text))


def _event(text: str, start: int, end: int, clause: Clause | None = None, own: list[TimeExpression] = ()) -> str | None:
    """One attack, battle or exchange in ``text[start:end]``; with ``clause``, only words nearer
    its figure than the others ("9,000 militants, in addition to 1,000 gunmen killed in the attack")
    and than a window or start of its own (``own``: "killed 6,777 people in 2024, ... in the offensive")."""
    for cue_start, cue_end in _cues(text)[0]:
        if start <= cue_start and cue_end <= end and (clause is None or clause.nearest_to(cue_start, cue_end)):
            if clause is None or not any(_nearer(clause, t, cue_start) for t in own):
                return "event"
    return None


def _nearer(clause: Clause, time: TimeExpression, cue_start: int) -> bool:
    """Whether a window of the figure's own stands in its clause while the words of an event
    stand beyond a comma: "killed 6,777 people in 2024, ... most of them in the rebel offensive"."""
    return time.role == "window" and not clause.apart(time.start) and clause.apart(cue_start)


def _bodies(clause: Clause, own: list[TimeExpression]) -> str | None:
    """Bodies found or recovered, without a window of their own, are one attack's: "40 bodies were recovered"."""
    words = clause.sentence[clause.span_start : clause.span_end]
    if _BODIES.search(words) and not any(t.role in ("window", "start") for t in own):
        return "event"
    return None


def _campaign(clause: Clause) -> str | None:
    """One operation, in a clause without a time or a "since": "killed 85 militants during an operation"."""
    text = clause.sentence
    if _SINCE.search(text, clause.start, clause.end):
        return None
    for match in _CAMPAIGN_EVENT.finditer(text, clause.start, clause.end):
        if _determined(text, match.start()) and clause.nearest_to(*match.span()):
            return "event"
    return None


def _determined(text: str, position: int) -> bool:
    return bool(_EVENT_DETERMINER.search(text, max(0, position - _DETERMINER_REACH), position))


def _total(text: str, start: int, end: int, story: str | None = None) -> str | None:
    """Words of a running total in ``text[start:end]``: "so far", "since the war began", and "has risen
    to" or "have been killed" unless the ``story`` is one event."""
    _, totals, running = _cues(text)
    spans = totals if story == "event" else totals + running
    return "total" if any(start <= s and e <= end for s, e in spans) else None


def _gap(span: tuple[int, int], start: int, end: int) -> int:
    if end <= span[0]:
        return span[0] - end
    return max(0, start - span[1])


def _distance(time: TimeExpression, clause: Clause) -> int:
    if time.end <= clause.span_start:
        return clause.span_start - time.end
    return max(0, time.start - clause.span_end)
