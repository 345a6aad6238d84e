"""The record a source becomes, what a naming rule may ask of its article, and the tables it looks names up
in: the registry of issuers (``lexicon.issuers``), sides and places, and the head words that give a type."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import regex

from .lexicon.bodies import CAPITALS, KINDS, SEATS_OF_GOVERNMENT, TYPE_HEADS
from .lexicon.issuers import ISSUERS, Issuer
from .lexicon.places import INSURGENT_GROUPS, PLACES, SIDES
from .patterns import Phrases, alternation
from .source_phrases import country_from_demonym, fold


@dataclass(frozen=True)
class Source:
    """A figure's origin under its one name."""

    name: str
    type: str
    country: str | None = None
    named: bool = field(default=True, repr=False)  # False for an unnamed source's description ("Iraqi officials")


class Context:
    """What the article tells about a phrase; this base knows nothing and answers None."""

    def country_for(self, kind: str | None, name: str | None = None) -> str | None:
        """The country an unqualified body belongs to: of ``kind`` ("the health ministry"), or named
        ``name`` ("the National Guard")."""
        return None

    def antecedent(self, head: str) -> Source | None:
        """The body the article named before that a definite "the <head>" stands for."""
        return None

    def expansion(self, acronym: str) -> str | None:
        """What the article says ``acronym`` stands for."""
        return None


NO_CONTEXT = Context()

_BY_ALIAS: dict[str, Issuer] = {}
_BY_KIND: dict[tuple[str, str], Issuer] = {}
for _issuer in ISSUERS:
    for _alias in (_issuer.name, *_issuer.aliases):
        _BY_ALIAS.setdefault(fold(_alias), _issuer)
    for _owner in _issuer.owners or ((_issuer.country,) if _issuer.country else ()):
        for _kind in _issuer.kinds:
            _BY_KIND.setdefault((_owner, _kind), _issuer)

KIND_OF = {phrase: kind for kind, (_, _, phrases) in KINDS.items() for phrase in phrases}
SIDE_OF = Phrases({name: side for table in (SIDES,) for side, names in table.items() for name in names})
SIDE_OF.update({"U.S.": "United States", "U.K.": "United Kingdom", "U.S": "United States"})
PLACE_OF = {name: side for side, names in PLACES.items() for name in names}
GOVERNMENT_SEATS = {**SEATS_OF_GOVERNMENT, **CAPITALS}
BARE_COUNTRY = {name for names in SIDES.values() for name in names} | set(CAPITALS)

REGISTERED = {issuer.name for issuer in ISSUERS}


def registered(phrase: str) -> Issuer | None:
    """The issuer ``phrase`` names in the registry, by any of its names."""
    return _BY_ALIAS.get(fold(phrase))


# Bodies that speak for their own state's people; an intelligence service mostly counts others'.
_OWN_PEOPLE_TYPES = ("government", "military", "health authority")


@functools.lru_cache(maxsize=4096)
def registered_side(phrase: str) -> str | None:
    """The country of a state body the registry knows, named anywhere in a claimant phrase
    ("DG ISPR Lt Gen Ahmed Sharif Chaudhry": Pakistan), for a speaker whose words name no country."""
    words = phrase.split()
    for size in range(min(len(words), 6), 0, -1):
        for start in range(len(words) - size + 1):
            issuer = registered(" ".join(words[start : start + size]))
            if issuer and issuer.type in _OWN_PEOPLE_TYPES and issuer.country:
                return issuer.country
    return None


def registered_kind(side: str | None, kind: str | None) -> Issuer | None:
    """The issuer the registry lists as ``side``'s body of ``kind`` (South Korea's ``intelligence``: the NIS)."""
    return _BY_KIND.get((side, kind)) if side and kind else None


def from_issuer(issuer: Issuer) -> Source:
    return Source(issuer.name, issuer.type, issuer.country)


def owner_side(owner: str) -> str | None:
    """The side an owner word names: a country, a capital, a city, an armed group."""
    bare = owner.removeprefix("the ").removeprefix("The ")
    issuer = _BY_ALIAS.get(fold(bare))
    if issuer and issuer.owners:
        return issuer.owners[0]
    side = SIDE_OF.get(bare) or GOVERNMENT_SEATS.get(bare) or PLACE_OF.get(bare)
    if side is None and " " in bare and bare.split()[-1].islower():
        return owner_side(bare.rsplit(" ", 1)[0])  # "the South Korean military's": South Korea's
    possessive = _OWNER_OF_OWNER.match(bare)
    if side is None and possessive:
        return owner_side(possessive["owner"])  # "Ukraine's Armed Forces": Ukraine's
    return side


def side_of_word(word: str) -> str | None:
    return SIDE_OF.get(word) or CAPITALS.get(word)


def country_name(owner: str) -> str | None:
    """The country an owner that no table lists names, as written ("Estrelia's": "Estrelia")."""
    bare = owner.removeprefix("the ").removeprefix("The ")
    return bare if bare[:1].isupper() else None


def country_of_side(side: str) -> str | None:
    """The country of a side: itself, or for an armed group the country it fights in."""
    if side in INSURGENT_GROUPS or side == "Wagner":
        issuer = _BY_KIND.get((side, "military"))
        return issuer.country if issuer else None
    return side


def country_in(text: str) -> str | None:
    words = _CAPITALISED.findall(text)
    for word in words:
        if word in SIDE_OF:
            return country_of_side(SIDE_OF[word])
    return next((country_from_demonym(word) for word in words if country_from_demonym(word)), None)


_OWNER_OF_OWNER = regex.compile(r"^(?P<owner>[^'’]+)['’]s\s+\S")
_CAPITALISED = regex.compile(r"[A-Z][\w.-]*")
_TYPE_PATTERNS = [
    (kind, regex.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w-])", regex.I)) for kind, words in TYPE_HEADS
]


_CAUSE_NAME = regex.compile(r"^(?:(?i:the)\s+)?(?:[A-Z][\w'’-]*\s+){1,3}to\s+[A-Z][a-z]+\s+[A-Z]")


@functools.lru_cache(maxsize=4096)
def type_of(text: str) -> str | None:
    """The type the head words of a name say ("Observatory" a monitor, "Army" the military); a name that
    states a cause ("Committee to Protect Journalists", "Campaign to End ...") is an advocacy group's."""
    if _CAUSE_NAME.match(text):
        return "monitor"
    for kind, pattern in _TYPE_PATTERNS:
        if pattern.search(text):
            # "Kharkiv Regional Military Administration", "Government Media Office": a civil office
            return "government" if kind in ("military", "media") and _CIVIL_HEAD.search(text) else kind
    return None


# The head of a name that makes it a civil office whatever words stand before it.
_CIVIL_HEAD = regex.compile(r"\b(?i:administration|office)(?:\s+(?:of|in|for)\b.*)?$")
