"""Who claims a figure: the reporting clauses of a sentence and the one that governs each figure.

An attribution is a reporting clause ("X said", "according to X", "X told reporters",
"X estimates that", "a study published by X"). ``claimants`` then resolves its noun
phrase to the fullest name the article gives.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from .lexicon.attribution import (
    ACCORDING_TO,
    BODY_NOUNS,
    BODY_PRONOUNS,
    CITING,
    CLAIM_ADVERBS,
    DOCUMENT_NOUNS,
    NON_CLAIMANT_WORDS,
    NOUN_LIKE_VERBS,
    PERSON_PRONOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
)
from .names import BODY_AT_END, ROLE_AT_END, capitalised, has_name, is_person, strip_titles
from .patterns import alternation

_SPACES = regex.compile(r"\s+")
_LEADING_CONNECTIVE = regex.compile(
    r"^(?:and|but|while|as|so|yet|then|also|meanwhile|however|that|In\s+\w+|On\s+\w+)\s+"
)
_TRAILING_ADVERB = regex.compile(rf"\s+(?:{alternation(CLAIM_ADVERBS)})$")
# Patterns anchored at the end ($) carry (?r): the regex module then searches from the end.
_BODY_APPOSITIVE = regex.compile(
    r"(?r),\s*(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the|on|pour|de|du|des|al|el))+)"
    r"(?:\s*\([A-Z][A-Za-z-]{1,10}\))?,\s*$"
)
_NAME_APPOSITIVE = regex.compile(
    r"(?r),\s*(?:(?:[a-z][\w-]*\s+){0,3}(?:spokes(?:man|woman|person)|minister|official|envoy|commander|general|"
    r"director|chief|head|secretary|ambassador|adviser|aide|lawmaker)\s+)?"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’-]+|al-\w+|van|de)){1,5}),\s*$"
)
_ENDS_WITH_BREAK = regex.compile(r"(?r)[,;:()\"“”]\s*$")
_TOKEN = regex.compile(r"[\w'’.&-]+")
_BREAK = regex.compile(r"[,;:()\"“”—–]")
_DIGITS = regex.compile(r"\d[\d,.]*")
_INTRODUCTORY_PHRASE = regex.compile(r"^(?:[^,]{0,60},\s*)?")
_ANY_FIGURE = regex.compile(r"\d|\b(?:hundreds|thousands|dozens)\b")
_CITED_BY = regex.compile(r"^(.+?)\s+(?:cited|quoted|reported)\s+by\b")
_TRAILING_ACRONYM = regex.compile(r"\s*\([A-Z][A-Za-z0-9&-]{1,10}\)$")  # "(CSIS) said"
_TRAILING_JOINER = regex.compile(r"\s+(?:and|of|for|on|the)$")
_KEPT_BY = regex.compile(
    r"\b(?:kept|compiled|published|issued|released|run|collected|gathered|made|conducted)"
    r"\s+(?:[\w ]{0,25}?\s)?by\s+(.+)$"
)
_DOCUMENT_BY = regex.compile(
    r"^(?:an?|the)\s+(?:[\w-]+\s+)?(?:report|study|survey|analysis|assessment|count|tally|investigation)\s+by\s+(.+)$",
    regex.I,
)
# "the General Staff's data", "Kyiv's latest figures": the owner is the source.
_OWNER_OF_DOCUMENT = regex.compile(
    rf"^(?:the\s+)?(?P<owner>(?:[A-Z][\w.&-]*\s+){{0,5}}[A-Z][\w.&-]*)['’]s?\s+(?:[a-z]+\s+)?"
    rf"(?:{alternation(DOCUMENT_NOUNS)})$"
)
# "according to the city's mayor, Ihor Terekhov, who said": the person named in apposition
_NAME_IN_APPOSITION = regex.compile(r",\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*(?=[,.;]|$)")
_VERBS = alternation(REPORTING_VERBS)
_ROLE_WORDS = {w.lower() for w in ROLE_NOUNS}
DOCUMENT = regex.compile(
    rf"^(?:the|this|that|its|their)\s+(?:[\w'’]+\s+){{0,2}}(?:{alternation(DOCUMENT_NOUNS)})$", regex.I
)

# "according to X" / "citing X": X runs to the next clause boundary.
_ACCORDING = regex.compile(
    rf"(?i:\b(?P<kind>{alternation(ACCORDING_TO)}|{alternation(CITING)}))\s+(?P<np>(?:[^,;:.!?()\"“”]|(?<=\b[A-Z])\.)+?)"
    rf"(?=\s*(?:[,;:.!?()\"“”]|$|\s(?:on|in|at|that|which|who|after|before|when|while|as|to|and\s+the\s+\w+\s+(?:said|say))\b))"
)
# The noun phrase before a reporting verb, and the verb. Checked backwards from the verb.
_VERB = regex.compile(rf"(?<![\w-])(?P<verb>{_VERBS})\b")
# Auxiliaries and adverbs between a claimant and its verb ("has also said"), read backwards from the verb.
_AUXILIARIES = regex.compile(
    rf"(?r)(?:\b(?:has|have|had|{alternation(CLAIM_ADVERBS, tree=False)}|for\s+(?:months|years|weeks|days))\s+)+$"
)
# "..., said Defence Minister X" (inverted order).
_SOURCE_NOUNS = alternation([*ROLE_NOUNS, *(noun for noun in BODY_NOUNS if noun.islower())])
_INVERTED = regex.compile(
    r"[,\"”]\s*(?:said|says|added|wrote|told\s+reporters|announced|stated|reported|indicated|specified|declared)\s+"
    r"(?:(?:on|late|early|in|this|last)\s+(?:[\w-]+\s+){0,2}?)?"  # ", announced on Saturday evening the Ministry ..."
    r"(?P<np>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|the|al-\w+)){0,6}"
    rf"|(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_SOURCE_NOUNS})s?)"
    r"(?=\s*[,.;:!?]|$|\s+(?:in|on)\s+(?:a|an|the)\s)"  # ", said the ministry."
)
# "X, who ..., said" / "X, chairman of ..., said": an appositive between commas.
_APPOSITIVE = regex.compile(r"(?r),\s*(?:who|which|the|a|an|[a-z][\w-]*|[A-Z][\w-]*['’]s)\b[^,]*,\s*$")


@dataclass(frozen=True)
class Attribution:
    """A reporting clause in a sentence: the claimant noun phrase and where it stands."""

    claimant: str
    start: int  # offsets of the noun phrase within the sentence
    end: int
    verb_start: int
    verb_end: int
    cited_source: str | None = None


_TIME_PREFIX = regex.compile(
    r"^(?:(?:Last|Earlier|Later|This|Next)\s+\w+|(?:morning|afternoon|evening|night)(?=\s+[A-Z])|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today|"
    r"Earlier|Meanwhile|Separately|Previously)\b[\s,]+(?=\S)"
)


def clean_np(np: str) -> str:
    np = _SPACES.sub(" ", np).strip(" ,'\"“”‘’-–—")
    np = _LEADING_CONNECTIVE.sub("", np)
    np = _TIME_PREFIX.sub("", np)
    np = _TRAILING_ADVERB.sub("", np)
    np = np.strip(" ,")
    if np.endswith(")") and "(" not in np:
        np = np[:-1].rstrip(" ,")  # "... Muslims (JNIM), an al-Qaeda affiliate, claimed": "JNIM"
    return np


_STOP_BACK = {
    "said", "says", "told", "that", "when", "while", "because", "after", "before", "since", "if", "as", "but",
    "and", "or", "in", "on", "at", "during", "by", "with", "from", "to", "into", "than", "although", "though",
    "where", "has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "can", "may", "might",
    "must", "should", "did", "does", "do", "be", "been", "being", "not", "which", "who", "whom", "what", "how",
    "why", "whether", "so", "then", "also", "there", "here", "over", "under", "up", "down", "out", "about",
    "earlier", "later", "ago", "previously", "meanwhile", "its", "their", "his", "her",
}  # fmt: skip
# Lowercase words ending in -ed that do sit inside a source's name ("an armed group").
_ED_IN_NAMES = {
    "armed",
    "allied",
    "united",
    "appointed",
    "elected",
    "combined",
    "organised",
    "organized",
    "unnamed",
    "based",
    "led",
    "backed",
    "run",
    "affiliated",
    "aligned",
    "specialised",
    "specialized",
    "detailed",
}


def _np_before(text: str, end: int) -> tuple[int, str] | None:
    """The noun phrase that ends at ``end`` (a claimant's position before its verb)."""
    left = _TRAILING_ACRONYM.sub("", text[:end].rstrip())  # "(CSIS) said"
    body = _BODY_APPOSITIVE.search(left, max(0, len(left) - 120))
    if body:
        return body.start("name"), body["name"]  # "The army's media wing, Inter-Services Public Relations (ISPR), gave"
    named = _NAME_APPOSITIVE.search(left, max(0, len(left) - 120))
    if named and is_person(strip_titles(named["name"])):
        return named.start("name"), named["name"]  # "Washington's envoy, Tom Perriello, said"
    # an appositive "X, chairman of Y, said": use X
    appositive = _APPOSITIVE.search(left, max(0, len(left) - 160))
    core_end = appositive.start() if appositive else len(left)
    left_core = left[:core_end]
    if _ENDS_WITH_BREAK.search(left_core, max(0, len(left_core) - 8)) and not appositive:
        return None
    relative = _RELATIVE_CLAUSE.search(left_core, max(0, len(left_core) - 80))
    if relative:
        left_core = left_core[: relative.start()]  # "A Qatari official who helped mediate the deal said"
    tokens = list(_TOKEN.finditer(left_core))
    chosen: list[regex.Match] = []
    relative_skipped = False
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        previous = tokens[index - 1].group() if index else ""  # the word before, as written
        word = token.group().rstrip(".")
        gap = left_core[token.end() : chosen[0].start() if chosen else len(left_core)]
        if chosen and _BREAK.search(gap):
            break
        lower = word.lower()
        if lower in ("that", "this") and word[:1].isupper() and token.start() == 0:
            chosen.insert(0, token)  # "That report put ..."
            break
        if chosen and lower.endswith("ed") and lower not in _ED_IN_NAMES and word.islower() and "-" not in word:
            break  # a verb: "Peskov dismissed the estimate"
        if lower == "by" and chosen and previous.lower().endswith("ed"):
            chosen.insert(0, token)  # "a committee appointed by the president"
            continue
        if lower == "the" and chosen and previous.lower() not in ("", "of", "for", "and", "on", "in", "to"):
            chosen.insert(0, token)  # "On the second day the Observatory said": the name starts here
            break
        if lower in ("its", "their", "his", "her") and len(chosen) == 1 and ROLE_AT_END.search(chosen[0].group()):
            chosen.insert(0, token)  # "its commander said"
            break
        if word in ("who", "which") and chosen and not relative_skipped:  # not "WHO chief Tedros ..."
            chosen, relative_skipped = [], True  # the subject stands before "who ... said"
            continue
        if (
            lower in ("in", "at")
            and chosen
            and capitalised(chosen[0].group())
            and (_name_or_body(previous) or previous.lower().endswith("ing") or previous.lower() == "based")
        ):
            chosen.insert(0, token)  # "Researchers at Ghent University in Belgium", "Survivors arriving in Tawila"
            continue
        if (
            lower in ("in", "at")
            and chosen
            and chosen[0].group().lower() in ("the", "a", "an")
            and len(chosen) <= 6
            and _SOURCE_NOUN.fullmatch(previous)
        ):
            chosen.insert(0, token)  # "A health worker at a hospital in the area said"
            continue
        if lower in _STOP_BACK:
            if chosen and lower == "and" and _and_joins_names(previous, chosen):
                chosen.insert(0, token)
                continue
            if chosen and lower in {"of", "for", "on"}:
                chosen.insert(0, token)
                continue
            break
        if not chosen and lower in {"we", "i"}:
            return None  # "We counted 213 dead," said the director: the speaker is named outside the quote
        if not chosen and lower in {"it", "he", "she", "they"}:
            chosen.insert(0, token)
            break
        if _DIGITS.fullmatch(word):
            break
        chosen.insert(0, token)
        if len(chosen) >= 16:
            break
    while chosen and chosen[0].group().lower() in {"of", "for", "and", "on"}:
        chosen.pop(0)
    if not chosen:
        return None
    start = chosen[0].start()
    return start, left_core[start:].strip()


# A role or body noun on its own ("officials", "worker", "hospital"): a source a phrase can be built on.
_SOURCE_NOUN = regex.compile(rf"(?i:{_SOURCE_NOUNS})s?")


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
    # "two local officials and a health worker": two kinds of source, each a role or a body
    phrase = " ".join(t.group() for t in chosen)
    return bool(_SOURCE_NOUN.fullmatch(previous) and (ROLE_AT_END.search(phrase) or BODY_AT_END.search(phrase)))


_TIME_WORD = regex.compile(
    r"^(?:(?:In|On|At|By|Since|Until|Last|Early|Late)\s+\w+$|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Earlier|Later|Meanwhile)$"
)


_PLACE_AFTER_HEAD = regex.compile(r"\s+(?:at|in)\s+")


def _is_claimant(np: str) -> bool:
    words = np.split()
    if not words or _TIME_WORD.match(np):
        return False
    first = words[0].lower()
    if len(words) == 1 and first in PERSON_PRONOUNS + BODY_PRONOUNS:
        return True
    if first in NON_CLAIMANT_WORDS:
        return False
    if len(words) > 18 or (len(words) == 1 and first in ("its", "their", "his", "her", "our")):
        return False
    determiners = {
        "the",
        "a",
        "an",
        "that",
        "this",
        "those",
        "these",
        "its",
        "their",
        "his",
        "her",
        "our",
        "some",
        "many",
    }
    if any(capitalised(w) and not _TIME_WORD.match(w) for w in words if w.lower() not in determiners):
        return True
    head = _PLACE_AFTER_HEAD.split(np, maxsplit=1)[0]  # "A health worker at a hospital in the area"
    return bool(
        BODY_AT_END.search(np)
        or ROLE_AT_END.search(np)
        or DOCUMENT.match(np)
        or ROLE_AT_END.search(head)
        or BODY_AT_END.search(head)
    )


_WHOSE = regex.compile(r"(?r)(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}),?\s+$")
_PAST = regex.compile(r".*ed$|found|put|gave|given|showed")  # "the AP found": a verb; "estimates": maybe a noun
_RELATIVE_CLAUSE = regex.compile(r"(?r)\s+(?:who|which)\s+[^,;\"“”]*$")
_POST_POSED = regex.compile(r"(?r)[,\"”]\s*$")  # ", the AP found,": a claimant after its claim
_PASSIVE_BEFORE = regex.compile(r"(?r)\b(?:is|are|was|were|be|been|being|it\s+is|widely)\s+$")
_CLAIM_OPENS = regex.compile(
    r"^(?:\s*(?:[.;!?)\]\"”]|$)|\s*,\s*(?:he|she|it|they|adding|saying|according)\b|\s+(?:that|the|a|an|its|his|her|their|about|around|some|more|nearly|almost|at|up|"
    r"over|only|just|roughly|fewer|less|almost|close|well|upwards|approximately|between|figures?|tolls?|counts?|estimates?|it|there|on|in|to|"
    r"reporters|lawmakers|\d|[A-Z]))"
)
_NOUN_LIKE = {w.lower() for w in NOUN_LIKE_VERBS}
# "By its count", "by the ministry's tally": the owner of the count claims what follows.
_BY_COUNT = regex.compile(
    r"\b[Bb]y\s+(?P<np>its|their|his|her|(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4}['’]s|"
    r"the\s+(?:[\w-]+\s+){0,3}[\w-]+['’]s)\s+(?:own\s+)?"
    r"(?:latest\s+|new\s+)?(?:count|tally|estimates?|reckoning|figures|calculations?)\b"
)
_PRONOUN_OF_POSSESSIVE = {"its": "it", "their": "they", "his": "he", "her": "she"}
# "UNDP put direct combat deaths at about 150,000": put ... at a number
_PUT_AT = regex.compile(r"\s+(?:[\w'’-]+\s+){1,6}?at\s+(?:[a-z]+\s+){0,2}?\d")
# "a study published by X", "deaths recorded ... by X": X is the source.
_AGENT = regex.compile(
    r"\b(?P<kind>study|report|survey|analysis|count|tally|assessment|investigation|review|figures?|deaths?|toll|"
    r"list|lists|data)\s+(?:[\w-]+\s+){0,10}?(?:published|compiled|conducted|carried\s+out|released|issued|kept|"
    r"produced|prepared|recorded|counted|documented|verified|reported|gathered|collected)\s+"
    r"(?:(?!by\b)[\w'’-]+\s+){0,8}?(?P<prep>by)\s+"
    r"(?P<np>(?:the\s+)?(?:[A-Z][\w'’&.-]*|of|for|and|on)(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|the|on))*)"
)
_OWNED_NOUN = regex.compile(r"(?:\s+[a-z][\w-]*){1,2}?(?=\s*(?:[,.;:)]|$|\s(?:which|that|who|in|on|at|and)\b))")
# "a study published in The Lancet": the journal stands for the study.
_VENUE = regex.compile(
    r"\b(?:study|report|survey|analysis|paper)\s+published\s+in\s+(?P<np>(?:the\s+|The\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*)"
)
_TOP_LEVEL_BEFORE = regex.compile(r"(?r)(?:^|[;:]|,\s*(?:and|while|but|whereas)|\b(?:and|while|but|whereas))\s*$")


def find_attributions(text: str) -> list[Attribution]:
    """Reporting clauses in one sentence, left to right.

    >>> [a.claimant for a in find_attributions("About 300 soldiers died, a South Korean lawmaker said.")]
    ['a South Korean lawmaker']
    >>> [a.claimant for a in find_attributions("According to US officials cited by the paper, 500 died.")]
    ['US officials']
    """
    found: list[Attribution] = []
    for match in _ACCORDING.finditer(text):
        if match["kind"].lower() in _CITING:
            continue  # a cited source is attached to the attribution it belongs to
        np = _agent_of(clean_np(match["np"]))
        if not np or not _is_claimant(np):
            continue
        np_start, np_end = match.start("np"), match.end("np")
        named = _NAME_IN_APPOSITION.match(text, np_end)
        if named and is_person(strip_titles(named["name"])) and not has_name(np):
            np, np_start, np_end = named["name"], named.start("name"), named.end("name")
        found.append(
            Attribution(
                np,
                np_start,
                np_end,
                match.start(),
                match.end("kind"),
                _cited_source(text, match.end()),
            )
        )
    for match in [*_AGENT.finditer(text), *_VENUE.finditer(text)]:
        np = _TRAILING_JOINER.sub("", clean_np(match["np"]))
        np_end = match.end("np")
        owned = _OWNED_NOUN.match(text, np_end) if np.endswith(("'s", "’s")) else None
        if owned:  # "kept by Mosul's morgue"
            np, np_end = np + owned.group(), owned.end()
        if np and _is_claimant(np) and not _inside(found, match.start("np")):
            found.append(
                Attribution(
                    np,
                    match.start("np"),
                    np_end,
                    match.start(),
                    match.end(),
                    None,
                )
            )
    for match in _VERB.finditer(text):
        verb = match["verb"].lower()
        auxiliaries = _AUXILIARIES.search(text, max(0, match.start() - 80), match.start())
        verb_start = auxiliaries.start() if auxiliaries else match.start()
        if _PASSIVE_BEFORE.search(text, max(0, verb_start - 30), verb_start):
            continue
        located = _np_before(text, verb_start)
        if located is None:
            continue
        np_start, np = located
        if verb in _NOUN_LIKE and not (
            _CLAIM_OPENS.match(text[match.end() :])
            or (verb == "put" and _PUT_AT.match(text, match.end()))
            or auxiliaries
            or (_PAST.match(verb) and _POST_POSED.search(text, 0, np_start))
        ):
            continue
        np = clean_np(np)
        whose = _WHOSE.search(text, 0, np_start) if np.lower().startswith("whose ") else None
        if whose:  # "the mayor, Vadym Boychenko, whose office said": the owner speaks
            np, np_start = whose["name"], whose.start("name")
        if not np or not _is_claimant(np) or _inside(found, np_start):
            continue
        if np.lower() in _ROLE_WORDS:
            continue
        found.append(
            Attribution(
                np,
                np_start,
                np_start + len(np),
                verb_start,
                match.end(),
                _cited_source(text, match.end()) or _cited_source(text[:verb_start], np_start + len(np)),
            )
        )
    for match in _BY_COUNT.finditer(text):  # "By its count, they killed 8,983 civilians"
        np = _PRONOUN_OF_POSSESSIVE.get(match["np"].lower()) or match["np"][:-2]
        if not _inside(found, match.start("np")):
            found.append(Attribution(np, match.start("np"), match.end("np"), match.start(), match.end(), None))
    for match in _INVERTED.finditer(text):
        np = clean_np(match["np"])
        if np and _is_claimant(np) and not _inside(found, match.start("np")):
            found.append(
                Attribution(
                    np,
                    match.start("np"),
                    match.end("np"),
                    match.start(),
                    match.start("np"),
                    _cited_source(text, match.end()),
                )
            )
    for match in _PARTICIPLE_CLAIM.finditer(text):
        if any(a.verb_start <= match.start() < a.verb_end + 2 for a in found):
            continue
        earlier = [a for a in found if a.verb_end <= match.start()]
        if earlier and _documents_by_their_authors(found) == found:
            continue  # "X said ..., adding that ...": X's clause already covers what follows
        subject = (earlier[-1].start, earlier[-1].claimant) if earlier else sentence_subject(text)
        if subject:
            np_start, np = subject
            found.append(Attribution(np, np_start, np_start + len(np), match.start(), match.end(), None))
    found = _documents_by_their_authors(found)
    found.sort(key=lambda a: a.start)
    return found


def _documents_by_their_authors(found: list[Attribution]) -> list[Attribution]:
    """ "A study published by X estimated ...": the claim is X's, said where the study stands.

    An attribution whose noun phrase holds another one ("published by X" inside "A study
    published by X") takes that author's name; the inner one is then dropped.
    """
    result = []
    for attribution in found:
        authors = [
            other
            for other in found
            if other is not attribution and attribution.start <= other.verb_start < attribution.verb_start
        ]
        if authors and _DOCUMENT_HEAD.search(attribution.claimant):
            result.append(replace(attribution, claimant=authors[0].claimant))
        elif not any(
            other is not attribution and other.start <= attribution.verb_start < other.verb_start for other in found
        ):
            result.append(attribution)
    return result


_DOCUMENT_HEAD = regex.compile(rf"\b(?:{alternation(DOCUMENT_NOUNS)})\b", regex.I)


_PARTICIPLE_CLAIM = regex.compile(r",\s*(?:saying|adding|claiming|noting|stating|reporting)\b")
# A dateline at the start of a story: "BAKU, Azerbaijan (AP) — ", "SEOUL (Sample Wire) - ".
_DATELINE = regex.compile(r"^[A-Z][A-Z'’./-]{2,}(?:[ ,]+[\w'’./-]+){0,5}?(?:\s*\([^)]*\))?\s*[—–-]+\s*")
_SUBJECT_NEVER_OPENS = {
    "at",
    "in",
    "on",
    "more",
    "less",
    "some",
    "about",
    "around",
    "up",
    "over",
    "nearly",
    "almost",
    "as",
    "by",
    "for",
    "with",
    "after",
    "before",
    "during",
    "since",
    "when",
    "while",
    "if",
}
_SUBJECT_TOKEN = regex.compile(r"[\w'’.&-]+")


def sentence_subject(text: str) -> tuple[int, str] | None:
    """The noun phrase a sentence opens with, when it names a source ("Azerbaijan's Defense Ministry").

    >>> sentence_subject("Azerbaijan's Defense Ministry on Thursday released its toll, saying 2,783 died.")
    (0, "Azerbaijan's Defense Ministry")
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
    return (words[0].start(), np) if _is_claimant(np) else None


def is_top_level(text: str, attribution: Attribution) -> bool:
    """Whether an attribution heads its sentence or a coordinated clause (not one nested after "that")."""
    before = text[: min(attribution.start, attribution.verb_start)]
    before = _INTRODUCTORY_PHRASE.sub("", before) if not _figure_before(text, attribution.start) else before
    return bool(_TOP_LEVEL_BEFORE.search(before)) or not before.strip()


_CITING = {w.lower() for w in CITING}


def _figure_before(text: str, position: int) -> bool:
    return bool(_ANY_FIGURE.search(text[:position]))


def _inside(found: list[Attribution], position: int) -> bool:
    return any(a.start <= position < a.end for a in found)


def _agent_of(np: str) -> str:
    """ "the latest update of a count kept by X" names X as the source."""
    agent = _KEPT_BY.search(np) or _DOCUMENT_BY.search(np)
    if agent:
        return agent.group(1).strip()
    owner = _OWNER_OF_DOCUMENT.match(np)
    if owner:
        return owner["owner"]
    cited = _CITED_BY.search(np)
    return cited.group(1).strip() if cited else np


def _cited_source(text: str, position: int) -> str | None:
    match = _CITED.search(text[position:])
    if not match:
        return None
    return _agent_of(clean_np(match["np"])) or None


_CITED = regex.compile(
    rf"\b(?:{alternation(CITING)}|cited\s+by|according\s+to)\s+[\"“]?(?P<np>[^,;:.!?()\"“”]+?)"
    rf"(?=\s*(?:[,;:.!?()\"“”]|$|\s(?:that|which|who|and\s+said)\b))",
    regex.I,
)


# ---------------------------------------------------------------- resolution across the article
