"""Roles that tie a person to the body they speak for: "Pentagon spokesman", "spokesman for the Houthi-run
health ministry", "the ICRC's regional director", "deputy head of the UN mission in Congo (MONUSCO)",
"Health Minister" (the health ministry). A former holder, and a country's president or prime minister,
speak as persons; ``office_kind`` tells the kind of source each speaks as (a governor, a general, a surgeon).
"""

from __future__ import annotations

import itertools

import regex

from .lexicon.attribution import TITLES
from .lexicon.bodies import FORMER, GOVERNMENT_OFFICES, HEALTH_OFFICES, KINDS, MILITARY_OFFICES, OFFICES, SPEAKING_ROLES
from .names import is_person, strip_titles
from .patterns import alternation

_ROLE = alternation(SPEAKING_ROLES)
_OFFICE_PHRASES = [phrase for kind in OFFICES for phrase in KINDS[kind][2] if "'" not in phrase]
# Words that may stand between a body and its spokesperson's role ("the ICRC's regional director").
_ROLE_MODIFIERS = (
    r"(?:(?:deputy|acting|regional|chief|senior|top|principal|official|military|press|first|outgoing|interim|"
    r"assistant|executive|vice|country|national|local|field|spokes|general)\s+)*"
)
_FORMER = regex.compile(rf"\b(?:{alternation(FORMER)})[\s-]", regex.I)
# "Pentagon spokesman", "the Houthi-run health ministry's spokesman", "Russian Defence Minister".
# "MSF head of mission", "the ICRC's head of delegation": a role over a body's work in one place.
_OF_POST = r"(?:\s+of\s+(?:mission|delegation|operations|office|sub-delegation))?"
_OWNER_THEN_ROLE = regex.compile(
    rf"^(?:(?:the|a|an|another)\s+)?(?P<owner>.+?)(?:['’]s?)?\s+{_ROLE_MODIFIERS}(?P<role>{_ROLE}|minister){_OF_POST}$",
    regex.I,
)
# "Estrelia's human rights ombudsman": the holder of a one-person office speaks as the office.
_OFFICE = regex.compile(
    rf"^(?:(?:the|a|an)\s+)?(?P<owner>.+?)(?P<possessive>['’]s)?\s+(?P<office>{alternation(_OFFICE_PHRASES)})$",
    regex.I,
)
# "spokesman for the Houthi-run health ministry", "deputy head of the UN mission", "minister of health".
_ROLE_OF_OWNER = regex.compile(
    rf"^(?:(?:the|a|an|another)\s+)?{_ROLE_MODIFIERS}(?P<role>{_ROLE}|minister)\s+(?:of|for|at|to|with)\s+(?P<owner>.+)$",
    regex.I,
)
_TITLES = alternation(TITLES)
_WORD = r"(?:(?:[A-Z]\.){2,}|[\w'’&-]+)"  # "U.N." keeps its dots; a full stop ends the description
# A role written before a person's name: up to eight words after a comma, a full stop or the start;
# or before a comma and titles ("another Pentagon spokesman, Major General Pat Ryder", "Estrelia's health
# minister, Ana Bel").
_BOUNDARY = r"(?:^|[,.;:(“\"\n*•][^\S\n]*|\b(?:by|from|with|said|says|told|and|when|while|but)[^\S\n]+)"
_DESCRIPTION = rf"(?P<description>(?:{_WORD}[^\S\n]+){{0,7}}{_WORD})"
ROLE_BEFORE_NAME = regex.compile(rf"(?r){_BOUNDARY}{_DESCRIPTION}[^\S\n]+$")
ROLE_BEFORE_TITLES = regex.compile(rf"(?r){_BOUNDARY}{_DESCRIPTION}[^\S\n]*,[^\S\n]*(?:(?:{_TITLES})[^\S\n]+){{0,3}}$")
# A role written after a person's name: ", deputy head of the UN mission in Congo (MONUSCO), told ...".
ROLE_AFTER_NAME = regex.compile(
    r"^\s*,\s+(?P<description>[^,;()\"“”]{3,120}?)(?:\s*\([^)]{1,40}\))?\s*(?:,|(?<!\bwho)\s+(?:said|says|told|added|had|has|"
    r"wrote|announced|reported|estimated)\b|(?<![A-Z])\.|(?<=[A-Z]{2})\.(?=\s|$)|$)"
)
# "Ivo Brandt, who heads the district council, said ...".
_WHO_HEADS = regex.compile(
    r"^who\s+(?:heads|leads|runs|chairs|commands|directs|(?:has|had)\s+(?:run|headed|led|directed))\s+"
    r"(?P<owner>.+?)(?:['’]s\s+[a-z][\w\s-]*)?(?:\s+(?:since|for|in)\b.*)?$",  # "the ministry's information centre"
    regex.I,
)


_THEN = regex.compile(r"^(?i:then)\s+")
# An owner that names a body: a capitalised name or a body's head noun ("UN", "the interior ministry").
_NAMED_OWNER = regex.compile(r"[A-Z]|\b(?i:ministry|department|office|agency|service|army|mission|command)\b")
_HOW_MANY = regex.compile(r"^(?i:two|three|four|five|six|several|some|many|a\s+few|\d+)\s+")
_ROLE_OF_ACRONYM = regex.compile(r"^(?:the\s+)?(?:DG|D\.G\.|(?i:director[- ]general))\s+(?P<owner>[A-Z]{2,}[a-z]?)\b")
_BARE_SPOKESPERSON = regex.compile(r"(?i:(?:the|a|an|its|their)\s+)?(?i:spokes(?:man|woman|person)|press\s+secretary)")
_PLACE_AT_END = regex.compile(r"\s+(?:in|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$")
# Secretaries who head a ministry, read as the ministry's kind.
_SECRETARIES = {
    "state": "foreign ministry", "foreign": "foreign ministry", "defence": "defence ministry",
    "defense": "defence ministry", "home": "interior ministry", "health": "health ministry",
}  # fmt: skip
_STAFF = regex.compile(
    r"(?:the\s+)?(?:general\s+|defen[cs]e\s+|army\s+)?staff(?:\s+of\s+the\s+armed\s+forces)?", regex.I
)
_TITLES_AT_END = regex.compile(rf"(?:\s+(?:{_TITLES}))+$")
# Offices whose holder speaks under their own name, by the kind of source they speak as.
_OFFICES_BY_KIND = {
    "government": GOVERNMENT_OFFICES, "military": MILITARY_OFFICES, "health authority": HEALTH_OFFICES
}  # fmt: skip
_NOT_MILITARY_GENERAL = r"(?<!-)(?<!(?:secretary|attorney|prosecutor|inspector|consul|director|solicitor|auditor)\s)"


def _office_patterns(offices: tuple[str, ...]) -> tuple[regex.Pattern, regex.Pattern]:
    """ "Ukrainian President Volodymyr", "the city's acting mayor, ": an office right before a name; "the
    Ukrainian president", "president of Ukraine": an office opening a role."""
    office = rf"{_NOT_MILITARY_GENERAL}(?:{alternation(offices)})"
    return (
        regex.compile(rf"(?ri)\b{office}(?:\s+|\s*,\s*)(?:(?-i:[A-Z])[\w'’.-]*\s+)?$"),
        regex.compile(rf"^(?:[\w'’-]+\s+){{0,3}}?{office}\b", regex.I),
    )


_OFFICE_PATTERNS = {kind: _office_patterns(offices) for kind, offices in _OFFICES_BY_KIND.items()}
_GOVERNOR_PATTERNS = {"governor": _office_patterns(("governor", "regional governor", "provincial governor"))}
# A region's administration by its proper name: "the Kharkiv Regional Military Administration".
_REGIONAL_ADMINISTRATION = regex.compile(
    r"\b(?:(?!The\b)[A-Z][\w'’-]+\s+){1,2}(?:Regional|Oblast|Provincial|Region|Province)\s+(?:(?:Military|State|Civil-Military)\s+)?"
    r"Administration\b"
)
_MENTIONS_READ = 4  # a person's first few mentions say who they speak for


def strip_titles_at_end(description: str) -> str:
    """ "Pentagon spokesman Major General" -> "Pentagon spokesman"; a role is kept ("CIA Director")."""
    stripped = _TITLES_AT_END.sub("", description)
    return stripped if body_of_role(stripped) else description


def body_of_role(description: str) -> str | None:
    """The body a role description names, when it speaks for it.

    >>> body_of_role("Pentagon spokesman"), body_of_role("spokesman for the Houthi-run health ministry")
    ('Pentagon', 'the Houthi-run health ministry')
    >>> body_of_role("Health Minister"), body_of_role("minister of health")
    ('Health ministry', 'ministry of health')
    >>> body_of_role("a former UN investigator") is None, body_of_role("Prime Minister") is None
    (True, True)
    """
    description = " ".join(description.split())
    if not description or _FORMER.search(description):
        return None
    description = _THEN.sub("", description)  # "then defence minister": the claim was made in that role
    description = _HOW_MANY.sub("", description)  # "Two US officials" are US officials
    acronym = _ROLE_OF_ACRONYM.match(description)
    if acronym:
        return acronym["owner"]  # "DG ISPR Lt Gen Ahmed Sharif Chaudhry": the ISPR's director general
    heads = _WHO_HEADS.match(description)
    if heads:
        return heads["owner"]
    for pattern, text in (
        (_ROLE_OF_OWNER, description),
        (_OWNER_THEN_ROLE, description),
        (_OWNER_THEN_ROLE, _PLACE_AT_END.sub("", description)),  # "MSF's emergency coordinator in Sudan"
    ):
        match = pattern.match(text)
        if match and match["role"].lower() == "officials" and not _NAMED_OWNER.search(match["owner"]):
            return None  # "military officials", "health officials": unnamed; "interior ministry officials" speak
        if match and match["owner"].lower() not in ("the", "a", "an", "its", "their", "his", "her"):
            return _owner(match["owner"], match["role"], pattern is _ROLE_OF_OWNER)
    return None


def office_of(description: str) -> tuple[str, str, bool] | None:
    """The owner and kind of a one-person office a description names ("Estrelia's human rights ombudsman"),
    and whether the owner is written as a possessive (a name, not an adjective)."""
    office = _OFFICE.match(" ".join(description.split()))
    if office is None or _FORMER.search(description):
        return None
    owner = office["owner"].removeprefix("the ").removeprefix("The ")
    if owner.lower() in ("the", "a", "an", "its", "their", "his", "her"):
        return None
    return owner, office["office"], bool(office["possessive"])


def bare_spokesperson(description: str) -> bool:
    """Whether a description is a spokesperson's role that names no body ("spokesperson", "a spokesman")."""
    return bool(_BARE_SPOKESPERSON.fullmatch(description.strip()))


def _owner(owner: str, role: str, role_first: bool) -> str | None:
    owner = owner.strip(" ,")
    if role.lower() == "secretary" and owner.lower() in _SECRETARIES:
        return _SECRETARIES[owner.lower()]  # "Secretary of State", "Defence Secretary": a ministry's head
    if role_first and role.lower() == "chief" and _STAFF.fullmatch(owner):
        return "general staff"  # "the chief of staff", "chief of the general staff": the country's general staff
    if role.lower() != "minister":
        return owner
    if role_first:
        return f"ministry of {owner}"  # "minister of health"
    words = [w for w in owner.split() if w.lower() not in ("deputy", "acting", "vice", "interim", "first")]
    if owner.split()[-1:] and owner.split()[-1].lower() in ("prime", "first", "chief"):
        return None  # "Prime Minister" heads a government as a person
    return f"{' '.join(words)} ministry" if words else None


def first_mentions(text: str, person: str) -> list[regex.Match]:
    """A person's first few mentions by full name or surname: where the article says who they speak for."""
    surname = person.split()[-1]
    pattern = regex.compile(rf"(?<![\w-])(?:{regex.escape(person)}|{regex.escape(surname)})(?![\w-])")
    return list(itertools.islice(pattern.finditer(text), _MENTIONS_READ))


def full_name(text: str, surname: str) -> str | None:
    """The full name an article first gives a person it later calls by surname alone ("Burhan").

    >>> full_name("Army chief Abdel Fattah al-Burhan spoke. Burhan said 40 died.", "Burhan")
    'Abdel Fattah al-Burhan'
    >>> full_name("Burhan said 40 died.", "Burhan") is None
    True
    """
    particle = r"(?:(?:al|el|bin|ibn|de|van|von)[-\s])?"
    pattern = regex.compile(rf"(?:[A-Z][\w'’-]+\s+){{1,3}}{particle}{regex.escape(surname)}\b")
    for match in pattern.finditer(text):
        name = strip_titles(match.group())
        if name != surname and is_person(name):
            return name
    return None


def regional_administration(text: str, person: str, descriptions: list[str]) -> str | None:
    """The one regional administration an article names by its proper name, when the person is the region's
    governor, who speaks for it ("regional governor X" in an article that names "the Kharkiv Regional Military
    Administration").

    >>> text = "The Orsk Regional Military Administration said 3 died. Orsk governor Ivo Dan said 4 more died."
    >>> regional_administration(text, "Ivo Dan", [])
    'Orsk Regional Military Administration'
    >>> regional_administration(text + " Velm governor Ana Bel said 2 died.", "Ana Bel", []) is None
    True
    """
    if _office_of(text, person, descriptions, _GOVERNOR_PATTERNS) is None:
        return None
    around = " ".join([*descriptions, *(_sentence_around(text, m) for m in first_mentions(text, person))])
    named = {m.group() for m in _REGIONAL_ADMINISTRATION.finditer(text) if m.group().split()[0] in around}
    return named.pop() if len(named) == 1 else None  # the administration of the region named with them


def _sentence_around(text: str, mention: regex.Match) -> str:
    """The words of a mention's sentence near it: 80 characters before, 120 after."""
    before = text[max(0, mention.start() - 80) : mention.start()]
    after = text[mention.end() : mention.end() + 120]
    return before[before.rfind(". ") + 1 :] + mention.group() + after.split(". ", 1)[0]


def office_kind(text: str, person: str, descriptions: list[str]) -> str | None:
    """The kind of source a person speaks as under their own name, from an office the article gives them
    in a phrase it used for them as a claimant or around their first mentions: a president, governor or
    aide their government; a general or army chief their military; a surgeon or hospital director a health
    authority.

    >>> office_kind("Estrelian President Ana Bel said 40 died.", "Ana Bel", [])
    'government'
    >>> office_kind("Ana Bel, the country's governor, said 40 died.", "Ana Bel", [])
    'government'
    >>> office_kind("Ana Bel, a surgeon at the city hospital, said 40 died.", "Ana Bel", [])
    'health authority'
    >>> office_kind("Major General Ana Bel said 40 died.", "Ana Bel", [])
    'military'
    >>> office_kind("Ana Bel, a nurse, met President Ivo Dan.", "Ana Bel", []) is None
    True
    >>> office_kind("Ana Bel, the UN secretary general, said 40 died.", "Ana Bel", []) is None
    True
    >>> office_kind("UNRWA Commissioner-General Ana Bel said 40 died.", "Ana Bel", []) is None
    True
    """
    return _office_of(text, person, descriptions, _OFFICE_PATTERNS)


def _office_of(text: str, person: str, descriptions: list[str], patterns: dict) -> str | None:
    """The key of ``patterns`` whose office the article gives a person (see ``office_kind``)."""
    for description in descriptions:
        role = description.replace(person, " ").strip()
        kind = role and (_office_opening(role, patterns) or _office_before_name(role + " ", patterns))
        if kind:
            return kind
    for mention in first_mentions(text, person):
        kind = _office_before_name(text[max(0, mention.start() - 60) : mention.start()], patterns)
        if kind:
            return kind
        before = ROLE_BEFORE_TITLES.search(text, max(0, mention.start() - 80), mention.start())
        after = ROLE_AFTER_NAME.match(text[mention.end() : mention.end() + 200])
        for found in (before, after):  # "The acting governor of the Orsk region, Ivo Danek"
            role = found["description"] if found else ""
            kind = role and not _FORMER.search(role) and _office_opening(role, patterns)
            if kind:
                return kind
    return None


def _office_before_name(words: str, patterns: dict) -> str | None:
    return next((kind for kind, (before, _) in patterns.items() if before.search(words)), None)


def _office_opening(role: str, patterns: dict) -> str | None:
    return next((kind for kind, (_, opening) in patterns.items() if opening.match(role)), None)
