"""What each figure of an article counts across articles: scope, as_of, force and stance.

The last step of the pipeline, run on the article's distinct figures with its sentences:

1. the date the article speaks from: its publication date, else its dateline
   (``dates.publication_date``), and each sentence's times (``dating.sentence_times``);
2. for each figure, its own words: scope (``scope.scope_in_words``) and force
   (``force.force_in_words``);
3. what the words leave open: a figure takes the scope of the last figure of the same
   kind a few paragraphs before it (the story goes on about the same events), else the
   headline's (one attack, a window), else ``total``; a count broken down into soldiers
   and civilians is ``mixed``; a figure whose words name no one is ``military`` where
   every other figure of its side names soldiers; an article that says its toll does not
   tell civilians from fighters makes its general totals ``mixed``;
4. the date it stands for (``dating.figure_date``), a breakdown's being the date of the
   figure it breaks down, else the article's;
5. the stance of its source toward the counted side (``stance.stance_of``).
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, replace

import regex

from .dates import publication_date
from .dating import SentenceTimes, figure_date, own_date, sentence_times
from .figure import Figure
from .force import force_in_words, says_undistinguished
from .scope import Clause, scope_in_words, story_scope
from .sentences import Sentence
from .stance import BELLIGERENT_PAIRS, article_enemies, claimant_country, stance_of

# Words that make a figure part of the one before it: "Among the dead were 10 staff members".
_BREAKDOWN = regex.compile(
    r"\b(?:among\s+(?:them|the\s+dead|those)|(?:the\s+)?(?:dead|count|toll|tally|victims)\s+includ\w+|"
    r"includ(?:ing|es|ed)|of\s+(?:them|whom|those|these)|of\s+the\s+(?:dead|injured|wounded|killed|victims)|another|a\s+further|the\s+rest|of\s+those\s+deaths|"
    r"made\s+up\s+of|consist\w*\s+of|compris\w+)\b",
    regex.I,
)
# A part that names one side of the line between fighters and civilians: the rest are the other.
_SIDE_OF_WAR = regex.compile(r"\b(?:civilians|soldiers|fighters|combatants|militants|servicemen)\b", regex.I)
_SHARED = regex.compile(r"\s+(?:[\w-]+\s+){0,3}and\s+(?:[\w-]+\s+)?")  # "80 civilians died and 120 were"
# The old figure of a revision: "raised its estimate of the dead from at least 600 to around 2,000".
_REVISED_FROM = regex.compile(
    r"(?r)\b(?:rais|revis|increas|lower|cut|upgrad|downgrad|updat|adjust|correct)\w*\s+(?:[\w'’-]+\s+){0,6}from\s+"
    r"(?:[a-z]+\s+){0,3}$",
    regex.I,
)
_TO_NUMBER = regex.compile(r"\s+to\s+(?:[a-z]+\s+){0,2}\d")
# A new toll that takes a running count to a new total: "one soldier was killed, bringing the number ... to 423".
_BRINGING = regex.compile(r",\s+(?:bringing|raising|taking|pushing)\s+(?:the|its|their|to)\b", regex.I)
_ANOTHER = regex.compile(r"^(?:another|a\s+further|further)\b", regex.I)
# A subject that names people in general, which an article's undistinguished toll makes mixed.
_GENERAL_PEOPLE = regex.compile(r"^(?:people|persons|dead|deaths|killed|victims|[A-Z]\w+(?:ns|is|ese))?$")


# Categories that tell of the same events: a toll's breakdown, an exchange's groups, a deployment's units.
_FAMILY = {
    "killed": "toll", "wounded": "toll", "casualties": "toll", "missing": "toll",
    "captured": "prisoners", "exchanged": "prisoners", "deployed": "troops",
}  # fmt: skip


_STORY_REACH = 3  # paragraphs over which a story stays on the same events
_PARTS_REACH = 6  # how many figures after a count may break it down


@dataclass
class _Reading:
    """One figure while its fields are worked out."""

    figure: Figure
    sentence: Sentence
    clause: Clause
    times: SentenceTimes
    scope: str | None
    force: str | None
    broken_down: bool
    as_of: dt.date | None = None


def describe_counts(
    figures: list[Figure], sentences: list[Sentence], text: str, meta: dict[str, str], published: str | None = None
) -> list[Figure]:
    """``figures`` with ``scope``, ``as_of``, ``force`` and ``stance`` filled in (see the module docstring);
    ``meta`` gives the title and the publication date, ``published`` overrides the latter.

    >>> from extractors.sentences import split_sentences
    >>> from extractors.extract import extract_figures
    >>> text = "Russia said on Monday that 5,937 of its soldiers had been killed since the war began."
    >>> [(f.scope, f.as_of, f.force) for f in extract_figures(text, published="2022-09-21")]
    [('total', '2022-09-19', 'military')]
    """
    reference = publication_date(meta.get("published", "") if published is None else published, text)
    title = meta.get("title", "")
    starts = [s.start for s in sentences]
    located = sorted(
        ((f, sentences[max(0, bisect.bisect_right(starts, f.start) - 1)]) for f in figures), key=lambda p: p[0].start
    )
    times = sentence_times(sentences, {id(s) for _, s in located}, reference)
    story = story_scope(title)
    readings = [_read(figure, sentence, located, times[id(sentence)], story) for figure, sentence in located]
    _fill_open_scope(readings, story)
    _fill_open_force(readings, any(says_undistinguished(s.text) for s in sentences))
    _fill_dates(readings)
    enemies = _Enemies(f"{title}\n{text}")
    countries: dict[str | None, str | None] = {}  # a claimant's country, read once per article
    described = {id(r.figure): _described(r, reference, enemies, text, countries) for r in readings}
    return [described[id(figure)] for figure in figures]


class _Enemies:
    """Who fights whom in an article, read only when a stance needs more than the general pairs."""

    def __init__(self, text: str) -> None:
        self.text, self.pairs = text, None

    def stance(self, side: str | None, country: str | None, source_type: str | None) -> str:
        found = stance_of(side, country, source_type, BELLIGERENT_PAIRS)
        if found == "third party" and country:
            if self.pairs is None:
                self.pairs = article_enemies(self.text)
            found = stance_of(side, country, source_type, self.pairs)
        return found


def _described(reading: _Reading, reference: dt.date | None, enemies: _Enemies, text: str, countries: dict) -> Figure:
    figure = reading.figure
    as_of = reading.as_of or reference
    if not figure.source_country and figure.claimant not in countries:
        countries[figure.claimant] = claimant_country(figure.claimant, text)
    country = figure.source_country or countries[figure.claimant]
    return replace(
        figure,
        scope=reading.scope or "unknown",
        force=reading.force or "unknown",
        as_of=as_of.isoformat() if as_of else "",
        stance=enemies.stance(figure.side, country, figure.source_type),
    )


def _read(figure: Figure, sentence: Sentence, located, times: SentenceTimes, story: str | None) -> _Reading:
    clause = _clause(figure, sentence, located)
    paired = _clause(figure, sentence, located, paired=True)
    scope = scope_in_words(paired, figure.category, list(times.figures), story)
    if scope in (None, "total") and _BRINGING.search(sentence.text, clause.span_end, clause.end):
        scope = "event"  # "one soldier was killed in fighting, bringing the number killed ... to 423": the new toll
    force = force_in_words(
        figure.subject, sentence.text, clause.span_start, clause.span_end, figure.category, figure.side
    )
    before = sentence.text[clause.start : clause.span_start] + " " + figure.span
    broken_down = not figure.subject.strip() or bool(_BREAKDOWN.search(before) or _BREAKDOWN.match(figure.subject))
    return _Reading(figure, sentence, clause, times, scope, force, broken_down)


def _clause(figure: Figure, sentence: Sentence, located, paired: bool = False) -> Clause:
    """The figure's part of its sentence: from the end of the figure before it to the start of the next.
    ``paired``: two numbers that share their words ("killed 40 people and wounded 90") read as one, from
    the first's part to the second's."""
    span_start = figure.start - sentence.start
    span_end = figure.end - sentence.start
    spans = [
        (f.start - sentence.start, f.end - sentence.start) for f, s in located if s is sentence and f is not figure
    ]
    for other in [span for span in spans if paired and _shared(sentence.text, span, (span_start, span_end))]:
        spans.remove(other)
        span_start, span_end = min(span_start, other[0]), max(span_end, other[1])
    start = max([end for _, end in spans if end <= span_start], default=0)
    end = min([start for start, _ in spans if start >= span_end], default=len(sentence.text))
    return Clause(sentence.text, start, end, span_start, span_end, spans)


def _shared(text: str, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two figures share their words: "80 civilians died and 120 were hurt"."""
    first, second = sorted((one, other))
    return bool(_SHARED.fullmatch(text, first[1], second[0]))


def _fill_dates(readings: list[_Reading]) -> None:
    """The date each figure stands for; a number whose words go on to the next ("219 civilians were killed
    and 1,018 injured in July") has the next one's, a breakdown without one of its own its whole's, the old
    figure of a revision ("raised its estimate from 600 to 2,000") the date the article gave before it."""
    for index, reading in enumerate(readings):
        following = readings[index + 1] if index + 1 < len(readings) else None
        if following and following.sentence is reading.sentence and own_date(reading.clause, reading.times) is None:
            if _SHARED.fullmatch(reading.sentence.text, reading.clause.span_end, following.clause.span_start):
                reading.as_of = own_date(following.clause, following.times)
        reading.as_of = reading.as_of or figure_date(reading.clause, reading.times, reading.scope)
        if _REVISED_FROM.search(reading.sentence.text, 0, reading.clause.span_start) and _TO_NUMBER.match(
            reading.sentence.text, reading.clause.span_end
        ):
            # "raised its estimate of the dead from at least 600 to around 2,000": 600 is an older estimate
            reading.as_of = reading.times.earlier if reading.times.earlier != reading.as_of else None
        previous = readings[index - 1] if index else None
        if reading.as_of is None and reading.broken_down and previous and previous.sentence is reading.sentence:
            reading.as_of = previous.as_of


def _fill_open_scope(readings: list[_Reading], story: str | None) -> None:
    """Words that leave the scope open: the scope of the last figure of the same kind a few paragraphs
    before (the story goes on about the same events); a window belongs to its own figure and passes only
    to a breakdown of it ("Of those deaths, 26,000 ..."); else the frame of the headline (``story``: "Attack
    on church kills 43" makes the story one event); else total. A headline of one event comes first: what
    its story counts without saying so is that event's toll, even after a figure read as a total."""
    for index, reading in enumerate(readings):
        if reading.scope is not None:
            continue
        family = _FAMILY.get(reading.figure.category)
        before = [
            r for r in readings[:index]
            if _FAMILY.get(r.figure.category) == family and (r.scope != "period" or reading.broken_down)
            and reading.sentence.paragraph - r.sentence.paragraph <= _STORY_REACH
        ]  # fmt: skip
        if story == "event":
            reading.scope = story
        else:
            reading.scope = before[-1].scope if before else story or "total"


def _fill_open_force(readings: list[_Reading], undistinguished: bool) -> None:
    """What the words leave open, in four steps: a count broken down into soldiers and civilians, or
    said to include civilians, is mixed ("300 people, among them 40 civilians"); a number that goes
    on from the one before it ("80 civilians died and 120 were hurt", "Another 3,500 have
    been injured") counts the same people; words that name no one are military where the article
    names the side's soldiers in two figures or more and never its civilians; an article that says
    its toll does not tell civilians from fighters makes its general totals mixed."""
    for index, reading in enumerate(readings):
        if reading.force in (None, "unknown") and _broken_into_both(readings, index):
            reading.force = "mixed"
    for index, reading in enumerate(readings):
        whole = _continued(readings, index)
        if reading.force is None and whole and whole.force not in (None, "unknown"):
            reading.force = whole.force
    named: dict[str | None, list[str]] = {}
    for reading in readings:
        if reading.force in ("military", "civilian"):
            named.setdefault(reading.figure.side, []).append(reading.force)
    for reading in readings:
        if reading.force is None:
            forces = named.get(reading.figure.side, []) if reading.figure.side else []
            reading.force = "military" if len(forces) >= 2 and set(forces) == {"military"} else "unknown"
        if undistinguished and reading.force == "unknown" and reading.scope == "total":
            if _GENERAL_PEOPLE.match(reading.figure.subject.strip()):
                reading.force = "mixed"  # "The ministry's count does not distinguish between civilians and fighters"


def _continued(readings: list[_Reading], index: int) -> _Reading | None:
    """The figure a bare number goes on from: the last one before it in its sentence that is not a part
    of another, or the one before an "Another ..." sentence."""
    reading = readings[index]
    before = [r for r in readings[:index] if r.sentence is reading.sentence and not r.broken_down]
    if before:
        return before[-1]
    previous = readings[index - 1] if index else None
    words = reading.sentence.text[: reading.clause.span_start] + reading.figure.span
    if previous and _ANOTHER.search(words) and reading.sentence.paragraph == previous.sentence.paragraph:
        return previous
    if previous and reading.broken_down and reading.sentence.paragraph - previous.sentence.paragraph <= 1:
        return previous  # "Twelve of them were later found dead": the people of the figure before
    return None


def _broken_into_both(readings: list[_Reading], index: int) -> bool:
    """Whether the figures right after a count break it into soldiers and civilians."""
    reading = readings[index]
    if not _GENERAL_PEOPLE.match(reading.figure.subject.strip()):
        return False
    parts, sentences = set(), {id(reading.sentence)}
    for later in readings[index + 1 : index + _PARTS_REACH]:
        if later.broken_down:
            sentences.add(id(later.sentence))  # "that group was made up of 270 soldiers and 120 civilians"
        if id(later.sentence) not in sentences or later.sentence.paragraph - reading.sentence.paragraph > 1:
            break
        if later.figure.category == reading.figure.category:
            parts.add(later.force)
            if _SIDE_OF_WAR.search(later.figure.subject):
                return True  # "including 10 civilians": the rest are not
    return {"military", "civilian"} <= parts
