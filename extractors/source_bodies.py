"""The bodies a phrase names without needing another phrase named first: a kind of national body with its
owner ("Russia's defence ministry"), a country's government ("Moscow"), an owner's body described in
lower case ("Hodeidah health office"), and the country a body's name opens with ("Ethiopian Human Rights
Commission"). ``source_names`` decides which applies."""

from __future__ import annotations

import regex

from .lexicon.bodies import KINDS, NOT_COUNTRIES, PERSON_HEADS
from .lexicon.places import INSURGENT_GROUPS
from .patterns import alternation
from .source_phrases import NAME_THEN_DESCRIPTION, country_from_demonym, state_head
from .source_registry import (
    GOVERNMENT_SEATS,
    KIND_OF,
    PLACE_OF,
    SIDE_OF,
    Context,
    Source,
    country_name,
    country_of_side,
    from_issuer,
    owner_side,
    registered,
    registered_kind,
    side_of_word,
    type_of,
)

_NOT_NAMES = set(NOT_COUNTRIES)
PERSON_HEAD = regex.compile(rf"\b(?:{alternation(PERSON_HEADS)})s?$", regex.I)


def kind_body(owner: str | None, rest: str, context: Context) -> Source | None:
    """A national body of a known kind: "Russia's defence ministry", "the health ministry" (article's)."""
    kind = KIND_OF.get(rest.lower().removeprefix("the ").strip())
    topic = _MINISTRY_OF.match(rest)
    if kind is None and topic is None:
        return None
    if kind is None:
        label, kind_type = f"Ministry of {(topic['topic'] or topic['topic2']).title()}", "government"
    else:
        label, kind_type, _ = KINDS[kind]
    side = owner_side(owner) if owner else None
    if owner and not side and owner.lower() in {"territory", "country", "nation", "enclave", "region", "strip"}:
        owner = None  # "the territory's health ministry": the article's
    if owner is None:
        side = context.country_for(kind)
    issuer = registered_kind(side, kind)
    if issuer:
        return from_issuer(issuer)
    where = side or (country_name(owner) if owner else None)
    if where is None:
        return Source(label, kind_type, None)
    country = country_of_side(side) if side else where
    return Source(f"{label} ({where})", kind_type, country)


_MINISTRY_OF = regex.compile(
    r"^(?:the\s+)?(?:(?P<topic>[A-Za-z]+)\s+ministry|ministry\s+of\s+(?:the\s+)?(?P<topic2>[A-Za-z]+))$", regex.I
)


def government(phrase: str) -> Source | None:
    """A country, its capital or its seat of government on its own ("Moscow", "the Kremlin") is its government."""
    bare = phrase.removeprefix("the ").removeprefix("The ")
    side = SIDE_OF.get(bare) or GOVERNMENT_SEATS.get(bare)
    if side is None or side in INSURGENT_GROUPS:
        if side:
            return Source(side, "armed group", None)
        return None
    issuer = registered_kind(side, "government")
    if issuer:
        return from_issuer(issuer)
    return Source(f"Government ({side})", "government", country_of_side(side))


def described_body(owner: str, description: str, context: Context) -> Source | None:
    """An owner's body described in lower case: "Hodeidah health office" -> "Health office (Hodeidah)"; a
    body's own part is the body ("the ICRC's delegation"), the UN's is named with it ("UN group of experts")."""
    side = owner_side(owner)
    issuer = registered(owner)
    if issuer and issuer.name == "United Nations":
        return Source(f"UN {description}", "international body", None)
    if issuer and not (side and issuer.type != "armed group"):
        return from_issuer(issuer)
    kind = type_of(description) if type_of(description.split()[-1]) else None
    if kind not in _BODY_TYPES or not owner[:1].isupper() or PERSON_HEAD.search(description):
        return None  # "Israeli military officials", "South Korean media" are descriptions
    where = side if side and side == owner else owner
    country = country_of_side(side) if side else None
    return Source(f"{description[:1].upper()}{description[1:]} ({where})", kind, country)


_BODY_TYPES = ("health authority", "government", "military", "intelligence")


def leading_demonym(name: str) -> tuple[str | None, str, bool]:
    """The country a body's name opens with, the name without an adjective, and whether the name keeps it:
    "Ethiopian Human Rights Commission" -> ("Ethiopia", "Human Rights Commission", False); a country's own
    name is part of the body's ("Myanmar National Democratic Alliance Army")."""
    first, _, rest = name.partition(" ")
    if not rest or not rest[:1].isupper():
        return None, name, False
    side = SIDE_OF.get(first)
    stripped = state_head(rest)  # "Human Rights Commission (Ethiopia)"; "Somali Journalists Syndicate" stays
    if side:
        adjective = first != side and first not in PLACE_OF and not first.isupper() and stripped
        return country_of_side(side), rest if adjective else name, not adjective
    derived = country_from_demonym(first) if type_of(rest) else None
    if derived and not stripped:
        return derived, name, True  # "Valdonian Liberation Front": Valdonia's, and named so
    return (derived, rest, False) if derived else (None, name, False)


def name_then_description(phrase: str) -> regex.Match | None:
    """ "the Cabo Ligado conflict observatory": a name no country or person stands for, described after it."""
    match = NAME_THEN_DESCRIPTION.match(phrase)
    if match is None or regex.search(r"['’]s?\b", match["name"]):
        return None  # "Seoul's spy agency": an owner's body
    if owner_side(match["name"]) or side_of_word(match["name"].split()[0]) or type_of(match["name"]):
        return None
    if any(word in _NOT_NAMES for word in match["name"].split()):
        return None  # "Local volunteer group": a description
    return match


_NAME_WORD = r"[A-Z][\w.&’'/-]*"
CONNECTOR = {"of", "for", "and", "the", "on", "in", "&"}
_OPENING_PREPOSITIONS = {"a", "an", "at", "from", "by", "with", "inside", "outside", "near"}


def mention_around(text: str, head: regex.Match) -> str | None:
    """The name a head word closes or opens in the text ("the National Intelligence Service (NIS)",
    "the UN peacekeeping mission in Congo", "Russia's defence ministry", "the 93rd Mechanised Brigade"),
    when a capitalised word other than the head names it."""
    kept = _name_before(text[max(0, head.start() - 120) : head.start()].split())
    apposed = _APPOSED_ACRONYM.match(text, head.end())
    if apposed:
        return apposed["acronym"]  # "the UN's Palestine refugee agency, UNRWA, ..."
    tail = _NAME_GOES_ON.match(text, head.end())
    named = " ".join(kept) + (tail.group() if tail else "")
    if named.lower() == named:
        return None
    if tail and tail["acronym"] and not kept:
        return tail["acronym"]
    return _BRACKET_AT_END.sub("", " ".join([*kept, head.group()]) + (tail.group() if tail else ""))


def _name_before(words: list[str]) -> list[str]:
    """The words of a name that end just before its head word: capitalised words, "of", "for", "the",
    possessives, an ordinal, and up to two lower-case words right before the head ("UN peacekeeping")."""
    kept: list[str] = []
    for word in reversed(words):
        if _ENDS_NAME.search(word) and not _ABBREVIATION.fullmatch(word):  # "U.N." goes on
            break
        modifier = word.islower() and len(kept) < 2 and all(w.islower() for w in kept)
        possessive = word.endswith(("'s", "’s"))
        if not (word[:1].isupper() or word in CONNECTOR or modifier or _ORDINAL.fullmatch(word) or possessive):
            break
        kept.insert(0, word)
        if len(kept) == 6 or word.lower() == "the":
            break  # "the" opens a name ("On Sunday the Observatory")
    while kept and (kept[0].lower() in CONNECTOR | _OPENING_PREPOSITIONS or _lowercase_word(kept[0])):
        kept.pop(0)  # "At Nasser Medical Complex": a sentence's opening preposition is no part of the name
    return kept


def _lowercase_word(word: str) -> bool:
    return word.islower() and not _ORDINAL.fullmatch(word) and not word.endswith(("'s", "’s"))


# What follows a head word in the same name: "Alliance Army", "Service (NIS)", "Force in Lebanon".
_NAME_GOES_ON = regex.compile(
    rf"(?:\s+(?!(?:The|A|An|In|On|He|She|It|They)\b){_NAME_WORD})*"
    rf"(?:\s+(?:of|for|in|on)\s+(?:the\s+)?{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|of|for|and|the|in|on))*)?"
    rf"(?:\s*\((?P<acronym>[A-Z][\w&/-]+)\))?"
)
_APPOSED_ACRONYM = regex.compile(r",\s+(?P<acronym>[A-Z][A-Z&/-]{1,9})(?=\s*[,;)]|\s+(?:said|says)\b)")
_ENDS_NAME = regex.compile(r"[,.;:!?()\"“”]$|^[-–—]|^\d(?!\d*(?:st|nd|rd|th)$)")  # "93rd Brigade" goes on
_ABBREVIATION = regex.compile(r"(?:[A-Z]\.)+")
_ORDINAL = regex.compile(r"\d+(?:st|nd|rd|th)")
_BRACKET_AT_END = regex.compile(r"\s*\([^)]*\)$")
