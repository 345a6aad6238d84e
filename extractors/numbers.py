"""Number phrases: digits, number words, ranges, percentages and vague amounts.

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
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .lexicon.numbers import FRACTIONS, PHRASE_VALUES, SCALE_SUFFIXES, SCALES, TENS, UNITS, VAGUE_AMOUNTS
from .patterns import alternation

_WORD_TOKEN = regex.compile(r"[a-z]+(?:-[a-z]+)?|,")
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

    @property
    def is_range(self) -> bool:
        return self.low is not None and self.high is not None


_UNIT_WORDS = alternation(list(UNITS))
_TEN_WORDS = alternation(list(TENS))
_SCALE_WORDS = alternation(list(SCALES))
_WORD = rf"(?:(?:{_TEN_WORDS})(?:-(?:{_UNIT_WORDS}))?|{_UNIT_WORDS})"
_WORD_GROUP = rf"{_WORD}(?:[\s-]+(?:{_SCALE_WORDS}))*|a\s+(?:{_SCALE_WORDS})(?=\s+and\s)"
_PHRASES = alternation(list(PHRASE_VALUES))
_FRACTION_WORDS = alternation(list(FRACTIONS))

_NUMBER = rf"""
    (?:
        (?P<phrase>{_PHRASES})\b
      | (?P<fraction>{_FRACTION_WORDS})\s+(?:of\s+)?an?\s+(?P<fraction_scale>{_SCALE_WORDS})\b
      | (?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)   # 11,000 / 2.5 / 300
        (?:
            \s*(?P<digit_scale>{_SCALE_WORDS})\b                      # 2.5 million
          | (?P<suffix>{"|".join(SCALE_SUFFIXES)})\b                  # 1.2m, 40k, 1.5bn
        )?
      | (?P<words>(?:{_WORD_GROUP})(?:(?:,?\s+and\s+|,\s+|\s+)(?:{_WORD_GROUP}))*)\b
    )
"""

_NUMBER_PATTERN = regex.compile(_NUMBER, regex.I | regex.X)
_VAGUE = alternation(list(VAGUE_AMOUNTS))
_PERCENT = r"\s*(?:%|per\s*cent\b|percent\b)"
_RANGE_JOIN = r"\s*(?:-|–|—|to|\s+or\s+)\s*"  # "15 or 20 wounded soldiers" (digits only: "two or three" reads singly)
_PERCENT_AFTER = regex.compile(_PERCENT, regex.I)

# One pass over the text: a vague amount, a range or a single number, each
# optionally a percentage. Alternatives are tried in this order at each position.
_MENTION = regex.compile(
    rf"""
    (?<![\w$£€¥.,-]|\d[.,])         # not inside a word, a code ("Il-76") or a price
    (?:
        (?P<vague>{_VAGUE})\b(?!\s+of\s+(?:a\s+)?(?:\d|{_UNIT_WORDS}))
      | between\s+(?P<lo>{_NUMBER.replace("?P<", "?P<lo_")})(?P<lo_pct>{_PERCENT})?
        \s+and\s+(?P<hi>{_NUMBER.replace("?P<", "?P<hi_")})(?P<hi_pct>{_PERCENT})?
      | (?P<lo2>{_NUMBER.replace("?P<", "?P<lo2_")})(?P<lo2_pct>{_PERCENT})?
        {_RANGE_JOIN}(?!an?\s)(?P<hi2>{_NUMBER.replace("?P<", "?P<hi2_")})(?P<hi2_pct>{_PERCENT})?
      | (?P<one>{_NUMBER.replace("?P<", "?P<one_")})(?P<one_pct>{_PERCENT})?
    )
    (?P<strong>-strong\b)?
    (?![\w]|-(?!strong)\w|[.,]\d)   # "293-page", "Kursk-2", "2A8" are not figures
    """,
    regex.I | regex.X,
)


# Where a number mention can start: a digit or the first word of a number phrase.
# Must cover every alternative of _MENTION's first token.
_CANDIDATE = regex.compile(
    rf"""\d|\b(?:{_UNIT_WORDS}|{_TEN_WORDS}|{_SCALE_WORDS}|an?\s|half|three\s+quarters|between|several|tens|
        hundreds|thousands|dozens|scores|many|few|couple)""",
    regex.I | regex.X,
)


def _word_value(phrase: str) -> tuple[float | None, int]:
    """Value of a run of number words and how many characters of it form one number.

    "five thousand, six hundred" is 5600; "two, three" stops after "two".
    """
    tokens = list(_WORD_TOKEN.finditer(phrase.lower()))
    total, current, used_end, last_scale = 0, 0, 0, None
    seen_number = False
    pending_join = False
    for token in tokens:
        word = token.group()
        if word in (",", "and"):
            if not seen_number or last_scale is None:
                break  # "two, three" or "two and three" are a list, not one number
            pending_join = True
            continue
        parts = word.split("-")
        if parts[0] in TENS and all(p in UNITS for p in parts[1:]):
            small = TENS[parts[0]] + sum(UNITS[p] for p in parts[1:])
        elif word in UNITS:
            small = UNITS[word]
        elif word == "a":
            small = 1
        elif word in SCALES:
            scale = SCALES[word]
            if not seen_number and current == 0:
                current = 1
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = 0
            if last_scale is not None and scale > last_scale and pending_join:
                break
            last_scale, seen_number, pending_join = scale, True, False
            used_end = token.end()
            continue
        else:
            break
        if seen_number and current % 100 != 0 and current != 0 and not pending_join:
            break  # "two three": two numbers side by side
        if pending_join and last_scale is not None and small >= last_scale:
            break
        current += small
        seen_number, pending_join = True, False
        used_end = token.end()
    if not seen_number:
        return None, 0
    return float(total + current), used_end


def _number_value(match: regex.Match, prefix: str) -> tuple[float | None, str | None]:
    """Parse one ``_NUMBER`` group set; returns the value and its scale word (if any)."""
    group = match.group
    if group(prefix + "phrase"):
        return float(PHRASE_VALUES[_SPACES.sub(" ", group(prefix + "phrase").lower())]), None
    if group(prefix + "fraction"):
        fraction = FRACTIONS[_SPACES.sub(" ", group(prefix + "fraction").lower())]
        return fraction * SCALES[group(prefix + "fraction_scale").lower()], None
    if group(prefix + "digits"):
        value = float(group(prefix + "digits").replace(",", ""))
        scale_word = group(prefix + "digit_scale")
        suffix = group(prefix + "suffix")
        if scale_word:
            return value * SCALES[scale_word.lower()], scale_word.lower()
        if suffix:
            return value * SCALE_SUFFIXES[suffix.lower()], suffix.lower()
        return value, None
    value, _ = _word_value(group(prefix + "words"))
    return value, None


def _words_end(match: regex.Match, prefix: str) -> int:
    """Where a run of number words really ends (it may hold two numbers side by side)."""
    words = match.group(prefix + "words")
    if not words:
        return match.end(prefix[:-1] if prefix else 0)
    _, used = _word_value(words)
    return match.start(prefix + "words") + used


def find_numbers(text: str) -> list[NumberMention]:
    """Every number mention in ``text``, left to right, with parsed values."""
    mentions: list[NumberMention] = []
    position = 0
    # The full pattern is tried only where a cheap scan sees a number could start.
    for candidate in _CANDIDATE.finditer(text):
        if candidate.start() < position:
            continue
        match = _MENTION.match(text, candidate.start())
        if match is None:
            continue
        mention = _mention(text, match)
        position = max(match.start() + 1, mention.end if mention else match.end())
        if mention is not None:
            mentions.append(mention)
    return mentions


def _mention(text: str, match: regex.Match) -> NumberMention | None:
    strength = bool(match.group("strong"))
    if match.group("vague"):
        return NumberMention(match.start(), match.end("vague"), match.group("vague"), vague=True)
    for low_key, high_key in (("lo", "hi"), ("lo2", "hi2")):
        if match.group(low_key):
            if low_key == "lo2" and (match.group("lo2_words") or match.group("hi2_words")):
                break  # "two to three" is too often a ratio or a list; read singly
            low, low_scale = _number_value(match, low_key + "_")
            high, high_scale = _number_value(match, high_key + "_")
            if low is None or high is None:
                return None
            if high_scale and not low_scale and low * SCALES.get(high_scale, SCALE_SUFFIXES.get(high_scale, 1)) <= high:
                low *= SCALES.get(high_scale, SCALE_SUFFIXES.get(high_scale, 1))  # "1 to 2 million"
            if not low < high:
                break  # "2024-2025" style pairs or a descending list: read singly
            percent = bool(match.group(low_key + "_pct") or match.group(high_key + "_pct"))
            end = match.end(high_key + "_pct") if match.group(high_key + "_pct") else match.end(high_key)
            return NumberMention(match.start(), end, text[match.start() : end], low=low, high=high, percent=percent)
    # a single number (also the fallback for a pair that is not a range)
    single = _NUMBER_PATTERN.match(text, match.start())
    if single is None:
        return None
    value, _ = _number_value(single, "")
    if value is None:
        return None
    end = _words_end(single, "") if single.group("words") else single.end()
    percent_match = _PERCENT_AFTER.match(text, end)
    percent = bool(percent_match)
    if percent_match:
        end = percent_match.end()
    if not percent and strength and end == match.start("strong"):
        end = match.end("strong")
    else:
        strength = False
    return NumberMention(match.start(), end, text[match.start() : end], value=value, percent=percent, strength=strength)
