"""How sure a figure is: its hedge ("at least", "about", "or more") and the hedge two figures share."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from . import category_cues as cues
from .lexicon.categories import PARTICLE_VERBS
from .lexicon.hedges import QUALIFIER_BY_HEDGE
from .numbers import NumberMention
from .patterns import alternation

if TYPE_CHECKING:
    from .figures import Reading

# A hedge stands in the last HEDGE_WINDOW characters before its number.
HEDGE_WINDOW = 40

_SPACES = regex.compile(r"\s+")
# Patterns anchored at the end ($) carry (?r): the regex module then searches from the end.
HEDGES = alternation(QUALIFIER_BY_HEDGE, tree=False)  # read backwards: longest first
_HEDGE_BEFORE = regex.compile(rf"(?r)(?:^|(?<=[\s\"“'(]))(?P<hedge>{HEDGES})[\s\"“']*$", regex.I)
HEDGE_AFTER = regex.compile(r"^(?:\s+or\s+(?P<more>more|so)\b|(?P<plus>\+|-plus\b))", regex.I)
_PARTICLE_VERB = regex.compile(rf"(?r)\b(?:{alternation(PARTICLE_VERBS, tree=False)})\s+$")
_PLACE_PREPOSITION = regex.compile(r"(?r)\b(?:in|of|from|at)\s+$")  # "in over 300" is no hedge
# Hedge words that are also prepositions of place: "in over 300 towns" holds no hedge.
_PLACE_HEDGES = ("over", "under", "above", "below", "near", "top", "tops", "beyond")
_ENDS_WITH_AND = regex.compile(r"(?r)(?:^|\s)and\s*$")
# Only the first number's noun between it and "and": "over 40 border guards and 12 customs officers".
_NOUN_AND = regex.compile(r"\s+(?:[a-z][\w'’-]*\s+){1,4}and\s+")
# A list of places, each with its number: "800 fighters in Tesk, 260 in Aldin and 75 in Rusk"
_PLACE_LIST = regex.compile(
    r"\s+(?:[a-z][\w'’-]*\s+){0,4}(?:in|at|near|from|on)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
    r",?\s+(?:and\s+)?"
)
_PLACE_NEXT = regex.compile(r"\s+(?:in|at|near|from|on)\s+(?:the\s+)?[A-Z]")
_OTHERS = regex.compile(r"^\s+(?:others|more)(?=\s)")  # "at least 13 killed and 21 others wounded"
_OWN_CLAUSE = regex.compile(r"\b(?:another|including|among|of\s+whom)\b")


def qualifier(mention: NumberMention, before: str, after: str) -> tuple[str, int]:
    """The qualifier of a number and where its span starts (at the hedge, if one stands before it)."""
    if mention.vague:
        return "vague", mention.start
    if mention.is_range:
        return "range", mention.start
    hedge = _HEDGE_BEFORE.search(before[-HEDGE_WINDOW:])
    if hedge:
        word = _SPACES.sub(" ", hedge["hedge"].lower())
        start = len(before) - (len(before[-HEDGE_WINDOW:]) - hedge.start("hedge"))
        if word in _PLACE_HEDGES and _PLACE_PREPOSITION.search(before[:start]):
            return "exact", mention.start
        if word == "over" and _PARTICLE_VERB.search(before[:start]):
            return "exact", mention.start  # "handed over 22 servicemen": a verb's particle, no hedge
        return QUALIFIER_BY_HEDGE[word], start
    if mention.bound:  # "50 or more", "30-odd": the number phrase bounds itself
        return mention.bound, mention.start
    after_hedge = HEDGE_AFTER.match(after)
    if after_hedge:
        return ("approximate" if after_hedge["more"] == "so" else "at_least"), mention.start
    return "exact", mention.start


def share_qualifiers(text: str, figures: list[Reading]) -> None:
    """'around 300 killed and 2,700 injured': the second number shares the first one's hedge."""
    for i in range(1, len(figures)):
        current, previous = figures[i], figures[i - 1]
        if current.qualifier != "exact" or previous.qualifier not in ("approximate", "at_least", "at_most"):
            continue
        between = text[previous.mention.end : current.mention.start]
        after = text[current.mention.end :]
        if _PLACE_LIST.fullmatch(between) and _PLACE_NEXT.match(after) and current.category == previous.category:
            current.qualifier = previous.qualifier  # "roughly 800 fighters in Tesk, 260 in Aldin and 75 in Rusk"
            continue
        if not _ENDS_WITH_AND.search(between) or _OWN_CLAUSE.search(between):
            continue
        if cues.PATTERNS.elliptical.match(_OTHERS.sub("", after, count=1)):  # only a category word follows
            current.qualifier = previous.qualifier
        elif (
            _NOUN_AND.fullmatch(between)
            and current.category == previous.category
            and (previous.shares_predicate or not current.own_cue)
        ):
            current.qualifier = previous.qualifier  # "captured over 40 guards and 12 officers": one verb
