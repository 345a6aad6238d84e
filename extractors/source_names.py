"""One name for a source, however an article writes it: the rules of the guideline's ``source``.

``name_source`` turns one noun phrase ("Russia's defence ministry", "the Russian Defense Ministry", "the
Ministry of Defence of Russia", "Russian MoD") into a ``Source``: its one name ("Ministry of Defence
(Russia)"), its type and its country. In this order:

1. tidy the phrase: articles, a trailing time word, words before a name that are no part of it;
2. a compound ("Ukrainian and Western assessments") is kept as written;
3. a widely known issuer (``lexicon.issuers``) by any of its names;
4. a describing noun before a name ("the news agency AFP") gives the name and its type;
5. an owner (possessive, country adjective, "of X", "in X", "Hamas-run") and the rest: a kind of national
   body (``lexicon.bodies.KINDS``) is named "<Kind> (<Owner>)", the registry's name if it lists the owner's
   body of that kind; a country on its own is its government;
6. a person: one spelling of the name;
7. a named body: the name, with its country in brackets when it is a state's body;
8. a definite description ("the mission") is the body the article named before; any other description
   is an unnamed source and keeps its words.

Whatever the article must supply (the body named before, the country an unqualified "health ministry"
belongs to, an acronym's expansion) comes from a ``Context``; ``Context()`` knows nothing of the article.
"""

from __future__ import annotations

import functools

import regex

from .lexicon.bodies import BATTLEGROUPS, GENERIC_HEADS, SEATS_OF_GOVERNMENT, UNNAMED_HEADS
from .lexicon.dates import MONTHS, WEEKDAYS
from .names import is_person
from .patterns import alternation
from .source_bodies import described_body, government, kind_body, leading_demonym, name_then_description
from .source_phrases import (
    DESCRIBED_NAME,
    LED_BY,
    MEMBERS_OF,
    PART_OF_BODY,
    acronym_in_apposition,
    compound,
    country_from_demonym,
    document_owner,
    fold,
    is_acronym,
    name_after_junk,
    named_after_description,
    person_in,
    person_name,
    split_owner,
    state_head,
    tidy,
    unnamed_description,
    unowned,
)
from .source_registry import (
    BARE_COUNTRY,
    NO_CONTEXT,
    REGISTERED,
    Context,
    Source,
    country_in,
    country_of_side,
    from_issuer,
    owner_side,
    registered,
    side_of_word,
    type_of,
)
from .source_ties import body_of_role, office_of, strip_titles_at_end


def name_source(phrase: str | None, context: Context = NO_CONTEXT) -> Source | None:
    """The one name, type and country of the source a phrase names (see the module docstring).

    >>> name_source("Russia's defence ministry")
    Source(name='Ministry of Defence (Russia)', type='military', country='Russia')
    >>> name_source("the Estrelian Ministry of Defence") == name_source("Estrelia's defence ministry")
    True
    >>> name_source("Seoul's spy agency").name
    'National Intelligence Service (South Korea)'
    >>> name_source("a senior Iraqi official")
    Source(name='Iraqi officials', type='unnamed', country='Iraq')
    >>> name_source("Iraqi officials").named
    False
    """
    if context is not NO_CONTEXT:
        known = _without_article(phrase or "")
        if known is not _NEEDS_ARTICLE:
            return known  # the same phrase names the same source in any article
    return _name_source(phrase or "", context)


class _NeedsArticle(Exception):
    """Raised by ``_NO_ARTICLE`` when naming a phrase needs what its article says."""


class _NoArticle(Context):
    def country_for(self, kind: str | None, name: str | None = None) -> str | None:
        raise _NeedsArticle

    def antecedent(self, head: str) -> Source | None:
        raise _NeedsArticle

    def expansion(self, acronym: str) -> str | None:
        raise _NeedsArticle


_NO_ARTICLE = _NoArticle()
_NEEDS_ARTICLE = Source("", "")


@functools.lru_cache(maxsize=8192)
def _without_article(phrase: str) -> Source | None:
    """What a phrase names when that needs nothing from its article, else ``_NEEDS_ARTICLE``."""
    try:
        return _name_source(phrase, _NO_ARTICLE)
    except _NeedsArticle:
        return _NEEDS_ARTICLE


def _name_source(phrase: str, context: Context) -> Source | None:
    phrase = _NOT_OF_NAME.sub("", tidy(phrase or ""))  # "the Federal Ministry of Health", "the Israeli enemy army"
    if not phrase:
        return None
    if appositive := acronym_in_apposition(phrase):  # the acronym if it is known, else the name before it
        phrase = appositive[1] if registered(appositive[1]) else appositive[0]
    name = None if registered(phrase) else name_after_junk(phrase)  # "al Qaeda" is a name whole
    if name and (
        registered(name) or is_acronym(name) or person_in(name) or len(name.split()) == 1 or "'s " in name
        or "’s " in name
    ):  # fmt: skip
        phrase = name
    issuer = registered(phrase) or registered(named_after_description(phrase) or "") or registered(unowned(phrase))
    if issuer:
        return from_issuer(issuer)  # "the ethnic Arakan Army", "Israel's emergency service Magen David Adom"
    if compound(phrase):
        return _compound(phrase, context)
    named = _with_kind_after(phrase, context) or _named(phrase, context)
    if named:
        return named
    description, kind, side = unnamed_description(phrase, side_of_word, type_of)
    return Source(description, kind, country_of_side(side) if side else None, named=False)


_NOT_OF_NAME = regex.compile(
    r"\b(?i:federal)\s+(?=(?i:ministry|government|health|defen[cs]e|interior)\b)|\b(?i:enemy)\s+(?=(?i:army|forces|military)\b)"
)
_KIND_AFTER_NAME = regex.compile(r"\s+(?:agency|service|directorate|office)$", regex.I)


def _with_kind_after(phrase: str, context: Context) -> Source | None:
    """A registered body named with a generic noun after it: "Ukraine's Defence Intelligence agency"."""
    trimmed = _KIND_AFTER_NAME.sub("", phrase)
    if trimmed == phrase:
        return None
    source = _name_source(trimmed, context)
    return source if source and registered(source.name) else None


def _named(phrase: str, context: Context) -> Source | None:
    """The source a phrase names, or None when it only describes one ("Iraqi officials")."""
    issuer = registered(phrase)
    if issuer:
        return from_issuer(issuer)
    bracket = _BRACKET.match(phrase)
    if bracket:  # "Ministry of Defence (Russia)": a name given by these rules; "X (ACR)": X
        inside, body = bracket["inside"], bracket["body"]
        if body.split()[0].istitle() and all(word.islower() for word in body.split()[1:]):
            body = body[0].lower() + body[1:]  # "Health office (Hodeidah)": a description
        return name_source(body if is_acronym(inside) else f"{inside}'s {body}", context)
    owner_of_document = document_owner(phrase)
    if owner_of_document and not phrase[len(owner_of_document) :].strip()[:1].isupper():  # not "... Database"
        words = _ARTICLE.sub("", tidy(owner_of_document)).split()
        for end in range(len(words), max(0, len(words) - 3), -1):  # "a French government security" assessment
            named = _named(" ".join(words[:end]), context)
            if named:
                return named
            if not words[end - 1].islower():
                break
    if of_a_body := _member_or_part(phrase, context):
        return of_a_body
    led = LED_BY.match(phrase)
    if led and person_in(led["name"]):
        return name_source(led["body"], context)  # "the government of Prime Minister Ana Varga"
    described = DESCRIBED_NAME.match(phrase) or name_then_description(phrase)
    if described:
        return _described(described, context)
    tied = tied_body(phrase, context)
    if tied:
        return tied
    if _DEFINITE_HEAD.match(phrase):
        earlier = _definite(phrase, context)  # "the Observatory", "The committee": the one named before
        if earlier:
            return earlier
    owner, rest = split_owner(phrase)
    described = DESCRIBED_NAME.match(rest)
    if owner and described:
        named = _described(described, context)  # "Estrelia's state news agency ENA"
        if named:
            return Source(named.name, named.type, named.country or country_of_side(owner_side(owner) or ""))
    inner_owner, inner_rest = split_owner(rest) if owner else (None, rest)
    found = (
        (kind_body(inner_owner, inner_rest, context) if inner_owner else None)  # "the Hamas-run Gaza health ministry"
        or kind_body(owner, rest, context)
        or government(phrase)
        or _person(phrase)
        or (_person(rest) if owner else None)  # "Belgorod regional governor Vyacheslav Gladkov"
    )
    if found:
        return found
    if owner and rest in GENERIC_HEADS:  # "the Russian ministry": the Russian one named before
        earlier = _definite(phrase, context)
        return earlier if earlier and earlier.country == country_of_side(owner_side(owner) or "") else None
    return _proper_body(owner, rest, context) or _definite(phrase, context)


def _member_or_part(phrase: str, context: Context) -> Source | None:
    """The body whose people or part a phrase names: "Researchers at Ghent University", "the ICRC delegation"."""
    part = PART_OF_BODY.match(phrase)
    if part and registered(part["body"]):
        return from_issuer(registered(part["body"]))
    members = MEMBERS_OF.match(phrase)
    if members:
        body = name_source(_IN_PLACE.sub("", members["body"]), context)
        if body and body.named and body.type != "person":
            kind = type_of(members["members"]) if body.name not in REGISTERED else None
            return Source(body.name, kind or body.type, body.country)
    return None


def tied_body(description: str, context: Context = NO_CONTEXT) -> Source | None:
    """The body a role speaks for, when it names one: "Pentagon spokesman", "CIA Director William Burns",
    "Lebanon's health minister". A country's own officials ("the Ukrainian President") are persons.

    >>> tied_body("spokesman for the Houthi-run health ministry").name
    'Ministry of Health (Houthis)'
    >>> tied_body("Ukrainian President Volodymyr Zelensky") is None
    True
    """
    owner = body_of_role(description) or _role_before_name(description)
    if owner is None:
        office = office_of(description)  # "Estrelia's human rights ombudsman": the office
        if office is None:
            return None
        holder, kind, possessive = office
        adjective = not possessive and not owner_side(holder)
        return kind_body(country_from_demonym(holder) or holder if adjective else holder, kind, context)
    bare = _BARE_OWNER.sub("", owner)
    named = " ".join(word for word in bare.split() if not word.islower())
    if named in BARE_COUNTRY and named not in SEATS_OF_GOVERNMENT and not registered(named):
        if named == bare or not _GOVERNMENT_WORDS.search(bare):
            return None  # "Ukrainian President", "a senior Israeli official": a person, an unnamed source
    if bare.lower() in GENERIC_HEADS:
        owner = f"the {bare.lower()}"  # "Committee spokesman": the committee the article named
    body = name_source(owner, context)
    if _BATTLEGROUP.search(owner):  # a battlegroup's spokesman speaks for the ministry of defence
        possessive = _POSSESSIVE_S.search(owner)
        named = _BARE_OWNER.sub("", owner[: possessive.start()]) if possessive else None
        side = (owner_side(named) or named if named else None) or country_in(owner)
        side = side or context.country_for("defence ministry")
        return kind_body(side, "defence ministry", context) if side else None
    if body is not None and body.type == "person" and len(bare.split()) == 1 and _SPOKESPERSON.search(description):
        if bare[:1].isupper() and bare.lower() not in ("the", "a", "an"):
            return Source(bare, "armed group", None)  # "a spokesman for Fano": a body no table lists
        return None
    if body is None or not body.named or body.type == "person":
        return None
    return body


def _role_before_name(phrase: str) -> str | None:
    """The body of a role written before a person's name: "CIA Director William Burns" -> "CIA"."""
    words = phrase.split()
    for size in (2, 3, 4):
        if len(words) <= size:
            return None
        name, description = " ".join(words[-size:]), " ".join(words[:-size])
        if is_person(name):
            owner = body_of_role(strip_titles_at_end(description))
            if owner:
                return owner
            office = office_of(description)
            if office:
                return f"{office[0]}'s {office[1]}" if office[2] else f"the {office[0]} {office[1]}"
    return None


_GOVERNMENT_WORDS = regex.compile(
    r"\b(?:government|authorities|administration|cabinet|regime|ministry|military|army|forces|staff|police|"
    r"ombuds\w+|human\s+rights\s+\w+|public\s+defender|prosecutor)\b",
    regex.I,
)
_BATTLEGROUP = regex.compile(rf"\b(?:{alternation(BATTLEGROUPS)})\b", regex.I)
_SPOKESPERSON = regex.compile(r"\bspokes|\bpress\b", regex.I)
_CALENDAR = regex.compile(rf"^(?:{alternation((*MONTHS, *WEEKDAYS, 'Today', 'Yesterday'))})$")


def _described(match: regex.Match, context: Context) -> Source | None:
    """ "the news agency AFP", "independent Russian outlet Mediazona": the name, typed by the noun."""
    named = name_source(match["name"], context)
    if named is None:
        return None
    kind = type_of(match["noun"])
    country = named.country or country_in(match["description"])
    if named.type == "person" or (kind and named.name not in REGISTERED):
        return Source(named.name, kind or named.type, country)
    return Source(named.name, named.type, country)


_UNNAMED_WORDS = set(UNNAMED_HEADS)
_STATE_TYPES = ("government", "military", "intelligence", "health authority")
_IN_PLACE_SPLIT = regex.compile(r"\s+(?:in|at|from|near)\s+")
_IN_PLACE = regex.compile(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$")
# A proper name: capitalised words joined by "of", "for", "and", "the", not opening with a preposition
# ("The Democratic Voice of Burma", "Justice pour Barsalogho"; not "In September").
_PROPER_NAME = regex.compile(
    r"(?!(?:In|On|At|By|For|From|After|Before|Since|During|Until|With|When|While|As)\s)"
    r"[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|for|and|the|on|in|de|pour|du|des|la|le|al-\w+))+"
)


def _person(phrase: str) -> Source | None:
    name = person_in(phrase)
    if name is None or type_of(name) or name.endswith(" International"):
        return None  # "Orsk University", "Kestrel News", "Relief International": a body's name
    return Source(name, "person", None)


def _proper_body(owner: str | None, rest: str, context: Context) -> Source | None:
    """A body with a name of its own ("Ukraine's Coordination Headquarters for ...", "the NIS" expanded), or
    an owner's body described in lower case ("Hodeidah health office")."""
    name = rest.removeprefix("the ").removeprefix("The ")
    if name.lower() == name:
        return described_body(owner, name, context) if owner else None
    described = _IN_PLACE_SPLIT.split(name, maxsplit=1)[0]
    if owner is None and described.split()[-1].lower() in _UNNAMED_WORDS and not type_of(described):
        return None  # "Elders in Mahaday", "Residents in Goma": people described, no body
    if is_acronym(name):
        expanded = context.expansion(name)
        if expanded and fold(expanded) != fold(name):
            return name_source(f"{owner}'s {expanded}" if owner else expanded, context)
    issuer = registered(name)
    side = owner_side(owner) if owner else None
    if issuer and (side is None or issuer.country in (None, side) or side in issuer.owners):
        return from_issuer(issuer)
    if owner and side is None and (registered(owner) or type_of(owner)):
        return name_source(owner, context)  # "the ICRC's delegation", "the London School ...'s Sudan Research Group"
    inside, name, kept = leading_demonym(name)
    country = (country_of_side(side) if side else owner) or inside
    kind = type_of(name)
    if kind is None and len(name.split()) == 1 and not is_acronym(name):
        if _CALENDAR.match(name) or len(name) < 3 or name.lower() in _UNNAMED_WORDS:
            return None
        return Source(person_name(name), "person", None)  # "Zelenskiy", "Andriy"
    if kind is None and not is_acronym(name) and not _PROPER_NAME.fullmatch(name):
        return None  # no word of it says it is a body: a description ("In September")
    if not (name.split()[-1][:1].isupper() or is_acronym(name.split()[-1])):
        return None  # "Western intelligence", "Red Cross field hospital": described, not named
    kind = kind or "monitor"
    if state_head(name) and kind in _STATE_TYPES and not kept:  # not "... News Agency (Iran)"
        where = country or context.country_for(None, name)
        if where:
            return Source(f"{name} ({where})", kind, country or where)
    return Source(name, kind, country)


_DEFINITE = regex.compile(r"^(?i:the)\s+(?:[\w'’-]+\s+){0,3}?(?P<head>[A-Za-z]+)$")
_PARTS = regex.compile(r"\s+(?:and|&)\s+|,\s*(?:and\s+)?")
_BRACKET = regex.compile(r"^(?P<body>[^()]+?)\s*\((?P<inside>[^()]+)\)$")
_ARTICLE = regex.compile(r"^(?i:an?|the)\s+")
_BARE_OWNER = regex.compile(r"^(?i:the)\s+|['’]s?$")
_POSSESSIVE_S = regex.compile(r"['’]s?\s")
_DEFINITE_HEAD = regex.compile(r"^(?i:the)\s+(?P<head>[A-Za-z]+)$")


def _definite(phrase: str, context: Context) -> Source | None:
    """ "the mission", "The panel", "the Britain-based monitor": the body named before, when there is one."""
    match = _DEFINITE.match(phrase)
    return context.antecedent(match["head"]) if match else None


def _compound(phrase: str, context: Context) -> Source:
    """ "Ukrainian and Western assessments", "Moscow and Kyiv": kept as written, or as the names of their
    parts when each names a body ("the BBC's Russian service and the exile outlet Mediazona"); typed by
    their parts when these agree, else unnamed."""
    parts = _PARTS.split(phrase)
    shared_head = parts[-1].split()[-1]
    if len(parts[-1].split()) > 1:  # "US and Ukrainian officials": "US officials", "Ukrainian officials"
        parts = [part if len(part.split()) > 1 else f"{part} {shared_head}" for part in parts]
    sources = [name_source(part, context) for part in parts]
    types = {source.type if source else None for source in sources}
    kind = types.pop() if len(types) == 1 else "unnamed"
    if all(source and source.named and source.type != "person" for source in sources) and kind != "government":
        names = sorted({source.name for source in sources if source})  # one order whatever the article's
        return Source(" and ".join(names), kind, None)
    return Source(phrase[0].upper() + phrase[1:], kind if kind not in (None, "person") else "unnamed", None, False)
