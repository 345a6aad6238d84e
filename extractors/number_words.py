"""The value of a compound number: number words, digits and scale words in one run.

``compound_value`` reads the run a number pattern found ("three hundred and thirty one",
"14 thousand and 55", "38-thousand-700", "five and a half million", "3 dozen") token by
token, the way a reader adds it up, and says how much of the run is one number: a run
may hold two numbers side by side ("two three", "2022 three") or a list ("two and three").

>>> compound_value("three hundred and thirty one")
(331.0, None, 28)
>>> compound_value("6 thousand 2 hundred")
(6200.0, 100, 20)
>>> compound_value("one million and a half")
(1500000.0, None, 22)
>>> compound_value("two and three")
(2.0, None, 3)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .lexicon.numbers import ADDED_FRACTIONS, DOZEN, SCALES, TENS, UNITS

# One token of a run: digits (grouped by commas, spaces or dots), a word or a comma.
# The digit groupings must agree with ``numbers._DIGITS``.
_TOKEN = regex.compile(
    r"""
    (?P<digits>
        [1-9]\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)   # 40 000, 1 234 567
      | \d{1,2}(?:,\d{2})+,\d{3}(?!\d)                      # 1,50,000 (lakh grouping)
      | \d{1,3}(?:,\d{3})+(?:\.\d+)?                        # 11,000
      | [1-9]\d{0,2}(?:\.\d{3}){2,}(?!\d)                   # 1.234.567
      | \d{1,3},\d{1,2}(?=\s*(?:million|billion|thousand|lakh|crore|mln|bn)) # 3,5 million
      | [1-9]\d{0,2}\.\d{3}(?!\d|[.,]\d)                 # 12.500 (a thousand, where no scale follows)
      | \d+[½¼¾]                                          # 1½
      | \d+(?:\.\d+)?
    )
    | (?P<word>[a-z]+)
    | (?P<comma>,)
    """,
    regex.X,
)
_SPACE_GROUPS = regex.compile(r"[ \u00a0\u202f\u2009]")
_DOT_GROUPS = regex.compile(r"^\d{1,3}(?:\.\d{3}){2,}$")
_DECIMAL_COMMA = regex.compile(r"^\d{1,3},\d{1,2}$")
_DOT_THOUSAND = regex.compile(r"^[1-9]\d{0,2}\.\d{3}$")  # "12.500 soldiers": people come whole
_GLYPH_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_BIG = 1_000  # scales from a thousand up close a group of their own ("two million | three thousand")


def digits_value(digits: str) -> float:
    """The value of a digit group as written: "11,000", "40 000", "1,50,000", "1.234.567", "3,5".

    >>> digits_value("1 234 567"), digits_value("1,50,000"), digits_value("3,5")
    (1234567.0, 150000.0, 3.5)
    """
    if digits[-1] in _GLYPH_FRACTIONS:
        return float(digits[:-1]) + _GLYPH_FRACTIONS[digits[-1]]
    if _DECIMAL_COMMA.match(digits):
        digits = digits.replace(",", ".")
    elif _DOT_GROUPS.match(digits):
        digits = digits.replace(".", "")
    try:
        return float(_SPACE_GROUPS.sub("", digits).replace(",", ""))
    except ValueError:  # a digit newer than Python's Unicode tables ("\U00016d70"): no number; the guard drops 0
        return 0.0


def _digits_before(digits: str, following: list[regex.Match]) -> float:
    """A digit group's value given the word after it: "12.500" is twelve thousand five hundred
    where no scale word follows it (people come whole), 12.5 in "12.500 million"."""
    if _DOT_THOUSAND.match(digits):
        word = following[0].group("word") if following else None
        if word not in SCALES:
            return float(digits.replace(".", ""))
    return digits_value(digits)


@dataclass
class _Tally:
    """A number being added up: finished big groups, the group under way, and what came last."""

    total: float = 0.0
    current: float = 0.0
    last: str = ""  # "a", "unit", "ten", "digits", "hundred", "big", "dozen", "half", "closed"
    last_big: int | None = None  # the last scale of a thousand or more
    joined: bool = False  # an "and" or a comma is pending
    end: int = 0  # where the last token that belongs to the number ends
    ends_with_scale: int | None = None

    @property
    def started(self) -> bool:
        return self.last != ""

    def took(self, kind: str, token: regex.Match, scale: int | None = None) -> bool:
        self.last, self.joined, self.end, self.ends_with_scale = kind, False, token.end(), scale
        return True


@lru_cache(maxsize=4096)  # the number reader asks for a run's value and its length in turn
def compound_value(run: str) -> tuple[float | None, int | None, int]:
    """The value of the number that opens ``run``, the scale word it ends with, and its length."""
    tally = _Tally()
    tokens = list(_TOKEN.finditer(run.lower()))
    for index, token in enumerate(tokens):
        if not _take(tally, token, tokens[index + 1 : index + 3]):
            break
    if not tally.started or tally.last == "a":
        return None, None, 0
    return tally.total + tally.current, tally.ends_with_scale, tally.end


def _take(tally: _Tally, token: regex.Match, following: list[regex.Match]) -> bool:
    """Add ``token`` to ``tally``; False when it does not belong to the number."""
    word = token.group("word")
    if token.group("comma") or word == "and":
        return _join(tally, word, following)
    if token.group("digits"):
        return _small(tally, token, _digits_before(token.group("digits"), following), "digits")
    if word in ("a", "an"):
        return _article(tally, token)
    if word in UNITS:
        return _small(tally, token, float(UNITS[word]), "unit")
    if word in TENS:
        return _small(tally, token, float(TENS[word]), "ten")
    if word in SCALES:
        return _scale(tally, token, SCALES[word])
    if word in DOZEN:
        return _dozen(tally, token)
    if word in ADDED_FRACTIONS and tally.joined:
        return _added_fraction(tally, token, ADDED_FRACTIONS[word])
    return False


def _article(tally: _Tally, token: regex.Match) -> bool:
    """ "a" opens a number as one ("a thousand", "a dozen") or stands in "and a half"."""
    if tally.joined:
        return True
    if tally.started:
        return False
    tally.current = 1.0
    return tally.took("a", token)


def _join(tally: _Tally, word: str | None, following: list[regex.Match]) -> bool:
    """ "and" or "," inside a number: after a scale word ("three hundred and thirty"), or before a
    half ("five and a half million"); "two and three" and "two, three" are lists."""
    if not tally.started or tally.joined:
        return False
    words = [t.group("word") for t in following]
    if words[:1] in (["a"], ["an"]):
        words = words[1:]
    half_next = word == "and" and bool(words) and words[0] in ADDED_FRACTIONS
    if word is None and (not following or following[0].group("digits")):
        return False  # "5 thousand, 600 were ...": a comma before digits ends the number
    if half_next or tally.last in ("hundred", "big"):
        tally.joined = True
        return True
    return False


def _small(tally: _Tally, token: regex.Match, value: float, kind: str) -> bool:
    """A unit, a tens word or a digit group: opens the number or fills a place a scale left."""
    if not tally.started:
        tally.current = value
        return tally.took(kind, token)
    if kind == "unit" and tally.last == "ten" and value < 10 and not tally.joined:
        tally.current += value  # "fifty two", "forty-one"
        return tally.took(kind, token)
    place = 100 if tally.last == "hundred" else tally.last_big if tally.last == "big" else None
    if place is None or value >= place or value != int(value):
        return False  # "two three", "2022 three": two numbers side by side
    tally.current += value
    return tally.took(kind, token)


def _scale(tally: _Tally, token: regex.Match, scale: int) -> bool:
    if tally.joined:
        return False  # "two hundred and thousand"
    if scale < _BIG:
        if tally.last in ("hundred", "big", "dozen", "closed") or tally.current >= 100:
            return False
        tally.current = (tally.current or 1) * scale  # "twelve hundred", "61-hundred", "hundred thousand"
        return tally.took("hundred", token, scale)
    if tally.last in ("big", "dozen", "closed") or (tally.last_big is not None and scale >= tally.last_big):
        return False  # "one thousand thousand"
    tally.total += (tally.current or 1) * scale
    tally.current, tally.last_big = 0.0, scale
    return tally.took("big", token, scale)


def _dozen(tally: _Tally, token: regex.Match) -> bool:
    """ "three dozen", "3 dozens", "a dozen": twelve of each."""
    if tally.joined or tally.last not in ("a", "unit", "ten", "digits", "half") or tally.total:
        return False
    tally.current *= DOZEN["dozen"]
    return tally.took("dozen", token, DOZEN["dozen"])


def _added_fraction(tally: _Tally, token: regex.Match, fraction: float) -> bool:
    """ "five and a half (million)" adds to the group; "one million and a half" to the scale."""
    if tally.last == "dozen":
        tally.current += fraction * DOZEN["dozen"]  # "a dozen and a half"
        return tally.took("closed", token)
    if tally.last == "big" and not tally.current:
        tally.total += fraction * (tally.last_big or 1)
        return tally.took("closed", token)  # nothing may follow: "a million and a half thousand"
    if tally.last in ("unit", "ten", "digits", "a") and not tally.total:
        tally.current += fraction
        return tally.took("half", token)
    return False
