"""The noun phrases of reporting clauses: where a claimant's phrase starts and whether it names a source.

A claimant stands before its verb ("An Egyptian diplomat who took part in the talks
said"), after "according to", or opens the sentence. These functions find that phrase,
trim what is not part of it ("Meanwhile", "also") and tell a source ("the ministry",
"Mr Lee", "it") from any other phrase ("the two sides", "Monday").
"""

from __future__ import annotations

import regex

from .lexicon.attribution import (
    BODY_NOUNS,
    BODY_PRONOUNS,
    CLAIM_ADVERBS,
    CONTACT_VERBS,
    DOCUMENT_NOUNS,
    NON_CLAIMANT_WORDS,
    PARTICIPLES_IN_NAMES,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
    WORDS_BEFORE_A_CLAIMANT,
)
from .lexicon.dates import MONTHS, WEEKDAYS
from .names import BODY_AT_END, ROLE_AT_END, capitalised, is_person, strip_titles
from .patterns import alternation

# How far back from a verb each test looks, in characters: an appositive name or body,
# an appositive clause ("X, chairman of Y, said"), a relative clause, a closing break.
APPOSITIVE_WINDOW = 120
APPOSITIVE_CLAUSE_WINDOW = 160
RELATIVE_CLAUSE_WINDOW = 80
BREAK_WINDOW = 8
# A noun phrase read back from its verb holds at most this many words.
MAX_PHRASE_WORDS = 16

_CALENDAR = alternation([*MONTHS, *WEEKDAYS])
_SPACES = regex.compile(r"\s+")
_LEADING_CONNECTIVE = regex.compile(
    r"^(?:and|but|while|as|so|yet|then|also|meanwhile|however|that|In\s+\w+|On\s+\w+)\s+"
)
# A time or a linking adverb opening a phrase: "Last week the ministry", "Meanwhile, officials".
_TIME_PREFIX = regex.compile(
    rf"""^(?:(?:Last|Earlier|Later|This|Next)\s+\w+
      |(?:morning|afternoon|evening|night)(?=\s+[A-Z])   # "evening Ukraine's army said"
      |{_CALENDAR}|Yesterday|Today|Earlier|Meanwhile|Separately|Previously
    )\b[\s,]+(?=\S)""",
    regex.X,
)
_TRAILING_ADVERB = regex.compile(rf"\s+(?:{alternation(CLAIM_ADVERBS)})$")
# Patterns anchored at the end ($) carry (?r): the regex module then searches from the end.
# "The navy's press office, the Maritime Information Centre (MIC), gave": the body between commas.
_BODY_APPOSITIVE = regex.compile(
    r"""(?r),\s*(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the|on|pour|de|du|des|al|el))+)
    (?:\s*\([A-Z][A-Za-z-]{1,10}\))?,\s*$   # an acronym in brackets may follow the name""",
    regex.X,
)
# A body's one-word name after its description: "The European Union's naval mission, Aspides, said"
_ONE_WORD_NAME_APPOSITIVE = regex.compile(
    r"(?r)\b(?:mission|agency|operation|force|group|office|service|monitor|observatory|network|militia|movement)"
    r"\s*,\s*(?P<name>[A-Z][\w'’-]{3,}),\s*$"
)
# "Washington's envoy, Tom Perriello, said": the person between commas, maybe after a role.
_NAME_APPOSITIVE = regex.compile(
    r"""(?r),\s*(?:(?:[a-z][\w-]*\s+){0,3}(?:spokes(?:man|woman|person)|minister|official|envoy|commander|general|
    director|chief|head|secretary|ambassador|adviser|aide|lawmaker)\s+)?
    (?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’-]+|al-\w+|van|de)){1,5}),\s*$""",
    regex.X,
)
# ", two men were killed when ...": a clause with a subject and its verb (not ", speaking ... because he was")
_CLAUSE_NOT_APPOSITIVE = regex.compile(
    r",\s*(?![a-z]+ing\b)(?:(?!(?:who|which|whose|that)\b)[\w'’-]+\s+){1,4}?(?:was|were|is|are|had|has|have)\s+\w+",
    regex.I,
)
_PAST_VERB = regex.compile(r"\b(?:[a-z]{3,}ed|put|gave|told|found|wrote|took|held|set)\b")
_RELATIVE_WORD = regex.compile(r"\b(?:who|which|that|whom|whose)\b")
_ACRONYM_APPOSITIVE = regex.compile(r"(?r),\s*(?P<acronym>[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*(?:-\d{1,2})?),\s*$")
_ENDS_WITH_BREAK = regex.compile(r"(?r)[,;:()\"“”]\s*$")
_TOKEN = regex.compile(r"[\w'’.&-]*[\w'’.&][\w'’.&-]*")  # not a lone hyphen standing for a dash
_BREAK = regex.compile(r"[,;:()\"“”—–]|\s-\s")
_DIGITS = regex.compile(r"\d[\d,.]*")
_TRAILING_ACRONYM = regex.compile(r"\s*\([A-Z][A-Za-z0-9&-]{1,10}\)$")  # "(CSIS) said"
# "X, who ..., said" / "X, chairman of ..., said": an appositive between commas.
# (a number's thousands comma is no clause break: "..., who interviewed some 2,300 survivors, estimate")
_APPOSITIVE = regex.compile(
    r"(?r),\s*(?:who|which|the|a|an|[a-z][\w-]*|[A-Z][\w-]*['’]s)\b(?:[^,]|(?<=\d),(?=\d{3}))*,\s*$"
)
_CLAUSE_WORDS = r"(?:[^,;\"“”]|(?<=\d),(?=\d{3}))*"  # up to a comma, not a number's ("2,300")
_RELATIVE_CLAUSE = regex.compile(rf"(?r)\s+(?:who|which)\s+{_CLAUSE_WORDS}$")
# "The shelling, which the governor said killed 28": the subject inside an object relative speaks.
_OBJECT_RELATIVE = regex.compile(
    r"(?r)\b(?:which|that|whom)\s+(?P<np>(?:the|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*$"
)
# "Residents contacted by this newspaper gave ...": the residents speak, not the newspaper.
_CONTACTED_BY = regex.compile(rf"(?r)\s+(?:{alternation(CONTACT_VERBS)})\s+by\s+{_CLAUSE_WORDS}$")

DOCUMENT = regex.compile(
    # not a name that ends on such a noun: "the Aid Worker Security Database"
    rf"^(?!the\s+(?-i:(?:[A-Z][\w'’]*\s+){{1,3}}[A-Z]))(?:the|this|that|its|their)\s+(?:[\w'’]+\s+){{0,3}}"
    rf"(?:{alternation(DOCUMENT_NOUNS)})$",
    regex.I,
)
# A document no one is named for: "preliminary estimates", "initial figures".
_BARE_DOCUMENT = regex.compile(rf"(?:[a-z]+\s+){{0,2}}(?:{alternation(DOCUMENT_NOUNS)})s?")


def names_someone(name: str | None) -> bool:
    """Whether a resolved claimant names someone: not empty, not a bare document ("preliminary estimates")."""
    return bool(name) and not _BARE_DOCUMENT.fullmatch(name)


SOURCE_NOUNS = alternation([*ROLE_NOUNS, *(noun for noun in BODY_NOUNS if noun.islower())])
# A role or body noun on its own ("officials", "worker", "hospital"): a source a phrase can be built on.
_SOURCE_NOUN = regex.compile(rf"(?i:{SOURCE_NOUNS})s?")
# A phrase that is only a time: "In January", "Monday", "Later".
_TIME_WORD = regex.compile(
    rf"^(?:(?:In|On|At|By|Since|Until|Last|Early|Late)\s+\w+$|{_CALENDAR}|Today|Yesterday|Earlier|Later|Meanwhile)$"
)
_PLACE_AFTER_HEAD = regex.compile(r"\s+(?:at|in)\s+")
# "according to X, citing Y": Y is the source X cites.
# A dateline at the start of a story: "BAKU, Azerbaijan (AP) — ", "SEOUL (Sample Wire) - ".
_DATELINE = regex.compile(r"^[A-Z][A-Z'’./-]{2,}(?:[ ,]+[\w'’./-]+){0,5}?(?:\s*\([^)]*\))?\s*[—–-]+\s*")
_SUBJECT_TOKEN = regex.compile(r"[\w'’.&-]+")
# A dateline a claimant's phrase opens with: "BAMAKO - ", "DUBAI/JERUSALEM - ", "KYIV, March 3 - "
_DATELINE_IN_NP = regex.compile(r"^[A-Z][A-Z'’./]{2,}(?:[ /][A-Z][A-Z'’./]+)*(?:,[^-–—]{1,20})?\s+[—–-]+\s+(?=\S)")

# Words that end a claimant's phrase read back from its verb.
_STOP_BACK = set(WORDS_BEFORE_A_CLAIMANT)
# Lowercase words ending in -ed that do sit inside a source's name ("an armed group").
_ED_IN_NAMES = set(PARTICIPLES_IN_NAMES)
_POSSESSIVES = ("its", "their", "his", "her")
# A capitalised word of a name right before "to" ("Committee to Protect Journalists"), not "According to".
_NAME_BEFORE_TO = regex.compile(r"(?r)(?<![\w'’-])(?!According\b)[A-Z][\w'’-]*\s+$")
_JOINERS = {"of", "for", "and", "on"}  # words inside a name ("Ministry of Health") that cannot end or open it
_DETERMINERS = {"the", "a", "an", "that", "this", "those", "these", "its", "their", "his", "her", "our", "some", "many"}
# Words a sentence opening with its figure starts with, never a source: "At least four ...".
_SUBJECT_NEVER_OPENS = {
    "at", "in", "on", "more", "less", "some", "about", "around", "up", "over", "nearly", "almost", "as", "by",
    "for", "with", "after", "before", "during", "since", "when", "while", "if", "according", "citing",
    # adverbs that open a sentence on where or when, never its subject ("Further north, ...")
    "further", "farther", "elsewhere", "meanwhile", "separately", "earlier", "later", "overall", "however",
    "across", "near", "amid", "despite", "following", "under", "inside", "outside",
}  # fmt: skip

# What reading one word back from the verb does to the phrase.
TAKE, TAKE_AND_STOP, STOP, RESTART, NO_CLAIMANT = "take", "take and stop", "stop", "restart", "no claimant"


def clean_np(np: str) -> str:
    """A claimant's phrase without the connective, time or adverb around it."""
    np = _SPACES.sub(" ", np).strip(" ,'\"“”‘’-–—")
    np = _DATELINE_IN_NP.sub("", np)  # "BAMAKO - Mali's armed forces said": the dateline is no part of it
    np = _LEADING_CONNECTIVE.sub("", np)
    np = _TIME_PREFIX.sub("", np)
    np = _TRAILING_ADVERB.sub("", np)
    np = np.strip(" ,")
    if np.endswith(")") and "(" not in np:
        np = np[:-1].rstrip(" ,")  # "... Muslims (JNIM), an al-Qaeda affiliate, claimed": "JNIM"
    return np


def np_before(text: str, end: int) -> tuple[int, str] | None:
    """The noun phrase that ends at ``end`` (a claimant's position before its verb), with its start."""
    left = _TRAILING_ACRONYM.sub("", text[:end].rstrip())  # "(CSIS) said"
    first_verb = _first_of_two_verbs(left)
    if first_verb is not None:  # "X, speaking by phone, dismissed the figure and said": X
        return np_before(text, first_verb)
    named = _named_in_apposition(left)
    if named:
        return named
    appositive = _APPOSITIVE.search(left, max(0, len(left) - APPOSITIVE_CLAUSE_WINDOW))
    if appositive and _CLAUSE_NOT_APPOSITIVE.match(appositive.group()):
        appositive = None  # "Further north, two men were killed ..., said X": a clause, not "X, a monitor, said"
    left_core = left[: appositive.start()] if appositive else left  # "X, chairman of Y, said": X
    left_core = _TRAILING_ACRONYM.sub("", left_core) if appositive else left_core  # "X (ACR), a monitor, says"
    if _ENDS_WITH_BREAK.search(left_core, max(0, len(left_core) - BREAK_WINDOW)) and not appositive:
        return None
    inner = _OBJECT_RELATIVE.search(left_core, max(0, len(left_core) - RELATIVE_CLAUSE_WINDOW))
    if inner and is_claimant(inner["np"]):
        return inner.start("np"), inner["np"]
    relative = _RELATIVE_CLAUSE.search(left_core, max(0, len(left_core) - RELATIVE_CLAUSE_WINDOW))
    if relative:
        left_core = left_core[: relative.start()]  # "An Egyptian diplomat who took part in the talks said"
    contacted = _CONTACTED_BY.search(left_core, max(0, len(left_core) - RELATIVE_CLAUSE_WINDOW))
    if contacted:
        left_core = left_core[: contacted.start()]
    chosen = _words_back(left_core)
    while chosen and chosen[0].group().lower() in _JOINERS:
        chosen.pop(0)
    if not chosen:
        return None
    start = chosen[0].start()
    return start, left_core[start:].strip()


def _first_of_two_verbs(left: str) -> int | None:
    """Where the first verb of a clause ending on "and" stands, for the verb after it: "One of the sources put
    the toll at 100 and said ...", "X, speaking by phone, dismissed the figure and said ..."."""
    if not left.endswith(" and"):
        return None
    clause = max(left.rfind(","), left.rfind(";")) + 1
    verb = _PAST_VERB.search(left, clause, len(left) - 4)
    if verb is None or _RELATIVE_WORD.search(left, clause, verb.start()) or len(left) - verb.end() > 100:
        return None
    return verb.start()


def _named_in_apposition(left: str) -> tuple[int, str] | None:
    """A body or person named between commas just before the verb; a phrase with its acronym between commas
    ("The UN humanitarian office, OCHA, said") is the phrase and the acronym."""
    acronym = _ACRONYM_APPOSITIVE.search(left)
    if acronym:
        before = np_before(left, acronym.start())
        if before and is_claimant(before[1]):
            return before[0], left[before[0] : acronym.end("acronym")]
    body = _BODY_APPOSITIVE.search(left, max(0, len(left) - APPOSITIVE_WINDOW))
    if body:
        return body.start("name"), body["name"]  # "The navy's press office, the Maritime Information Centre, gave"
    single = _ONE_WORD_NAME_APPOSITIVE.search(left, max(0, len(left) - APPOSITIVE_WINDOW))
    if single:
        return single.start("name"), single["name"]  # "The European Union's naval mission, Aspides, said"
    named = _NAME_APPOSITIVE.search(left, max(0, len(left) - APPOSITIVE_WINDOW))
    if named and is_person(strip_titles(named["name"])):
        return named.start("name"), named["name"]  # "Washington's envoy, Tom Perriello, said"
    return None


def _words_back(left_core: str) -> list[regex.Match]:
    """The words of the phrase before the verb, read back from it one word at a time."""
    tokens = list(_TOKEN.finditer(left_core))
    chosen: list[regex.Match] = []
    relative_skipped = False
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        gap = left_core[token.end() : chosen[0].start() if chosen else len(left_core)]
        if chosen and _BREAK.search(gap):
            break
        previous = tokens[index - 1].group() if index else ""  # the word before, as written
        step = _step_back(token, previous, chosen, relative_skipped)
        if step == NO_CLAIMANT:
            return []
        if step == STOP:
            break
        if step == RESTART:
            chosen, relative_skipped = [], True  # the subject stands before "who ... said"
            continue
        chosen.insert(0, token)
        if step == TAKE_AND_STOP:
            break
    return chosen


def _step_back(token: regex.Match, previous: str, chosen: list[regex.Match], relative_skipped: bool) -> str:
    """What one more word back from the verb does: joins the phrase, ends it, or shows there is none."""
    word = token.group().rstrip(".")
    lower = word.lower()
    if lower in ("that", "this") and word[:1].isupper() and token.start() == 0:
        return TAKE_AND_STOP  # "That report put ..."
    if not chosen:
        return TAKE if len(word) > 1 and word.isupper() else _first_word_back(lower)  # "WHO said", not "who said"
    if lower.endswith("ed") and lower not in _ED_IN_NAMES and word.islower() and "-" not in word:
        return STOP  # a verb: "Peskov dismissed the estimate"
    if lower == "by" and previous.lower().endswith("ed"):
        return TAKE  # "a committee appointed by the president"
    if lower == "the" and previous.lower() not in ("", "of", "for", "and", "on", "in", "to"):
        return TAKE_AND_STOP  # "On the second day the Observatory said": the name starts here
    if lower in _POSSESSIVES and len(chosen) == 1 and ROLE_AT_END.search(chosen[0].group()):
        return TAKE_AND_STOP  # "its commander said"
    if word in ("who", "which") and not relative_skipped:  # not "WHO chief Tedros ..."
        return RESTART
    if lower in ("in", "at") and _place_of_source(previous, chosen):
        return TAKE  # "Historians at Uppsala University", "A doctor at a hospital in the city"
    if lower == "to" and previous[:1].isupper() and _NAME_BEFORE_TO.search(token.string, 0, token.start()):
        return TAKE  # "the Committee to Protect Journalists said"
    if lower in _STOP_BACK:
        joins = (lower == "and" and _and_joins_names(previous, chosen)) or lower in ("of", "for", "on")
        return TAKE if joins else STOP
    if _DIGITS.fullmatch(word):
        return STOP
    return TAKE_AND_STOP if len(chosen) + 1 >= MAX_PHRASE_WORDS else TAKE


def _first_word_back(lower: str) -> str:
    """The word just before the verb."""
    if lower in _STOP_BACK:
        return STOP
    if lower in ("we", "i"):
        return NO_CLAIMANT  # "We counted 213 dead," said the director: the speaker is named outside the quote
    if lower in ("it", "he", "she", "they"):
        return TAKE_AND_STOP
    return STOP if _DIGITS.fullmatch(lower) else TAKE


def _place_of_source(previous: str, chosen: list[regex.Match]) -> bool:
    """Whether "in" or "at" before ``chosen`` places the source named before it."""
    first = chosen[0].group()
    if first.islower() and len(chosen) > 1 and capitalised(chosen[1].group()):
        first = chosen[1].group()  # "volunteers in neighbouring Depayin"
    if capitalised(first) and (
        _name_or_body(previous)
        or previous.lower().endswith("ing")
        or previous.lower() == "based"
        or _SOURCE_NOUN.fullmatch(previous)
    ):
        return True  # "Researchers at Ghent University in Belgium", "Survivors arriving in Tawila", "an aide in Rusk"
    # "A doctor at a hospital in the city said"
    return first.lower() in ("the", "a", "an") and len(chosen) <= 6 and bool(_SOURCE_NOUN.fullmatch(previous))


def _name_or_body(word: str) -> bool:
    return capitalised(word) or bool(BODY_AT_END.search(word))


def _and_joins_names(previous: str, chosen: list[regex.Match]) -> bool:
    """Whether "and" between ``previous`` and the phrase ``chosen`` joins two names of one claimant.

    "Ukrainian and Western assessments", "US and Ukrainian officials", "BBC and Mediazona".
    """
    if not previous:
        return False
    first = chosen[1] if len(chosen) > 1 and chosen[0].group() == "the" else chosen[0]
    if capitalised(previous) and capitalised(first.group()):  # "Detainees and the Missing"
        return True
    # "three residents and a local nurse": two kinds of source, each a role or a body
    phrase = " ".join(t.group() for t in chosen)
    return bool(_SOURCE_NOUN.fullmatch(previous) and (ROLE_AT_END.search(phrase) or BODY_AT_END.search(phrase)))


def is_claimant(np: str) -> bool:
    """Whether a noun phrase can name a source: a name, a pronoun, a role, a body or a document."""
    words = np.split()
    if not words or _TIME_WORD.match(np):
        return False
    first = words[0].lower()
    if len(words) == 1 and first in PERSON_PRONOUNS + BODY_PRONOUNS:
        return True
    if first in NON_CLAIMANT_WORDS and not (len(words[0]) > 1 and words[0].isupper()):
        return False  # "who", but "WHO" is an acronym
    if len(words) > 18 or (len(words) == 1 and first in ("its", "their", "his", "her", "our")):
        return False
    if any(capitalised(w) and not _TIME_WORD.match(w) for w in words if w.lower() not in _DETERMINERS):
        return True
    head = _PLACE_AFTER_HEAD.split(np, maxsplit=1)[0]  # "A doctor at a hospital in the city"
    return bool(
        BODY_AT_END.search(np)
        or ROLE_AT_END.search(np)
        or DOCUMENT.match(np)
        or ROLE_AT_END.search(head)
        or BODY_AT_END.search(head)
    )


def sentence_subject(text: str) -> tuple[int, str] | None:
    """The noun phrase a sentence opens with, when it names a source ("Armenia's Interior Ministry").

    >>> sentence_subject("Armenia's Interior Ministry on Monday published its count, saying 412 people died.")
    (0, "Armenia's Interior Ministry")
    """
    dateline = _DATELINE.match(text)
    start = dateline.end() if dateline else 0
    words = []
    for token in _SUBJECT_TOKEN.finditer(text, start):
        word = token.group()
        if words and text[words[-1].end() : token.start()].strip():
            break  # punctuation ends the noun phrase
        if not words and word.lower() in _SUBJECT_NEVER_OPENS:
            return None  # "At least four ...": the sentence opens with its figure, not a source
        if capitalised(word) or (words and word.lower() in ("of", "for", "and", "the")) or BODY_AT_END.search(word):
            words.append(token)
            continue
        break
    while words and words[-1].group().lower() in ("of", "for", "and", "the"):
        words.pop()
    if not words:
        return None
    np = text[words[0].start() : words[-1].end()]
    return (words[0].start(), np) if is_claimant(np) else None
