"""Number phrases: digits, number words, ranges, open bounds, percentages and vague amounts.

``find_numbers`` scans text once with a single compiled pattern and returns every
number mention with its parsed value and character span. It knows nothing about
what the number counts; ``figures`` decides that.

>>> [(m.text, m.value) for m in find_numbers("some 11,000 troops and two North Koreans")]
[('11,000', 11000.0), ('two', 2.0)]
>>> m = find_numbers("between 10,000 and 12,000 troops")[0]
>>> (m.low, m.high, m.value)
(10000.0, 12000.0, None)
>>> find_numbers("1.2m casualties")[0].value
1200000.0
>>> find_numbers("tens of thousands of people")[0].vague
True
>>> find_numbers("five thousand, six hundred soldiers")[0].value
5600.0
>>> [(m.text, m.value) for m in find_numbers("some 40 000 troops, three thousand and 412 of them")]
[('40 000', 40000.0), ('three thousand and 412', 3412.0)]
>>> m = find_numbers("50 or more soldiers")[0]
>>> (m.text, m.value, m.bound)
('50 or more', 50.0, 'at_least')
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from .lexicon.categories import MANNED_UNITS
from .lexicon.hedges import QUALIFIER_AFTER_NUMBER, QUALIFIER_BY_HEDGE
from .lexicon.numbers import (
    CHANGE_WORDS,
    DOZEN,
    FRACTIONS,
    PHRASE_VALUES,
    RANGE_JOINS,
    SCALE_SUFFIXES,
    SCALES,
    TENS,
    UNITS,
    VAGUE_AMOUNTS,
)
from .number_words import compound_value, digits_value
from .patterns import alternation

_SPACES = regex.compile(r"\s+")


@dataclass(frozen=True)
class NumberMention:
    """One number phrase in the text: ``text[start:end]`` is the phrase itself."""

    start: int
    end: int
    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    percent: bool = False
    vague: bool = False
    strength: bool = False  # "a 50,000-strong force"
    bound: str | None = None  # the qualifier of an open bound after the number: "50 or more"

    @property
    def is_range(self) -> bool:
        return self.low is not None and self.high is not None


_UNIT_WORDS = alternation(list(UNITS))
_TEN_WORDS = alternation(list(TENS))
_SCALE_WORDS = alternation(list(SCALES))
_BIG_SCALE_WORDS = alternation([word for word, scale in SCALES.items() if scale >= 1_000])
_COUNT_WORDS = alternation([*UNITS, *TENS, *SCALES, *DOZEN])
_PHRASES = alternation(list(PHRASE_VALUES))
_FRACTION_WORDS = alternation(list(FRACTIONS))
_SUFFIXES = alternation(list(SCALE_SUFFIXES))
_SPACED_SUFFIXES = alternation([suffix for suffix in SCALE_SUFFIXES if len(suffix) > 1])  # not "5 m", metres

# Digits as news text groups them; ``number_words._TOKEN`` reads the same groupings.
_DIGITS = r"""(?:
    [1-9]\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d.,]?\d)  # 40 000, 1 234 567 (spaces, no-break spaces)
  | \d{1,2}(?:,\d{2})+,\d{3}(?![\d]|[.,]\d)               # 1,50,000 (lakh grouping)
  | \d{1,3}(?:,\d{3})+(?:\.\d+)?                           # 11,000
  | [1-9]\d{0,2}(?:\.\d{3}){2,}(?![\d]|[.,]\d)             # 1.234.567
  | \d{1,3},\d{1,2}(?=\s*(?:million|billion|thousand|lakh|crore|mln|bn)\b) # 3,5 million
  | \d+[½¼¾]                                                # 1½
  | \d+(?:\.\d+)?                                           # 300 / 2.5
)"""
# The first word of a compound number: digits, a number word, "a" before a scale word or
# a dozen ("a thousand"), or a bare "hundred" before a larger scale or "and" ("hundred thousand").
_LEAD = rf"""(?:{_DIGITS}
  | (?:{_TEN_WORDS}|{_UNIT_WORDS})\b
  | an?(?=[\s-]+(?:{_SCALE_WORDS}|dozen)\b)
  | hundred(?=[\s-]+(?:{_BIG_SCALE_WORDS}|and\s+(?:{_TEN_WORDS}|{_UNIT_WORDS}|\d))\b))"""
# What may follow inside one number: more number words or digits, joined by spaces,
# hyphens beside a word ("forty-one", "38-thousand-700"; "20-30" is a range), "and",
# a comma, or "and a" before a half ("five and a half million").
_JOIN = r"(?:,?(?:\s+|-)and(?:\s+|-)(?:an?(?:\s+|-)(?=half\b|quarter\b))?|(?<=[a-z])-|-(?=[a-z])|,\s+|\s+)"
_PART = rf"(?:{_DIGITS}|(?:{_COUNT_WORDS}|half|quarter)\b)"

_NUMBER = rf"""
    (?:
        (?P<fraction>{_FRACTION_WORDS})[\s-]+(?:of[\s-]+)?(?:(?:an?|one)[\s-]+)?   # half a million, a quarter million
        (?P<fraction_scale>{_SCALE_WORDS}|dozen)\b
      | (?P<phrase>{_PHRASES})\b
      | (?P<compound>{_LEAD}(?:{_JOIN}{_PART})*)(?!\w|\s(?:{_SPACED_SUFFIXES})\b)   # 3 thousand and 412, fifty two
      | (?P<digits>{_DIGITS})(?P<suffix>(?<=\d)(?:{_SUFFIXES})|\s(?:{_SPACED_SUFFIXES}))\b  # 1.2m, 40k, 1.2b, 3 mln
    )
"""
_VAGUE = alternation(list(VAGUE_AMOUNTS))
_PERCENT = r"\s*(?:%|per\s*cent\b|percent\b)"
_PERCENT_AFTER = regex.compile(_PERCENT, regex.I)
# "20-30", "20~30"; "20 to 30", "20 through 30" (only a word may take a hedge after it: "to over 30")
_RANGE_DASH = r"\s*(?:-|–|—|~)\s*"
_RANGE_WORD = rf"\s+(?:{alternation(RANGE_JOINS)})\s+"
_HEDGE = alternation(QUALIFIER_BY_HEDGE)
_HEDGE_BACKWARDS = alternation(QUALIFIER_BY_HEDGE, tree=False)  # for patterns read from the end
_AT_LEAST = alternation([p for p, q in QUALIFIER_BY_HEDGE.items() if q == "at_least" and " " in p])
_AT_MOST = alternation([p for p, q in QUALIFIER_BY_HEDGE.items() if q == "at_most" and " " in p])
# An open bound right after the number, not a hedge of the next one: "50 or more", but
# not "50 and over 100 wounded" or "50 and more than 100".
_BOUND = rf"""(?:
    \s*(?P<plus>\+)
  | (?P<glued>{alternation([p for p in QUALIFIER_AFTER_NUMBER if p.startswith("-")])})\b
  | \s+(?P<spaced>{alternation([p for p in QUALIFIER_AFTER_NUMBER if not p.startswith("-")])})\b
) (?!\s*(?:\d|than\b|to\b|of\b|(?:{_COUNT_WORDS})\b))"""


def _numbered(prefix: str) -> str:
    """The number pattern with its groups renamed, for a second use in one pattern."""
    return _NUMBER.replace("?P<", f"?P<{prefix}_")


_MANNED_UNITS = alternation(MANNED_UNITS)  # "a 600-man battalion", not "a 12-member jury"
_NOT_INSIDE = r"(?<![\w$£€¥₹.,-]|\d[.,])"  # not inside a word, a code ("Il-76") or a price
_NOT_A_CODE = r"(?![\w]|-(?!strong)\w|[.,]\d)"  # "293-page", "Kursk-2", "2A8" are not figures

# A vague amount, or a number with what may follow it: a second bound ("20 to 30", "20 to
# over 30", "15 or 20"), an open bound ("50 or more"), a percent sign, "-strong".
_MENTION = regex.compile(
    rf"""{_NOT_INSIDE}
    (?:
        (?P<vague>{_VAGUE})\b(?!\s+of\s+(?:a\s+)?(?:\d|{_UNIT_WORDS}))
      | (?P<lo2>{_numbered("lo2")})(?P<lo2_pct>{_PERCENT})?
        (?:
            (?:{_RANGE_DASH}|{_RANGE_WORD}(?:(?:{_HEDGE})\s+)?|\s+or\s+)(?!an?\s)
            (?P<hi2>{_numbered("hi2")})(?P<hi2_pct>{_PERCENT})?
          | (?P<bound>{_BOUND})
        )?
    )
    (?P<strong>-strong\b|-(?:man|men|member)\b(?=\s+(?:[a-z-]+\s+)?(?:{_MANNED_UNITS})\b))?
    {_NOT_A_CODE}
    """,
    regex.I | regex.X,
)
# "between a floor of 211,000 and a ceiling of 690,000": the bounds named as such
_LOW_BOUND = r"(?:(?:a|the)\s+)?(?:floor|low|minimum|lower\s+bound|lower\s+estimate)"
_HIGH_BOUND = r"(?:(?:a|the)\s+)?(?:ceiling|high|maximum|upper\s+bound|upper\s+estimate)"
# "between 20 and 30", "between about 20 and over 30": tried where a candidate is "between".
# Patterns are kept apart because the regex engine pays for every group of a pattern it tries.
_BETWEEN = regex.compile(
    rf"""(?:somewhere\s+)?between\s+(?:(?:{_HEDGE})\s+)?(?:{_LOW_BOUND}\s+of\s+)?
    (?P<lo>{_numbered("lo")})(?P<lo_pct>{_PERCENT})?
    \s*(?:and|to|-|–|—)\s*(?:(?:{_HEDGE})\s+)?(?:{_HIGH_BOUND}\s+of\s+)?
    (?P<hi>{_numbered("hi")})(?P<hi_pct>{_PERCENT})?
    {_NOT_A_CODE}""",
    regex.I | regex.X,
)
# "more than 20 but fewer than 30", "fewer than 30 but more than 20": tried from the hedge
# before a number that a second, opposite hedge follows.
_TWO_BOUNDS = regex.compile(
    rf"""(?:{_AT_LEAST})\s+(?P<lo3>{_numbered("lo3")})(?P<lo3_pct>{_PERCENT})?
        ,?\s+(?:and|but)\s+(?:{_AT_MOST})\s+(?P<hi3>{_numbered("hi3")})(?P<hi3_pct>{_PERCENT})?{_NOT_A_CODE}
      | (?:{_AT_MOST})\s+(?P<hi4>{_numbered("hi4")})(?P<hi4_pct>{_PERCENT})?
        ,?\s+(?:and|but)\s+(?:{_AT_LEAST})\s+(?P<lo4>{_numbered("lo4")})(?P<lo4_pct>{_PERCENT})?{_NOT_A_CODE}""",
    regex.I | regex.X,
)
# "rose from 812 to 860": a change, two figures; not a range
_CHANGE_BEFORE = regex.compile(rf"(?r)\b(?:{alternation(CHANGE_WORDS, tree=False)})\s+(?:[\w,]+\s+){{0,6}}?$", regex.I)
_FROM_BEFORE = regex.compile(rf"(?r)\bfrom\s+(?:(?:{_HEDGE_BACKWARDS})\s+)?$", regex.I)  # "from at least 600 to ..."
_LIST_BEFORE = regex.compile(r"(?r)\w,\s+$")  # "two, three or four men": a list, not a range
_OR = regex.compile(r"\s+or\s+", regex.I)


# Where a number mention can start: the first digit of a number or the first word of a number phrase.
# Must cover every alternative of _MENTION's first token but the two-hedge ranges,
# which ``_two_bounds`` looks for from the number they open with.
_CANDIDATE = regex.compile(
    rf"""\d+(?:[.,]\d+)*|\b(?:{_UNIT_WORDS}|{_TEN_WORDS}|{_SCALE_WORDS}|an?\s|half|quarter|three\s+quarters|between|somewhere
        |several|tens|hundreds|thousands|dozens|scores|many|few|couple)""",
    regex.I | regex.X,
)
# "more than 20 | but fewer than 30": after a number, a second hedge that bounds it from the other side
_SECOND_BOUND = regex.compile(rf",?\s+(?:and|but)\s+(?:{_AT_MOST}|{_AT_LEAST})\s", regex.I)
_FIRST_BOUND_BEFORE = regex.compile(
    rf"(?r)(?<![\w-])(?:{alternation([p for p, q in QUALIFIER_BY_HEDGE.items() if q != 'approximate'], tree=False)})"
    r"\s+$",
    regex.I,
)


def _number_value(match: regex.Match, prefix: str) -> tuple[float | None, int | None]:
    """Parse one ``_NUMBER`` group set; returns the value and the scale word it ends with (if any)."""
    group = match.group
    if group(prefix + "fraction"):
        fraction = FRACTIONS[_SPACES.sub(" ", group(prefix + "fraction").lower())]
        scale_word = group(prefix + "fraction_scale").lower()
        return fraction * (SCALES.get(scale_word) or DOZEN[scale_word]), None
    if group(prefix + "phrase"):
        return float(PHRASE_VALUES[_SPACES.sub(" ", group(prefix + "phrase").lower())]), None
    if group(prefix + "suffix"):
        scale = SCALE_SUFFIXES[group(prefix + "suffix").strip().lower()]
        return digits_value(group(prefix + "digits")) * scale, scale
    value, scale, _ = compound_value(group(prefix + "compound"))
    return value, scale


def _number_end(match: regex.Match, prefix: str) -> int:
    """Where a number really ends: a compound run may hold two numbers side by side."""
    compound = match.group(prefix + "compound")
    if not compound:
        return match.end(prefix[:-1] if prefix else 0)
    return match.start(prefix + "compound") + compound_value(compound)[2]


_CLOCK = regex.compile(r"(?<![\d:.,])[0-2]?\d:[0-5]\d(?![\d:])")


def find_numbers(text: str) -> list[NumberMention]:
    """Every number mention in ``text``, left to right, with parsed values."""
    mentions: list[NumberMention] = []
    position = 0
    # The full patterns are tried only where a cheap scan sees a number could start.
    for candidate in _CANDIDATE.finditer(text):
        start = candidate.start()
        if start < position:
            continue
        clock = _CLOCK.match(text, start)
        if clock:  # "09:10 - 17 injured": a time of day, not a range from 10 to 17
            position = clock.end()
            continue
        mention, end = _mention_at(text, start)
        if mention is not None and mention.value is not None and _SECOND_BOUND.match(text, mention.end):
            mention = _two_bounds(text, mention) or mention
        if mention is not None and mention.value is not None:
            mention = _with_echo(text, mention)
        position = max(start + 1, mention.end if mention else end)
        if mention is not None:
            mentions.append(mention)
    return mentions


_ECHO = regex.compile(r"[^\S\n]*\([^\S\n]*")


def _with_echo(text: str, mention: NumberMention) -> NumberMention:
    """A number written twice, in words and in digits, as translated statements do: "twenty-seven (27)
    soldiers", "3 (three) terrorists" is one number, its span over both."""
    opening = _ECHO.match(text, mention.end)
    if opening is None:
        return mention
    echo, _ = _mention_at(text, opening.end())
    close = echo.end if echo else -1
    if echo is None or echo.value != mention.value or not text.startswith(")", close):
        return mention
    return replace(mention, end=close + 1, text=text[mention.start : close + 1])


def _mention_at(text: str, start: int) -> tuple[NumberMention | None, int]:
    """The mention that starts at ``start``, and where the pattern's match ended (``start`` if none)."""
    if start >= len(text):
        return None, start  # "0(": a bracket at the very end opens nothing
    if text[start] in "bBsS":
        between = _BETWEEN.match(text, start)
        if between is not None:
            return _pair(text, between, "lo", "hi"), between.end()
    match = _MENTION.match(text, start)
    if match is None:
        return None, start
    if match.group("vague"):
        return NumberMention(start, match.end("vague"), match.group("vague"), vague=True), match.end()
    return _pair(text, match, "lo2", "hi2"), match.end()


def _two_bounds(text: str, first: NumberMention) -> NumberMention | None:
    """ "more than 20 but fewer than 30" read from its 20: a range from the hedge before it."""
    hedge = _FIRST_BOUND_BEFORE.search(text, max(0, first.start - 40), first.start)
    match = _TWO_BOUNDS.match(text, hedge.start()) if hedge else None
    if match is None:
        return None
    low_key, high_key = ("lo3", "hi3") if match.group("lo3") else ("lo4", "hi4")
    return _range(text, match, low_key, high_key)


def _pair(text: str, match: regex.Match, low_key: str, high_key: str) -> NumberMention | None:
    """A range when the match holds two bounds that make one, else its first number alone."""
    if match.group(high_key):
        mention = _range(text, match, low_key, high_key)
        if mention is not None:
            return mention
    return _single(text, match, low_key)


def _range(text: str, match: regex.Match, low_key: str, high_key: str) -> NumberMention | None:
    """A range, or None where the pair is better read as two numbers."""
    start = match.start()
    if low_key == "lo2" and _not_a_range(text, match):
        return None
    low, low_scale = _number_value(match, low_key + "_")
    high, high_scale = _number_value(match, high_key + "_")
    if low is None or high is None or not _whole_bounds(match, low_key, high_key):
        return None
    if high_scale and not low_scale and low * high_scale <= high:
        low *= high_scale  # "1 to 2 million", "seven to eight thousand"
    if not low < high:
        return None  # "2024-2025" style pairs or a descending list: read singly
    percent = bool(match.group(low_key + "_pct") or match.group(high_key + "_pct"))
    last = low_key if low_key == "lo4" else high_key  # "fewer than 30 but more than 20" ends on its low bound
    end = match.end(last + "_pct") if match.group(last + "_pct") else _number_end(match, last + "_")
    return NumberMention(start, end, text[start:end], low=low, high=high, percent=percent)


def _whole_bounds(match: regex.Match, low_key: str, high_key: str) -> bool:
    """Each bound is one number: "fifty two-three" holds more than a low bound."""
    return all(_number_end(match, key + "_") == match.end(key) for key in (low_key, high_key))


def _not_a_range(text: str, match: regex.Match) -> bool:
    """ "rose from 812 to 860" (a change), "twenty-five hundred" (one number) and "two, three or four"
    (a list) are not ranges."""
    start = match.start()
    opening = _FROM_BEFORE.search(text, max(0, start - 40), start)
    if opening and _CHANGE_BEFORE.search(text, 0, opening.start()):
        return True
    low_end = match.end("lo2_pct") if match.group("lo2_pct") else match.end("lo2")
    if compound_value(text[start : match.end("hi2")])[2] > low_end - start:
        return True  # "twenty-five hundred", "forty-one thousand": one number, not "twenty to 500"
    joined_by_or = _OR.match(text, low_end) is not None
    return joined_by_or and bool(match.group("lo2_compound")) and bool(_LIST_BEFORE.search(text, 0, start))


def _single(text: str, match: regex.Match, key: str) -> NumberMention | None:
    """The number in group ``key`` alone, with the percent and open bound after it."""
    value, _ = _number_value(match, key + "_")
    if value is None:
        return None
    start, end = match.start(key), _number_end(match, key + "_")
    percent_match = _PERCENT_AFTER.match(text, end)
    if percent_match:
        end = percent_match.end()
    bound = None
    tails = match.re.groupindex  # only _MENTION reads open bounds and "-strong"
    if "bound" in tails and match.group("bound") and end == match.start("bound"):
        if match.group("plus"):
            bound = "at_least"  # "100+"
        else:
            phrase = (match.group("glued") or _SPACES.sub(" ", match.group("spaced"))).lower()
            bound = QUALIFIER_AFTER_NUMBER[phrase]
        end = match.end("bound")
    strength = "strong" in tails and bool(match.group("strong")) and not percent_match
    strength = strength and end == match.start("strong")
    if strength:
        end = match.end("strong")
    return NumberMention(
        start, end, text[start:end], value=value, percent=bool(percent_match), strength=strength, bound=bound
    )
