"""The parts of a source's noun phrase: tidying it, its owner, a compound, an unnamed description.

``source_names`` builds one name from these parts; each function here reads the phrase only.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import regex

from .lexicon.attribution import DOCUMENT_NOUNS, TITLES
from .lexicon.bodies import (
    CAPITALS,
    DESCRIPTOR_NOUNS,
    GOVERNMENT_OFFICES,
    KINDS,
    NAME_SPELLINGS,
    NOT_COUNTRIES,
    PERSON_HEADS,
    RANK_WORDS,
    STATE_HEADS,
    TYPE_HEADS,
)
from .lexicon.places import PLACES, SIDES
from .names import is_person, strip_titles
from .patterns import alternation

_COUNTRY_WORDS = sorted(
    {name for names in SIDES.values() for name in names if not name.endswith(("'s", "’s"))}
    | set(CAPITALS)
    | {name for names in PLACES.values() for name in names}
    | {"U.S.", "U.K."},
    key=len,
    reverse=True,
)
_COUNTRY = alternation(_COUNTRY_WORDS, any_space=False)
_COUNTRY_SET = set(_COUNTRY_WORDS)
_KIND_PHRASES = alternation([phrase for _, _, phrases in KINDS.values() for phrase in phrases])
_NAME_WORD = r"[A-Z][\w.&’'/-]*"

# A time before a claimant's name ("In September President Vladimir Putin").
_LEADING_TIME = regex.compile(
    r"^(?:In|On|Last|This|Since|By|Earlier|Later)\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"\d{4}|week|month|year)\b,?\s+(?=[A-Z])"
)
# A time word or clause left at the end of a claimant ("Moscow last", "..., shared with Congress").
_TRAILING = regex.compile(
    r"(?:\s+(?:last|earlier|later|previously|today|yesterday|recently|also|then|now|again|meanwhile|"
    r"on\s+\w+day|this\s+(?:week|month|year)))+$"
    r"|\s+(?:shared|seen|obtained|published|released|reviewed|compiled|cited|quoted)\s+(?:with|by)\b.*$",
    regex.I,
)
# Words before a name that are no part of it ("updates one CSIS", "midday Tymur Tkachenko").
# lower-case words before a name, not a name's own particle ("al-Awda Hospital", "el-Sisi")
_LEADING_JUNK = regex.compile(
    r"^(?:(?!(?:al|el|ad|as|ash|at|az|bin|ibn|abu)-[A-Z])(?:[a-z0-9][\w/:.-]*|\d[\d-]*)\s+)+(?=[A-Z])"
)
_NAME_LIKE = regex.compile(rf"^(?:{_NAME_WORD}(?:['’]s)?)(?:\s+(?:{_NAME_WORD}|of|for|and|the|on|in|de|van|al-\w+))*")
# "the news agency AFP", "Independent Russian outlet Mediazona", "the conflict monitor ACLED".
DESCRIBED_NAME = regex.compile(
    rf"^(?P<description>(?:(?i:the|an?)\s+)?(?:[\w-]+\s+){{0,3}}?(?P<noun>{alternation(DESCRIPTOR_NOUNS)})\b)"
    rf"\s+(?P<name>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|of|for|and|the))*)$"
)
# A name with its description after it: "the Cabo Ligado conflict observatory", "the Fano militia".
NAME_THEN_DESCRIPTION = regex.compile(
    rf"^(?:(?i:the)\s+)?(?!(?i:the|an?|this|that|its|their)\b)(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}})"
    rf"(?<!-(?:based|run|led|backed|affiliated|linked|aligned))\s+(?P<description>(?:[a-z][\w-]*\s+){{0,2}}(?P<noun>{alternation(DESCRIPTOR_NOUNS)}))$"
)
# "Russia's", "the London School of Hygiene and Tropical Medicine's", "the US military's", "the Houthi
# People of a named body: "Researchers at Ghent University", "Tuareg-led rebels of the Strategic Framework ...".
MEMBERS_OF = regex.compile(
    r"^(?:(?i:the|an?)\s+)?(?:(?:[a-z][\w-]*|[\w-]+-(?:led|backed|based|run))\s+)?"
    r"(?P<members>(?i:researchers|scientists|experts|doctors|officials|rebels|"
    r"fighters|members|militants|staff|analysts|investigators))\s+(?:at|from|with|of)\s+(?P<body>.+)$"
)
# A known body's own office or team somewhere: "the ICRC delegation in Kinshasa", "the WHO country office".
PART_OF_BODY = regex.compile(
    r"^(?:(?i:the)\s+)?(?P<body>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,5})\s+(?:regional\s+|country\s+|local\s+)?"
    r"(?:delegation|sub-delegation|office|team|teams|branch|staff|officials|sources|representatives|spokespeople)"
    r"(?:\s+(?:in|for|at)\s+.+)?$"
)
LED_BY = regex.compile(
    r"^(?P<body>.+?(?i:government|administration|regime|cabinet|forces)|.+?(?=\s+(?:under|led\s+by)))\s+"
    r"(?:of|under|led\s+by)\s+(?P<name>(?:[A-Z][\w.'’-]*\s+){1,5}[A-Z][\w'’-]+)$"
)
# rebels'", "the territory's".
_OWNER_KIND_WORDS = r"military|army|government|ministry|forces|rebels|militants|fighters|movement|group|authorities"
_POSSESSIVE = regex.compile(
    rf"^(?:(?i:the)\s+)?(?!People['’]s\b)(?P<owner>{_NAME_WORD}(?:\s+(?:(?:of|for|and|the|on)\s+)*{_NAME_WORD}){{0,7}}"
    rf"(?:\s+(?:{_OWNER_KIND_WORDS}))?|(?:territory|country|enclave|strip|region|nation|group|movement|army|"
    rf"military|organi[sz]ation|agency|ministry|mission|committee|office))(?:['’]s|(?<=s)['’])\s+(?P<rest>.+)$"
)
# A body named after the people it serves, with a plural possessive inside its name: "Prisoners' Society".
_PEOPLES_BODY = regex.compile(
    r"\b(?i:prisoners|families|soldiers|mothers|workers|journalists|doctors|lawyers|veterans|martyrs|victims|"
    r"detainees|farmers|teachers|students|physicians|nurses|parents|widows|survivors|women|children|people)$"
)
# An office named after its holder: "the Prime Minister's Office", "the President's Office".
_HOLDERS_OFFICE = regex.compile(rf"\b(?i:{alternation(GOVERNMENT_OFFICES)})['’]s\s+Office\b")
_RUN_BY = regex.compile(
    rf"^(?:(?i:the)\s+)?(?P<owner>{_NAME_WORD})-(?:run|controlled|administered|led)\s+(?P<rest>.+)$"
)
_HELD_BY = regex.compile(
    r"^(?:(?i:the)\s+)?(?:[\w-]+-(?:backed|based|appointed|aligned|allied)|[a-z][\w-]*-(?:run|owned|controlled|funded))"
    r"\s+(?P<rest>.+)$"
)
_OWNER_AFTER = regex.compile(
    rf"^(?P<rest>.+?)\s+(?:of|in|for)\s+(?:the\s+)?(?P<owner>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})$"
)
_OF_GOVERNMENT_RUN_BY = regex.compile(
    rf"^(?P<rest>.+?)\s+of\s+(?:the\s+)?(?P<owner>{_NAME_WORD})-(?:run|controlled|administered|led)\s+"
    r"(?:government|authorities|administration)$"
)
# A country adjective or name before the rest of the phrase: "Russian Defense Ministry", "US intelligence".
_OWNER_BEFORE = regex.compile(
    rf"^(?:(?i:the|an?)\s+)?(?:(?:Royal|Imperial|National|Federal)\s+(?=(?:{_COUNTRY})\s))?"  # "the Royal Thai Army"
    rf"(?:[a-z][\w-]*\s+){{0,2}}?(?!(?i:the|an?)\s)"
    rf"(?!People['’]s\s)(?P<owner>{_COUNTRY}|{_NAME_WORD})\s+"
    rf"(?P<rest>.+)$"
)
_KIND = regex.compile(rf"^(?:(?:official|national|state|regional)\s+)?(?:{_KIND_PHRASES})$", regex.I)
_DOCUMENT = regex.compile(rf"(?r)(?:['’]s|(?<=s)['’])?\s+(?i:{alternation(DOCUMENT_NOUNS, tree=False)})$")
_DOCUMENT_OF = regex.compile(
    rf"^(?:(?i:an?|the)\s+)?(?:[\w-]+\s+)?(?i:{alternation(DOCUMENT_NOUNS)})\s+(?:of|from|by|(?:published|issued|released|"
    rf"compiled)\s+by)\s+(?P<owner>.+)$"
)
_AND = regex.compile(r"\s+(?:and|&)\s+|\s*,\s+")
_BODY_HEAD_AT_END = regex.compile(
    rf"\b(?:{alternation([word for _, words in TYPE_HEADS for word in words if len(word) > 3])})$", regex.I
)
_STATE_HEAD = regex.compile(rf"\b(?:{alternation(STATE_HEADS)})$", regex.I)
_MEDIA_HEAD = regex.compile(rf"\b(?:{alternation(dict(TYPE_HEADS)['media'])})$", regex.I)
_MONITOR_HEAD = regex.compile(
    r"\b(?:researchers|scientists|academics|think\s+tanks?|rights\s+groups?|monitoring\s+groups?|monitors?|study|"
    r"studies|watchdogs?|analysts|(?:volunteer|civil\s+society|community|activist|aid|relief|humanitarian)\s+groups?|"
    r"response\s+rooms?)$",
    regex.I,
)
_PERSON_HEAD = regex.compile(rf"\b(?:{alternation(PERSON_HEADS)})$", regex.I)
_MASS_HEAD = regex.compile(r"\b(?:intelligence|security|media)$", regex.I)  # "Western intelligence": no one body
_BEFORE_PREPOSITION = regex.compile(r"\s+(?:in|at|of|from|with|for|on|inside|near)\s+", regex.I)
_PLACE_AFTER = regex.compile(r"^(?P<rest>.+?)\s+(?:in|from|of)\s+(?P<place>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)$")
_THE = regex.compile(r"^(?i:the)\s+")
_ACRONYM = regex.compile(r"[A-Z][A-Za-z&-]*[A-Z][A-Za-z&-]*(?:-\d{1,2})?")  # two capitals at least; "ISOC-4"
_OPENS_POSSESSIVE = regex.compile(rf"{_NAME_WORD}['’]s\s")
_PART_AFTER_HEAD = regex.compile(r"\s+(?:of|for|on|in)\s+")
_INITIAL = regex.compile(r"(?<=\s)[A-Z]\.\s+")
_DETERMINERS = {"a", "an", "the", "one", "its", "their", "his", "her", "our"}
_RANKS = {word.lower() for word in RANK_WORDS}


def fold(text: str) -> str:
    """A name folded for lookup: lower case, no dots or leading article, one space between words."""
    text = text.replace("’", "'").replace(".", "").replace("s' ", "s ").lower()
    words = text.replace("united nations", "un").replace("united states", "us").split()  # "U.N." = "UN"
    return " ".join(words[1:] if words[:1] == ["the"] and len(words) > 1 else words)


_APPOSITIVE_ACRONYM = regex.compile(r"^(?P<body>.+?),\s*(?P<acronym>[A-Z][A-Z&]{1,7})$")
_LOWER_WORD = regex.compile(r"\s(?!the\s)[a-z]")


def acronym_in_apposition(phrase: str) -> tuple[str, str] | None:
    """A described body and its acronym: "the UN humanitarian office, OCHA" -> (description, acronym);
    not two names ("Ukraine, UK")."""
    match = _APPOSITIVE_ACRONYM.match(phrase)
    return (match["body"], match["acronym"]) if match and _LOWER_WORD.search(match["body"]) else None


_OWNED = regex.compile(r"['’]s\s")


def unowned(phrase: str) -> str:
    """A phrase read without its possessive: "the UN's human rights monitoring mission" -> "the UN human ..."."""
    return _OWNED.sub(" ", phrase)


_INITIAL_WORD = regex.compile(r"[A-Za-z][\w'’&-]*")
_SMALL_WORDS = {"of", "for", "and", "the", "a", "an", "on", "in", "&", "de", "du", "des", "la", "le"}
_COUNTRY_AFTER = regex.compile(r"\s*\([^()]*\)$")  # "Ministry of Defence (Russia)": the country in brackets


def initials(name: str) -> str:
    """The letters an acronym of a body's name would take ("Internal Security Operations Command" -> "ISOC"),
    digits kept, its country in brackets left out.

    >>> initials("National Intelligence Service (South Korea)"), initials("Command Region 4")
    ('NIS', 'CR4')
    """
    words = _INITIAL_WORD.findall(_COUNTRY_AFTER.sub("", name)) + regex.findall(r"\b\d{1,2}\b", name)
    return "".join(w[0].upper() if w[0].isalpha() else w for w in words if w.lower() not in _SMALL_WORDS)


def is_acronym(word: str) -> bool:
    return bool(_ACRONYM.fullmatch(word))


_PLURAL_POSSESSIVE_IN_NAME = regex.compile(r"(?<=[A-Z][a-z]+s)['’](?=\s+[A-Z])")


def tidy(phrase: str) -> str:
    """The phrase without quotes, a trailing time word or clause, or a "Washington-based" before it."""
    phrase = " ".join(phrase.split()).strip(" ,;:'\"“”‘’(")
    phrase = _PLURAL_POSSESSIVE_IN_NAME.sub("", phrase)  # "Sudan Doctors' Network" = "Sudan Doctors Network"
    if phrase.endswith(")") and "(" not in phrase:
        phrase = phrase.rstrip(" )")
    phrase = _LEADING_TIME.sub("", _TRAILING.sub("", phrase))
    held = _HELD_BY.match(phrase)
    if held and phrase[:4].lower() == "the ":
        return f"{phrase[:3]} {held['rest']}"  # "The Britain-based monitor": still the one named before
    return held["rest"] if held else phrase


def name_after_junk(phrase: str) -> str | None:
    """The name after words that are no part of it ("updates one CSIS", "midday Tymur Tkachenko", "the
    second day of the offensive President Ana Varga"), when the phrase ends in a name."""
    junk = _LEADING_JUNK.match(phrase)
    if not junk or DESCRIBED_NAME.match(phrase) or junk.group().strip().lower() in _DETERMINERS:
        return None
    if junk.group().split()[-1].lower() in _LOCATIVE or regex.search(r"\s(?:in|at|near|inside)\s", junk.group()):
        return None  # "officials in Tesk", "volunteers in neighbouring Depayin": a place, no junk
    rest = phrase[junk.end() :]
    named = _NAME_LIKE.match(rest)
    if named and (named.end() == len(rest) or _OPENS_POSSESSIVE.match(rest)):
        return rest
    return None


def named_after_description(phrase: str) -> str | None:
    """The name after lower-case words that describe it, and an owner before them: "the ethnic Arakan Army"
    -> "Arakan Army", "Estrelia's emergency service Red Star" -> "Red Star"."""
    match = _DESCRIBED_AFTER_OWNER.match(phrase)
    return match["name"] if match else None


_DESCRIBED_AFTER_OWNER = regex.compile(
    rf"^(?:(?i:the|an?)\s+)?(?:{_NAME_WORD}(?:\s+{_NAME_WORD})?['’]s\s+)?(?:[a-z][\w-]*\s+){{1,3}}"
    rf"(?P<name>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|of|for|and|the))*)$"
)
_LOCATIVE = {"in", "of", "from", "at", "for", "with", "near", "on", "across", "inside", "to", "and"}


def compound(phrase: str) -> bool:
    """Whether the phrase names two sources or more ("Moscow and Kyiv"), not one whose name holds an "and"
    ("Center for Strategic and International Studies", "Research and Documentation Center")."""
    match = _AND.search(phrase)
    if not match or " of " in phrase[: match.start()] or " for " in phrase[: match.start()]:
        return False
    before, after = phrase[: match.start()].split()[-1], phrase[match.end() :].split()[0]
    name_inside = before[:1].isupper() and after[:1].isupper() and _BODY_HEAD_AT_END.search(phrase)
    return not name_inside and " and " in f" {phrase} "


def document_owner(phrase: str) -> str | None:
    """Whose document a phrase names: "US intelligence assessment" -> "US intelligence", "a communiqué of the
    Armed Forces of Niger" -> "the Armed Forces of Niger"."""
    match = _DOCUMENT_OF.match(phrase)
    if match:
        return match["owner"] if len(match["owner"]) > 1 else None
    match = _DOCUMENT.search(phrase)
    return phrase[: match.start()] if match and match.start() > 1 else None


def split_owner(phrase: str) -> tuple[str | None, str]:
    """The owner a phrase names and the rest: "Russia's defence ministry" -> ("Russia", "defence ministry");
    a country adjective is read as its country ("the Estrelian army" -> ("Estrelia", "army"))."""
    bare = _THE.sub("", phrase)
    if _KIND.match(bare):
        return None, bare  # "Health ministry", "the Defence Ministry"
    run_by = _OF_GOVERNMENT_RUN_BY.match(phrase)
    if run_by and _KIND.match(run_by["rest"].removeprefix("the ")):
        return run_by["owner"], run_by["rest"]  # "the health ministry of the Houthi-run government"
    after = _OWNER_AFTER.match(phrase)
    if after and _KIND.match(after["rest"].removeprefix("the ")) and "'" not in after["rest"]:
        return after["owner"], after["rest"]  # "General Staff of Ukraine's Armed Forces"
    for pattern in (_POSSESSIVE, _RUN_BY):
        match = pattern.match(phrase)
        if match and pattern is _POSSESSIVE and (_HOLDERS_OFFICE.search(phrase) or _PEOPLES_BODY.search(match[1])):
            continue  # "Prime Minister's Office", "the Palestinian Prisoners' Society": one name
        if match:
            return match["owner"], match["rest"]
    if after and (
        _KIND.match(after["rest"].removeprefix("the "))
        or (_is_country_word(after["owner"]) and after["rest"].split()[-1].islower())
    ):  # "Ministry of Defence of Estrelia", "officials in Washington"; not "Democratic Voice of Burma"
        return after["owner"], after["rest"]
    before = _OWNER_BEFORE.match(phrase)
    if before and before["owner"] in NOT_COUNTRIES:
        return None, bare  # "Western intelligence": no country's
    if before and (_KIND.match(before["rest"]) or _lowercase_description(before["rest"])):
        owner = before["owner"]
        if before["rest"].lower() in ("ministry", "minister") and not _is_country_word(owner):
            return None, phrase  # "Energy ministry": a ministry's topic, not its owner
        if _is_country_word(owner):
            return owner, before["rest"]
        return country_from_demonym(owner) or owner, before["rest"]
    return None, bare


def _lowercase_description(rest: str) -> bool:
    """ "health office" after "Hodeidah", not "for Strategic and International Studies" after "Center"."""
    first = rest.split()[0]
    if regex.match(r"(?:al|el|ad|ar|as|ash|at|an|az|ud|ul|bin|ibn)-", first):
        return False  # "Jaish al-Adl": a name's particle, no description
    return first[:1].islower() and first not in _LOCATIVE and first not in ("the", "by", "'s", "’s")


def _is_country_word(word: str) -> bool:
    return word in _COUNTRY_SET


def country_from_demonym(word: str) -> str | None:
    """The country an adjective no table lists names: "Estrelian" -> "Estrelia", "Kestani" -> "Kestan"."""
    if len(word) < 5 or not word[:1].isupper() or not word[1:].islower() or word in NOT_COUNTRIES:
        return None
    for ending, replacement in (("ian", "ia"), ("ese", ""), ("ean", "ea"), ("an", "a")):
        if word.endswith(ending):
            return word[: -len(ending)] + replacement  # "Estrelian" -> "Estrelia", "Marovan" -> "Marova"
    if word[-1] == "i" and word[-2] not in "aeiou":
        return word[:-1]  # "Kestani" -> "Kestan"
    return None


def state_head(name: str) -> bool:
    """Whether a body's name ends, before any "of"/"for" part, in a head word of a state's body."""
    head = _PART_AFTER_HEAD.split(name, maxsplit=1)[0]
    return bool(_STATE_HEAD.search(head))


def unnamed_description(
    phrase: str, side_of: Callable[[str], str | None], type_of: Callable[[str], str | None] = lambda _: None
) -> tuple[str, str, str | None]:
    """An unnamed source keeps its description, in one form: no article, number or rank, the country as its
    adjective first, the head in the plural ("a senior official in Iraq" -> "Iraqi officials"). Returns the
    description, its type (``unnamed`` for people, ``media`` for "South Korean media", else the kind of body its
    head names, by ``type_of``: "a volunteer group", "the national police union") and its side."""
    words = phrase.split()
    while len(words) > 1 and (words[0].lower() in _DETERMINERS or words[0].lower() in _RANKS):
        words.pop(0)
    words = [w for i, w in enumerate(words) if w.lower() not in _RANKS or i == len(words) - 1]
    side = None
    place = _PLACE_AFTER.match(" ".join(words))
    if place and side_of(place["place"]):
        side = side_of(place["place"])
        words = [SIDES.get(side, (place["place"],))[0], *place["rest"].split()]
    for i, word in enumerate(words):
        found = side_of(word.removesuffix("'s").removesuffix("’s"))
        if found and side is None:
            side = found
            if not (i and words[i - 1][:1].isupper()):  # not "Port Sudan", a city named after the country
                words[i] = SIDES.get(found, (word,))[0]
    text = " ".join(words)
    head = _BEFORE_PREPOSITION.split(text, maxsplit=1)[0]  # "a medic at the city hospital": a medic
    people = bool(_PERSON_HEAD.search(head) or (head.endswith("s") and _PERSON_HEAD.search(head[:-1])))
    if _PERSON_HEAD.search(text):
        text += "es" if text.endswith(("ss", "x", "ch", "sh")) else "s"
    kind = "media" if _MEDIA_HEAD.search(text) else "monitor" if _MONITOR_HEAD.search(text) else "unnamed"
    if kind == "unnamed" and not people and not _MASS_HEAD.search(head):
        kind = type_of(text) or kind
    return text[:1].upper() + text[1:], kind, side


def person_in(phrase: str) -> str | None:
    """The person a phrase names, in one spelling, without titles ("Former President Dmitry Medvedev")."""
    name = strip_titles(_LEADING_TITLE.sub("", phrase))
    name = _INITIAL.sub("", name)  # "Mark A. Milley"
    return person_name(name) if is_person(name) else None


_LEADING_TITLE = regex.compile(
    # "Estrelian President ...", "DG ISPR ..."
    rf"^(?:[A-Z][\w'’-]+\s+(?=(?:{alternation(TITLES)})\s)"  # "Estrelian President", "Kharkiv Mayor"
    rf"|(?:DG|Director[- ]General)\s+[A-Z]{{2,}}\s+)?"
    rf"(?:(?:(?i:former|ex-|late|acting|outgoing|then-|first|deputy|vice|interim|regional|provincial|district|city)|"
    rf"(?i:{alternation(TITLES)})|"
    rf"[A-Z][a-z]+-in-[A-Z][a-z]+)\s*)+(?=[A-Z]\w+\s+[A-Z])"
)


def person_name(name: str) -> str:
    """One spelling of a person's name: no accents, "-yy"/"-iy"/"-yi" endings as "-y", known variants.

    >>> person_name("Volodymyr Zelenskyy"), person_name("Oleksandr Syrskyi"), person_name("Volker Türk")
    ('Volodymyr Zelensky', 'Oleksandr Syrsky', 'Volker Turk')
    """
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    words = []
    for word in plain.split():
        word = NAME_SPELLINGS.get(word, word)
        last = len(words) == len(plain.split()) - 1
        if last and len(word) > 4 and word[-3] in "knz" and word[-2:] in ("yy", "iy", "yi"):
            word = word[:-2] + "y"  # surnames: "Zelenskyy", "Zaluzhnyi"; not "Andriy"
        if word[:3] in ("Al-", "El-", "el-") and word[3:4].isupper():
            word = "al-" + word[3:]
        words.append(word)
    return " ".join(words)
