"""A figure's stance toward its count: does its source belong to the counted side, fight it, or neither?

``own``: the source belongs to the side whose people are counted (Ukraine's General
Staff on Ukrainian dead); ``adversary``: the source belongs to a side at war with it
(Ukraine's General Staff on Russian dead); ``third party``: a source with a country of
its own or an international body, monitor or newspaper that is neither; ``unknown``:
the side or the source's allegiance is not known.

Stance is a stored column, computed at extraction, not derived when the store is read:
who fights whom comes partly from the article's own words ("the war between Israel and
Hezbollah", "Israel's war in Gaza"), which only the pipeline reads; stored, it reaches
the CSV, the exports and every dashboard filter the same way as the other columns, and
a change to the rules is a new extractor version like any other.

The source's country is the ``source_country`` column when the source step has filled
it; otherwise a side named in the claimant's name ("South Korea's intelligence service")
or just before it in the article ("Ukrainian President Volodymyr Zelensky").
"""

from __future__ import annotations

import regex

from .lexicon.belligerents import BELLIGERENTS
from .lexicon.places import PLACES, SIDES
from .patterns import Phrases, alternation

_SIDE_OF = Phrases({name: side for table in (SIDES, PLACES) for side, names in table.items() for name in names})
_NAME = alternation(_SIDE_OF, any_space=False)
_MENTION = regex.compile(rf"(?<![\w-])(?:{_NAME})(?![\w-])")
_PAIR = regex.compile(
    rf"""
    \b(?:war|fighting|conflict|clashes|hostilities)\s+between\s+(?:the\s+)?(?P<a>{_NAME})(?:\s+\w+)?\s+and\s+
        (?:the\s+)?(?P<b>{_NAME})
  | (?<![\w-])(?P<a>{_NAME})\s+(?:[\w-]+\s+){{0,2}}?(?:war|invasion|offensive|campaign|strikes?|attacks?|
        bombardment|assault|incursion)\s+(?:in|on|of|against|into|with)\s+(?:the\s+)?(?P<b>{_NAME})
  | (?<![\w-])(?P<a>{_NAME})\s+(?:\w+\s+)?(?:invaded|attacked|struck|shelled|bombed)\s+(?:the\s+)?(?P<b>{_NAME})
    """,
    regex.X,
)
_WAR_WORD = regex.compile(
    r"\b(?:war|fighting|conflict|clashes|hostilities|invasion|offensive|campaign|strikes?|attack(?:s|ed)?|"
    r"bombardment|assault|incursion|invaded|struck|shelled|bombed)\b"
)
_PAIR_REACH = 80  # characters around a word of war that a pair of sides may span
BELLIGERENT_PAIRS = frozenset(frozenset({side, enemy}) for side, enemies in BELLIGERENTS.items() for enemy in enemies)
# Sources that belong to no side unless a country is given: they are third parties.
_OUTSIDE_TYPES = ("international body", "monitor", "media")
# Where the words introducing a claimant ("Ukrainian President ...") stop: punctuation.
_INTRODUCTION = 60
_LOCATED = regex.compile(r"(?r)\b(?:in|at|for|on|to)\s+(?:the\s+)?$", regex.I)
_CLAUSE_BREAK = regex.compile(r"[.,;:!?\"“”()]")


def article_enemies(text: str) -> frozenset[frozenset[str]]:
    """The pairs of sides an article says are fighting, with the general ones.

    >>> frozenset({"Israel", "Palestine"}) in article_enemies("Israel's war in Gaza has killed 50,021 Palestinians.")
    True
    """
    pairs = set()
    for hint in _WAR_WORD.finditer(text):  # the pair pattern only where a word of war stands
        window = text[max(0, hint.start() - _PAIR_REACH) : hint.end() + _PAIR_REACH]
        pairs.update(frozenset({_SIDE_OF[m["a"]], _SIDE_OF[m["b"]]}) for m in _PAIR.finditer(window))
    return BELLIGERENT_PAIRS | frozenset(pair for pair in pairs if len(pair) == 2)


def claimant_country(claimant: str | None, text: str) -> str | None:
    """The side a claimant belongs to, from its name or the words that introduce it in the article.

    >>> claimant_country("South Korea's intelligence service", "")
    'South Korea'
    >>> claimant_country("Volodymyr Zelensky", "Ukrainian President Volodymyr Zelensky said on Monday ...")
    'Ukraine'
    """
    if not claimant:
        return None
    named = [m for m in _MENTION.finditer(claimant) if not _LOCATED.search(claimant, 0, m.start())]
    if named:
        return _SIDE_OF[named[0].group()]  # not "the UN mission in Mali"
    at = text.find(claimant)
    if at <= 0:
        return None
    before = text[max(0, at - _INTRODUCTION) : at]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    before = before[breaks[-1].end() :] if breaks else before
    mentions = list(_MENTION.finditer(before))
    return _SIDE_OF[mentions[-1].group()] if mentions else None


def stance_of(
    side: str | None,
    source_country: str | None,
    source_type: str | None,
    enemies: frozenset[frozenset[str]],
) -> str:
    """The stance of a source of ``source_country`` (and ``source_type``) toward people of ``side``.

    >>> enemies = article_enemies("")
    >>> [stance_of("Russia", country, None, enemies) for country in ("Russia", "Ukraine", "United Kingdom", None)]
    ['own', 'adversary', 'third party', 'unknown']
    >>> stance_of("North Korea", None, "international body", enemies)
    'third party'
    """
    if not side:
        return "unknown"
    if source_country:
        if source_country == side:
            return "own"
        if frozenset({source_country, side}) in enemies:
            return "adversary"
        return "third party"
    if source_type in _OUTSIDE_TYPES:
        return "third party"
    return "unknown"
