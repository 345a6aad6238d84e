"""What a number in a sentence counts: category, qualifier, unit, subject and side.

For each number mention the category is decided by the first of these that speaks:
1. a category word right after the number ("300 killed", "48,670 casualties");
2. the predicate of the number's noun phrase ("300 soldiers have been killed");
3. the predicate shared with the next coordinated number ("76 soldiers and 45 civilians were killed");
4. the nearest cue before it in the clause ("has killed 50,021 Palestinians");
5. a parallel number just before it ("429,660 casualties, up from 252,940");
6. a noun that names a force ("11,000 troops" is `deployed`).
A number none of these speak for is not a figure.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from . import category_cues as cues
from .categories import (
    LABEL_WINDOW,
    MORE,
    counts_the_named_dead,
    described_as_wounded,
    direct_or_predicate,
    label_category,
    label_hedge,
    left_cue,
    noun_phrase_after,
    own_passive,
    parts_of_wholes,
    possessed_force,
    predicate_follows,
)
from .lexicon.categories import LINK_LABELS, RELEASE_BEFORE, RELEASE_SOUGHT
from .lexicon.hedges import QUALIFIER_AFTER_NUMBER
from .non_figures import is_not_a_figure, is_share_or_ratio
from .numbers import NumberMention
from .patterns import alternation
from .qualifiers import HEDGE_AFTER, HEDGES, qualifier, share_qualifiers
from .sentences import title_case
from .sides import LABELLED, MIXED, UN_FORCE, side_after, side_in_context, side_of_phrase, un_named_before

# How far back each test looks, in characters: an "including" that opens a parenthesis, a share ("40% of the
# 1,800 troops") or a possession ("has about 500,000 troops"), a subset's opener ("among them"), a projection.
PARENTHESIS_WINDOW = FORECAST_WINDOW = 60
SHARE_WINDOW = POSSESSION_WINDOW = SUBSET_OPENER_WINDOW = 40
VERB_WINDOW = 20  # a verb right before a number, whose object it is: "killed 37 people"

# "freed 37 abducted students": a release verb right before the number beats captivity in its phrase.
_RELEASED_BEFORE = regex.compile(
    rf"(?r)\b(?:{alternation(RELEASE_BEFORE, tree=False)})\s+(?:(?:{HEDGES})\s+)?$", regex.I
)
_SUBSET = regex.compile(r"\s*of\s+(?:them|whom|those)\b")
_OF_POSSESSIVE = regex.compile(r"\s*(?:more\s+)?of\s+(?:its|their|our)\b")
# Patterns anchored at the end ($) carry (?r): the regex module then searches from the end.
# "of its roughly 2,400 soldiers": whose they are stands just before the number
_POSSESSIVE_BEFORE = regex.compile(r"(?r)\b(?:its|their|our)\s+(?:[a-z]+\s+){0,2}$")
# A line that points to another story ("Related: ...", "Read more: ..."): its numbers are that story's.
_LINK_LINE = regex.compile(rf"^\W*(?:{alternation(LINK_LABELS)})\s*[:|–—-]", regex.I)
_BASE_OF_SHARE = regex.compile(
    r"(?r)(?:%|\bper\s*cent|\bpercent)\s+of\s+(?:the|its|their|all\s+the)?\s*(?:[a-z]+\s+)?$"
)
_SUBSET_OPENER = regex.compile(
    r"(?r)\b(?:among\s+(?:them|whom|those)|including|of\s+whom)\s+(?:[\w,-]+\s+){0,4}$", regex.I
)
_IN_PARENTHESIS = regex.compile(r"(?r)(?:,\s*|\()(?:including|among\s+them|among\s+whom)\s+(?:[\w-]+\s+){0,2}$")
# Between two coordinated numbers: "76 soldiers and 45 civilians", "200 prisoners in Kherson and 50 in ..."
_COORDINATION = regex.compile(r"(?:\s+(?:of|from|in)\s+[\w'’ -]{1,30}?)?\s*(?:,|and|or|,\s*and)\s*")
_AND_ONLY = regex.compile(r"\s*(?:,\s*)?(?:and\s+)?")
_SPACES = regex.compile(r"\s+")
# a release only asked for, in the same clause: the people are still held
_RELEASE_SOUGHT = regex.compile(rf"\b(?:{alternation(RELEASE_SOUGHT, tree=False)})\b[^.;:]*$", regex.I)


@dataclass
class Reading:
    """A number mention read as a figure, before attribution. Offsets are sentence-relative."""

    mention: NumberMention
    category: str | None
    qualifier: str
    unit: str
    subject: str
    side: str | None
    span_start: int
    span_end: int
    own_cue: bool = False  # the category came from the number's own words or predicate
    head_kind: str | None = None  # "force", "people", "thing" (tanks, km) or "category" (deaths)
    blocked: bool = False  # its predicate says it is no war figure ("600,000 people displaced")
    enlisted: bool = False  # `deployed` because they were made soldiers ("450,000 people mobilised")
    described: bool = False  # its category is an adjective of the people ("22 badly wounded servicemen")
    inherited: bool = False  # its category came from the number before it
    side_after: str | None = None  # the first side named after the figure: a weaker guess
    refers_back: bool = False  # "of its soldiers" with no owner in the sentence: the article's last side
    side_follows: bool = False  # a subset or an elliptical number: its side is the number's before it
    shares_predicate: bool = False  # "76 soldiers and 45 civilians were killed": 76 takes the shared verb

    def take(self, category: str | None) -> None:
        """Set the category; "none" blocks the figure, "enlisted" makes it `deployed`."""
        self.category = category
        if category == "none":
            self.category, self.blocked = None, True
        if category == "enlisted":
            self.category, self.enlisted = "deployed", True


def read_sentence(
    text: str, mentions: list[NumberMention], claimant_spans: list[tuple[int, int]], topic: str | None = None
) -> list[Reading]:
    """Read each number mention of one sentence; returns figures only (non-figures dropped).

    The steps, in order (the module docstring lists how a category is decided):
    1. read each number on its own: its words, noun phrase and predicate (``_read``);
    2. a number with no predicate takes the next coordinated number's (``_share_predicates``);
    3. one still without a category takes the nearest cue before it (``_take_left_cues``);
    4. then a parallel number's category (``_inherit_from_parallel``);
    5. keep the figures: the paragraph's ``topic`` or a force noun settles the rest, and
       numbers that count no one, shares of no force and forecasts go (``_is_figure``);
       each figure gets its side (``_place_side``);
    6. a number after "and" shares the hedge of the one before it (``share_qualifiers``).

    ``topic`` is the category of the figures just before this sentence in the same
    paragraph; a number nothing else speaks for takes it ("that group was made up of
    270 soldiers" after a sentence about an exchange).
    """
    if _LINK_LINE.match(text):
        return []  # "Related: ... kills 51": another story's headline
    text = _HASHTAG.sub(" ", text)  # "3 more #insurgents killed near #Tesk": the words, offsets kept
    readings = [reading for mention in mentions if (reading := _read(text, mention, claimant_spans))]
    _share_predicates(text, readings)
    _take_left_cues(text, readings)
    _inherit_from_parallel(text, readings)
    parts_of_wholes(text, readings)
    if topic == "killed" and _CASUALTIES_INCLUDE.search(text):
        for reading in readings:  # "The strikes killed 104. The casualties include 22 women": the dead
            if reading.category == "casualties" and not reading.own_cue:
                reading.category = "killed"
    forecast_sentence = bool(cues.PATTERNS.forecast.search(text))
    figures: list[Reading] = []
    for reading in readings:
        if _is_figure(text, reading, topic, forecast_sentence):
            _place_side(text, reading, figures, claimant_spans)
            figures.append(reading)
    share_qualifiers(text, figures)
    return figures


_HASHTAG = regex.compile(r"#(?=[A-Za-z])")
# "casualties" as a word for the dead a sentence before counted: "The casualties include 22 women"
_CASUALTIES_INCLUDE = regex.compile(r"\bcasualties\s+(?:include|included|including|were|are)\b", regex.I)


def _read(text: str, mention: NumberMention, claimant_spans) -> Reading | None:
    """One number on its own: its hedge, noun phrase, category from its own words, and side."""
    before, after = text[: mention.start], text[mention.end :]
    if is_not_a_figure(mention, before, after, claimant_spans) or is_share_or_ratio(mention, before, after):
        return None
    hedge, span_start = qualifier(mention, before, after)
    trailing_hedge = HEDGE_AFTER.match(after)
    if trailing_hedge:  # "100 or more civilians": the noun phrase follows the hedge
        after = after[trailing_hedge.end() :]
    mention_end = mention.end + (trailing_hedge.end() if trailing_hedge else 0)
    head = noun_phrase_after(after)
    head_kind = next(k for k in ("force", "people", "thing", "category") if head.group(k)) if head else None
    if head_kind is None and mention.text.lower() in ("one", "a"):
        return None  # "in one case": a lone "one" counts nobody
    if mention.strength:
        head_kind = "force"
    subject_end = mention_end + head.end() if head else mention_end
    hedge = _hedge_after_noun(after, head, hedge)
    in_parenthesis = bool(_IN_PARENTHESIS.search(before[-PARENTHESIS_WINDOW:]))
    words = after.lower() if title_case(text) else after  # "31 Border Guards Killed In Dawn Raid"
    category, own = direct_or_predicate(words, head, in_parenthesis=in_parenthesis)
    if head is not None and head["head"].lower() == "names":
        # a list of names counts the dead when the sentence says so ("list of victims holds 8,372 names")
        category, own = ("killed", True) if counts_the_named_dead(text) else ("none", False)
    if _BASE_OF_SHARE.search(before[-SHARE_WINDOW:]):
        category, own = _base_of_share(head, head_kind, category, own)
    reading = Reading(
        mention=mention, category=None, qualifier=hedge, unit="percent" if mention.percent else "people",
        subject=_subject(text[mention_end:subject_end]),
        side=side_of_phrase(
            text[mention.start : subject_end], after[head.end() if head else 0 :], people=head_kind == "people",
            before=before,
        ),
        span_start=span_start, span_end=max(subject_end, mention.end), own_cue=own, head_kind=head_kind,
    )  # fmt: skip
    reading.take(category)
    if (
        category == "captured"
        and _RELEASED_BEFORE.search(before[-POSSESSION_WINDOW:])
        and not _RELEASE_SOUGHT.search(before[-POSSESSION_WINDOW:])
    ):
        reading.category = "exchanged"  # "the release of 94 people held by armed groups"
    reading.described = category == "wounded" and described_as_wounded(head)
    if category is None and head_kind == "force" and possessed_force(before[-POSSESSION_WINDOW:]):
        reading.category, reading.own_cue = "deployed", True  # "Ukraine has about 500,000 troops"
    if (
        reading.category is None
        and head is not None
        and head["head"].lower() == "lives"
        and _TOOK_BEFORE.search(before)
    ):
        reading.category = "killed"  # "the fighting has claimed over 3,800 lives"
    if mention.strength:
        reading.category = "deployed"
    if reading.category is None and (head is None or head_kind == "people"):
        _take_label(before, reading)  # "Killed: 41", "Displaced: about 40,000 people"
    return reading


# People a word of harm names as the base of a share: "61% of the 900 dead"
_COUNTED_AS = frozenset({"dead", "wounded", "injured", "killed"})
# A hedge set after the noun: "73 villagers at least", "40 soldiers or more" (not "and more", which may
# join a second noun)
_HEDGE_AFTER_NOUN = regex.compile(
    rf"\s+(?P<hedge>{alternation(h for h in QUALIFIER_AFTER_NUMBER if h.startswith(('at ', 'or ')))})\b", regex.I
)


# Verbs that take lives, right before the number (and its hedge): "has claimed over 3,800 lives"
_TOOK_BEFORE = regex.compile(
    rf"(?r)\b(?:claimed|claiming|claims|claim|cost|costing|costs|took|taking|takes|taken)\s+(?:(?:{HEDGES})\s+)?$",
    regex.I,
)


def _base_of_share(head, head_kind: str | None, category: str | None, own: bool) -> tuple[str | None, bool]:
    """ "40% of the 1,800 troops were wounded": the troops are the base of the share, not the wounded;
    "61% of the 900 dead were women": the dead are."""
    if head_kind == "force":
        return "deployed", True
    if head_kind == "category" or (head is not None and head["head"].lower() in _COUNTED_AS):
        return category, own
    return None, False


def _hedge_after_noun(after: str, head, hedge: str) -> str:
    """A hedge set after the noun: "Another 73 villagers at least are missing"."""
    late = _HEDGE_AFTER_NOUN.match(after, head.end()) if head and hedge == "exact" else None
    return QUALIFIER_AFTER_NUMBER[" ".join(late["hedge"].lower().split())] if late else hedge


def _take_label(before: str, reading: Reading) -> None:
    """A number after "<label>:" counts what the label says, as its own words would."""
    if category := label_category(before, reading.mention.percent):
        reading.take(category)  # "Residents evacuated: 7,600" blocks the figure
        reading.own_cue = True
        if reading.qualifier == "exact":
            reading.qualifier = label_hedge(before) or reading.qualifier  # "Prisoners freed (approx.): 1,800"


def _share_predicates(text: str, readings: list[Reading]) -> None:
    """'76 soldiers and 45 civilians were killed': the first number takes the second's predicate."""
    # "12 died, five of them soldiers and seven civilians, and 40 were hurt": the subsets are the dead's
    subsets: set[int] = set()
    for i, reading in enumerate(readings):
        between = text[readings[i - 1].span_end : reading.span_start] if i else ""
        if _SUBSET.match(text, reading.mention.end) or (i - 1 in subsets and _AND_ONLY.fullmatch(between)):
            subsets.add(i)
    for i in range(len(readings) - 2, -1, -1):
        current, following = readings[i], readings[i + 1]
        if current.category is not None or current.blocked or not following.own_cue or i in subsets:
            continue
        if current.mention.percent != following.mention.percent:
            continue  # "sent 11,000 troops and 20% were killed"
        if _SUBSET_OPENER.search(text, max(0, current.span_start - SUBSET_OPENER_WINDOW), current.span_start):
            continue  # "1,190 deaths, among them 436 civilians and ...": a subset takes its group's category
        verb_before = text[
            max(readings[i - 1].span_end if i else 0, current.span_start - VERB_WINDOW) : current.span_start
        ]
        if "," not in verb_before and left_cue(verb_before, 0, len(verb_before), current.mention.percent):
            continue  # "the bombing killed 37 people and 212 were admitted to hospital": its own verb before it
        between = text[current.span_end : following.span_start]
        if MORE.match(text, following.mention.end):
            continue  # "lost one peacekeeper, and four more of its peacekeepers were wounded": two clauses
        if _COORDINATION.fullmatch(between):
            current.category = following.category
            current.own_cue = True
            current.shares_predicate = True


_SERVING_AFTER = regex.compile(r"\s*(?:serving|stationed|deployed|based|posted|operating)\b", regex.I)


def _take_left_cues(text: str, readings: list[Reading]) -> None:
    """A number its own words leave without a category takes the nearest cue before it in its clause."""
    for index, reading in enumerate(readings):
        previous = readings[index - 1] if index else None
        start = previous.span_end if previous is not None else 0
        if previous and previous.head_kind == "thing" and not reading.head_kind and MORE.match(text, reading.span_end):
            reading.head_kind, reading.category = "thing", None  # "87 drones were shot down and 62 more were lost"
        if reading.described and not predicate_follows(text[reading.span_end :]):
            # "handed over 22 badly wounded servicemen": what was done to them counts, not their wounds
            done = left_cue(text, start, reading.span_start, reading.mention.percent)
            if done in ("exchanged", "captured"):
                reading.category = done
        if reading.category == "deployed" and _SERVING_AFTER.match(text, reading.span_end):
            # "Malawi, which lost three soldiers serving with the force": whom the verb counts, where they served
            done = left_cue(text, max(start, reading.span_start - VERB_WINDOW), reading.span_start, False)
            reading.category = done if done not in (None, "deployed", "none", "enlisted") else reading.category
        if reading.category is not None or reading.blocked or reading.head_kind == "thing":
            continue
        cue = left_cue(text, start, reading.span_start, reading.mention.percent)
        if previous is not None and previous.head_kind == "thing" and reading.head_kind is None:
            if cue in (None, "casualties"):  # "3,100 tanks ..., it had lost 2,200": things lost, too
                continue  # "14 tanks and 3 more": the number after a thing counts things; not "3 blasts wounded 12"
        reading.take(cue)


def _inherit_from_parallel(text: str, readings: list[Reading]) -> None:
    """'429,660 casualties, up from 252,940': a number nothing speaks for takes its neighbour's category;
    a country's label skips a count of things ("11,000 troops from five countries: Uganda (4,500)")."""
    for i in range(1, len(readings)):
        current, previous = readings[i], readings[i - 1]
        if current.category is not None or current.blocked or current.head_kind == "thing":
            continue
        if current.head_kind == "people" and own_passive(text, current.span_end):
            continue  # "..., adding that 12 000 residents had been secured": their own verb, no cue
        labelled = LABELLED.search(text, max(0, current.span_start - LABEL_WINDOW), current.span_start)
        previous = readings[i - 2] if previous.head_kind == "thing" and i > 1 and labelled else previous
        parallel = previous.category and previous.head_kind != "thing"
        if not parallel or current.mention.percent != previous.mention.percent:
            continue
        if ";" in text[previous.span_end : current.span_start]:
            continue  # "... were killed that day; about 30,000 Thais work in Israel"
        current.category = previous.category
        current.inherited = True


def _is_figure(text: str, reading: Reading, topic: str | None, forecast_sentence: bool) -> bool:
    """Settle the category from the topic or a force noun; whether the reading is a war figure."""
    if reading.blocked or reading.head_kind == "thing":
        return False
    # a share takes no topic: "about 17% were former prisoners" is make-up, not a loss rate
    inherits_topic = topic and reading.head_kind in ("force", "people", None) and not reading.mention.percent
    if reading.category is None and inherits_topic:
        reading.category = topic
    if reading.category is None and reading.head_kind == "force":
        reading.category = "deployed"
    if reading.category is None:
        return False
    if (
        reading.category == "deployed"
        and reading.head_kind == "people"
        and not reading.mention.strength
        and not reading.enlisted
    ):
        return False
    if reading.mention.percent and reading.category in ("deployed", "exchanged"):
        return False
    return not (
        forecast_sentence
        and (
            cues.PATTERNS.forecast.search(text[reading.mention.end :])
            or cues.PATTERNS.forecast_before.search(
                text, max(0, reading.span_start - FORECAST_WINDOW), reading.span_start
            )
        )
    )


def _place_side(text: str, reading: Reading, figures: list[Reading], claimant_spans) -> None:
    """Whose people a figure counts, from the sentence; a subset or an elliptical number takes the last figure's."""
    after = text[reading.mention.end :]
    subset = bool(_SUBSET.match(after))
    if reading.side == UN_FORCE:  # "India keeps about 5,000 peacekeepers there": India's, not the UN's
        named = side_in_context(text, reading.mention.start, reading.span_end, claimant_spans, False, False)
        under_un = un_named_before(text, reading.mention.start)  # "whose troops serve with the UN mission"
        reading.side = named if named and named != MIXED and not under_un else "United Nations"
    if reading.side is None and subset:
        reading.side = figures[-1].side if figures else None  # "two of them": the group's side
        reading.side_follows = True
    elif reading.side is None:
        elliptical = (reading.inherited or reading.head_kind is None) and figures
        possessive = bool(_OF_POSSESSIVE.match(after) or _POSSESSIVE_BEFORE.search(text, 0, reading.mention.start))
        reading.side = side_in_context(
            text,
            reading.mention.start,
            reading.span_end,
            claimant_spans,
            reading.head_kind == "people",
            possessive,
            force=reading.head_kind == "force",
            window_start=figures[-1].span_end if elliptical else 0,
        )
        if reading.side is None and elliptical:
            reading.side = figures[-1].side  # "429,660 casualties, up from 252,940"
            reading.side_follows = True
        if reading.side is None:
            reading.side_after = side_after(text, reading.span_end, claimant_spans, reading.head_kind == "people")
        reading.refers_back = possessive and reading.side is None  # "500 of its soldiers"
    if not reading.subject and figures and (reading.inherited or reading.side_follows or subset):
        reading.subject = figures[-1].subject  # "252,940" after "429,660 casualties" counts casualties too


def _subject(subject_text: str) -> str:
    return _SPACES.sub(" ", subject_text).strip(' ,.;:"“”')
