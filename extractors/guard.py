"""The last guard: drops people figures that no count of people can be.

It runs once, at the end of the pipeline, over every figure read. A people figure is
dropped when it is

1. money: a currency sign, code or name before or after the number ("$5 million",
   "Rs 2 crore", "5 million naira"), or a money noun that the number measures
   ("economic losses of 40 million", "a ransom of 500,000", "50,000 in ransom");
2. a share: a percentage written in a way the number parser did not read as one
   ("12 pct"), or the base of a rate ("12 deaths per 100,000");
3. not a whole number ("2.5 soldiers");
4. zero;
5. over 100 million, more people than any war has counted.

>>> from extractors import extract_figures
>>> [f.value for f in extract_figures("Militants freed 5 soldiers after a ransom of 200,000 was paid.")]
[5.0]
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .figure import Figure
from .lexicon.currencies import CURRENCIES, CURRENCY_CODES, CURRENCY_SIGNS, MONEY_NOUNS
from .lexicon.hedges import QUALIFIER_BY_HEDGE
from .patterns import alternation
from .sentences import Sentence

MOST_PEOPLE = 100_000_000  # no war has counted more people than this in one figure

_SIGNS = "[" + "".join(regex.escape(sign) for sign in CURRENCY_SIGNS) + "]"
_CODES = alternation(CURRENCY_CODES, any_space=False)
_NAMES = alternation(CURRENCIES)
_NOUNS = alternation(MONEY_NOUNS)
_HEDGES = alternation(QUALIFIER_BY_HEDGE, tree=False)

# Right before the number: "$", "US$ ", "Rs. ", "USD "
_CURRENCY_BEFORE = regex.compile(rf"(?r)(?:{_SIGNS}|(?<![\w$])(?:{_CODES}))\s*$")
# Right after the figure: "€", " USD", " naira" (" million" is read with the number already); " of
# dollars" after a vague amount; " worth of"; "in ransom"
_CURRENCY_AFTER = regex.compile(
    rf"""\s*(?:{_SIGNS}
      | (?:{_CODES})(?!\w)
      | (?i:(?:of\s+)?(?:(?:US|U\.S\.|American|Canadian|Australian|Hong\s+Kong|Zimbabwean)\s+)?(?:{_NAMES})\b)
      | (?i:worth\s+of\b)
      | (?i:(?:[\w-]+\s+){{0,2}}?(?:in|as)\s+(?:a\s+)?(?:ransom|damages?|compensation|reparations)\b)
    )""",
    regex.X,
)
# A money noun that the number measures: "economic losses of", "a ransom of about", "losses from the war
# reached", "the budget was"
_MONEY_NOUN_BEFORE = regex.compile(
    rf"""(?ri)\b(?:{_NOUNS})\s+
    (?:of|at|worth|totall?ing|amounting\s+to|(?:estimated|put|valued|set)\s+at
      |(?:[\w-]+\s+){{0,4}}?(?:(?:has|have|had)\s+)?(?:reached|exceeded|topped|hit|totall?ed|amounted\s+to
        |stood\s+at|rose\s+to|climbed\s+to|(?:is|was|were|are)(?:\s+(?:estimated|put|valued)\s+at)?))\s+
    (?:(?:{_HEDGES})\s+)?$""",
    regex.X,
)
# A share the parser left as a count, or a rate's base: "12 pct", "per 100,000", "out of every 10"
_SHARE_AFTER = regex.compile(
    r"\s*(?:pct\b|pc\b|percentage\s+points?\b|‰|per\s+mille\b|(?:out\s+)?of\s+every\b)", regex.I
)
# A currency inside the figure's own words: "2 million dinars" read with its noun
_CURRENCY_IN_SPAN = regex.compile(rf"\b(?:{_NAMES})\b", regex.I)
_SHARE_BEFORE = regex.compile(r"(?ri)\b(?:per|in\s+every|for\s+every|of\s+every|out\s+of\s+every)\s+$")


# The words that may make a sentence speak of money or shares, to skip the patterns where none is:
# a telling word of every money noun ("economic" of "economic losses": war text is full of losses),
# currency names and codes (lower case), and the share words.
_COMMON_IN_WAR_TEXT = frozenset({"losses", "loss", "military", "defence", "defense", "to", "the", "aid"})
_CUE_WORDS = frozenset(
    next(word for word in phrase.lower().rstrip(".").split() if word not in _COMMON_IN_WAR_TEXT)
    for phrase in (*MONEY_NOUNS, *CURRENCIES, *CURRENCY_CODES)
) | {"pct", "pc", "percentage", "per", "every", "mille"}
_CUE_SIGNS = frozenset(CURRENCY_SIGNS) | {"‰"}
_WORDS = regex.compile(r"[^\W\d_]+")


def drop_implausible(found: Sequence[tuple[Figure, Sentence]]) -> list[tuple[Figure, Sentence]]:
    """``found`` without the people figures that cannot be counts of people."""
    cued: dict[int, bool] = {}  # per sentence: does it hold a money or share word at all?
    kept = []
    for figure, sentence in found:
        if id(sentence) not in cued:
            cued[id(sentence)] = _has_cue(sentence.text)
        if implausible(figure, sentence, cued[id(sentence)]) is None:
            kept.append((figure, sentence))
    return kept


def _has_cue(text: str) -> bool:
    """Whether ``text`` holds a currency sign or a word that may make a number money or a share."""
    return any(sign in text for sign in _CUE_SIGNS) or not _CUE_WORDS.isdisjoint(_WORDS.findall(text.lower()))


def implausible(figure: Figure, sentence: Sentence, cued: bool = True) -> str | None:
    """Why ``figure`` cannot count people ("money", "share", "not whole", "zero", "too many"), or None.

    >>> from extractors.sentences import split_sentences
    >>> from extractors import extract_figures
    >>> [sentence] = split_sentences("About 40 soldiers were killed.")
    >>> implausible(extract_figures(sentence.text)[0], sentence) is None
    True

    ``cued`` False says the sentence holds no money or share word, so only the amount is read.
    """
    if figure.unit != "people":
        return None
    start = figure.start - sentence.start
    end = start + len(figure.span)
    if cued and _is_money(sentence.text, start, end, figure.span):
        return "money"
    amounts = [amount for amount in (figure.value, figure.low, figure.high) if amount is not None]
    if any(amount != int(amount) for amount in amounts):
        return "not whole"
    if amounts and max(amounts) == 0:
        return "zero"
    if amounts and max(amounts) > MOST_PEOPLE:
        return "too many"
    if cued and amounts and _is_share(sentence.text, start, end):
        return "share"
    return None


def _is_money(text: str, start: int, end: int, span: str) -> bool:
    """A currency right before or after the figure's words, or a money noun they measure."""
    return bool(
        _CURRENCY_BEFORE.search(text, max(0, start - 12), start)
        or _CURRENCY_AFTER.match(text, end)
        or _CURRENCY_IN_SPAN.search(span)
        or _MONEY_NOUN_BEFORE.search(text, max(0, start - 120), start)
    )


def _is_share(text: str, start: int, end: int) -> bool:
    """ "12 pct", "out of every ten" after the figure, or "per" before it (the base of a rate)."""
    return bool(_SHARE_AFTER.match(text, end) or _SHARE_BEFORE.search(text, max(0, start - 30), start))
