"""The documents of reporting clauses: whose a document is, and the body a claim cites.

"A study published by X", "the General Staff's data", "a count kept by X", "its latest update": the
document's author or owner is the source; "citing X", "according to X" after a claim name the body
passed on.
"""

from __future__ import annotations

import regex

from .claimant_phrases import DOCUMENT, clean_np
from .lexicon import attribution as lexicon
from .lexicon.attribution import CITING, DOCUMENT_NOUNS, KEEPING_VERBS, STUDY_NOUNS
from .patterns import alternation

_CITED_BY = regex.compile(r"^(.+?)\s+(?:cited|quoted|reported)\s+by\b")
_KEPT_BY = regex.compile(rf"\b(?:{alternation(KEEPING_VERBS)})\s+(?:[\w ]{{0,25}}?\s)?by\s+(.+)$")
_DOCUMENT_BY = regex.compile(rf"^(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?(?:{alternation(STUDY_NOUNS)})\s+by\s+(.+)$", regex.I)
# "the General Staff's data", "Kyiv's latest figures": the owner is the source.
_OWNER_OF_DOCUMENT = regex.compile(
    rf"^(?:the\s+)?(?P<owner>(?:[A-Z][\w.&-]*\s+){{0,5}}[A-Z][\w.&-]*)['’]s?\s+(?:[a-z]+\s+)?"
    rf"(?:{alternation(DOCUMENT_NOUNS)})$"
)
# "the latest data of the health department", "figures from the ministry": the body is the source.
_DOCUMENT_OF = regex.compile(
    rf"^(?:(?:the|a|an|new|latest|official)\s+)*(?:{alternation(DOCUMENT_NOUNS)})\s+(?:of|from)\s+(.+)$", regex.I
)
_CITED = regex.compile(
    rf"""\b(?:{alternation(CITING)}|cited\s+by|according\s+to)\s+[\"“]?(?P<np>[^,;:.!?()\"“”]+?)
    (?=\s*(?:[,;:.!?()\"“”]|$|\s(?:that|which|who|and\s+said)\b))   # up to the clause's end""",
    regex.I | regex.X,
)


_POSSESSIVE_PRONOUN_BEFORE = regex.compile(r"(?r)\b(?P<pronoun>[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+$")
PRONOUN_OF_POSSESSIVE = {"its": "it", "their": "they", "his": "he", "her": "she"}


def owner_of_document(text: str, np_start: int, np: str) -> tuple[int, str] | None:
    """ "Its latest update lists ...", "Their model suggests ...": the pronoun for the document's owner, which
    the claimant resolution reads as the body named before."""
    owner = _POSSESSIVE_PRONOUN_BEFORE.search(text, 0, np_start)
    if owner is None or not DOCUMENT.match(f"its {np}"):
        return None
    return owner.start(), PRONOUN_OF_POSSESSIVE[owner["pronoun"].lower()]


def body_of_document(np_start: int, np: str) -> tuple[int, str]:
    """ "the latest data of the health department showed": the body, where it stands."""
    of = _DOCUMENT_OF.match(np)
    return (np_start + of.start(1), of.group(1)) if of else (np_start, np)


def agent_of(np: str) -> str:
    """ "the latest update of a count kept by X" names X as the source."""
    cited = _CITED_BY.search(np)
    np = cited.group(1).strip() if cited else np  # "figures from X cited by a news site": X's
    agent = _KEPT_BY.search(np) or _DOCUMENT_BY.search(np) or _DOCUMENT_OF.match(np)
    if agent:
        return agent.group(1).strip()
    owner = _OWNER_OF_DOCUMENT.match(np)
    return owner["owner"] if owner else np


def cited_source(text: str, position: int) -> str | None:
    """The source cited after ``position`` ("citing hospital officials"), or the body whose belief the claim
    reports ("told reporters that the National Intelligence Service believed ..."), if any."""
    believing = _BODY_BELIEVED.match(text, position, position + _BELIEF_REACH)
    if believing:
        return believing["np"]
    match = _CITED.search(text[position:])
    if not match:
        return None
    return agent_of(clean_np(match["np"])) or None


# "X told reporters after a briefing that the National Intelligence Service believed Pyongyang had sent ..."
_BODY_BELIEVED = regex.compile(
    r"[^.;\"“”]*?\bthat\s+(?:the\s+)?(?P<np>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the))*)\s+"
    r"(?:believed|believes|estimated|estimates|assessed|assesses|judged|judges|thinks|thought)\b"
)
_BELIEF_REACH = 120


# ---------------------------------------------------------------- the document rules' patterns


def by_agent() -> regex.Pattern:
    """ "a study published by X", "deaths recorded ... by X"."""
    return regex.compile(
        rf"""\b(?P<kind>{alternation(lexicon.AUTHORED_NOUNS)})\s+
        (?:[\w-]+\s+){{0,10}}?
        (?:{alternation(lexicon.AUTHORING_VERBS)})\s+
        (?:(?!by\b)[\w'’-]+\s+){{0,8}}?(?P<prep>by)\s+
        (?P<np>(?:the\s+)?(?:[A-Z][\w'’&.-]*|of|for|and|on)(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|the|on))*)""",
        regex.X,
    )


def in_journal() -> regex.Pattern:
    """ "a study published in The Lancet"."""
    return regex.compile(
        rf"""\b(?:{alternation(lexicon.PUBLISHED_NOUNS)})\s+published\s+in\s+
        (?P<np>(?:the\s+|The\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*)""",
        regex.X,
    )


def claim_by() -> regex.Pattern:
    """ "dismissed as propaganda a statement by X, the rebel leader, that 43,000 ..."."""
    return regex.compile(
        r"""\b(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|claim|claims|assertion|allegation)\s+by\s+
        (?P<np>(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,4}?)(?:\s*,[^,;]{1,80},)?\s+that\b""",
        regex.X,
    )


def that_shows() -> regex.Pattern:
    """ "figures from the ICRC show", "data compiled by X show"."""
    return regex.compile(
        rf"""\b(?i:{alternation(lexicon.DOCUMENT_NOUNS)})\s+(?:from|of|by|(?:{alternation(lexicon.KEEPING_VERBS)})\s+by)\s+
        (?P<np>(?:the\s+)?(?:[\w'’&.-]+\s+){{0,6}}?[\w'’&.-]+)\s+show\b""",
        regex.X,
    )


# "The WHO figure is 70", "The ministry's running count has reached 412", "X's latest update:": the count's owner
COUNT_SUBJECT = regex.compile(
    rf"""^(?:The\s+|the\s+)?
    (?P<np>(?:[A-Z][\w&.-]*\s+){{0,4}}[A-Z][\w&.-]*(?:['’]s)?     # "WHO", "Tavros Observatory's"
      |[a-z]+(?:\s+[a-z]+)?['’]s)\s+                            # "ministry's", "health office's"
    (?:(?:{alternation(lexicon.COUNT_ADJECTIVES)})\s+)*                  # "latest running"
    (?:(?:{alternation([*lexicon.COUNT_NOUNS, "figure", "toll", "data", "list"])})\s+
      (?:now\s+)?(?:is|was|has|had|{alternation(lexicon.COUNT_VERBS)})\b    # "is", "stands at", "has reached"
    |(?:{alternation([*lexicon.COUNT_NOUNS, "figure", "toll", "update", "statement", "bulletin"])})\s*:)  # "update:"
    """,
    regex.X,
)
# "The Gaza health ministry has just issued another update: 413 people ...": the issuer
ISSUED_COLON = regex.compile(
    r"""^(?:The\s+|the\s+)?(?P<np>[A-Z][^,:;"“”]{1,60}?)\s+(?:has\s+|have\s+)?(?:just\s+|now\s+)?
    (?:issued|released|published|posted|given|gave|shared)\s+(?:a|an|another|its|their|the)\s+(?:[\w-]+\s+){0,2}?
    (?:update|statement|bulletin|figures|toll|tally|count|breakdown)\s*:""",
    regex.X,
)
