"""Numbers that count no one: dates, years, ages, money, labels, ordinals, ratios and shares.

``is_not_a_figure`` asks each check of ``VETOES`` in turn; one that says yes drops the
number. Each check sees the number, the words just before it and the rest of the
sentence after it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from . import category_cues as cues
from .categories import first_noun_phrase
from .lexicon.categories import AGE_GROUPS, AGED_PEOPLE, FATE_PARTICIPLES, GATHERING_NOUNS, HARM_WORDS
from .lexicon.hedges import APPROXIMATE, AT_LEAST, AT_MOST
from .lexicon.numbers import FRACTION_DENOMINATORS, MULTIPLIER_FOLLOWERS, ODDS_NOUNS, SHARE_VERBS, UNITS
from .lexicon.places import LAND_NAME_ENDS, LAND_NOUNS
from .numbers import NumberMention
from .patterns import alternation

# Every check looks at most this many characters before the number.
BEFORE_WINDOW = 80
# "wounded about 390,000 times": how far back a word of harm turns "times" into a count.
HURT_WINDOW = 50


@dataclass(frozen=True)
class NumberContext:
    """A number mention with the text around it, as the checks read it."""

    mention: NumberMention
    before: str  # the last BEFORE_WINDOW characters before the number
    after: str  # the rest of the sentence after it
    claimant_spans: list[tuple[int, int]]

    @property
    def year(self) -> bool:
        return self.mention.value is not None and bool(_YEAR.match(self.mention.text))


# Patterns anchored at the end ($) carry (?r): the regex module then searches from the end.
_YEAR = regex.compile(r"^(?:1[89]|20)\d\d$")
_TIME_PREPOSITION_BEFORE = regex.compile(
    r"(?r)\b(?:in|since|by|until|till|from|before|after|during|through|throughout|of|early|late|mid)\s+$", regex.I
)
_TIME_AFTER = regex.compile(
    rf"""^\s*(?:{cues.MONTH_NAMES})\b|^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|BST)
    |^\s*-?(?:year|month|week|day|hour|minute)s?(?:-old)?\b
    |^\s*(?:years?|months?|weeks?|days?|hours?|decades?)\s+(?:old|ago|earlier|later|after|before|of)\b
    |^\s*ago\b                                        # "a year or two ago"
    |^\s*(?:,|or|to|and)\s*\d{{1,2}}\s+years?\s+old\b   # "they are 45, 50 years old"
    |^\s*(?:st|nd|rd|th)\b""",
    regex.I | regex.X,
)
_NUMBER_LABEL = regex.compile(r"(?r)(?:^|\s)(?:\w+-)?(?:No|no|number|Number)\.?\s*$")
_ORDINAL_SUFFIX = regex.compile(r"^(?:-|\s)?(?:th|st|nd|rd)\b")
_SOURCE_COUNT_BEFORE = regex.compile(
    r"(?r)\b(?:according\s+to|citing|quoting|interviews?\s+with|interviewed|surveyed|(?:a\s+)?survey\s+of|spoke\s+"
    r"(?:to|with)|testimon(?:y|ies)\s+(?:of|from))\s+(?:(?:some|about|around|nearly|more\s+than|over)\s+)?$",
    regex.I,
)
_AGE_BETWEEN_COMMAS = regex.compile(r"(?r)[A-Z][\w'’-]+,\s*$")
_ONE_IN_BEFORE = regex.compile(r"(?r)\b(?:one|\d+)\s+in\s+$", regex.I)
_TIMES_AFTER = regex.compile(rf"^\s*times\b(?!\s+(?:{alternation(MULTIPLIER_FOLLOWERS)})\b)", regex.I)
_HURT_BEFORE = regex.compile(rf"\b(?:{alternation(HARM_WORDS)})\b[^.;,]*$", regex.I)
# "the youngest of the freed men was 19 and the oldest 63", "a man aged 45": ages
_AGE_BEFORE = regex.compile(
    rf"""(?r)\b(?:(?:youngest|oldest)\b[^.;,]{{0,40}}?(?:\s(?:was|were|is|are))?|aged
    |aged\s+(?:\d+\s*,\s*)*\d+\s*,?\s*(?:and|or|to)?       # "aged 2, 5 and 11": each an age
    |(?:{alternation(AGE_GROUPS, tree=False)})\s+(?:aged\s+)?(?:under|over|below|above|younger\s+than|older\s+than)
    |\bage\s+of                                             # "children under the age of five"
    |\bas\s+(?:young|old)\s+as                                # "children as young as eight"
    |(?:{alternation(AGED_PEOPLE, tree=False)})\s+of)\s*$    # "a boy of 8" """,
    regex.I | regex.X,
)
# One person and a bare number: "One of the men is 20 and the other 26", "he was 19."
_ONE_PERSON_IS = regex.compile(
    r"(?r)\b(?:(?:one\s+of\s+(?:the|them)(?:\s+[a-z]+)?|he|she)\s+(?:is|was)(?:\s+aged)?|the\s+other)\s+$", regex.I
)
_BARE_END = regex.compile(r"^\s*(?:[,.;)]|and\b|$)")
_DEFINITE_BEFORE = regex.compile(r"(?r)\b(?:the|these|those|both)\s+$", regex.I)
_ONE_NOT_FIGURE = regex.compile(r"^\s*(?:of|another|way|more\s+time|day|time)\b|^-", regex.I)
# "one of its workers had been killed" counts one (unlike "one of them", a pronoun)
_ONE_OF_THEM_HURT = regex.compile(
    rf"""^\s*of\s+(?:its|their|his|her|our|the)\s+(?:[\w-]+\s+){{1,3}}?   # "of its aid workers"
    (?:had\s+been|has\s+been|was|were|is)\s+
    (?:\w+ly\s+)?(?:{alternation(FATE_PARTICIPLES)})\b""",
    regex.I | regex.X,
)


def _inside_a_claimant(c: NumberContext) -> bool:
    return any(start <= c.mention.start < end for start, end in c.claimant_spans)  # "Group of Seven"


def _time_or_money(c: NumberContext) -> bool:
    patterns = cues.PATTERNS
    return bool(
        _TIME_AFTER.match(c.after) or patterns.time_before.search(c.before) or patterns.money_after.match(c.after)
    )


def _year(c: NumberContext) -> bool:
    """A year, alone or before a noun phrase: "The 1994 war killed about 6,000 fighters"."""
    if not c.year:
        return False
    if _TIME_PREPOSITION_BEFORE.search(c.before):
        return True  # "the war in 2020 killed 6,500 people"
    year_head = first_noun_phrase(c.after)
    return year_head is None or bool(year_head.group("mods").strip())


def _lone_one(c: NumberContext) -> bool:
    """ "one of", "one way", "one day": a word, not a count (but "one of its workers had been killed")."""
    mention = c.mention
    return (
        mention.value is not None
        and mention.text.lower() in ("one", "a")
        and bool(_ONE_NOT_FIGURE.match(c.after))
        and not _ONE_OF_THEM_HURT.match(c.after)
    )


# "three quarters of them", "two-thirds of the troops": a fraction, not a count.
_FRACTION_AFTER = regex.compile(rf"^\s*-?(?:{alternation(FRACTION_DENOMINATORS)})\b", regex.I)


# A hedge before a number, read back from it: "about", "more than", "nearly".
_HEDGE = rf"(?:{alternation([*APPROXIMATE, *AT_LEAST, *AT_MOST], tree=False)})\s+"
# "a crowd of about 10,000 citizens": the size of a gathering, not a count of war's people.
_GATHERING_BEFORE = regex.compile(
    rf"(?r)\b(?:{alternation(GATHERING_NOUNS, tree=False)})\s+of\s+(?:{_HEDGE})?$",
    regex.I,
)


def _gathering(c: NumberContext) -> bool:
    return bool(_GATHERING_BEFORE.search(c.before))


def _fraction_word(c: NumberContext) -> bool:
    return bool(_FRACTION_AFTER.match(c.after))


def _fraction_of_a_person(c: NumberContext) -> bool:
    """ "2.5 soldiers" is not a count; "2.5 million" is."""
    mention = c.mention
    return (
        mention.value is not None
        and mention.value != int(mention.value)
        and not mention.percent
        and mention.value < 1000
    )


def _label_or_ordinal(c: NumberContext) -> bool:
    return bool(_NUMBER_LABEL.search(c.before) or _ORDINAL_SUFFIX.match(c.after))  # "No. 5", "5th"


def _range_of_years(c: NumberContext) -> bool:
    """ "between 2014 and 2022"."""
    mention = c.mention
    return (
        mention.is_range
        and bool(_YEAR.match(str(int(mention.low))))
        and bool(_YEAR.match(str(int(mention.high))))
        and "," not in mention.text
    )


def _count_of_sources(c: NumberContext) -> bool:
    return bool(_SOURCE_COUNT_BEFORE.search(c.before))  # "according to four sources", "interviews with 300 survivors"


def _age_or_ratio(c: NumberContext) -> bool:
    """ "Min Aung Hlaing, 67, said", "a man aged 45"; "one in four casualties" is a ratio."""
    if _AGE_BETWEEN_COMMAS.search(c.before) and c.after.lstrip().startswith(","):
        return True
    if _ONE_PERSON_IS.search(c.before) and _BARE_END.match(c.after):
        return True  # "One of the men is 20 and the other 26"
    return bool(_AGE_BEFORE.search(c.before) or _ONE_IN_BEFORE.search(c.before))


def _times(c: NumberContext) -> bool:
    """ "attacked more than 200 times"; but "wounded about 390,000 times" counts woundings."""
    return bool(_TIMES_AFTER.match(c.after)) and not _HURT_BEFORE.search(c.before[-HURT_WINDOW:])


def _counted_already(c: NumberContext) -> bool:
    """ "the six generals", "the two sides": people counted already."""
    mention = c.mention
    return (
        mention.value is not None
        and mention.value <= 10
        and not mention.text[:1].isdigit()
        and bool(_DEFINITE_BEFORE.search(c.before))
    )


VETOES: tuple[Callable[[NumberContext], bool], ...] = (
    _inside_a_claimant,
    _time_or_money,
    _year,
    _lone_one,
    _fraction_of_a_person,
    _fraction_word,
    _gathering,
    _label_or_ordinal,
    _range_of_years,
    _count_of_sources,
    _age_or_ratio,
    _times,
    _counted_already,
)


def is_not_a_figure(mention: NumberMention, before: str, after: str, claimant_spans: list[tuple[int, int]]) -> bool:
    """Whether one of the checks in ``VETOES`` says the number counts no one. Vague amounts always count."""
    if mention.vague:
        return False
    context = NumberContext(mention, before[-BEFORE_WINDOW:], after, claimant_spans)
    return any(veto(context) for veto in VETOES)


# ---------------------------------------------------------------- shares and ratios

_TWO_TO_TEN = alternation(word for word, value in UNITS.items() if 2 <= value <= 10)
_MULTIPLIER = regex.compile(
    rf"""^\s*times\s+(?:{alternation(MULTIPLIER_FOLLOWERS)})\b|^\s*-fold\b     # "three times the number", "a 3-fold"
    |^\s*(?:{alternation(ODDS_NOUNS)})\b                 # "a 95% confidence interval" is no share of anyone
    |^\s*in\s+(?:\d+|every|{_TWO_TO_TEN})\b    # "one in four casualties": a ratio""",
    regex.I | regex.X,
)
_SHARE_OF_MONEY = regex.compile(
    r"^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[$£€]|US\$|\d[\d.,]*\s*(?:billion|million|bn|m)\b)"
)
# "86 percent of the Gaza Strip": a share of land, not of a force.
_SHARE_OF_LAND = regex.compile(
    rf"""^\s*of\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+){{1,3}}(?:{alternation(LAND_NAME_ENDS)})   # "of the Gaza Strip"
    |(?:its|their|the)\s+(?:{alternation(LAND_NOUNS)})|territory|land)\b""",
    regex.X,
)


# "... accounted for 51% of ...", "women account for a fifth and children for roughly 7%": a share given.
_SHARE_VERB = regex.compile(rf"\b(?:{alternation(SHARE_VERBS)})\b", regex.I)
_SHARE_GIVEN = regex.compile(rf"(?r)\b(?:{alternation(SHARE_VERBS, tree=False)})\s+(?:{_HEDGE})?$", regex.I)
# The same kind of share again, its verb left out: "..., and children for 7%", "..., compared with 39% in May".
_SHARE_AGAIN = regex.compile(
    rf"(?r)\b(?:for|compared\s+(?:with|to)|against|up\s+from|down\s+from)\s+(?:{_HEDGE})?$", regex.I
)


# A rate of change, not a share of anyone: "running about 30 per cent above the level of a year earlier"
_CHANGE_AFTER = regex.compile(
    r"^\s*(?:above|below|higher|lower|up|down|more\s+than|fewer\s+than|less\s+than)\b", regex.I
)


def _share_given(before: str) -> bool:
    """A share a verb of make-up gives, or gives again with the verb left out."""
    return bool(_SHARE_GIVEN.search(before) or (_SHARE_AGAIN.search(before) and _SHARE_VERB.search(before)))


def is_share_or_ratio(mention: NumberMention, before: str, after: str) -> bool:
    """A share of a toll, of money or of land, a multiplier or a ratio: no count of people."""
    if mention.percent and (
        cues.PATTERNS.makeup.match(after)
        or _SHARE_OF_MONEY.match(after)
        or _SHARE_OF_LAND.match(after)
        or _share_given(before)
        or _CHANGE_AFTER.match(after)
        or cues.PATTERNS.makeup_before.search(before[-40:])
    ):
        return True  # "30 per cent above last year", "Most of the casualties, 86 per cent, were ..."
    return bool(_MULTIPLIER.match(after))
