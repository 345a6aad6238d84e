"""Names of people and bodies: telling them apart, and stripping titles and roles from them."""

from __future__ import annotations

import regex

from .lexicon.attribution import BODY_NOUNS, GROUP_NAME_WORDS, ROLE_NOUNS, ROLES_BEFORE_NAMES, TITLES
from .lexicon.dates import MONTHS, WEEKDAYS
from .lexicon.places import SIDES
from .patterns import alternation

_ARABIC_NAME_PREFIX = regex.compile(r"(?:al|el|ad|as)-[A-Z]")


# "the foreign ministry spokesman Ali Reza": up to five words and a role before a capitalised name.
_ROLE_BEFORE_NAME = regex.compile(
    rf"^(?:the\s+)?(?:[\w'’-]+\s+){{0,5}}?(?:{alternation(ROLES_BEFORE_NAMES, tree=False)})\s+(?=[A-Z])"
)


TITLE_WORDS = {w.lower().rstrip(".") for title in TITLES for w in title.split()}


BODY_AT_END = regex.compile(rf"\b(?:{alternation(BODY_NOUNS)})$", regex.I)


ROLE_AT_END = regex.compile(rf"\b(?:{alternation(ROLE_NOUNS)})$", regex.I)


def capitalised(word: str) -> bool:
    return word[:1].isupper() or bool(_ARABIC_NAME_PREFIX.match(word))


OPENING_SURNAME = regex.compile(r"(?:Mr|Mrs|Ms|Dr)?\.?\s*([A-Z][a-z]+)\b")


PERSON_NAME = regex.compile(
    r"(?<![\w'’-])(?:[A-Z][a-z]+(?:-[A-Za-z]+)?|al-[A-Z][a-z]+|van|de|der)"
    r"(?:\s+(?:[A-Z][a-z]+(?:-[A-Za-z]+)*|al-[A-Z][a-z]+|van\s+de|van|de|der|bin|ibn|Jong)){1,5}\b(?![-'’])"
)


PLACE_WORDS = {word for names in SIDES.values() for name in names for word in name.split()}


def has_name(text: str) -> bool:
    """Whether ``text`` names someone: a capitalised word that is not just a demonym ("South Korean")."""
    return any(capitalised(w) and w not in PLACE_WORDS for w in text.split())


def _titles_a_name(word: str) -> bool:
    return word[:1].isupper() or word.lower().rstrip(".") in TITLE_WORDS


def strip_titles(name: str) -> str:
    name = _ROLE_BEFORE_NAME.sub("", name)
    tokens = name.split()
    untitled = list(tokens)
    while len(untitled) > 1 and untitled[0].lower().rstrip(".") in TITLE_WORDS and _titles_a_name(untitled[1]):
        untitled.pop(0)  # a title before a name or another title: not "health authorities in Gaza"
    if len(untitled) == 1 and untitled != tokens and BODY_AT_END.search(untitled[0]):
        return name  # "General Staff": the title word is part of a body's name
    tokens = untitled
    owner = list(tokens)
    while len(owner) > 1 and (
        owner[0].endswith(("'s", "’s"))
        or owner[0] in {"US", "U.S.", "UN", "UK", "EU"}
        or owner[0] in PLACE_WORDS
        or owner[0].lower().rstrip(".") in TITLE_WORDS
    ):
        owner.pop(0)
    if owner != tokens and is_person(" ".join(owner)):
        return " ".join(owner)  # "Ukrainian President Volodymyr Zelensky"; "UN agencies" keeps its owner
    return " ".join(tokens)


def looks_like_body(name: str) -> bool:
    if any(word.split("-")[0] in GROUP_NAME_WORDS for word in name.split()):
        return True  # "Jaish al-Adl", "Lashkar-e-Taiba": an armed group
    return bool(BODY_AT_END.search(name)) or any(
        w.lower()
        in {
            "ministry",
            "general",
            "staff",
            "council",
            "service",
            "forces",
            "army",
            "united",
            "states",
            "nations",
            "house",
            "operations",  # "Director General of Military Operations": a directorate, no person
            "affairs",
            "relations",
        }
        for w in name.split()
    )


def is_person(name: str) -> bool:
    tokens = name.split()
    return (
        2 <= len(tokens) <= 4
        and all(capitalised(t) or t in ("van", "de", "der", "bin") for t in tokens)
        and not looks_like_body(name)
        and not any(t.endswith(("'s", "’s")) for t in tokens)
        and not any(t.isupper() and len(t) > 1 for t in tokens)
        and tokens[0].lower() not in DETERMINERS
        and not any(t.lower().rstrip(",.") in _NOT_IN_NAMES for t in tokens)  # "In January", "On Monday"
        and has_name(name)
    )


DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"}
LEADING_THE = regex.compile(r"^(?:The|the)\s+")  # "the Houthis" is named "Houthis"
# Words no person's name holds: prepositions, and calendar words but "May" ("Theresa May").
_NOT_IN_NAMES = {
    "in", "on", "at", "by", "for", "from", "with", "after", "before", "since", "during", "until", "and", "or",
    "say", "says", "claim", "claims", "told", "tells",  # a title-case headline's verb ("Officials Say")
    *(word.lower() for word in (*MONTHS, *WEEKDAYS) if word != "May"),
}  # fmt: skip
