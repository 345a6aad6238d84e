"""Every way text names a side ("Russia", "Russian", "Kyiv", "the Houthis"), and where such a word names
nobody's side because it is part of a person's name."""

from __future__ import annotations

import regex

from .lexicon.places import PLACES, SIDES, UN_FORCES
from .patterns import Phrases, alternation

NAMES = sorted(
    ((name, side) for table in (SIDES, PLACES) for side, names in table.items() for name in names),
    key=lambda pair: -len(pair[0]),
)
SIDE_OF = Phrases(NAMES)  # every way text names a side -> the side
SIDE_NAME = regex.compile(rf"(?<![\w-])(?:{alternation([name for name, _ in NAMES], any_space=False)})(?![\w-])")

UN_FORCE_WORDS = regex.compile(r"\b(?:" + "|".join(regex.escape(name) for name in UN_FORCES) + r")\b", regex.I)
# Peacekeepers named by their nation and nothing that makes them the UN's ("blue helmets", "UNIFIL").
_PEACEKEEPERS = regex.compile(r"\bpeace-?keep(?:er|ers|ing\s+(?:troops|forces|contingent))\b", regex.I)


_UN_MISSION = regex.compile(
    r"\b(?:UN|U\.N\.|United\s+Nations)\b|"
    + "|".join(rf"\b{regex.escape(name)}\b" for name in UN_FORCES if not _PEACEKEEPERS.fullmatch(name)),
    regex.I,
)


def names_un_mission(text: str) -> bool:
    """Whether ``text`` names the UN or one of its missions (the word "peacekeepers" alone does not).

    >>> names_un_mission("UNIFIL said ..."), names_un_mission("Russia's peacekeepers left.")
    (True, False)
    """
    return _UN_MISSION.search(text) is not None


def last_un_mission(text: str) -> int:
    """Where the last name of the UN or one of its missions in ``text`` ends; -1 for none."""
    return max((m.end() for m in _UN_MISSION.finditer(text)), default=-1)


def national_contingent(phrase: str) -> bool:
    """Whether ``phrase`` counts one nation's peacekeepers: "Three Russian peacekeepers", not "Nepali blue helmets".

    >>> national_contingent("Three Russian peacekeepers"), national_contingent("two Nepali blue helmets")
    (True, False)
    """
    un_words = [m.group() for m in UN_FORCE_WORDS.finditer(phrase)]
    return bool(SIDE_NAME.search(phrase)) and bool(un_words) and all(_PEACEKEEPERS.fullmatch(w) for w in un_words)


# A place word inside a person's name: "police spokesman Abdifatah Aden Hassan" names no Yemeni.
_NAME_WORD_BEFORE = regex.compile(
    r"(?r)(?<![\w'’-])(?!(?:The|In|On|At|By|For|From|When|After|With|And|But|As|Of)\s)[A-Z][a-z]+\s$"
)
_NAME_WORD_AFTER = regex.compile(r"^\s[A-Z][a-z]+(?![\w'’-])")
_LOWER_WORD = regex.compile(r"\b[a-z]{4,}")
# A facility named for the country that built or funds it: "the Saudi hospital" in El Fasher, "the same
# Kuwaiti hospital" in Rafah. Its patients are not that country's people.
_THE_BEFORE = regex.compile(r"(?r)\bthe\s+(?:same\s+)?$", regex.I)
_FACILITY_AFTER = regex.compile(r"\s+(?:(?:field|teaching|maternity|specialist)\s+)?(?:hospital|clinic)\b")


def inside_a_name(text: str, match: regex.Match) -> bool:
    """Whether a side name stands inside a name: between two words of a person's name, or before a hospital
    named for a country ("the Saudi hospital").

    >>> text = "police spokesman Abdifatah Aden Hassan said"
    >>> inside_a_name(text, SIDE_NAME.search(text))
    True
    >>> text = "in Gaza City, officials said"
    >>> inside_a_name(text, SIDE_NAME.search(text))
    False
    """
    if _FACILITY_AFTER.match(text, match.end()) and _THE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return True  # "a drone strike on the same Saudi hospital"
    if not _LOWER_WORD.search(text, max(0, match.start() - 40), match.end() + 40):
        return False  # a title-case headline: "Kyiv Says Russian Army Losses Pass ..."
    return (
        " " not in match.group()
        and bool(_NAME_WORD_BEFORE.search(text, max(0, match.start() - 30), match.start()))
        and bool(_NAME_WORD_AFTER.match(text[match.end() : match.end() + 30]))
        and not SIDE_NAME.match(text[match.end() + 1 : match.end() + 30])
    )


_HEDGE = r"(?:about|around|some|nearly|more\s+than|over|up\s+to)"
# A bare count "suffered" by the subject of its clause: "North Korean troops fighting alongside Russian
# forces have suffered about 4,700 casualties".
_SUFFERED_BEFORE = regex.compile(
    rf"(?r)\b(?:suffered|sustained|incurred)\s+(?:{_HEDGE}\s+)?"
    rf"(?:[\d,.]+\s+[a-z]+,?\s+(?:including|among\s+them|of\s+whom)\s+(?:{_HEDGE}\s+)?)?$"
)
_CLAUSE_OPENING = regex.compile(r"(?r)[.;:]\s+")  # a hard-wrapped line's start is no clause's


def sufferer_side(text: str, window_start: int, start: int, claimants, usable) -> str | None:
    """The side the subject of "suffered" names first, for the bare count it suffered."""
    verb = _SUFFERED_BEFORE.search(text, window_start, start)
    if verb is None:
        return None
    opening = _CLAUSE_OPENING.search(text, window_start, verb.start())
    first = [
        m for m in SIDE_NAME.finditer(text, opening.end() if opening else window_start, verb.start())
        if not claimants(m) and usable(m)
    ]  # fmt: skip
    return SIDE_OF[first[0].group()] if first else None
